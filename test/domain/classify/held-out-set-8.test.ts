import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 8: real tickets none of the other sets holds, from an operations tracker no other set
 * uses (NixOS/infra, the NixOS infrastructure team's GitHub repository: merged pull requests and
 * issues — outages, stuck channels, access, hotfix bumps, migrations, monitoring, capacity), each
 * labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was
 * run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 8,
	atLeast: 150,
	// Under what is measured now (docs/classification.md: accuracy 0.901, coverage 0.798 over the 114 scored tickets) by
	// less than two tickets, so the misreadings fixed for this set (17 tickets at 0.810 / 0.737) fail it again: accuracy
	// over the tickets decided, coverage over the tickets scored. An operations tracker's untyped titles leave many unsure.
	floors: {accuracy: 0.89, coverage: 0.79},
	source: (item) => {
		expect(item.tracker).toBe('github');
		expect(item.type).toBe(null);
		expect(item.url).toMatch(/^https:\/\/github\.com\/NixOS\/infra\/(pull|issues)\/\d+$/);
		expect(item.key).toBe(`NixOS/infra#${item.url.split('/').pop()}`);
	},
});
