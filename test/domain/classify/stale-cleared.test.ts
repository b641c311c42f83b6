import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * "Stale" read as breakage ("Dashboard shows stale data") also read every chore that clears stale things away as
 * firefighting: "Prune stale DNS records", "Auto-close stale PRs after 30 days" are housekeeping, planned toil reduction.
 */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'ST-1', key: 'ST-1', team: 'ST', project: 'ST', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('ST-1')!;
}

describe('stale things cleared away', () => {
	it('reads a title asking to clear stale things away as planned housekeeping, not breakage', () => {
		for (const title of ['Prune stale DNS records', 'Archive stale projects', 'Delete stale preview environments nightly', 'Close stale issues automatically', 'Auto-close stale PRs after 30 days', 'Purge the stale cache entries']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: stale things cleared')});
			expect(verdictOf(title).reason, title).not.toContain('title: broken');
		}
	});

	it('still reads data, caches or reads said to be stale as breakage', () => {
		for (const title of ['Stale DNS cache after service redeploy', 'Dashboard shows stale data', 'Stale reads from replica', 'Search results are stale after reindex', 'Close button shows stale count']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: broken')});
		}
	});
});
