import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 36: real tickets none of the other sets holds, from a public Jira no other set uses: Spring's
 * (jira.spring.io, project BATCH, Spring Batch), as its Jira-generated release notes list them, grouped by type (Bug,
 * Defect, Improvement, New Feature, Task, Refactoring; the notes show no priority, components or labels). Each is
 * labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was run on them.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 36,
	atLeast: 112,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.990 over the 101 scored tickets at
	// version 41; 0.970 and 0.990 at first contact, version 40) by less than one ticket, so a misreading this set found fails
	// it again.
	floors: {accuracy: 0.995, coverage: 0.985},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('BATCH');
		expect(item.key).toMatch(/^BATCH-\d+$/);
		expect(item.url).toBe(`https://jira.spring.io/browse/${item.key}`);
		expect(['Bug', 'Defect', 'Improvement', 'New Feature', 'Task', 'Refactoring']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
