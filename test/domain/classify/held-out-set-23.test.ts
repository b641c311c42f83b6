import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 23: real tickets none of the other sets holds, from a public Jira that is not Apache's (MongoDB's,
 * jira.mongodb.org: the SERVER and WT projects; every issue of the MongoDB 4.2.12 and 4.2.13 changelogs, with the
 * changelog's section as component; the changelog shows no type, priority or labels), each labelled with a one-line
 * reason by the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are
 * ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 23,
	atLeast: 108,
	// Under what is measured now (docs/classification.md: accuracy 0.980, coverage 0.654 over the 78 scored tickets at version 22;
	// 0.884 and 0.551 at first contact, version 21) by less than one ticket, so any of the misreadings this set found fails it again.
	floors: {accuracy: 0.97, coverage: 0.65},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(['SERVER', 'WT']).toContain(item.project);
		expect(item.key.startsWith(`${item.project}-`)).toBe(true);
		expect(item.url).toBe(`https://jira.mongodb.org/browse/${item.key}`);
		expect(item.type).toBe(null);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toHaveLength(1);
		expect(['Sharding', 'Replication', 'Query', 'Aggregation', 'Storage', 'Build and Packaging', 'Internals']).toContain(item.components[0]);
	},
});
