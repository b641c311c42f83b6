import {readFileSync} from 'node:fs';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Category, Classification, Ticket} from '../../../source/domain/types.js';
import {mapPriorityName} from '../../../source/providers/jira/values.js';
import {makeTicket} from './labelled.js';

/** A real ticket of a labelled fixture set (red-team, held-out 2): where it came from, what it says, and the category the definitions give it. */
export interface RealTicket {
	readonly key: string;
	readonly url: string;
	readonly tracker: 'jira' | 'github' | 'gitlab';
	readonly project: string;
	readonly title: string;
	readonly type: string | null;
	readonly priority: string | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly category: Category | 'ambiguous';
}

/** As the providers map them: a Jira priority name through the Jira provider's own mapping. */
export function ticketOfReal(item: RealTicket): Ticket {
	return makeTicket({
		id: item.key,
		key: item.key,
		title: item.title,
		type: item.type,
		priority: mapPriorityName(item.priority),
		labels: item.labels,
		components: item.components,
		project: item.tracker === 'jira' ? item.project : null,
		team: item.project,
	});
}

export interface Agreement {
	readonly verdicts: ReadonlyMap<string, Classification>;
	/** Scored tickets (not ambiguous), decided ones, and those decided as labelled. */
	readonly scored: number;
	readonly decided: number;
	readonly correct: number;
	/** One line per summary: accuracy over the decided, coverage over the scored, then the misses. */
	readonly summary: string;
}

/** The built-in rules alone (no tags, no learner, threshold 0.6) on the scored tickets of a set; `detail` adds to the summary's first line. */
export function agreementOf(name: string, tickets: readonly RealTicket[], detail: (verdicts: ReadonlyMap<string, Classification>) => string = () => ''): Agreement {
	const items = tickets.filter((item) => item.category !== 'ambiguous');
	const verdicts = classifyAll(items.map(ticketOfReal), {tags: new Map(), rules: [], threshold: 0.6, learner: null});
	const wrong: string[] = [];
	const unsure: string[] = [];
	for (const item of items) {
		const verdict = verdicts.get(item.key)!;
		if (verdict.category === 'unclassified') unsure.push(`${item.key} ${item.title} → ${verdict.reason}`);
		else if (verdict.category !== item.category) wrong.push(`${item.key} ${item.title} → ${verdict.category} (${verdict.reason}, ${verdict.confidence})`);
	}
	const decided = items.length - unsure.length;
	const correct = decided - wrong.length;
	const summary =
		`${name}: ${correct}/${items.length} agree${detail(verdicts)}; accuracy ${(correct / decided).toFixed(3)} (${correct}/${decided}), coverage ${(decided / items.length).toFixed(3)} (${decided}/${items.length})\n` +
		`wrong:\n${wrong.join('\n')}\nunclassified:\n${unsure.join('\n')}`;
	return {verdicts, scored: items.length, decided, correct, summary};
}

/** A held-out set's ticket: labelled with a one-line reason before the classifier ran on it, in one of two batches. */
export interface HeldOutTicket extends RealTicket {
	readonly reason: string;
	readonly batch: 1 | 2;
}

/** A fixture of test/fixtures by file name: a list of tickets, or an object holding one under `tickets`. */
export function fixtureOf(name: string): {tickets: Array<{key: string; url?: string; title: string}>} {
	const parsed = JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as {tickets: never[]} | never[];
	return Array.isArray(parsed) ? {tickets: parsed} : parsed;
}

/** A held-out set's agreement, with each batch's count of agreeing verdicts in its summary. */
export function heldOutAgreement(name: string, tickets: readonly HeldOutTicket[]): Agreement {
	const scored = tickets.filter((item) => item.category !== 'ambiguous');
	const perBatch = (verdicts: Agreement['verdicts']) =>
		([1, 2] as const).map((batch) => {
			const mine = scored.filter((item) => item.batch === batch);
			const agree = mine.filter((item) => verdicts.get(item.key)!.category === item.category).length;
			return `batch ${batch}: ${agree}/${mine.length} agree`;
		});
	return agreementOf(name, tickets, (verdicts) => ` (${perBatch(verdicts).join(', ')})`);
}
