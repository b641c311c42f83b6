import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 19: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (Hive 1.2.1 issues with their Jira issue type, priority and components as the Yetus-generated
 * changelog lists them; it shows no labels, so those are empty), each labelled with a one-line reason by
 * the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are
 * ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 19,
	atLeast: 113,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.978 over the 89 scored tickets at
	// version 19) by less than one ticket, so any of the misreadings this set found fails it again.
	floors: {accuracy: 0.99, coverage: 0.97},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('HIVE');
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/HIVE-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
		expect(['Bug', 'Improvement', 'New Feature', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		for (const component of item.components) expect(component).toMatch(/^[A-Za-z][\w/ -]*$/);
	},
});
