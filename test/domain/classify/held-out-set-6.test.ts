import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 6: real tickets none of the other sets holds, from a product company's own tracker in
 * a style no other set has (grafana/grafana pull requests as Grafana 8.2 and 8.3's release notes list
 * them: "Area: Change" titles, Bug or Feature by the list they are in, no priority, labels or
 * components), each labelled with a one-line reason by the Categories definitions of metrics.md
 * before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle;
 * they are not scored.
 */
describeHeldOutSet({
	set: 6,
	atLeast: 150,
	// Under what is measured now (docs/classification.md) by less than two of the 149 scored tickets, so
	// the misreadings this set found (four wrong) fail it again: accuracy over the tickets decided,
	// coverage over the tickets scored.
	floors: {accuracy: 0.99, coverage: 0.99},
	source: (item) => {
		expect(item.tracker).toBe('github');
		expect(['Bug', 'Feature']).toContain(item.type);
		expect(item.url).toMatch(/^https:\/\/github\.com\/grafana\/grafana\/pull\/\d+$/);
		expect(item.url.endsWith(`/${item.key.split('#')[1]}`)).toBe(true);
	},
});
