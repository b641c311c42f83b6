import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/** Held-out set 36's misreadings (Spring's Jira, project BATCH, its release notes showing the type but no priority), each read as it would be in any tracker. */
function verdictOf(title: string, type: string | null = null) {
	return rulesVerdict('BATCH-1', {title, type});
}

describe('held-out set 36 readings, the Spring Batch Jira', () => {
	it('reads a Jira "Refactoring" as tech debt paid down', () => {
		for (const title of ['Change minimum compiler level to 1.6 and use @Override everywhere', 'Batch retry on spring-retry', 'Minor cleanups to AMQP sample']) {
			expect(verdictOf(title, 'Refactoring'), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('type Refactoring')});
		}
		// Other types are read as they were.
		expect(verdictOf('Minor cleanups to AMQP sample', 'Bug').reason).not.toContain('Refactoring');
	});

	it('reads something said not to be safe to use as a defect', () => {
		// Filed as an Improvement, the defect stated outweighs the type.
		expect(verdictOf('org.springframework.batch.core.converter.DefaultJobParametersConverter not safe for use with certain Locales', 'Improvement')).toMatchObject({
			category: 'operational',
			reason: expect.stringContaining('title: not safe'),
		});
		for (const title of ['SimpleDateFormat is not thread-safe', 'JdbcCursorItemReader is not thread safe', "Client isn't safe for concurrent use"]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not safe')});
		}
		// Safety asked for, checked, documented or picked out by a clause is not a defect stated; nor are ordinary titles.
		for (const title of [
			'Make the cache thread-safe',
			'Document which clients are not thread-safe',
			'Warn when a handler is not thread-safe',
			'Audit code that is not thread-safe',
			'It is not safe to run migrations concurrently',
			'How to make the client thread-safe?',
			'Remove non thread-safe caches',
			'Add a retry queue',
			'Fix flaky test',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not safe');
		}
		expect(verdictOf('Document which clients are not thread-safe').category).toBe('strategic');
	});

	it('reads a rollback paired with a commit as a transaction outcome, not a release rolled back', () => {
		const listener = verdictOf('Change ChunkListener interface and semantics to be called after rollback as well as commit', 'New Feature');
		expect(listener.category).toBe('strategic');
		expect(listener.reason).not.toContain('rollback');
		for (const title of ['Call listeners on commit and rollback', 'Transaction commit/rollback hooks', 'Add rollback and commit hooks to the job runner']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
			expect(verdictOf(title).reason, title).not.toContain('rollback');
		}
		// A commit or a release rolled back is still a repair.
		for (const title of ['Rollback the commit that broke the build', 'Roll back the last commit', 'Roll back release 4.2', 'Site down after rollback', 'Rollback after failed commit leaves lock held']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringMatching(/title: (rollback|roll back|down|failing)/)});
		}
	});

	it('reads the minimum supported version moved as planned work', () => {
		for (const title of ['Change minimum compiler level to 1.6 and use @Override everywhere', 'Raise the minimum Java version to 17', 'Set minimum SDK version to 24', 'Raise minimum supported Node version to 20']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// A minimum that is no version, or a version that breaks, is not read so. ("Change minimum password length" opens planned
		// work since version 56 by "change" itself, whatever follows it.)
		for (const title of ['Set minimum replicas to 3', 'Increase minimum heap size', 'Minimum password length too short']) {
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
		for (const title of ['Minimum version check fails on Windows', 'App crashes on minimum supported Android version']) {
			expect(verdictOf(title).category, title).toBe('operational');
		}
	});

	it('reads documentation added by example or in words as planned, even filed as a Bug', () => {
		// "Add …" in a Bug describes its repair; a sample or an example added is documentation, read as "Document …" is.
		expect(verdictOf('Add sample for new AMQPItemReader & Writer', 'Bug')).toMatchObject({category: 'unclassified', reason: expect.stringContaining('title: opens with planned work')});
		expect(verdictOf('Document the sample settings', 'Bug').category).toBe(verdictOf('Add sample for new AMQPItemReader & Writer', 'Bug').category);
		for (const title of ['Add example for the retry config', 'Add documentation for the new API']) {
			expect(verdictOf(title, 'Bug'), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// The documentation's links and other additions in a Bug are still the repair's wording.
		for (const title of ['Add docs link to the error page', 'Add missing null check in parser', 'Add retry to the upload job']) {
			expect(verdictOf(title, 'Bug').category, title).toBe('operational');
		}
		// Ordinary titles with no type read as before.
		expect(verdictOf('Add examples to README').category).toBe('strategic');
		expect(verdictOf('Fix the docs build').category).toBe('operational');
	});
});
