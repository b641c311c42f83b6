import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Version 82, from reading the fixtures' wrong verdicts from titles alone: a change named as a noun that did damage, a page
 * or a link answering with an HTTP error, and a fatal error, each read as planned work by the change or the migration the
 * title names ("title: migrate").
 */
function verdictOf(title: string) {
	return rulesVerdict('DF-1', {title, labels: []});
}

describe('a change named as a noun that did damage', () => {
	it('reads the damage, not the change as planned work', () => {
		// The labelled set's "Migration 2024_10_02 locked the tasks table …" (operational) read as migration work.
		for (const title of ['Migration 2024_10_02 locked the tasks table for 4 min in prod', 'Deployment deleted the staging namespace', "Last night's migration corrupted the audit log", 'Backfill lost 3% of events', 'Upgrade wiped the saved filters']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('leaves a purpose, or the participle as an adjective, to the planned work it is', () => {
		for (const title of ['Migration to drop the legacy columns', 'Upgrade locked dependencies', 'Migrate deleted users to the archive', 'Rewrite truncated titles']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
	});
});

describe('a page, a link or a route answering with an HTTP error', () => {
	it('reads the error, not the migration named after it', () => {
		for (const title of ['Pricing page 404 for /pricing/enterprise after CMS migration', 'Docs links 404 after the site move', 'Endpoint 500s when body is empty']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: HTTP error')});
		}
	});

	it('leaves an error page to make, or a status to return, alone', () => {
		for (const title of ['Add a custom 404 page', 'Migrate the 404 page to the new CMS', 'Return 404 for unknown routes']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
	});
});

describe('a fatal error', () => {
	it('is a failure whatever the title names with it', () => {
		// held-out set 11's "fatal error saved objects migration" (operational) read as migration work.
		for (const title of ['fatal error saved objects migration', 'Home page fatal error when loading sample data']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: fatal error')});
		}
	});

	it('leaves its handling alone', () => {
		expect(verdictOf('Fatal error handling in the worker').category).not.toBe('operational');
	});
});
