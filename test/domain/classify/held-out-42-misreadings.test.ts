import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 42 (kubernetes/k8s.io, SIG K8s Infra's own tracker) met three kinds of title no reading knew: a service
 * request filed through the team's issue template ("DNS REQUEST: kops.sigs.k8s.io"), an umbrella named by its tag
 * ("[Umbrella Issue] AWS Infrastructure for Kubernetes", "Umbrella issue: …"), and a cloud quota run into now ("Cloud
 * billing quota exceeded: …"). Each is read now (version 61); ordinary titles that mention a request, an umbrella or a
 * quota without them are left as they were.
 */
function verdictOf(title: string) {
	return rulesVerdict('KI-1', {title, labels: []});
}

describe('a service request filed through a template', () => {
	it('reads a DNS, access, account or membership request tag as a service request', () => {
		for (const title of ['DNS REQUEST: kops.sigs.k8s.io', 'DNS request: release.triage.k8s.io', '[Access Request] read access to the prod billing dataset', 'Membership request: alice']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).toMatch(/title: (dns|access|membership) request/);
		}
	});

	it('leaves a feature request and the machinery that takes requests alone', () => {
		expect(verdictOf('Feature request: dark mode').category).toBe('strategic');
		for (const title of ['Add DNS request form', 'Automate access requests', 'Fix flaky test', 'How to request a DNS record?']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (dns|access) request/);
		}
	});
});

describe('an umbrella named by its tag', () => {
	it('reads "[Umbrella Issue]" and "Umbrella issue:" as a plan or tracking issue', () => {
		for (const title of ['[Umbrella Issue] AWS Infrastructure for Kubernetes', 'Umbrella issue: k8s.gcr.io => registry.k8s.io solution', 'Tracking issue: remove the legacy API']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});

	it('leaves titles that only mention an issue alone', () => {
		for (const title of ['Umbrella stand broken in lobby', 'Issue with login page']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (umbrella|tracking) issue/);
		}
	});
});

describe('a cloud quota run into now', () => {
	it('reads a quota exceeded or exhausted as breakage', () => {
		for (const title of ['Cloud billing quota exceeded: https://support.google.com/code/contact/billing_quota_increase', "Quota 'CPUS' exceeded in us-east1", 'Project is over quota', 'e2e jobs exceed the IP address quota']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: quota exceeded')});
		}
	});

	it('leaves a quota guarded against, watched, raised ahead or specified alone', () => {
		for (const title of ['Alert when the CPU quota is exceeded', 'Handle quota exceeded errors', 'Increase quotas for the scale project', 'Add quota dashboard', 'Remove quota checks', 'Exceeding quota should return 429', 'Prevent jobs from exceeding the project quota']) {
			expect(verdictOf(title).reason, title).not.toContain('title: quota exceeded');
		}
	});
});
