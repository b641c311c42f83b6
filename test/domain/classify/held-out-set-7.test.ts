import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 7: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (KAFKA, as the Yetus-generated changelogs of Kafka 2.5.1 and 2.6.0 list them: type by table,
 * priority and components), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do
 * not settle; they are not scored.
 */
describeHeldOutSet({
	set: 7,
	atLeast: 150,
	// Under what is measured now (docs/classification.md) by less than two of the 160 scored tickets, so
	// the misreadings this set found (eight unsure) fail it again: accuracy over the tickets decided,
	// coverage over the tickets scored.
	floors: {accuracy: 0.99, coverage: 0.96},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(['Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/KAFKA-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
	},
});
