import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 17: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (Spark 3.0.1 issues with their Jira issue type, priority and components as the Yetus-generated
 * changelog lists them; it shows no labels, so those are empty), each labelled with a one-line reason by
 * the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are
 * ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 17,
	atLeast: 158,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.992 over the 122 scored tickets at
	// version 18) by less than one ticket, so any of the misreadings this set found fails it again.
	floors: {accuracy: 0.99, coverage: 0.99},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('SPARK');
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/SPARK-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
		expect(['Bug', 'Improvement', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		for (const component of item.components) expect(component).toMatch(/^[A-Za-z][\w/ -]*$/);
	},
});
