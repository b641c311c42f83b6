import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 24's misreadings (Red Hat's Jira, TorqueBox: types that are not Apache's), each read as it would be in any tracker. */
function verdictOf(title: string, type: string | null = null) {
	const ticket = makeTicket({id: 'TORQUE-1', key: 'TORQUE-1', team: 'TORQUE', project: 'TORQUE', title, type});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('TORQUE-1')!;
}

describe('held-out set 24 readings, Red Hat\'s Jira', () => {
	it('reads the feature and improvement types of other Jiras as New Feature and Improvement read', () => {
		for (const [type, title] of [
			['Feature Request', 'Ruby packages should be packaged as .gems'],
			['Feature Request', 'Put logs somewhere reasonable for rails bundles'],
			['Enhancement', 'Saner TorqueBox gem names'],
			['Enhancement', 'More consistency of configuration of all the classes we instantiate'],
			// Atlassian's and Qt's public Jiras call the feature asked for a Suggestion.
			['Suggestion', 'Allow custom fields on the board card'],
			// Red Hat's Component Upgrade: a version moved with no cause stated, planned as "Upgrade X to Y" reads.
			['Component Upgrade', 'Netty 4.1.100.Final'],
			['Component Upgrade', 'Update to AS6m5'],
		] as const) {
			expect(verdictOf(title, type), `${type}: ${title}`).toMatchObject({category: 'strategic', reason: expect.stringContaining(`type ${type}`)});
		}
		// Breakage said in the title outweighs the type, as it does for New Feature and Improvement.
		for (const [type, title] of [
			['Feature Request', 'Checkout page crashes on submit'],
			['Enhancement', 'Login fails with NPE after upgrade'],
			['Component Upgrade', 'Upgrade jettison to fix CVE-2022-40149'],
			['Component Upgrade', 'Deadlock Issue in Quartz 1.8.0 - Upgrade to 1.8.3'],
			['Suggestion', 'Production outage: API returns 500'],
		] as const) {
			expect(verdictOf(title, type).category, `${type}: ${title}`).toBe('operational');
		}
	});

	it("reads Atlassian's Public Security Vulnerability as a vulnerability to patch in response", () => {
		expect(verdictOf('Stored XSS in issue comments', 'Public Security Vulnerability')).toMatchObject({category: 'operational', reason: expect.stringContaining('type Public Security Vulnerability')});
		expect(verdictOf('Stored XSS in issue comments', 'Task').reason).not.toContain('type');
	});

	it('reads what should stop and does not ("do not stop", "never stops") as breakage', () => {
		for (const title of [
			'Ruby runtime pools do not stop, and clean up resources.',
			// The same said by other teams.
			'Loading spinner never stops on the payments page',
			"Sync worker doesn't stop after the account is deleted",
			'Recording is not stopped when the call ends',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		// Not the imperative opening a title, nor a guard or a rule said before it.
		for (const title of [
			"Don't stop the deploy on lint warnings",
			'Do not stop the scheduler during a drain',
			'Ensure consumers do not stop on a poison message',
			'Builds should not stop on flaky tests',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});
