import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 3: real tickets none of the other sets holds (the HBase operator-tools and
 * connectors Jira issues with their types, priorities and components; GitHub issues with their
 * labels), each labelled with a one-line reason by the Categories definitions of metrics.md before
 * the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they
 * are not scored.
 */
describeHeldOutSet({
	set: 3,
	atLeast: 150,
	// A little under what is measured now (docs/classification.md): accuracy over the tickets
	// decided, coverage over the tickets scored.
	floors: {accuracy: 0.98, coverage: 0.93},
	source: (item) => {
		if (item.tracker === 'github') expect(item.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
		else expect(item.url).toMatch(/^https:\/\/issues\.apache\.org\/jira\/browse\/HBASE-\d+$/);
	},
});
