import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {mapPriorityName} from '../../../source/providers/jira/values.js';
import {makeTicket} from './labelled.js';

/**
 * The red-team set: real typed Jira issues (Apache release changelogs list each issue's type,
 * priority and components) and real GitHub issues about incidents, postmortems, hotfixes, flaky
 * tests and alerting, labelled by the Categories definitions of metrics.md alone. Each carries
 * its URL. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
interface RedTeamTicket {
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
}

const redTeam = JSON.parse(readFileSync(new URL('../../fixtures/red-team-tickets.json', import.meta.url), 'utf8')) as {tickets: RedTeamTicket[]};

/** As the providers map them: Jira's priority name through the Jira provider's own mapping. */
function redTeamTicket(item: RedTeamTicket): Ticket {
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

// The floors sit a little under what bench-free measurement gives now (docs/classification.md):
// accuracy over the tickets decided, coverage over the tickets scored.
const floors = {accuracy: 0.95, coverage: 0.88};

describe('the red-team set of real tickets', () => {
	it('holds 80+ distinct real tickets, each with its source url', () => {
		expect(redTeam.tickets.length).toBeGreaterThanOrEqual(80);
		expect(new Set(redTeam.tickets.map((item) => item.url)).size).toBe(redTeam.tickets.length);
		for (const item of redTeam.tickets) {
			if (item.tracker === 'jira') expect(item.url).toBe(`https://issues.apache.org/jira/browse/${item.key}`);
			else expect(item.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
		}
	});

	it(`accuracy ≥ ${floors.accuracy} over the tickets decided, coverage ≥ ${floors.coverage}, no tags`, () => {
		const items = redTeam.tickets.filter((item) => item.category !== 'ambiguous');
		const verdicts = classifyAll(items.map(redTeamTicket), {tags: new Map(), rules: [], threshold: 0.6, learner: null});
		const wrong: string[] = [];
		const unsure: string[] = [];
		for (const item of items) {
			const verdict = verdicts.get(item.key)!;
			if (verdict.category === 'unclassified') unsure.push(`${item.key} ${item.title} → ${verdict.reason}`);
			else if (verdict.category !== item.category) wrong.push(`${item.key} ${item.title} → ${verdict.category} (${verdict.reason}, ${verdict.confidence})`);
		}
		const decided = items.length - unsure.length;
		const correct = decided - wrong.length;
		console.log(
			`red-team set: ${correct}/${items.length} agree; accuracy ${(correct / decided).toFixed(3)} (${correct}/${decided}), coverage ${(decided / items.length).toFixed(3)} (${decided}/${items.length})\n` +
				`wrong:\n${wrong.join('\n')}\nunclassified:\n${unsure.join('\n')}`,
		);
		expect(correct / decided).toBeGreaterThanOrEqual(floors.accuracy);
		expect(decided / items.length).toBeGreaterThanOrEqual(floors.coverage);
	});
});
