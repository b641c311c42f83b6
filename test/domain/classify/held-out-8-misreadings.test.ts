import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 8's misreadings (NixOS/infra, an operations tracker): each real title, a second phrasing, and the neighbours left alone. */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 8 readings', () => {
	it('an update, bump or branch switch made to get a fix is a repair shipped, not planned upgrade work', () => {
		for (const title of [
			'hydra: bump to fix db deadlocks',
			'bump hydra to apply download fix',
			'staging-hydra: use hydra branch with AWS_SHARED_CREDENTIALS_FILE fix',
			'apply Nix patches to (try to) fix S3 upload abortions',
			'Upgrade the proxy to fix the TLS handshake errors',
		])
			expect(verdictOf(title).category, title).toBe('operational');
		for (const title of ['Update to the new logging library', 'Bump hydra to 2.31'])
			expect(verdictOf(title).category, title).not.toBe('operational');
	});

	it('fixes named as a noun are repairs, a code-quality tool’s fixes are not', () => {
		for (const title of ['Various fixes for mimas', 'hydra: database connection pool exhaustion fixes', 'fixups hydra staging'])
			expect(verdictOf(title).category, title).toBe('operational');
		expect(verdictOf('Knox Ranger test coverity fixes').category).not.toBe('operational');
		// Nor documentation's fixes, nor a document that says how to fix something.
		for (const title of ['Docs fixes', 'Documentation fixes', 'Update README with fix instructions'])
			expect(verdictOf(title).category, title).not.toBe('operational');
	});

	it('access granted to someone named is an access request', () => {
		for (const title of ['non-critical-infra: grant Ericson2314 access to staging-hydra secrets', 'Grant alice read access to the logs bucket'])
			expect(verdictOf(title).category, title).toBe('operational');
		// Letting a kind of user log in is a feature: "allow X to login" names people as often as a capability.
		for (const title of ['Allow users to login with SSO', 'Allow admins to login as other users'])
			expect(verdictOf(title).category, title).not.toBe('operational');
	});

	it('a faulty part is broken; a restart on a schedule is maintenance set up ahead, not a repair', () => {
		expect(verdictOf('pluto: umount faulty disk').category).toBe('operational');
		expect(verdictOf('Faulty disk on the build host').category).toBe('operational');
		expect(verdictOf('macs: reboot every sunday between 0:00 and 3:00').category).toBe('strategic');
		expect(verdictOf('Restart the workers nightly').category).toBe('strategic');
		expect(verdictOf('Restart the stuck workers').category).toBe('operational');
	});
});
