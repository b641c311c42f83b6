import {isDeepStrictEqual} from 'node:util';
import {effortFromPlain, plainEffort, type EffortResult, type PlainEffort} from '../domain/metrics/v2/effort.js';
import type {WeekMetrics} from '../domain/metrics/types.js';
import {weeksUpTo} from '../domain/week.js';
import type {Week} from '../domain/types.js';
import type {ReviewData} from './review-data.js';
import {readKeptReport, reportStamp, type KeptReportSource} from './stored-report.js';

/**
 * Issue 18: the metrics and effort of the ended weeks of a trend, kept in the store
 * (store/week-facts.ts) so the next start computes only the weeks still running. An ended
 * week's facts are as of its end, the same at any later `now`; they are kept and read under
 * exactly the key of a kept report (stored-report.ts): the data's generation as loaded (null
 * when the data changed during the load or since, by a tag: nothing is read or kept) and the
 * report's stamp of everything else they read, which is null for a week still running.
 */

/** Bumped when the facts' shape changes (the report's stamp carries the code's and the metrics' versions). */
const factsFormatVersion = 1;

interface KeptFacts {
	readonly metrics: WeekMetrics;
	readonly effort: PlainEffort;
}

function factStamp(source: KeptReportSource, week: Week, now: number): string | null {
	const stamp = reportStamp(source.config, source.roster, week, now);
	return stamp === null ? null : JSON.stringify(['facts', factsFormatVersion, stamp]);
}

/**
 * What a session reads before computing `week`'s report: the report an earlier run kept of
 * this very data, else the kept facts of its trend's ended weeks, which the report then reads
 * instead of computing them.
 */
export function adoptKept(source: KeptReportSource, generation: number | null, data: ReviewData, week: Week, now: number): void {
	const kept = readKeptReport(source, generation, week, now, data.ticketsById);
	if (kept !== null) {
		data.adoptReport(kept);
		return;
	}
	if (generation === null) return;
	for (const each of weeksUpTo(week, data.settings.trendWeeks)) {
		const stamp = factStamp(source, each, now);
		if (stamp === null) continue;
		const text = source.store.weekFacts.read(source.providerName, each.id, generation, stamp);
		const facts = text === null ? null : parseFacts(text);
		if (facts !== null) data.adoptFacts(each, facts.metrics, effortFromPlain(facts.effort));
	}
}

/**
 * Keeps the facts `data` computed for the ended weeks of `week`'s trend, not kept yet, unless
 * the store's data moved on since it was loaded. The number of weeks kept.
 */
export function keepWeekFacts(source: KeptReportSource, generation: number | null, data: ReviewData, week: Week, now: number): number {
	if (generation === null) return 0;
	const {store, providerName} = source;
	const rows = [];
	for (const each of weeksUpTo(week, data.settings.trendWeeks)) {
		const stamp = factStamp(source, each, now);
		const computed = stamp === null ? null : data.endedFacts(each, now);
		if (stamp === null || computed === null || store.weekFacts.has(providerName, each.id, generation, stamp)) continue;
		const facts = encodeFacts(computed.metrics, computed.effort);
		if (facts !== null) rows.push({week: each.id, stamp, facts});
	}
	return store.weekFacts.save(providerName, generation, rows) ? rows.length : 0;
}

/** The facts as kept, or null when they would not read back as the very facts (JSON has no NaN, no -0, no undefined). */
export function encodeFacts(metrics: WeekMetrics, effort: EffortResult): string | null {
	const plain = plainEffort(effort);
	const text = JSON.stringify({metrics, effort: plain} satisfies KeptFacts);
	const read = parseFacts(text);
	return read !== null && isDeepStrictEqual(read.metrics, metrics) && isDeepStrictEqual(plainEffort(effortFromPlain(read.effort)), plain) ? text : null;
}

export function parseFacts(text: string): KeptFacts | null {
	try {
		const facts = JSON.parse(text) as Partial<KeptFacts> | null;
		// A damaged row only costs the computation.
		return facts?.metrics !== undefined && facts.effort !== undefined ? {metrics: facts.metrics, effort: facts.effort} : null;
	} catch {
		return null;
	}
}
