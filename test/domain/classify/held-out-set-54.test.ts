import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 54: real tickets none of the other sets holds, from Apache Kudu's Jira (issues.apache.org, project KUDU):
 * every row of the Yetus-generated changelogs of Kudu 1.12.0 and 1.11.0, with type by changelog table and priority and
 * components as listed (no labels). Each is labelled with a one-line reason by the Categories definitions of metrics.md
 * before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 54,
	atLeast: 112,
	// Under what is measured now (docs/classification.md: accuracy 0.988 (85/86), coverage 0.896 (86/96) at version 88; 0.941 (80/85) and
	// 0.885 (85/96) at first contact, version 86) by less than one ticket, so a misreading this set found fails it again.
	floors: {accuracy: 0.985, coverage: 0.89},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('KUDU');
		expect(item.key).toMatch(/^KUDU-\d+$/);
		expect(item.url).toBe(`https://issues.apache.org/jira/browse/${item.key}`);
		expect(['Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		expect(Array.isArray(item.components)).toBe(true);
	},
});
