import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 59: real tickets none of the other sets holds, from a public Jira no other set uses: Hibernate's
 * (hibernate.atlassian.net), project HSEARCH (Hibernate Search; set 2's Hibernate tickets are Hibernate ORM's, HHH), as the
 * Jira-generated release notes pasted into the project's changelog.txt list them, grouped by type (Bug, Task, Improvement,
 * New Feature, Deprecation; the notes show no priority, components or labels). Each is labelled with a one-line reason by
 * the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 59,
	atLeast: 102,
	// Under what is measured now (docs/classification.md: accuracy 1.000 over 84 decided, coverage 0.966 over the 87 scored tickets
	// at version 98; 1.000 and 0.908 at first contact, version 94) by less than one ticket, so losing a reading this set found fails it.
	floors: {accuracy: 0.99, coverage: 0.96},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('HSEARCH');
		expect(item.key).toMatch(/^HSEARCH-\d+$/);
		expect(item.url).toBe(`https://hibernate.atlassian.net/browse/${item.key}`);
		expect(['Bug', 'Task', 'Improvement', 'New Feature', 'Deprecation']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
