import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 30's misreadings (ansible/ansible's GitHub issues, an infrastructure-automation team), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'AN-1', key: 'AN-1', team: 'AN', project: 'AN', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('AN-1')!;
}

describe('held-out set 30 readings, ansible/ansible', () => {
	it('reads support a release drops as a capability retired, not support work', () => {
		// Filed under a bug label the retirement is no longer read as support work; it is left unsure, not operational.
		expect(verdictOf('Drop Python 2.6 support controllerside', ['bug']).category).not.toBe('operational');
		for (const title of ['Drop Python 2.6 support controllerside', 'Remove IE11 support from the web client', 'Deprecate Ubuntu 18.04 support']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
			expect(verdictOf(title).reason, title).not.toContain('title: support');
		}
		// Support work that is dropped or ended, and support sought, stay what they were.
		expect(verdictOf('Need support for payments outage').category).toBe('operational');
		expect(verdictOf('Customer support escalation: checkout down').category).toBe('operational');
	});

	it('reads a removal scheduled for a named release as planned clean-up, even under a bug label', () => {
		for (const [title, labels] of [
			['task contains deprecated call to be removed in 2.12', ['affects_2.12', 'bug', 'P2', 'support:core']],
			['strategy contains deprecated call to be removed in 2.12', ['bug']],
			['Legacy endpoints will be removed in v3', []],
			['Python 3.8 scheduled for removal in 2.18', []],
		] as const) {
			expect(verdictOf(title, labels), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: removal scheduled for a release')});
		}
		// What was removed and is missed now, and a removal with no release named, are not read.
		for (const title of ['Option was removed in 2.12 and playbooks fail', 'Files to be removed in cleanup job are still present']) {
			expect(verdictOf(title, ['bug']), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title, ['bug']).reason, title).not.toContain('removal scheduled');
		}
		expect(verdictOf("Don't remove users in 2.0").reason).not.toContain('removal scheduled');
	});
});
