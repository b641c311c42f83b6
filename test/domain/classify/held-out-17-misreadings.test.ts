import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Priority} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

/** Held-out set 17's misreadings (Apache Spark's Jira: issue type, priority and components as its changelog lists them). */
function verdictOf(title: string, type: string | null = null, priority: Priority | null = null) {
	const ticket = makeTicket({id: 'SPARK-1', key: 'SPARK-1', team: 'SPARK', project: 'SPARK', title, type, priority});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('SPARK-1')!;
}

describe('held-out set 17 readings, Apache Spark\'s Jira', () => {
	it('reads a first word joined to "." or "(" as code, not as the verb that opens planned work', () => {
		for (const title of ['write.partitionBy() creates duplicate subdirectories when user provides duplicate columns', 'add(null) returns a wrong count']) {
			expect(verdictOf(title, 'Bug'), title).toMatchObject({category: 'operational', reason: expect.not.stringContaining('title: opens with planned work')});
		}
		// The verb itself, before a space, still opens planned work, and so does one whose object is named in code.
		expect(verdictOf('Write partitionBy() docs for duplicate columns', 'Improvement').reason).toContain('title: opens with planned work');
		expect(verdictOf('Add partitionBy() support to the writer', 'Improvement').reason).toContain('title: opens with planned work');
		// A word joined by "_" is a snake_case name, code too since version 53 (held-out-40-misreadings.test.ts): what it does is read.
		expect(verdictOf('remove_dir_all deletes the wrong files')).toMatchObject({category: 'operational', reason: expect.not.stringContaining('title: opens with planned work')});
	});

	it('reads "Revisit …" as planned work, a design reconsidered', () => {
		expect(verdictOf('Revisit reserved/non-reserved keywords based on the ANSI SQL standard', 'Sub-task')).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		expect(verdictOf('Revisiting the shuffle service retry policy', null)).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		// Not a word inside the title: "… revisited" after breakage is the breakage's.
		expect(verdictOf('Checkpoint is lost when the page is revisited', 'Bug').category).toBe('operational');
	});

	it('reads Jira\'s "Test" type as work on the tests, unless the title says the test fails, hangs or flakes', () => {
		for (const title of ['Keep the original tests and codes to avoid potential conflicts in dev in ParquetFilterSuite and ParquetIOSuite', 'Check the TEXTFILE file format in HiveSerDeReadWriteSuite']) {
			expect(verdictOf(title, 'Test', 'medium'), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('type Test')});
		}
		// A test that fails, hangs or flakes is a failure in the tests, the type only where it is.
		for (const title of ['TestHBCKCommandLineParsing#testCommandWithOptions hangs on call to HBCK2#checkHBCKSupport', 'Flaky pip installation test in Jenkins', 'Test failure in RebaseDateTimeSuite']) {
			expect(verdictOf(title, 'Test', 'medium'), title).toMatchObject({category: 'operational', reason: expect.not.stringContaining('type Test')});
		}
		// The other types are read as before: a Task with no word of a kind says nothing.
		expect(verdictOf('Check the TEXTFILE file format in HiveSerDeReadWriteSuite', 'Task').reason).toBe('no signal');
	});
});
