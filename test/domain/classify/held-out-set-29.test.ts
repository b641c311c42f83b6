import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 29: real tickets none of the other sets holds, from a public Jira no other set uses: the OpenEngSB
 * project's own (issues.openengsb.org, project OPENENGSB), as its Jira-generated release notes list them, grouped by type
 * (Bug, Improvement, Library Upgrade, New Feature, Task, Epic; the notes show no priority, components or labels). Each is
 * labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was run on them.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 29,
	atLeast: 112,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.978 over the 89 scored tickets at
	// version 32; 0.965 and 0.966 at first contact, version 31) by less than one ticket, so any of the misreadings this set
	// found fails it again.
	floors: {accuracy: 0.995, coverage: 0.97},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('OPENENGSB');
		expect(item.key).toMatch(/^OPENENGSB-\d+$/);
		expect(item.url).toBe(`http://issues.openengsb.org/jira/browse/${item.key}`);
		expect(['Bug', 'Improvement', 'Library Upgrade', 'New Feature', 'Task', 'Epic']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
