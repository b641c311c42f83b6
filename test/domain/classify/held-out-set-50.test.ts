import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 50: real tickets none of the other sets holds, from Apache Oozie's Jira (issues.apache.org, project OOZIE):
 * every row of the Yetus-generated changelog of Oozie 5.3.0 and every row but the SUB-TASKS of that of 5.1.0, with type by
 * changelog table and priority and components as listed (no labels). Each is labelled with a one-line reason by the
 * Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions
 * do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 50,
	atLeast: 109,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (73/73), coverage 1.000 (73/73) at version 77; 0.986 (72/73) and
	// 1.000 (73/73) at first contact, version 75) by less than one ticket, so a misreading this set found fails it again.
	floors: {accuracy: 0.995, coverage: 0.995},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('OOZIE');
		expect(item.key).toMatch(/^OOZIE-\d+$/);
		expect(item.url).toBe(`https://issues.apache.org/jira/browse/${item.key}`);
		expect(['Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		expect(Array.isArray(item.components)).toBe(true);
	},
});
