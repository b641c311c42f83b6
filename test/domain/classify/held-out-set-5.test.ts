import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 5: real tickets none of the other sets holds, from an Apache Jira project no other set
 * uses (Phoenix 5.3.0 to 5.3.2 issues with their types, priorities and components), each labelled with
 * a one-line reason by the Categories definitions of metrics.md before the classifier was run on
 * them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 5,
	atLeast: 200,
	// Under what is measured now (docs/classification.md) by less than two of the 166 scored tickets, so
	// the misreadings this set found (one wrong, three unsure) fail it again: accuracy over the tickets
	// decided, coverage over the tickets scored.
	floors: {accuracy: 0.99, coverage: 0.99},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/PHOENIX-\d+$/);
		expect(item.url.endsWith(`/${item.key}`)).toBe(true);
	},
});
