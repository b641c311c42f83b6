import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 40's misreadings (MariaDB's Jira, project MXS, MaxScale: Bug and New Feature as its generated release notes
 * list them, no priority). A New Feature saying what a thing does not support ("heartbeat replication don't support
 * multimaster") was left unsure, its "support" read as support work against the type; a snake_case function opening a Bug's
 * title ("create_one_connection_for_sescmd() doesn't correctly replace m_current_master") and a component named by an opener's
 * word with a modal after it ("Monitor should remove [Master] when starting swithover") read, from their titles, as planned work.
 */
function verdictOf(title: string, type: string | null = null) {
	return rulesVerdict('MXS-1', {title, type});
}

describe('held-out set 40 readings, MariaDB\'s Jira (MaxScale)', () => {
	it('reads what a thing does not support, filed as planned work, as the capability asked for', () => {
		for (const [title, type] of [
			["heartbeat replication don't support multimaster", 'New Feature'],
			['azure-service-bus component does not support session', 'New Feature'],
			['CSV export does not support custom delimiters', 'Improvement'],
			['Webhooks are not supported for private projects', 'Improvement'],
			['The importer does not yet support UTF-16 files', 'Story'],
		] as const) {
			expect(verdictOf(title, type), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a capability missing')});
		}
	});

	it('reads its "support" as no support work, but asks nothing of a Bug or an untyped ticket', () => {
		// Filed as a Bug it may be the defect: the type speaks, and "support" adds no support work to it.
		expect(verdictOf('CSV export does not support custom delimiters', 'Bug')).toMatchObject({category: 'operational', reason: 'type Bug'});
		for (const title of ["heartbeat replication don't support multimaster", 'Why does the API not support pagination?']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (support|a capability missing|incident tooling)/);
		}
	});

	it('leaves a capability lost, breakage stated with it, support work and planned support alone', () => {
		// A capability lost is breakage, not one asked for.
		for (const title of ['SSO no longer supported after upgrade', 'SAML login not supported anymore', 'Importer crashes because it does not support UTF-16 files']) {
			expect(verdictOf(title, 'Improvement').reason, title).not.toContain('title: a capability missing');
		}
		// Support work is still support work; support asked for or dropped is read as before.
		expect(verdictOf("We don't support tickets on weekends").reason).toContain('title: support');
		expect(verdictOf('Support ticket not answered').reason).toContain('title: support');
		for (const title of ['Add support for custom delimiters', 'Remove IE11 support', 'Support computed columns']) {
			expect(verdictOf(title, 'Improvement'), title).toMatchObject({category: 'strategic', reason: expect.not.stringContaining('title: a capability missing')});
		}
	});

	it('reads a snake_case name opening the title as code, not the verb that opens planned work', () => {
		for (const title of ["create_one_connection_for_sescmd() doesn't correctly replace m_current_master", "create_user() doesn't hash the password", 'add_index fails on empty tables']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.not.stringContaining('title: opens with planned work')});
		}
		// A name inside the title is not the opener: the imperative before it still opens planned work.
		for (const title of ['Add user_id to the events table', 'Remove legacy_mode flag', 'Create a get_user() helper']) {
			expect(verdictOf(title).reason, title).toContain('title: opens with planned work');
		}
	});

	it('reads an opener followed by a modal or a verb of its own as the subject, not an imperative', () => {
		for (const title of ['Monitor should remove [Master] when starting swithover', 'Deploy should not restart healthy pods', 'Upgrade is not possible from 2.4', 'Migrate does not copy indexes']) {
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
		expect(verdictOf('Upgrade is not possible from 2.4').category).toBe('operational');
		// Imperatives, chores and design questions are read as before.
		for (const [title, category] of [
			['Monitor disk usage on build agents', 'strategic'],
			['Add rate limiting to the public API', 'strategic'],
			['Remove the legacy importer', 'strategic'],
			['Upgrade Postgres to 16', 'strategic'],
			['Document the deploy process', 'strategic'],
			['Fix flaky test', 'operational'],
		] as const) {
			expect(verdictOf(title), title).toMatchObject({category});
		}
		expect(verdictOf('How to structure the deploy pipeline?').reason).not.toContain('title: not behaving');
	});
});
