import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 48 (MongoDB's Jira, project TOOLS: the Database Tools) found three kinds of ticket the readings did not know:
 * six typed "Vulnerability" ("Security Finding: Update package net@v0.36.0", a scanner's finding to patch) that had no
 * signal; a guard asked for as an imperative ("fail if --restoreDbUsersAndRoles used on wrong target", read as breakage
 * through "wrong"; "Make mongorestore warn when restoring archive from a different server version", no signal); and tests
 * run against new versions ("Run passthrough tests with 8.1 and 8.2", no signal). Each is what real teams write.
 */
function verdictOf(title: string, type: string | null = null) {
	return rulesVerdict('TOOLS-1', {title, type, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'How to run tests against Postgres 16?', 'Fix flaky test in CheckoutSpec', 'Bump lodash to 4.17.21', 'Clean up old feature flags'];

describe('a "Vulnerability" is a vulnerability to patch in response', () => {
	it('reads the type as Atlassian\'s Public Security Vulnerability reads', () => {
		for (const title of ['Security Finding: Update package net@v0.36.0', 'Security Finding: Update package `jwt`', 'Outdated OpenSSL in the base image']) {
			expect(verdictOf(title, 'Vulnerability'), title).toMatchObject({category: 'operational', reason: expect.stringContaining('type Vulnerability')});
		}
		expect(verdictOf('Stored XSS in the comment form', 'Security Vulnerability')).toMatchObject({category: 'operational', reason: expect.stringContaining('type Security Vulnerability')});
	});

	it('leaves the same titles typed Task to their words', () => {
		expect(verdictOf('Security Finding: Update package net@v0.36.0', 'Task').reason).not.toContain('type');
	});
});

describe('a guard asked for: what a tool should do on a condition', () => {
	it('reads "Fail if …", "Warn when …", "Refuse to …" and "Make X warn when …" as planned', () => {
		for (const title of [
			'fail if --restoreDbUsersAndRoles used on wrong target',
			'Make mongorestore warn when restoring archive from a different server version',
			'Fail if the config file is missing',
			'Fail fast when the schema is invalid',
			'Warn if the rendered DOM node is HTMLUnknownElement',
			'Error out when both --foo and --bar are given',
			'Refuse to start with an empty password',
			'Make the CLI fail when no token is given',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a guard asked for')});
		}
	});

	it('still reads a failure reported in the third person, a gerund or "fail to" as breakage, and leaves the noun "Warning" alone', () => {
		for (const title of ['Fails if the config file is missing', 'Failing when the cache is cold', 'Fail to load dashboard when offline']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
		for (const title of ['Fail when running on Windows', 'Warning when saving file', 'Fail on Windows', 'Make it work again']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a guard asked for');
		}
	});
});

describe('tests run against a version, a platform or on a schedule', () => {
	it('reads "Run … tests …" as planned CI coverage', () => {
		for (const title of ['Run passthrough tests with 8.1 and 8.2', 'Run qa and legacy tests against 8.0', 'Run the unit tests on ARM runners', 'Run benchmarks nightly']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves a run said to fail, and the "Run tests" button or command, to the other readings', () => {
		for (const title of ['Run tests fails with ENOENT', 'Running tests fails on Windows', 'Run integration tests times out on CI']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
		expect(verdictOf('Run Tests button is missing').reason).not.toContain('title: opens with planned work');
	});
});

describe('ordinary internal-team titles', () => {
	it('are read by none of these readings', () => {
		for (const title of ordinary) {
			const {reason} = verdictOf(title);
			expect(reason, title).not.toContain('title: a guard asked for');
			expect(reason, title).not.toContain('type Vulnerability');
		}
		expect(verdictOf('How to run tests against Postgres 16?').reason).not.toContain('title: opens with planned work');
	});
});
