import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 26's misreadings (home-assistant/core's GitHub issues, users' bug reports), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'HA-1', key: 'HA-1', team: 'HA', project: 'HA', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('HA-1')!;
}

describe('held-out set 26 readings, home-assistant/core', () => {
	it('reads what cannot be restored, configured or acknowledged, what can no longer be done and what disappears as breakage', () => {
		for (const title of [
			'Cannot restore full backup on fresh HA 2023.2.0',
			"Philips Hue won't configure automatically or manually",
			'The node did not acknowledge the command (ZW0204)',
			'Nabu Casa can no longer be linked to Google Home',
			'Dead (unpingable) Z-Wave nodes names disappear in dashboard',
			'MQTT autodiscover breaks whenever Home Assistant update to new version.',
			// The same said by other teams.
			"Can't restore the nightly database snapshot",
			'Customers can no longer download invoices',
			'Saved filters disappeared after reload',
			'Sync breaks whenever the token expires',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		// Not the imperative opening a title, nor a guard, nor what is wanted to vanish.
		for (const title of ["Don't restore archived projects on import", 'Ensure revoked tokens can no longer be used', 'Make toasts disappear after 5 seconds', 'Notifications should disappear when read']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads breakage since a named upgrade, and what is said not available, as breakage', () => {
		for (const title of ['[OpenMQTTGateway] MQTT integration parses presence instead of sensor after 2022.2.0 upgrade', 'db query clogging cpu after upgrade to 2025.2', 'Checkout page blank after upgrade to 5.2']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: since an upgrade')});
		}
		// A step's timing is not breakage: "after the upgrade" with no version named.
		for (const title of ['Clear the cache after the upgrade', 'Run smoke tests after upgrade']) expect(verdictOf(title).reason, title).not.toContain('since an upgrade');
		// Nor a step the title opens with, even with the version named.
		for (const title of ['Re-enable caching after upgrade to 3.2', 'Plan the rollout after upgrade to 3.2', 'Verify dashboards after upgrade to 9.1']) expect(verdictOf(title).reason, title).not.toContain('since an upgrade');
		for (const title of ['Sorry, it looks like home assistant is not available right now (nabucasa)', 'Payments API is not available in eu-west-1']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: down')});
		}
		for (const title of ['Make sure the old endpoint is not available after cutover', 'Dark mode is not available on Android']) expect(verdictOf(title).reason, title).not.toContain('title: down');
	});

	it('reads "Setup error" and "Install failure" as the change failing, not as planned set-up work', () => {
		expect(verdictOf('Setup error').category).toBe('operational');
		expect(verdictOf('Install failure on ARM').category).toBe('operational');
		expect(verdictOf('Setup error tracking with Sentry').category).toBe('strategic');
	});

	it('reads a feature request by its tag, and what a request hides or removes in a state as its subject', () => {
		for (const title of ['Feature request: disable unavailable sensor', '[Feature Request] Tabs in Files']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: feature request')});
		}
		for (const title of ['Disable unavailable sensor', 'Hide offline devices in the picker']) expect(verdictOf(title).reason, title).not.toContain('title: down');
		expect(verdictOf('Checkout service down').reason).toContain('title: down');
	});

	it('reads a product\'s automation feature, named in a title stating breakage, as where it broke', () => {
		for (const title of ['Automations with Value Template Triggers Are Not Firing', 'Automation rules stopped running after the upgrade']) {
			expect(verdictOf(title).category, title).toBe('operational');
		}
		expect(verdictOf('Automate the release notes').category).toBe('strategic');
		expect(verdictOf('Automation for certificate renewal').category).toBe('strategic');
	});

	it('reads an "integration: …" label as the integration the ticket is about, not as a kind of work', () => {
		expect(verdictOf('Trigger variable undefined in actions', ['integration: automation']).reason).not.toContain('label');
		expect(verdictOf('Fix login redirect', ['automation']).reason).toContain('label automation');
	});
});
