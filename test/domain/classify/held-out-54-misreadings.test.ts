import {describe, expect, it} from 'vitest';
import {expectOrdinaryUntouched, rulesVerdict} from './labelled.js';

/**
 * Held-out set 54 (Apache Kudu's Jira, the Yetus changelogs of 1.12.0 and 1.11.0) found breakage and planned work said in ways the
 * readings did not know, each a way real teams write: a subject that never does what it should ("DMS may never flush when under
 * memory pressure and there are on-going inserts"), a toolchain's error quoted as the title ("gcc error: unrecognized command line
 * option '-msse4.2' on aarch64", "error raised on aarch64: #error You need to define CycleTimer for your O/S and CPU"), memory
 * overhead with what holds it named between ("… will cause a huge DMS memory overhead"), and a look over the code or a capability
 * that finds its own setting asked for ("Audit the semantics and the usage of …", "Auto-detect NTP servers provided by the public
 * cloud environment").
 */
function verdictOf(title: string, type: string | null = null) {
	return rulesVerdict('KUDU-1', {title, type, labels: []});
}


describe('a subject that never does what it should', () => {
	it('reads it as breakage now, over an Improvement type', () => {
		expect(verdictOf('DMS may never flush when under memory pressure and there are on-going inserts', 'Improvement')).toMatchObject({
			category: 'operational',
			reason: expect.stringContaining('title: never does it'),
		});
		for (const title of ['Sessions never expire', 'Index never gets rebuilt', 'Queue may never drain under load', 'Tokens never expire']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: never does it')});
		}
	});

	it('leaves guards, rules, wishes, conditions and things described alone', () => {
		for (const title of [
			'Make sure the cache never expires',
			'Stream should never block',
			'Never retry on 4xx',
			'Using a queue that never drops events',
			'Write a job that never blocks the UI',
			'Allow tokens to never expire',
			'Add an option so links never expire',
			'Warn if the job never finishes',
			'We never got around to the cleanup',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: never does it');
		}
		expectOrdinaryUntouched(verdictOf, 'title: never does it');
	});
});

describe("a toolchain's error quoted as the title", () => {
	it('reads it as breakage now, over an Improvement type', () => {
		for (const title of [
			"gcc error: unrecognized command line option '-msse4.2' on aarch64",
			'error raised on aarch64: #error You need to define CycleTimer for your O/S and CPU',
			'Compile error: undefined reference to foo',
			"Build error: cannot find module 'foo'",
			'Error thrown when saving a draft',
		]) {
			expect(verdictOf(title, 'Improvement'), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: an error quoted')});
		}
	});

	it('leaves topics asking for work and better errors alone', () => {
		for (const title of [
			'Error: add retry logic',
			'Error handling: add retries',
			'Better error: show the host',
			'Log error: include stack',
			'Error messages: make them clearer',
			'Error: messages should name the host',
			'Error raised on timeout should name the host',
			'Add #error guard for unsupported platforms',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: an error quoted');
		}
		expectOrdinaryUntouched(verdictOf, 'title: an error quoted');
	});
});

describe('memory overhead with what holds it named between', () => {
	it('reads it as memory held now', () => {
		for (const title of ['Tablets with too many DRSs will cause a huge DMS memory overhead', 'Huge JVM memory overhead']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high memory use')});
		}
	});

	it('leaves cuts and measurements of it alone', () => {
		for (const title of ['Reduce memory overhead of the cache', 'Reduce the huge JVM memory overhead', 'Measure the high JVM memory overhead']) {
			expect(verdictOf(title).reason, title).not.toContain('title: high memory use');
		}
		expectOrdinaryUntouched(verdictOf, 'title: high memory use');
	});
});

describe('an audit of the code or a capability that finds its own setting, asked for', () => {
	it('reads it as planned work', () => {
		for (const title of [
			'Audit the semantics and the usage of Tabet::GetComponents() in tablet.cc',
			'Audit all IAM roles',
			'Auto-detect NTP servers provided by the public cloud environment',
			'Auto-detect proxy settings',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves audit logs and a detection said to fail alone', () => {
		expect(verdictOf('Audit log shows wrong user').category).toBe('operational');
		expect(verdictOf('Auto-detect fails on IPv6 hosts')).toMatchObject({category: 'operational'});
		expect(verdictOf('Auto-detect fails on IPv6 hosts').reason).not.toContain('opens with planned work');
	});
});
