import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 35: real tickets none of the other sets holds, from a public Jira no other set uses: Keycloak's
 * (issues.jboss.org, project KEYCLOAK), as its Jira-generated release notes list them, grouped by type (Enhancement,
 * Feature Request, Epic, Bug, Story, Task; the notes show no priority, components or labels). Each is labelled with a
 * one-line reason by the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets
 * are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 35,
	atLeast: 111,
	// Under what is measured now (docs/classification.md: accuracy 0.980, coverage 0.952 over the 104 scored tickets at
	// version 38; 0.970 and 0.952 at first contact, version 37) by less than one ticket, so the misreading this set found
	// fails it again.
	floors: {accuracy: 0.975, coverage: 0.95},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('KEYCLOAK');
		expect(item.key).toMatch(/^KEYCLOAK-\d+$/);
		expect(item.url).toBe(`https://issues.jboss.org/browse/${item.key}`);
		expect(['Enhancement', 'Feature Request', 'Epic', 'Bug', 'Story', 'Task']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
