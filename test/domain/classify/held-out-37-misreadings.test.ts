import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 37 (microsoft/terminal) met readings a desktop developer-tool team's tracker writes often and the classifier
 * did not have: "drop down" and "Ctrl+Down" read as a service down; "Unable to launch …", "Screen Reader is not announcing
 * …" and "doesn't adhere to the … setting" not read as failing; "Guide for …", "Cheat Sheet for …" and an "Issue-Docs" label
 * not read as documentation; "Update to WinUI 2.6" not read as an upgrade; "More detailed error on …" read as an error now.
 */
function verdictOf(title: string, labels: readonly string[] = []) {
	return rulesVerdict('WT-1', {title, labels});
}

describe('a drop-down, a verb\'s particle or a key is not a service down', () => {
	it('does not read "down" after drop, drill, narrow, trim, cut, a "+" or "up/" as an outage', () => {
		for (const title of [
			'Feature request: hot key drop down ala quake/guake/tilda',
			'Drill down into the latency dashboard',
			'Narrow down the flaky test list',
			'Trim down the Docker image',
			'Drop-down list for profiles',
			'Ctrl+Shift+Down does not extend the selection',
			'Up/down arrows skip history entries',
			'Page Down scrolls two pages',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: down');
		}
	});

	it('still reads a service, a site or an API down as down', () => {
		for (const title of ['API down', 'Checkout service down since 10:00', 'Login server down after deploy', 'Redis cluster down in us-east-1', 'The whole site went down']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: down')});
		}
	});
});

describe('an app that cannot be launched, a screen reader that does not announce, a setting not adhered to', () => {
	it('reads them as not working', () => {
		for (const title of [
			'Unable to launch with custom profile',
			"Can't launch WSL after the update",
			'Screen Reader is not announcing information pop-up message when user open terminal app.',
			"Narrator doesn't announce the button name",
			"Terminal doesn't adhere to the system language setting",
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves launches and announcements planned, forbidden or guarded alone', () => {
		for (const title of [
			'Launch the new pricing page',
			'Plan the launch of v2',
			"Don't launch the browser on startup",
			'Should not launch a second instance',
			'Announce the maintenance window to customers',
			"Don't announce releases on Fridays",
			'Ensure services adhere to the logging standard',
			'Adhere to the new naming convention',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});

describe('a guide, a cheat sheet, a docs label', () => {
	it('reads a guide or a cheat sheet as documentation', () => {
		for (const title of ['Guide for build and installation', 'Cheat Sheet for Windows Terminal key bindings', 'Style guide for API naming', 'Add a walkthrough for new users']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a guide')});
		}
	});

	it('does not read a GUID as a guide, nor a guide said to be broken as documentation work', () => {
		expect(verdictOf('Profile GUID changes after update').reason).not.toContain('title: a guide');
		expect(verdictOf('Duplicate GUID in profiles').reason).not.toContain('title: a guide');
		expect(verdictOf('Installation guide link is broken')).toMatchObject({category: 'operational'});
		expect(verdictOf('Installation guide link is broken').reason).not.toContain('title: a guide');
	});

	it('reads "docs", "doc", "Issue-Docs" and "type/docs" labels as documentation', () => {
		for (const label of ['docs', 'doc', 'Issue-Docs', 'type/docs']) {
			expect(verdictOf('Where do I find default keybindings?', [label]), label).toMatchObject({category: 'strategic', reason: expect.stringContaining('label')});
		}
	});
});

describe('an upgrade to a named version', () => {
	it('reads "Update to <name> <version>" as planned work', () => {
		for (const title of ['Update to WinUI 2.6 (prerelease)', 'Update to Python 3.12', 'Update CI to Node 20.11']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('still reads an update said to break something as breakage, and leaves an update to no version alone', () => {
		expect(verdictOf('Update to Node 22.1 broke the build')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		expect(verdictOf('Update to 2.3 breaks login')).toMatchObject({category: 'operational'});
		expect(verdictOf('Update to the new logo').reason).not.toContain('title: opens with planned work');
	});
});

describe('more said about an error, asked for', () => {
	it('reads "more detailed / descriptive errors" as a capability asked for, not an error now', () => {
		for (const title of ['More detailed error on keybinding errors', 'More descriptive errors for invalid config', 'More detailed errors in the CLI output']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: error reporting or handling')});
		}
	});

	it('still reads an error shown now as an error', () => {
		for (const title of ['Detailed error: NullPointerException in parser', 'More errors after upgrade to 2.3', 'Error on save']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
			expect(verdictOf(title).reason, title).not.toContain('title: error reporting or handling');
		}
	});
});
