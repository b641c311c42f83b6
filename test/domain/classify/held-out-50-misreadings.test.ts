import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 50 (Apache Oozie's Jira, Oozie 5.3.0 and 5.1.0) found breakage said in four ways the readings did not know,
 * each read from the title alone as nothing or as its topic: a failure said as a possibility ("ShareLib installation may fail
 * on busy Hadoop clusters"), something said not to do its work right with a participle ("Cron syntax not handling DST
 * properly", read strategic through "cron"), data or results that disagree ("Potential inconsistency between the in-memory
 * SLA map and the Oozie database", "[spark-action] Inconsistency while parsing quoted Spark options", a Test read strategic by
 * its type), and a hang said "gets hung" or a "significant CPU load" ("SSH action gets hung", "PriorityDelayQueue put()/take()
 * can cause significant CPU load due to busy waiting"). Each is how Jira reporters, and others, write a defect.
 */
function verdictOf(title: string) {
	return rulesVerdict('OZ-1', {title, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'How to configure retries?', 'Fix flaky test TestCoordRerun', 'Bump lodash to 4.17.21'];

describe('a failure said as a possibility is breakage', () => {
	it('reads "X may / can / might fail, crash or hang" as breakage', () => {
		for (const title of [
			'ShareLib installation may fail on busy Hadoop clusters',
			'Backup can fail on large databases',
			'Import might crash on big files',
			'Worker may hang under load',
			'Backups can fail silently',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: may fail')});
		}
	});

	it('leaves a failure asked about, wanted, guarded, documented or handled alone', () => {
		for (const title of [
			'Can the build fail on lint errors?',
			'How can a job fail over?',
			'Make sure uploads can fail safely',
			'Allow the deploy to fail fast',
			'Let jobs fail fast',
			'Jobs should fail when quota is exceeded',
			'Document that imports may fail on large files',
			'Retry when the upload may fail',
			'Tests that can fail are quarantined',
			'Add a fallback so the job can fail over to another region',
			...ordinary,
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: may fail');
		}
	});
});

describe('something said not to do its work right is breakage', () => {
	it('reads "X not handling Y properly", "Y not parsed correctly" as breakage', () => {
		for (const title of ['Cron syntax not handling DST properly', 'Parser not parsing dates correctly', 'Timezones are not handled properly', 'Feature flags not released properly']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not done right')});
		}
	});

	it('leaves an instruction, a guard, a condition or a question alone', () => {
		for (const title of [
			'Make sure the input is not parsed twice',
			'Warn when the file is not closed properly',
			'Why is the parser not handling unicode correctly?',
			"Don't show the banner until it is loaded properly",
			'Add tests for dates not formatted correctly',
			...ordinary,
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not done right');
		}
	});
});

describe('data or results that disagree are breakage', () => {
	it('reads an inconsistency between stores, in results or while parsing as breakage', () => {
		for (const title of [
			'Potential inconsistency between the in-memory SLA map and the Oozie database',
			'[spark-action] Inconsistency while parsing quoted Spark options',
			'Inconsistent results between the API and the UI',
			'Data inconsistency after failover',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: inconsistent')});
		}
	});

	it('leaves inconsistent naming or style, and the tools that find inconsistencies, alone', () => {
		for (const title of [
			'Inconsistent naming between modules',
			'Inconsistent button styles in settings',
			'Inconsistency in the documentation wording',
			'Detect data inconsistency between replicas',
			'Data inconsistency checker',
			...ordinary,
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: inconsistent');
		}
	});
});

describe('a hang said "gets hung" and a significant CPU load are breakage', () => {
	it('reads them as breakage', () => {
		expect(verdictOf('[core] [SSH action] SSH action gets hung')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: is down')});
		expect(verdictOf('PriorityDelayQueue put()/take() can cause significant CPU load due to busy waiting')).toMatchObject({
			category: 'operational',
			reason: expect.stringContaining('title: high CPU or leak'),
		});
	});

	it('leaves ordinary titles alone', () => {
		for (const title of ['Reduce CPU load of the scheduler', 'Hang the release notes on the wiki', 'Add a watchdog for hung workers', ...ordinary]) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: is down|title: high CPU or leak/);
		}
	});
});
