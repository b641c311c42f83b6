import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 40: real tickets none of the other sets holds, from a public Jira no other set uses: MariaDB's
 * (jira.mariadb.org, project MXS, MariaDB MaxScale, a database proxy), as the release notes MaxScale's team generates from
 * Jira list them, under "Bug fixes" (type Bug) and "New Features" (type New Feature); the notes show no priority,
 * components or labels. Each is labelled with a one-line reason by the Categories definitions of metrics.md before the
 * classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 40,
	atLeast: 102,
	// Under what is measured now (docs/classification.md: accuracy 0.946 (87/92), coverage 0.989 (92/93) over the 93 scored
	// tickets at version 53; 0.945 and 0.978 at first contact, version 51) by less than one ticket, so a misreading this set
	// found fails it again.
	floors: {accuracy: 0.94, coverage: 0.985},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('MXS');
		expect(item.key).toMatch(/^MXS-\d+$/);
		expect(item.url).toBe(`https://jira.mariadb.org/browse/${item.key}`);
		expect(['Bug', 'New Feature']).toContain(item.type);
		expect(item.type).toBe(item.batch === 1 ? 'Bug' : 'New Feature');
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
