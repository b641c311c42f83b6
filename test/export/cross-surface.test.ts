import {weekWords} from '../../source/domain/figure-words.js';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatDay, formatDays, formatPercent, formatPersonDays, percentOf} from '../../source/domain/figure-format.js';
import {asOfDate as asOfDateOf, localDate, weekOf, weeksUpTo} from '../../source/domain/week.js';
import type {Category, Tag, Week} from '../../source/domain/types.js';
import {jsonInput} from '../../source/export/build-exports.js';
import {buildCsv} from '../../source/export/csv.js';
import {buildJsonExport, type JsonExport, type JsonTicketV2} from '../../source/export/json.js';
import {buildLeadership} from '../../source/export/leadership.js';
import {text} from '../../source/export/markdown.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import {demoRoster, generateDemoOrg} from '../../source/providers/demo/index.js';
import {ReviewData} from '../../source/review/review-data.js';
import {overviewRows} from '../../source/ui/views/overview/overview-rows.js';

/**
 * One truth per figure: for every week, every figure the plain overview, the Markdown
 * notes and the CSV show is the JSON export's figure at the shared rounding, and every JSON
 * figure the ticket fields can define is recomputed from the JSON `tickets` alone.
 */

const settings = {timezone: 'Europe/Berlin', trendWeeks: 8, staleDays: 14, threshold: 0.6, rules: []};

function snapshotsOf(options: {now: number; timezone: string; ticketCount?: number; weeks?: number; tags?: ReadonlyMap<string, Tag>}): ReviewSnapshot[] {
	const org = generateDemoOrg(options);
	const data = new ReviewData('demo', org.tickets, org.people, org.iterations, options.tags ?? new Map(), demoRoster, {...settings, timezone: options.timezone});
	const weeks = weeksUpTo(weekOf(options.now, options.timezone), options.weeks ?? 14);
	return weeks.map((week) => ({
		provider: 'demo',
		week,
		report: data.weekReport(week, options.now),
		ticketsById: data.ticketsById,
		peopleById: data.peopleById,
		classifications: data.classifications,
		roster: data.roster,
		notes: [],
		targets: {firefightingShare: 0.4},
		now: options.now,
	}));
}

const byKey = (json: JsonExport) => new Map(json.tickets.map((ticket) => [ticket.key, ticket]));

/** Allocation and predictability from the ticket fields of the JSON alone (metrics.md). */
function recompute(json: JsonExport, week: Week, asOfDate: string) {
	const inWeek = (date: string | null) => date !== null && date >= week.start && date <= week.end;
	const completedDate = (ticket: JsonTicketV2) => (ticket.completedAt === null || ticket.canceledAt !== null ? null : localDate(Date.parse(ticket.completedAt), week.timezone));
	const completed = json.tickets.filter((ticket) => inWeek(completedDate(ticket)));
	const count = (category: string) => completed.filter((ticket) => ticket.category === category).length;
	const judge = (date: string | null, ticket: JsonTicketV2) => {
		const done = completedDate(ticket);
		if (done !== null) return done <= (date ?? '') ? 'good' : 'bad';
		return (date ?? '') < asOfDate ? 'bad' : 'pending';
	};
	const due = json.tickets.filter((ticket) => ticket.canceledAt === null && inWeek(ticket.dueDate));
	const committed = json.tickets.filter((ticket) => ticket.canceledAt === null && inWeek(ticket.firstDueDate));
	const outcome = (list: JsonTicketV2[], date: (ticket: JsonTicketV2) => string | null, wanted: string) => list.filter((ticket) => judge(date(ticket), ticket) === wanted).length;
	return {
		completed: {operational: count('operational'), strategic: count('strategic'), unclassified: count('unclassified')},
		due: due.length,
		onTime: outcome(due, (ticket) => ticket.dueDate, 'good'),
		late: outcome(due, (ticket) => ticket.dueDate, 'bad'),
		committed: committed.length,
		kept: outcome(committed, (ticket) => ticket.firstDueDate, 'good'),
		broken: outcome(committed, (ticket) => ticket.firstDueDate, 'bad'),
	};
}

/**
 * Reads `path` off the JSON: "delegation.reports[2].open" by position, "effort.reports[Alex Kim].operational"
 * or "iterations[c-1].planned" by the element's name or id (docs/metrics.md "Figure paths").
 */
function valueAt(json: JsonExport, path: string): unknown {
	let value: unknown = json;
	for (const match of path.matchAll(/([^.[\]]+)|\[((?:\\.|[^\]\\])*)\]/g)) {
		if (match[1] !== undefined) {
			value = (value as Record<string, unknown> | undefined)?.[match[1]];
			continue;
		}
		const name = (match[2] ?? '').replaceAll(/\\(.)/g, '$1');
		const list = value as Array<Record<string, unknown>> | undefined;
		value = /^\d+$/.test(name) ? list?.[Number(name)] : list?.find?.((item) => item.name === name || item.id === name || item.week === name);
	}
	return value;
}

