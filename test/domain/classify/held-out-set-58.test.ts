import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 58: real tickets none of the other sets holds, from Apache Tez's Jira (issues.apache.org, project TEZ):
 * every row of the Yetus-generated changelog of Tez 0.6.1, with type by changelog table (none for the INCOMPATIBLE
 * CHANGES table) and priority and components as listed (no labels). Each is labelled with a one-line reason by the
 * Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 58,
	atLeast: 92,
	// Under what is measured now (docs/classification.md: accuracy 0.814 (57/70), coverage 0.933 (70/75) at version 97; 0.783 (54/69)
	// and 0.920 (69/75) at first contact, version 94) by less than one ticket, so a misreading this set found fails it again.
	floors: {accuracy: 0.81, coverage: 0.93},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('TEZ');
		expect(item.key).toMatch(/^TEZ-\d+$/);
		expect(item.url).toBe(`https://issues.apache.org/jira/browse/${item.key}`);
		expect([null, 'Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		expect(Array.isArray(item.components)).toBe(true);
	},
});
