import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 43 (element-hq/element-web) met five ways of writing a title the classifier did not read: code converted to
 * another language ("Convert `/src` to TS", no signal), a redesign or a shortened feature request named as the title's tag
 * ("Redesign: General tab of user settings", no signal; "Feature Req: Restore Markdown toggle", read as a repair), a user's
 * option asked back ("Restore option to turn off threads", read as a repair), React's error boundary ("New room list: Error
 * boundaries", read as an error now) and errors asked to be said better ("OIDC: Display user friendly errors", read as an
 * error now). Each reading is read on other teams' titles, and on the ordinary titles it must leave alone.
 */
function verdictOf(title: string) {
	return rulesVerdict('EW-1', {title, labels: []});
}

describe('code converted to another language or form is planned work', () => {
	it('reads "Convert …" as opening planned work', () => {
		for (const title of ['Convert `/src` to TS', 'Convert `/src/components/views/messages` to TS', 'Convert class components to hooks', 'Converting the codebase to ESM', 'Convert runner helper to be a step-runner', 'Convert tests to vitest']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('still reads a conversion said to fail, crash or break as breakage', () => {
		for (const title of ['Convert to PDF fails', 'Conversion fails on large files', 'Convert button is broken', 'Convert to PDF crashes', 'Converting large files crashes the app', 'Convert to TS breaks the build']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('a redesign or a feature request named as the title tag is planned work', () => {
	it('reads "Redesign:", "[Redesign]" and "Feature Req:" as planned', () => {
		for (const title of ['Redesign: General tab of user settings', 'Redesign: User Settings', '[Redesign] Room header']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: redesign')});
		}
		expect(verdictOf('Feature Req: Restore Markdown toggle')).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: feature req')});
	});

	it('leaves a redesign said to break something, and other tags, as they were', () => {
		expect(verdictOf('Redesign of the admin console breaks login')).toMatchObject({category: 'operational'});
		for (const title of ['Design: button colour is off', 'Settings: crash on save', 'Fix: settings dialog does not open']) {
			expect(verdictOf(title).reason, title).not.toContain('title: redesign');
		}
	});
});

describe("a user's option, setting or toggle asked back is a capability asked for, not a repair", () => {
	it('reads "Restore option …", "Restore the ability …" as a capability asked back', () => {
		for (const title of ['Restore option to turn off threads', 'Restore the ability to hide read receipts', 'Restore Markdown toggle', 'Restore per-room notification settings']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a capability asked back')});
		}
	});

	it('still reads restoring data, a service, or what an accident or an upgrade lost as a repair', () => {
		for (const title of ['Restore the database from backup', 'Restore service on db-3', 'Restore deleted files', 'Restore settings from backup', 'Restore the 212 affected comments from backup']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: opens with a repair')});
		}
		for (const title of ['Restore the setting lost after the 2.3 upgrade', 'Restore support for DROP PARTITION PURGE', 'Restore green CI on main', 'Restore task state in new DefaultScheduler']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a capability asked back');
		}
	});
});

describe("React's error boundary and errors said better are error handling asked for, not an error now", () => {
	it('reads an error boundary and user-friendly or human-readable errors as a capability', () => {
		for (const title of ['New room list: Error boundaries', 'Add an error boundary around the timeline', 'OIDC: Display user friendly errors', 'Show user-friendly error messages on login', 'Human-readable errors for invalid config']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: error reporting or handling')});
		}
	});

	it('still reads an error shown now, and an unfriendly one, as an error', () => {
		for (const title of ['Login shows error', 'Error when opening settings', 'Unfriendly error message on login', 'Friendly name field throws error on save']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});
});

describe('ordinary internal-team titles are left as they were', () => {
	it('reads imperatives, a design question and a chore as before', () => {
		expect(verdictOf('Add dark mode')).toMatchObject({category: 'strategic', reason: 'title: opens with planned work'});
		expect(verdictOf('Remove legacy importer')).toMatchObject({category: 'strategic'});
		expect(verdictOf('Fix flaky test')).toMatchObject({category: 'operational'});
		for (const title of ['How to structure the settings store?', 'Bump eslint to 9', 'Fix flaky test', 'Remove legacy importer']) {
			const {reason} = verdictOf(title);
			for (const added of ['title: redesign', 'title: feature req', 'title: a capability asked back', 'title: error reporting or handling']) expect(reason, title).not.toContain(added);
		}
	});
});
