import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 44: real tickets none of the other sets holds, from a public Jira no other set uses: the Jenkins project's
 * (issues.jenkins.io, project JENKINS), issues of two Jenkins plugins (Jira, Job Import) as their changelogs list them,
 * key and Jira summary; the lists show no type, priority, components or labels. Each is labelled with a one-line reason by
 * the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 44,
	atLeast: 98,
	// Under what is measured now (docs/classification.md: accuracy 0.972 (69/71), coverage 0.772 (71/92) over the 92 scored
	// tickets at version 63; 0.942 and 0.750 at first contact, version 60) by less than one ticket, so a misreading this set
	// found fails it again.
	floors: {accuracy: 0.97, coverage: 0.77},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('JENKINS');
		expect(item.key).toMatch(/^JENKINS-\d+$/);
		expect(item.url).toBe(`https://issues.jenkins.io/browse/${item.key}`);
		expect(item.type).toBe(null);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
