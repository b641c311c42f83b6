import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 45 (ministryofjustice/cloud-platform: the UK Ministry of Justice's Cloud Platform team's own tracker) found
 * kinds of title the readings did not know, each what an internal platform team and the teams it serves write: expired things
 * cleared away ("Delete Expired SSL Certificates", read as a certificate expired now), a post-incident follow-up spelt without
 * the hyphen ("Post incident follow up actions - Modsec 30 03 2026", read as an incident), access lost and help asked for ("Lost
 * permissions to access information about services using kubectl", "Help with Ingress": no signal), exploration said as a
 * trial or an idea ("FIREBREAK Idea: Try out spinnaker": no signal) and a system said to be frozen ("Civil Legal Advice Case
 * Handling system is frozen for users": no signal).
 */
function verdictOf(title: string) {
	return rulesVerdict('CP-1', {title, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'How to rotate the TLS certificates?', 'Fix flaky test in CheckoutSpec', 'Upgrade the ingress controller to 1.9'];

describe('expired things cleared away are housekeeping', () => {
	it('reads a deletion, purge or clean-up of expired things as planned', () => {
		for (const title of ['Delete Expired SSL Certificates', 'Purge expired sessions nightly', 'Clean up expired snapshots', 'Remove expired tokens from the cache']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: expired things cleared')});
		}
	});

	it('still reads a thing said to have expired, or expired things not cleared, as breakage', () => {
		for (const title of ['Expired SSL certificate on api.example.com', 'Expired token breaks login', 'Expired sessions are not deleted', 'SSL certificate has expired']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('a post-incident follow-up spelt without the hyphen', () => {
	it('reads "post incident" as post-incident work', () => {
		for (const title of ['Post incident follow up actions - Modsec 30 03 2026', 'Post incident review: checkout outage', 'Post incident actions for the DNS outage']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: post-incident review')});
		}
	});

	it('still reads an incident itself as firefighting', () => {
		for (const title of ['Incident: checkout is down', 'Production incident: payments failing']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('access lost and help asked for are support requests', () => {
	it('reads access or permissions lost as someone shut out', () => {
		for (const title of ['Lost permissions to access information about services using kubectl', 'Lost access to the staging namespace', 'Users lost access after the SSO change']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: support')});
		}
	});

	it('reads help asked for as a support request', () => {
		for (const title of ['Help with Ingress', 'Need help with deploying to staging', 'Help needed with the apply pipeline']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: support')});
		}
	});

	it('leaves access revoked on loss, and help written or shown, to the other readings', () => {
		for (const title of ['Revoke access when a laptop is lost', 'Help text for the filter', 'Add help for the CLI', 'Help wanted: translations']) {
			expect(verdictOf(title).reason, title).not.toContain('title: support');
		}
		expect(verdictOf('Add help for the CLI').category).toBe('strategic');
	});
});

describe('exploration said as a trial or an idea', () => {
	it('reads "Try out …" and an "Idea:" tag as planned', () => {
		for (const title of ['FIREBREAK Idea: Try out spinnaker', 'Try out Karpenter for node scaling', 'Idea: dark mode', 'Feature Idea: useError hook']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});

	it('still reads what broke when something was tried as breakage', () => {
		for (const title of ['Tried out the new build, it crashes', 'If I try to drag the tabs, the terminal crashes']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('a system said to be frozen is a hang', () => {
	it('reads "… is frozen" as breakage', () => {
		for (const title of ['Civil Legal Advice Case Handling system is frozen for users', 'Screen is frozen after login', 'The app is completely frozen']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: crashing')});
		}
	});

	it('leaves code, branches and dependencies held still on purpose alone', () => {
		for (const title of ['Main branch is frozen for the 2.4 release', 'Dependencies are frozen', 'Code is frozen until Monday', 'Make sure the UI is not frozen while saving', 'Add frozen columns to the table', 'Editor is frozen by design during sync']) {
			expect(verdictOf(title).reason, title).not.toContain('title: crashing');
		}
	});
});

describe("ordinary internal-team titles keep their readings", () => {
	it('reads none of them through the new readings', () => {
		for (const title of ordinary) {
			const {reason} = verdictOf(title);
			for (const reading of ['title: expired things cleared', 'title: support', 'title: crashing']) expect(reason, title).not.toContain(reading);
		}
		expect(verdictOf('Add SSO to the admin console').category).toBe('strategic');
		expect(verdictOf('Fix flaky test in CheckoutSpec').category).toBe('operational');
	});
});
