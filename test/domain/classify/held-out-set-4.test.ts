import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 4: real tickets none of the other sets holds, from Apache Jira projects no other set
 * uses (ZooKeeper and Ranger issues with their types, priorities and components), each labelled with
 * a one-line reason by the Categories definitions of metrics.md before the classifier was run on
 * them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 4,
	atLeast: 200,
	// A little under what is measured now (docs/classification.md): accuracy over the tickets
	// decided, coverage over the tickets scored.
	floors: {accuracy: 0.98, coverage: 0.95},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/(ZOOKEEPER|RANGER)-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
	},
});