/** The version 2 lists' figures: each path's keys are the listed entries it names (docs/metrics.md "Figure paths"). */
function checkVersion2Lists(json: JsonExport, label: string, seen: Map<string, number>): void {
	const tally = (what: string, count: number) => seen.set(what, (seen.get(what) ?? 0) + count);
	tally('at-risk promises', json.promiseRisk.filter((risk) => risk.atRisk).length);
	tally('aging', json.aging.length);
	tally('unowned fires', json.unownedFires.length);
	tally('iterations', json.iterations.length);
	tally('responders', json.themes.filter((theme) => theme.topResponder !== null).length);
	const keysOf = (list: ReadonlyArray<{key: string}>) => list.map((entry) => entry.key).sort();
	const sorted = (path: string) => [...(json.figures[path] ?? [])].sort();
	const atRisk = json.promiseRisk.filter((risk) => risk.atRisk);
	if (json.promiseRisk.length > 0) expect(sorted('promiseRisk'), label).toEqual(keysOf(json.promiseRisk));
	// The at-risk, aging and stalled tickets are the lists' entries with the flag: no field of the file counts them.
	expect(atRisk.every((risk) => json.figures['promiseRisk']?.includes(risk.key)), label).toBe(true);
	if (json.aging.length > 0) expect(sorted('aging'), label).toEqual(keysOf(json.aging));
	if (json.unownedFires.length > 0) expect(json.figures.unownedFires, label).toEqual(json.unownedFires.map((fire) => fire.key));
	// Every figure path is the JSON path of its value in the file, an array element by its position.
	for (const path of Object.keys(json.figures)) expect(valueAtPath(json, path), `${label} ${path}`).not.toBeUndefined();
	json.iterations.forEach((iteration, position) => {
		const at = (figure: string) => json.figures[`iterations[${position}].${figure}`] ?? [];
		expect(at('planned').length, `${label} ${iteration.id}`).toBe(iteration.planned);
		expect(at('completedPlanned').every((key) => at('planned').includes(key)), `${label} ${iteration.id}`).toBe(true);
		expect(iteration.planningAccuracy, `${label} ${iteration.id}`).toBe(ratio(iteration.completedPlanned, iteration.planned));
	});
	for (const [position, theme] of json.themes.entries()) {
		if (theme.topResponder === null) continue;
		const path = `themes[${position}]`;
		const top = json.figures[`${path}.topResponder`] ?? [];
		const all = json.figures[`${path}.topResponderShare`] ?? [];
		expect(theme.topResponderShare, `${label} ${path}`).toBe(ratio(top.length, all.length));
	}
	// The cycle-time samples stay out: they can cover most of the store.
	expect(Object.keys(json.figures).filter((path) => path.startsWith('promiseRisk.sample[') || path === 'promiseRisk.orgSample'), label).toEqual([]);
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The value at a JSON path as jq reads it (`effort.reports[2].operational`), or undefined. */
function valueAtPath(json: unknown, path: string): unknown {
	let value = json;
	for (const [, name, position] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
		if (value === null || typeof value !== 'object') return undefined;
		value = position === undefined ? (value as Record<string, unknown>)[name ?? ''] : (value as unknown[])[Number(position)];
	}
	return value;
}

function checkWeek(s: ReviewSnapshot, seen = new Map<string, number>()): void {
	const json = buildJsonExport(jsonInput(s));
	const keys = byKey(json);
	const label = s.week.id;

	// Every counted ticket is in `tickets`; a count is its tickets; a share is over them.
	for (const [path, figureKeys] of Object.entries(json.figures)) {
		for (const key of figureKeys) expect(keys.has(key), `${label} ${path}: ${key} missing from tickets`).toBe(true);
		const value = valueAt(json, path);
		if (path.startsWith('iterations[') && /\.(planned|added|removed|completedPlanned)$/.test(path)) expect(figureKeys.length, `${label} ${path}`).toBe(value);
		// Effort figures (the week's and its trend's) are person-days, not counts.
		else if (!path.startsWith('effort.') && !path.startsWith('effortTrend[') && /\.(operational|strategic|unclassified|due|onTime|late|pending|committed|kept|broken|open|completed|overdue|stale|delegated|blocked|blockedNow|count)$/.test(path)) {
			expect(figureKeys.length, `${label} ${path}`).toBe(value);
		}
	}

	checkVersion2Lists(json, label, seen);

	// The effort trend ends with the week, whose row is the week's own effort; its other weeks are itemised by their own exports.
	expect(json.effortTrend.at(-1)?.week, label).toBe(s.week.id);
	expect(json.effortTrend.at(-1)?.org, label).toEqual(json.effort.org);
	expect(Object.keys(json.figures).filter((key) => key.startsWith('effortTrend[')), label).toEqual([]);

	// Allocation and predictability, recomputed from the tickets' own fields.
	const asOfDate = asOfDateOf(s.week, s.now);
	const again = recompute(json, s.week, asOfDate);
	const {completed} = json.allocation;
	expect({operational: completed.operational, strategic: completed.strategic, unclassified: completed.unclassified}, label).toEqual(again.completed);
	expect(completed.operationalShare, label).toBe(ratio(again.completed.operational, again.completed.operational + again.completed.strategic));
	const p = json.predictability;
	expect({due: p.due, onTime: p.onTime, late: p.late, committed: p.committed, kept: p.kept, broken: p.broken}, label).toEqual({
		due: again.due,
		onTime: again.onTime,
		late: again.late,
		committed: again.committed,
		kept: again.kept,
		broken: again.broken,
	});
	expect(p.onTimeRate, label).toBe(ratio(again.onTime, again.onTime + again.late));

	// The plain overview (the same rows the TUI draws) shows the JSON's figures at the shared rounding.
	const rows = new Map(overviewRows(s.report).map((row) => [row.label, row]));
	expect(rows.get('Firefighting (done)')?.value, label).toBe(formatPercent(completed.operationalShare));
	expect(rows.get('On-time rate')?.value, label).toBe(formatPercent(p.onTimeRate));
	expect(rows.get('Kept promises')?.value, label).toBe(formatPercent(p.keptRate));
	expect(rows.get('Median slip')?.value, label).toBe(formatDays(p.medianSlipDays));
	expect(rows.get('Delegation rate')?.value, label).toBe(formatPercent(json.delegation.delegationRate));
	expect(rows.get('Blocked')?.value, label).toBe(String(json.blockers.blocked));
	expect(rows.get('Firefighting effort')?.value, label).toBe(formatPercent(json.effort.org.operationalShare));
	expect(rows.get('Firefighting effort')?.detail, label).toContain(`person-days: ${formatDays(json.effort.org.operational)} firefighting`);
	expect(rows.get('Interrupt share')?.value, label).toBe(formatPercent(json.effort.org.interruptShare));

	// The leadership summary and every 1:1 say the same numbers.
	const leadership = buildLeadership(s, 'full').content;
	expect(leadership).toContain(`${p.due} due ${weekWords(s.week.id, s.report.isCurrent).during}: ${p.onTime} on time, ${p.late} late, ${p.pending} pending — on-time rate ${formatPercent(p.onTimeRate)} of the ${p.onTime + p.late} judged`);
	expect(leadership).toContain(`Completed: ${completed.operational} firefighting · ${completed.strategic} improvement · ${completed.unclassified} unsorted.`);
	expect(buildLeadership(s).content).toContain(`Completed: ${completed.operational} firefighting, ${completed.strategic} improvement, ${completed.unclassified} unsorted.`);
	if (completed.operationalShare !== null) expect(leadership).toContain(`Firefighting took ${formatPercent(completed.operationalShare)} of sorted completed work`);
	expect(leadership).toContain(`Delegation rate ${formatPercent(json.delegation.delegationRate)}:`);
	expect(leadership).toContain(`Effort: ${formatPersonDays(json.effort.org.personDays)} — ${formatDays(json.effort.org.operational)} firefighting`);
	expect(leadership).toContain(`Interrupt share ${formatPercent(json.effort.org.interruptShare)} of all days.`);
	if (json.unownedFires.length > 0) expect(leadership).toContain(`Unowned fires: ${json.unownedFires.length}, oldest first`);
	const percentages = [...leadership.matchAll(/Firefighting took (\d+)%/g)].map((match) => Number(match[1]));
	for (const shown of percentages) expect(shown).toBe(percentOf(completed.operationalShare));
	s.roster.reports.forEach((report, index) => {
		const row = json.delegation.reports[index]!;
		const note = buildOneOnOne(s, report.slug, 'full').content;
		expect(note, `${label} ${report.name}`).toContain(`Delegated ${weekWords(s.week.id, s.report.isCurrent).during}: ${row.delegated} · open: ${row.open} · completed: ${row.completed} · overdue: ${row.overdue} · stale: ${row.stale} · taken back: ${row.takenBack}`);
		expect(note).toContain(`Strategic share ${formatPercent(row.strategicShare)} against`);
		const effort = json.effort.reports.find((entry) => entry.name === report.name)!;
		expect(note, `${label} ${report.name}`).toContain(`Effort: ${formatPersonDays(effort.personDays)} — ${formatDays(effort.operational)} firefighting · ${formatDays(effort.strategic)} improvement`);
		expect(note, `${label} ${report.name}`).toContain(`Interrupt share ${formatPercent(effort.interruptShare)} of their days, against promises kept ${formatPercent(effort.keptRate)}`);
		// Named: the ones still ahead of their due date first, then those already past it.
		const reportRisks = json.promiseRisk.filter((entry) => entry.atRisk && entry.report === report.name);
		// Days left = end of the due date − asOf (metrics.md): a date on an ended week's Sunday has none left.
		const ahead = reportRisks.filter((risk) => risk.dueDate > asOfDate || (s.report.isCurrent && risk.dueDate === asOfDate));
		// The page's head says the domain's group figures, its at-risk count the JSON's.
		const head = s.report.groupHead.week.find((entry) => entry.name === report.name)!;
		expect(head.atRisk, `${label} ${report.name}`).toBe(reportRisks.length);
		const page = buildOneOnOne(s, report.slug).content;
		expect(page, `${label} ${report.name}`).toContain(`${head.postponed} postponed`);
		expect(page, `${label} ${report.name}`).toContain(`${head.atRisk} at risk of missing`);
		if (head.blockedNow.length > 0) expect(page, `${label} ${report.name}`).toContain(`Blocked: ${head.blockedNow.length} ${weekWords(s.week.id, s.report.isCurrent).atMoment}`);
		if (reportRisks.length > 0) expect(note, `${label} ${report.name}`).toContain(`Promises at risk: ${reportRisks.length} — ${ahead.length} likely to miss a due date still ahead, ${reportRisks.length - ahead.length} already past due`);
		for (const risk of [...ahead, ...reportRisks.filter((entry) => entry.dueDate < asOfDate)].slice(0, 3)) expect(note, `${label} ${risk.key}`).toContain(`${text(risk.key)} (due ${formatDay(risk.dueDate)}`);
	});

	// The CSV lists the week's tickets with the same categories: its completed counts are the JSON's.
	const csv = buildCsv(s).content.trim().split('\r\n').slice(1);
	const csvCompleted = {operational: 0, strategic: 0, unclassified: 0};
	for (const line of csv) {
		// The key is the first field, always quoted.
		const key = (/^"((?:[^"]|"")*)"/.exec(line)?.[1] ?? '').replaceAll('""', '"');
		const ticket = keys.get(key);
		expect(ticket, `${label} CSV ${key}`).toBeDefined();
		if (ticket && ticket.completedAt !== null && ticket.canceledAt === null) {
			const done = localDate(Date.parse(ticket.completedAt), s.week.timezone);
			if (done >= s.week.start && done <= s.week.end) csvCompleted[ticket.category]++;
		}
	}
	expect(csvCompleted, `${label} CSV`).toEqual(again.completed);
}

