import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 51 (Cal.com's GitHub issues, a SaaS product team whose own Linear issues sit beside its users' reports) left unread
 * three ways such a team and its users write (version 78):
 *
 * - something that never arrives or never runs, and the message never got: "[CAL-1365] /workflow - after creating a test meeting,
 *   never got the email", "Workflow tasks created but never executed" gave no signal ("never sent", "never received" read already);
 * - a design reworked whole, named last: "[CAL-2485] Settings Redesign" gave no signal ("Redesign …", "Revamp …", "Overhaul …" open
 *   planned work already, and "… improvements" ends it);
 * - something asked to be shown, or a feature's reach widened, said as an imperative: "[CAL-5282] Show router position for all round
 *   robin event types", "[CAL-3926] Expand round robin availability beyond the default schedule" gave no signal.
 */
function verdictOf(title: string) {
	return rulesVerdict('CA-1', {title});
}

describe('something that never arrives or never runs is not working', () => {
	it('reads a message never arrived or never got, and a task never executed, as breakage', () => {
		for (const title of [
			'/workflow - after creating a test meeting, never got the email',
			'Workflow tasks created but never executed',
			'Invite email never arrived',
			'Password reset emails not arriving',
			"I don't get notifications for mentions",
			'Scheduled job not executed on time',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves a guard, a rule, an imperative and other things never got alone', () => {
		for (const title of [
			'Ensure reminders are never executed twice',
			'Jobs should not be executed on replicas',
			'Never execute migrations on startup',
			"Don't get the token on every request",
			'We never got around to the cleanup',
			'Add a retry for webhooks',
			'How to execute a workflow manually?',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
		expect(verdictOf('Ensure reminders are never executed twice').category).toBe('strategic');
	});
});

describe('a redesign, a revamp, an overhaul or a rework named last is planned work', () => {
	it('reads the design reworked, named after what is reworked, as an improvement named', () => {
		for (const title of ['[CAL-2485] Settings Redesign', 'Homepage revamp', 'Navigation overhaul', 'Booking page redesign for mobile', 'Onboarding rework']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: an improvement named')});
		}
	});

	it('still reads what a redesign broke as breakage, and leaves other titles alone', () => {
		for (const title of ['Login broken after the settings redesign', 'Crash since the navigation overhaul']) {
			expect(verdictOf(title).category, title).toBe('operational');
			expect(verdictOf(title).reason, title).not.toContain('title: an improvement named');
		}
		for (const title of ['Fix flaky test', 'Remove the legacy importer', 'How to design the settings page?']) {
			expect(verdictOf(title).reason, title).not.toContain('title: an improvement named');
		}
	});
});

describe('"Show …" and "Expand …" opening a title ask for a feature', () => {
	it('reads something asked to be shown, or a reach widened, as planned work', () => {
		for (const title of [
			'[CAL-5282] Show router position for all round robin event types',
			'[CAL-3926] Expand round robin availability beyond the default schedule',
			'Show the attendee count on the bookings list',
			'Expand the API to cover team event types',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it("leaves the UI's own Show or Expand control, a show-stopper and a Show statement said to fail alone", () => {
		for (const title of [
			'Show more button does nothing',
			"Expand all doesn't work",
			'Expand/collapse state is lost',
			'Show stopper: login loop after upgrade',
			'SHOW VIEWS fails with MetaException',
			'How to show the sidebar?',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
		expect(verdictOf('SHOW VIEWS fails with MetaException').category).toBe('operational');
	});
});
