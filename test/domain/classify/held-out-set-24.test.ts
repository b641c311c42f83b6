import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 24: real tickets none of the other sets holds, from a public Jira that is neither Apache's nor MongoDB's
 * and whose issue types are not Apache's: Red Hat's Jira (issues.jboss.org, now issues.redhat.com), project TORQUE
 * (TorqueBox), as the TorqueBox release announcements list them, grouped by type (Bug, Feature Request, Enhancement,
 * Task, Quality Risk, Patch; the lists show no priority, components or labels). Each is labelled with a one-line reason
 * by the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 24,
	atLeast: 123,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.935 over the 108 scored tickets at
	// version 25; 0.989 and 0.833 at first contact, version 24) by less than one ticket, so any of the misreadings this set
	// found fails it again.
	floors: {accuracy: 0.995, coverage: 0.93},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('TORQUE');
		expect(item.key).toMatch(/^TORQUE-\d+$/);
		expect(item.url).toBe(`https://issues.redhat.com/browse/${item.key}`);
		expect(['Bug', 'Feature Request', 'Enhancement', 'Task', 'Quality Risk', 'Patch']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
