import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 38 (hashicorp/nomad) met four ways of writing a title the classifier did not read: a colon inside a version or
 * an image tag taken for the colon that ends a clause ("Upgrade to docker-ce-cli 5:27.0.3 breaks nomad" read as a planned
 * upgrade), a test flake named as a noun ("test flake: TestAgent_ProxyRPC_Dev", no signal), poor performance with what
 * performs named between ("Poor parameterized job scheduling performance", no signal), and the umbrella issue, tagged
 * "Umbrella:" or opened with its emoji ("☂️ SSO / OIDC / Token Expiry", no signal).
 */
function verdictOf(title: string) {
	return rulesVerdict('NM-1', {title, labels: []});
}

describe('a colon inside a version or an image tag is no break in the sentence', () => {
	it('reads a change to a tagged image or an epoch version that broke something as breakage', () => {
		for (const title of ['Upgrade to docker-ce-cli 5:27.0.3 breaks nomad', 'Upgrade to postgres:16 breaks migrations', 'Bump node:20-alpine image breaks the build', 'Upgrading to redis:7 breaks the session store']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('still stops at a colon or a comma followed by a space, and at a purpose or a condition', () => {
		for (const title of ['Upgrade: new client breaks login', 'Upgrade Postgres: old version breaks', 'Bump node:20-alpine, old image breaks the build', 'Upgrade postgres:16 before the old version breaks', 'Upgrade to postgres:16', 'Bump node:20-alpine base image']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic'});
		}
	});
});

describe('a test flake named as a noun is a flaky test', () => {
	it('reads "test flake" opening the title as a flaky test now', () => {
		for (const title of ['test flake: TestAgent_ProxyRPC_Dev', 'test flake in TestAutopilot_RollingUpdate', 'Test flakes in the e2e suite']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a flaky test')});
		}
	});

	it('leaves flake tooling, a Nix flake and planned flake work alone', () => {
		for (const title of ['Test flake detection', 'Test flakes dashboard', 'Add a Nix flake', 'Update flake.lock', 'flake: update inputs', 'Reduce test flakes in CI', 'Fix flaky test']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a flaky test');
		}
		expect(verdictOf('Reduce test flakes in CI').category).toBe('strategic');
	});
});

describe('poor performance with what performs named between is slowness', () => {
	it('reads poor or bad performance of a named thing as slowness now', () => {
		for (const title of ['Poor parameterized job scheduling performance', 'Poor query performance', 'Poor write performance on large tables', 'Bad search performance after upgrade']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: slow')});
		}
	});

	it('leaves planned performance work planned', () => {
		for (const title of ['Improve poor query performance', 'Track poor query performance in a dashboard', 'Add performance tests', 'How to measure query performance?']) {
			expect(verdictOf(title), title).not.toMatchObject({category: 'operational'});
		}
		expect(verdictOf("Poor man's performance profiler").reason).not.toContain('title: slow');
	});
});

describe('an umbrella issue gathers planned work', () => {
	it('reads "Umbrella:" and the umbrella emoji as the tag of an umbrella issue', () => {
		for (const title of ['☂️ SSO / OIDC / Token Expiry', '☂ Node pools', 'Umbrella: SSO / OIDC / Token Expiry', '[Umbrella] Workload identity']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: umbrella')});
		}
	});

	it('still reads the breakage an umbrella gathers, and leaves titles with no umbrella alone', () => {
		expect(verdictOf('Umbrella: login failures').category).toBe('operational');
		for (const title of ['Add SSO support', 'How to configure OIDC?', 'Remove the legacy token flow', 'Fix flaky test']) {
			expect(verdictOf(title).reason, title).not.toContain('title: umbrella');
		}
	});
});
