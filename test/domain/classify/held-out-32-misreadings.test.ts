import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 32's misreadings (go-gitea/gitea's GitHub issues, a web product team), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'GT-1', key: 'GT-1', team: 'GT', project: 'GT', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('GT-1')!;
}

describe('held-out set 32 readings, go-gitea/gitea', () => {
	it('reads an upgrade or migration between named versions said to fail as that change failing, not planned work', () => {
		for (const title of ['Upgrade from 1.4.3 to 1.5.2 fails (PostgreSQL 10.5)', 'Migrating from 2.1 to 2.2 failed', 'Update from v3.0 to v3.1 crashed']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('opens with planned work');
		}
		// The upgrade alone is planned work.
		for (const title of ['Upgrade from 2.3 to 2.4', 'Migrate from 5.7 to 8.0']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});

	it('reads "Unable to migrate", "Cannot migrate" opening a title as a migration failing; "Don\'t migrate" stays an imperative', () => {
		for (const title of ['Unable to migrate from 1.7.6 to 1.8.0 and beyond', 'Cannot migrate the wiki from GitLab', "Can't migrate repositories with LFS objects"]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		for (const title of ["Don't migrate archived tickets", 'Do not migrate draft pages', 'Why not migrate to Postgres?']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads a gerund whose object has a relative clause, the failure ending the title, as that action failing', () => {
		for (const title of ['Migrating a GitHub repository that has dependabot pull requests fails', 'Importing a project which uses LFS crashes']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
		// The failure belongs to the relative clause, is negated, or follows a purpose: planned work stays planned.
		for (const title of ['Adding a test for the job that fails', 'Using a queue that never fails', 'Adding retries so a sync that times out no longer fails', 'Migrating the jobs that fail']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});

	it('reads a user asking how they can do something as a support question; a design question or a how-to page of the docs is not read', () => {
		for (const title of ['How do I reset my password?', 'How can I restore a deleted branch', 'How does one migrate GitHub repo issues to gitea?']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a how-to question')});
		}
		for (const title of ['How to upgrade guide for 2.0', 'How do I upgrade: guide', 'Document how to migrate to the new API', 'Add a how to section on backups', 'How to roll out the new billing engine', 'How should we version the public API', 'How do we reduce on-call load?']) {
			expect(verdictOf(title).reason, title).not.toContain('how-to question');
		}
	});

	it('reads "Error upgrading …" and a bare "… fail" of a change as that change failing', () => {
		for (const title of ['Error upgrading 1.0.1 to 1.4.0', 'Errors while migrating the wiki']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a change failed')});
		}
		expect(verdictOf('1.22 upgrade migration fail, postgres 16 column not created - cannot revert', ['type/bug'])).toMatchObject({category: 'operational'});
		expect(verdictOf('clone fail on large repo').reason).toContain('title: failing');
		// Documentation of errors, a failure wanted, guarded or by design are not read so.
		expect(verdictOf('Error migration guide').reason).not.toContain('a change failed');
		for (const title of ['Make the build fail on warnings', "Don't let the upgrade fail silently", 'Let the deploy fail fast']) {
			expect(verdictOf(title).reason, title).not.toContain('title: failing');
		}
	});

	it('reads issues, plural, acted on as a tracker\'s items, not as problems; a singular issue stays a problem', () => {
		for (const title of ['Site administrators should have UI to delete issues on admin panel', 'Allow admins to close issues', 'Export issues in CSV']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a problem');
		}
		for (const title of ['Customer export issue', 'Login issues', 'Issues with the mailer', 'Problems with LDAP sign-in']) {
			expect(verdictOf(title).reason, title).toContain('title: a problem');
		}
	});
});
