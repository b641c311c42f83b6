import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * A change named as a noun opening the title ("Upgrade to …", "Rewrite of …") read as planned work even when the title
 * says that change broke something: "Upgrade to Node 22 breaks the build" was improvement work, as "Upgrading to 3.1 breaks
 * login" was before the gerund reading (gerund-subject.test.ts).
 */
function verdictOf(title: string) {
	return rulesVerdict('NS-1', {title, labels: []});
}

describe('a change named as a noun, said to have broken something', () => {
	it('reads the breakage, not the planned change', () => {
		for (const title of ['Upgrade to Node 22 breaks the build', 'Upgrade of Postgres broke replication', 'Rewrite of the importer broke CSV uploads', 'Redesign of the admin console breaks login', 'Rollout of checkout v2 failed health checks']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('opens with planned work');
		}
	});

	it('leaves the change planned when the failure is a clause, a purpose or a condition, or after a comma', () => {
		for (const title of ['Redesign of the admin console', 'Rewrite of the importer to fix broken CSV uploads', 'Upgrade Postgres before the old version breaks', 'Refactor the job that fails nightly', 'Upgrade the SDK so the app no longer crashes', 'Switch to Redis if the queue fails again', 'Bump lodash, old version breaks Node 22']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});
});

describe('an opener word modifying a noun said to be broken (version 55)', () => {
	it('reads the noun as broken, not the opener as planned work', () => {
		// kubernetes/kubernetes#44632, labelled firefighting in the real-tickets set, read as an upgrade planned before.
		for (const title of ['Upgrade Tests Broken on Master', 'Upgrade tests failing on master', 'Deploy pipeline broken', 'Deploy fail on staging', 'Setup broken for new contributors']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('leaves "broken" or "failing" before a noun, an adjective, to the planned work it is', () => {
		for (const title of ['Upgrade broken dependencies', 'Migrate failing jobs to the new runner']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});
});

describe('an opener word modifying a noun said to time out, hang or be stuck (version 58)', () => {
	it('reads the noun as broken, not the opener as planned work', () => {
		// "Publish" opens planned work since version 56; a publish step that times out is still a failure now.
		for (const title of ['Publish step times out', 'Release pipeline times out after 60 minutes', 'Build hangs on Windows']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('a part of the product named by an opener word, said not to work (version 67)', () => {
	it('reads the part as broken, not the opener as planned work', () => {
		// Seen by the helper reading held-out set 43: every planned opener before "button doesn't work" read as planned work.
		for (const title of ["Upgrade button doesn't work", "Add member dialog doesn't open", 'Create account flow is not working']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves a part asked for, or guarded, to the planned work it is', () => {
		for (const title of ["Add a button that doesn't work offline", 'Make sure the save button does not work when the form is invalid', 'Add retry option which does not show by default']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
	});
});