describe('one truth across the plain overview, JSON, CSV and Markdown', () => {
	it('agrees for every week of the demo org', () => {
		const seen = new Map<string, number>();
		for (const s of snapshotsOf({now: Date.parse('2026-11-25T15:00:00Z'), timezone: 'Europe/Berlin'})) checkWeek(s, seen);
		// The demo org has every kind of version 2 entry, so each check above ran.
		for (const what of ['at-risk promises', 'aging', 'unowned fires', 'iterations', 'responders']) expect(seen.get(what), what).toBeGreaterThan(0);
	}, 120_000);

	it('agrees for every week of randomised orgs, tags and time zones', () => {
		fc.assert(
			fc.property(
				fc.integer({min: Date.parse('2025-01-06T00:00:00Z'), max: Date.parse('2027-06-01T00:00:00Z')}),
				fc.constantFrom('Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland'),
				fc.integer({min: 80, max: 400}),
				fc.integer({min: 2, max: 6}),
				fc.array(fc.tuple(fc.nat(), fc.constantFrom<Category>('operational', 'strategic')), {maxLength: 30}),
				(now, timezone, ticketCount, weeks, tagPicks) => {
					const org = generateDemoOrg({now, timezone, ticketCount, weeks});
					const tags = new Map<string, Tag>();
					for (const [index, category] of tagPicks) {
						const ticket = org.tickets[index % Math.max(1, org.tickets.length)];
						if (ticket) tags.set(ticket.id, {ticketId: ticket.id, category, taggedAt: now});
					}
					for (const s of snapshotsOf({now, timezone, ticketCount, weeks, tags})) checkWeek(s);
				},
			),
			{numRuns: 8},
		);
	}, 240_000);
});
