import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 16: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (Camel 4.10.0 issues with their Jira issue types — Bug, Dependency upgrade, Improvement, New
 * Feature, Sub-task, Task, Test — as its release notes group them; the notes show no priority, label or
 * component, so those are null and empty), each labelled with a one-line reason by the Categories
 * definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 16,
	atLeast: 159,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.937 over the 143 scored tickets at version 17) by about one ticket.
	floors: {accuracy: 0.99, coverage: 0.93},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('CAMEL');
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/CAMEL-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
		expect(['Bug', 'Dependency upgrade', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
