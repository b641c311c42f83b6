import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {mapPriorityName} from '../../../source/providers/jira/values.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 2: real tickets none of the other sets holds (Apache Hadoop and Hibernate Jira
 * issues with their types, GitHub issues with their labels), each labelled with a one-line reason
 * by the Categories definitions of metrics.md before the classifier was run on them.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored. Batch 1 was
 * read to find misreadings; batch 2 was gathered after those fixes were written, as a check,
 * then read in turn; batch 3 was gathered after all of them, as a check.
 */
interface HeldOutTicket {
	readonly key: string;
	readonly url: string;
	readonly tracker: 'jira' | 'github';
	readonly project: string;
	readonly title: string;
	readonly type: string | null;
	readonly priority: string | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly category: Category | 'ambiguous';
	readonly reason: string;
	readonly batch: 1 | 2 | 3;
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/held-out-tickets-2.json', import.meta.url), 'utf8')) as {tickets: HeldOutTicket[]};

function sourceTicket(name: string): {tickets: Array<{key: string; url?: string; title: string}>} | Array<{key: string; title: string}> {
	return JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as never;
}

/** As the providers map them: a Jira priority name through the Jira provider's own mapping. */
function heldOutTicket(item: HeldOutTicket): Ticket {
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

// A little under what is measured now (docs/classification.md): accuracy over the tickets
// decided, coverage over the tickets scored.
const floors = {accuracy: 0.98, coverage: 0.97};

describe('held-out set 2 of real tickets', () => {
	it('holds 150+ distinct real tickets with a reason each, none of them in the other sets', () => {
		expect(fixture.tickets.length).toBeGreaterThanOrEqual(150);
		expect(new Set(fixture.tickets.map((item) => item.url)).size).toBe(fixture.tickets.length);
		const others = [
			...(sourceTicket('labelled-tickets.json') as Array<{key: string; title: string}>),
			...(sourceTicket('real-tickets.json') as {tickets: Array<{key: string; title: string}>}).tickets,
			...(sourceTicket('red-team-tickets.json') as {tickets: Array<{key: string; title: string}>}).tickets,
		];
		const keys = new Set(others.map((item) => item.key));
		const titles = new Set(others.map((item) => item.title.toLowerCase()));
		for (const item of fixture.tickets) {
			expect(keys.has(item.key), item.key).toBe(false);
			expect(titles.has(item.title.toLowerCase()), item.title).toBe(false);
			expect(item.reason.length).toBeGreaterThan(10);
			expect([1, 2, 3]).toContain(item.batch);
			if (item.tracker === 'github') expect(item.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
			else expect(item.url).toMatch(/^https:\/\/(issues\.apache\.org\/jira|hibernate\.atlassian\.net)\/browse\/[A-Z]+-\d+$/);
		}
	});

	it(`accuracy ≥ ${floors.accuracy} over the tickets decided, coverage ≥ ${floors.coverage}, no tags`, () => {
		const items = fixture.tickets.filter((item) => item.category !== 'ambiguous');
		const verdicts = classifyAll(items.map(heldOutTicket), {tags: new Map(), rules: [], threshold: 0.6, learner: null});
		const wrong: string[] = [];
		const unsure: string[] = [];
		for (const item of items) {
			const verdict = verdicts.get(item.key)!;
			if (verdict.category === 'unclassified') unsure.push(`${item.key} ${item.title} → ${verdict.reason}`);
			else if (verdict.category !== item.category) wrong.push(`${item.key} ${item.title} → ${verdict.category} (${verdict.reason}, ${verdict.confidence})`);
		}
		const decided = items.length - unsure.length;
		const correct = decided - wrong.length;
		const perBatch = ([1, 2, 3] as const).map((batch) => {
			const mine = items.filter((item) => item.batch === batch);
			const agree = mine.filter((item) => verdicts.get(item.key)!.category === item.category).length;
			return `batch ${batch}: ${agree}/${mine.length} agree`;
		});
		console.log(
			`held-out set 2: ${correct}/${items.length} agree (${perBatch.join(', ')}); accuracy ${(correct / decided).toFixed(3)} (${correct}/${decided}), coverage ${(decided / items.length).toFixed(3)} (${decided}/${items.length})\n` +
				`wrong:\n${wrong.join('\n')}\nunclassified:\n${unsure.join('\n')}`,
		);
		expect(correct / decided).toBeGreaterThanOrEqual(floors.accuracy);
		expect(decided / items.length).toBeGreaterThanOrEqual(floors.coverage);
	});
});
