import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 46 (Apache Flink's Jira, Flink 1.11.1 and 1.11.2) found two kinds of title the readings did not know, each
 * left with no signal at all: pages put into another language ("Translate "Detecting Patterns" page of "Streaming
 * Concepts" into Chinese", filed as Sub-tasks, which say nothing of their own), and something brought up to date for a
 * named release ("Update japicmp configuration for 1.11.1", a Task). Both are what real teams write: documentation and
 * localisation work, and the steps of a release's preparation.
 */
function verdictOf(title: string) {
	return rulesVerdict('FL-1', {title, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'Bump lodash to 4.17.21', 'Write a runbook for the 2.0 rollout'];

describe('"Translate …" opens planned work', () => {
	it('reads pages, strings or a form put into another one as planned', () => {
		for (const title of [
			'Translate "Detecting Patterns" page of "Streaming Concepts" into Chinese',
			'Translate the "External Resource Framework" page into Chinese',
			'Translate settings pages into German and French',
			'Translate error messages into Japanese',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('still reads a translation, or a translate feature, said to fail as breakage', () => {
		for (const title of [
			'Translate fails on long documents',
			"Translate button doesn't work",
			'Translate step times out',
			'Translate job fails on large files',
			'Translation of the German pages fails',
			'Translation is broken on the settings page',
			'Translating the page crashes the editor',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('does not read a wrong translation named as a noun as planned', () => {
		for (const title of ['Incorrect translation of n-ary Union', 'Translations for French']) {
			expect(verdictOf(title).reason, title).not.toContain('title: opens with planned work');
		}
	});
});

describe('"Update … for <release>": brought up to date for a named release', () => {
	it('reads an update for a named version as planned', () => {
		for (const title of ['Update japicmp configuration for 1.11.1', 'Update the changelog for 3.4.0', 'Update compatibility tables for release 2.1', 'Update the migration guide for v5.0']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves an update said to fail, break or leave something missing to the other readings', () => {
		for (const title of ['Update for 2.3 fails on Windows', 'Update notes for 1.4.0 are missing', 'Update server for 2.1 crashes on start', 'Update for 1.2 broke login']) {
			expect(verdictOf(title).category, title).not.toBe('strategic');
		}
		expect(verdictOf('Update for 2.3 fails on Windows').category).toBe('operational');
	});
});

describe('ordinary internal-team titles', () => {
	it('keep the verdicts they had', () => {
		for (const title of ordinary) {
			expect(verdictOf(title).category, title).toBe('strategic');
		}
		expect(verdictOf('Fix flaky test in CheckoutSpec').category).toBe('operational');
		// A question about translating, and an update with no release named, are not read as these openers.
		expect(verdictOf('How to translate the docs?').reason).not.toContain('title: opens with planned work');
		expect(verdictOf('Update the README').reason).not.toContain('title: opens with planned work');
	});
});
