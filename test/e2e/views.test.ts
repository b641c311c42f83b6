import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Binding} from '../../source/ui/keymap.js';
import {blockersBindings} from '../../source/ui/views/blockers/blockers-keys.js';
import {delegationBindings} from '../../source/ui/views/delegation/delegation-keys.js';
import {exportBindings} from '../../source/ui/views/export/export-keys.js';
import {predictabilityBindings} from '../../source/ui/views/predictability/predictability-keys.js';
import {triageBindings} from '../../source/ui/views/triage/triage-keys.js';
import {overviewView} from '../../source/ui/views/overview/index.js';
import {startCli, type TerminalSession} from './terminal.js';

/*
 * Every view of the demo in a real terminal, at 80×24 and 160×48: one process per size
 * walks through the views, so the tests in a size's block run in order and share it.
 * UPDATE_SCREENS=1 also writes the text captures under docs/screens (see its README).
 */

const updateScreens = process.env['UPDATE_SCREENS'] === '1';
const screensFolder = path.resolve(import.meta.dirname, '../../docs/screens');
const readmePath = path.resolve(import.meta.dirname, '../../README.md');
const startTimeoutMs = 30_000;

interface ViewCase {
	readonly id: string;
	readonly key: string;
	readonly title: string;
	/** Text only this view shows: waited for, and must be gone once another view is up. */
	readonly marker: string;
	/** A row of real figures (digits) the view must show. */
	readonly figures: RegExp;
	/** A help text from the view's own bindings, short enough to show whole at 80 columns. */
	readonly help: string;
	readonly bindings: readonly Binding[];
	/** Keys that move the view's state, and how that state reads on the screen. */
	readonly move: string;
	selection(screen: string): string;
}

const cursorRow = (screen: string) => lines(screen).find((line) => line.startsWith('›')) ?? '';
const focusedSection = (screen: string) => lines(screen).find((line) => line.startsWith('▸')) ?? '';

const viewCases: readonly ViewCase[] = [
	{
		id: 'overview',
		key: '1',
		title: 'Overview',
		marker: 'Top recurring theme',
		figures: /^[› ] On-time rate +\d+% /m,
		help: 'the tickets the figure counts, and why',
		bindings: overviewView.bindings,
		move: 'j',
		selection: cursorRow,
	},
	{
		id: 'triage',
		key: '2',
		title: 'Triage',
		marker: 'left to triage',
		figures: /^\d+ left to triage = \d+ unsorted \(\?\) \+ \d+ unsure of \d+ tickets/m,
		help: 'next ticket',
		bindings: triageBindings,
		move: 'j',
		selection: cursorRow,
	},
	{
		id: 'delegation',
		key: '3',
		title: 'Delegation',
		marker: 'You (director)',
		figures: /You \(director\) +– +\d+ /,
		help: 'back to the reports',
		bindings: delegationBindings,
		move: 'j',
		selection: cursorRow,
	},
	{
		id: 'predictability',
		key: '4',
		title: 'Predictability',
		marker: 'Postponements',
		figures: /^On-time rate +\d+% .*\d+ on time · \d+ late/m,
		help: 'per team',
		bindings: predictabilityBindings,
		move: 'm',
		selection: focusedSection,
	},
	{
		id: 'blockers',
		key: '5',
		title: 'Blockers & themes',
		marker: 'Still blocked',
		figures: /^Still blocked +\d+ /m,
		help: 'back to the lists',
		bindings: blockersBindings,
		move: 'f',
		selection: focusedSection,
	},
	{
		id: 'export',
		key: '6',
		title: 'Export',
		marker: 'Leadership summary',
		figures: /^── 1on1-[a-z-]+-\d{4}-W\d{2}\.md \(1 of \d+;/m,
		help: 'change the folder',
		bindings: exportBindings,
		move: 'j',
		selection: cursorRow,
	},
];

function lines(screen: string): string[] {
	return screen.split('\n');
}

function viewCase(id: string): ViewCase {
	const found = viewCases.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no view case ${id}`);
	return found;
}

const weekIdOf = (screen: string) => /^director-review · .*?(\d{4}-W\d{2})/.exec(screen)?.[1];
const count = (screen: string, test: (line: string) => boolean) => lines(screen).filter(test).length;

/** The frame holds together: header first, status line last, nothing wider than the terminal, nothing drawn twice. */
function expectCleanFrame(screen: string, columns: number, rows: number): void {
	const all = lines(screen);
	expect(all, screen).toHaveLength(rows);
	expect(all[0], screen).toMatch(/^director-review · .+ \d{4}-W\d{2} /);
	expect(all.at(-1), screen).toContain('? help');
	for (const line of all) expect(stringWidth(line), `too wide: ${line}`).toBeLessThanOrEqual(columns);
	expect(count(screen, (line) => line.startsWith('director-review · ')), screen).toBe(1);
	expect(count(screen, (line) => /^ ?\[?1 Overview\]? /.test(line)), screen).toBe(1);
	expect(count(screen, (line) => line.includes('? help · q quit')), screen).toBe(1);
}

/** The view's own frame: its marker once, no other view's marker left behind, its tab marked. */
function expectViewFrame(screen: string, view: ViewCase, columns: number, rows: number): void {
	expectCleanFrame(screen, columns, rows);
	expect(count(screen, (line) => line.includes(view.marker)), screen).toBe(1);
	for (const other of viewCases) if (other !== view) expect(screen, `${other.id} left on the ${view.id} view`).not.toContain(other.marker);
	expect(lines(screen)[1], screen).toContain(`[${view.key} `);
	expect(screen).toMatch(view.figures);
}

/**
 * Waits for the condition, then for the screen to hold still: a frame can reach the terminal
 * in several writes, and a screen read between them is half old, half new.
 */
async function settle(session: TerminalSession, condition: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string> {
	const test = typeof condition === 'string' ? (screen: string) => screen.includes(condition) : condition instanceof RegExp ? (screen: string) => condition.test(screen) : condition;
	let previous = await session.waitFor(test, timeoutMs);
	for (;;) {
		await new Promise((resolve) => setTimeout(resolve, 80));
		const current = await session.waitFor(test, timeoutMs);
		if (current === previous) return current;
		previous = current;
	}
}

const isViewUp = (view: ViewCase) => (screen: string) => screen.includes(view.marker) && (lines(screen)[1] ?? '').includes(`[${view.key} `) && (lines(screen).at(-1) ?? '').includes('? help');

async function showView(session: TerminalSession, view: ViewCase): Promise<string> {
	// A key with nothing to do could reach the app in one read with the next key, and Ink
	// hands such a burst over as one input that matches no binding.
	if (!isViewUp(view)(session.screen())) await session.press(view.key);
	return await settle(session, isViewUp(view));
}

function writeCapture(name: string, screen: string): void {
	if (!updateScreens) return;
	fs.mkdirSync(screensFolder, {recursive: true});
	// The home is a fresh temporary folder, named by mkdtemp's six random characters: the same six in every
	// capture, so writing the captures again changes them only where the screens did.
	const steady = screen.replace(/(views-(?:term-)?)[A-Za-z0-9]{6}(?=\/)/g, '$1XXXXXX');
	fs.writeFileSync(path.join(screensFolder, `${name}.txt`), `${steady.trimEnd()}\n`);
}

/** Rows of figures that follow the week, to compare across `[` and `]`. */
const weekFigures: Record<string, (screen: string) => string> = {
	overview: (screen) => lines(screen).slice(3, 12).join('\n'),
	delegation: (screen) => lines(screen).filter((line) => /^[› ] \S.* \d+ /.test(line)).join('\n'),
	predictability: (screen) => lines(screen).slice(2, 6).join('\n'),
	blockers: (screen) => lines(screen).filter((line) => /^(Blocked|Still blocked|Median blocked) /.test(line) || /^[› ] [A-Z]+-\d+ /.test(line)).join('\n'),
};

describe.each([
	[80, 24, 160, 48],
	[160, 48, 80, 24],
])('the six views at %ix%i', (columns, rows, otherColumns, otherRows) => {
	let home: string;
	let session: TerminalSession;

	beforeAll(async () => {
		home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-views-'));
		session = startCli({args: ['--demo'], columns, rows, env: {DIRECTOR_REVIEW_HOME: home}});
		await settle(session, 'Top recurring theme', startTimeoutMs);
	}, startTimeoutMs + 5000);

	afterAll(() => {
		session.kill('SIGKILL');
		fs.rmSync(home, {recursive: true, force: true});
	});

	// A failed step must not leave the help or a prompt over the views for the tests after it.
	afterEach(async () => {
		if (session.screen().includes('Keys — ') || /^folder:/m.test(session.screen())) await session.press('\u001B');
	});

	it.each(viewCases.map((view) => [view.id, view] as const))('%s: reachable by its key, its figures, ? lists its keys, esc keeps its state', async (_id, view) => {
		const shown = await showView(session, view);
		expectViewFrame(shown, view, columns, rows);
		writeCapture(`${view.id}-${columns}x${rows}`, shown);

		if (view.move !== '') {
			const before = view.selection(shown);
			await session.press(view.move);
			await settle(session, (screen) => view.selection(screen) !== before);
		}
		const selection = view.selection(session.screen());

		expect(view.help === '(this view has no keys of its own)' ? view.bindings.length === 0 : view.bindings.some((binding) => binding.help === view.help)).toBe(true);
		await session.press('?');
		const help = await settle(session, `Keys — ${view.title}`);
		expect(help).toContain(view.help);
		expect(help).toContain('previous / next week');
		expectCleanFrame(help, columns, rows);
		// The help names the view's figures (their definitions), so the view's own rows are what must not show.
		expect(help, 'the view shows through the help').not.toMatch(view.figures);

		await session.press('\u001B');
		const back = await settle(session, view.marker);
		expect(back).not.toContain('Keys — ');
		expect(view.selection(back)).toBe(selection);
		expectViewFrame(back, view, columns, rows);
	});

	it('triage: the list takes the rows the terminal gives', async () => {
		const screen = await showView(session, viewCase('triage'));
		const left = Number(/^(\d+) left to triage/m.exec(screen)?.[1]);
		const ticketRows = count(screen, (line) => /^[› ][• ] [A-Z]+-\d+ /.test(line));
		// Header, tabs, the count, the column titles, the detail lines and the status line: ten rows at most.
		expect(ticketRows).toBeLessThanOrEqual(left);
		expect(ticketRows).toBeGreaterThanOrEqual(Math.min(left, rows - 10));
	});

	it('tab cycles through the views in key order', async () => {
		await showView(session, viewCase('overview'));
		for (const view of [...viewCases.slice(1), viewCases[0]]) {
			if (!view) continue;
			await session.press('\t');
			const screen = await settle(session, (current) => current.includes(view.marker) && (lines(current)[1] ?? '').includes(`[${view.key} `));
			expectViewFrame(screen, view, columns, rows);
		}
	});

	it.each(Object.keys(weekFigures))('%s: [ and ] change the week in the header and the figures with it', async (id) => {
		const view = viewCase(id);
		const figuresOf = weekFigures[id] ?? (() => '');
		const first = await showView(session, view);
		const week = weekIdOf(first);
		expect(week).toMatch(/^\d{4}-W\d{2}$/);
		const figures = figuresOf(first);
		expect(figures).toMatch(/\d/);

		await session.press('[');
		const previous = await settle(session, (screen) => weekIdOf(screen) !== week && screen.includes(view.marker));
		expectViewFrame(previous, view, columns, rows);
		expect(figuresOf(previous)).not.toBe(figures);

		await session.press(']');
		const again = await settle(session, (screen) => weekIdOf(screen) === week && screen.includes(view.marker));
		expectViewFrame(again, view, columns, rows);
		expect(figuresOf(again)).toBe(figures);
		// The demo opens on this week: nothing lies beyond it.
		await session.press(']');
		const stays = await settle(session, 'already at the current week');
		expect(weekIdOf(stays)).toBe(week);
	});

	it('delegation: enter drills into a report’s tickets, esc goes back', async () => {
		const view = viewCase('delegation');
		const list = await showView(session, view);
		const report = /^› (\S+(?: \S+)*?) {2,}/.exec(cursorRow(list))?.[1];
		expect(report).toBeDefined();
		await session.press('\r');
		const tickets = await settle(session, `${report}'s tickets · `);
		expectCleanFrame(tickets, columns, rows);
		expect(tickets).toMatch(/^› [A-Z]+-\d+ /m);
		expect(count(tickets, (line) => /^[› ] [A-Z]+-\d+ /.test(line))).toBeGreaterThan(1);
		await session.press('\u001B');
		const back = await settle(session, view.marker);
		expectViewFrame(back, view, columns, rows);
		expect(cursorRow(back)).toContain(report);
	});

	it('blockers: f switches lists, enter on a theme lists its tickets, esc goes back', async () => {
		const view = viewCase('blockers');
		const first = await showView(session, view);
		const focus = focusedSection(first);
		await session.press('f');
		const switched = await settle(session, (screen) => focusedSection(screen) !== focus && focusedSection(screen) !== '');
		expectViewFrame(switched, view, columns, rows);
		const themes = focusedSection(switched).startsWith('▸ Firefighting themes') ? switched : await (async () => {
			await session.press('f');
			return await settle(session, (screen) => focusedSection(screen).startsWith('▸ Firefighting themes'));
		})();
		expect(focusedSection(themes)).toMatch(/^▸ Firefighting themes/);
		const theme = /^› (\S+)/.exec(cursorRow(themes))?.[1];
		expect(theme).toBeDefined();

		await session.press('\r');
		const drill = await settle(session, `▸ ${theme} · `);
		expectCleanFrame(drill, columns, rows);
		expect(focusedSection(drill)).toMatch(/· \d+ fires in \d+ weeks$/);
		expect(drill).toMatch(/^› [A-Z]+-\d+ /m);
		expect(drill).not.toContain('Blocked this week');

		await session.press('\u001B');
		const back = await settle(session, 'Blocked this week');
		expectViewFrame(back, view, columns, rows);
		expect(focusedSection(back)).toMatch(/^▸ Firefighting themes/);
	});

	it('predictability: w, m, s and c switch sections', async () => {
		const view = viewCase('predictability');
		await showView(session, view);
		for (const [key, label, section] of [
			['m', 'm teams', '▸ Per team · '],
			['s', 's slips', '▸ Worst slips · '],
			['c', 'c cycles', '▸ Commitment per cycle / sprint · '],
			['w', 'w weekly', '▸ Weekly · '],
		] as const) {
			await session.press(key);
			const screen = await settle(session, (current) => focusedSection(current).startsWith(section) && current.includes(`[${label}]`));
			expectViewFrame(screen, view, columns, rows);
			expect(count(screen, (line) => line.startsWith('▸'))).toBe(1);
		}
	});

	it('export: f cycles the format, w writes into the folder set with d, a second w refuses, W replaces', async () => {
		const view = viewCase('export');
		const first = await showView(session, view);
		expect(first).toContain('· Markdown (f) ·');
		// The preview keeps the file's blank lines and fills the rows down to the hint line.
		const shown = lines(first);
		const rule = shown.findIndex((line) => line.startsWith('── 1on1-'));
		expect(shown[rule + 1]).toMatch(/^# 1:1 with /);
		expect(shown[rule + 2]).toBe('');
		expect(shown[rule + 3]).toMatch(/^Figures for /);
		expect(shown.findIndex((line) => line.startsWith('w writes (never overwrites)'))).toBe(rows - 2);
		await session.press('f');
		const json = await settle(session, '· JSON (f) ·');
		expect(json).toMatch(/^── director-review-\d{4}-W\d{2}\.json \(1 of 1;/m);
		expectCleanFrame(json, columns, rows);
		// Its indentation survives the sanitising of the preview.
		expect(json).toMatch(/^ {2}"schemaVersion": 2,$/m);
		await session.press('f');
		const csv = await settle(session, '· CSV (f) ·');
		expect(csv).toMatch(/^── director-review-\d{4}-W\d{2}\.csv \(1 of 1;/m);
		expectCleanFrame(csv, columns, rows);
		await session.press('f');
		await settle(session, '· Markdown (f) ·');

		const folder = path.join(home, 'exports');
		await session.press('d');
		await settle(session, /^folder:/m);
		// The terminal trims trailing blanks: an empty draft reads as `folder:` alone.
		const draftOf = (screen: string) => /^folder:(?: (.*))?$/m.exec(screen)?.[1]?.trimEnd() ?? (/^folder:$/m.test(screen) ? '' : undefined);
		// The draft starts as the default folder, exports/ under the director-review home (never
		// the folder the CLI runs in): take it back to nothing, then type ours.
		const draft = folder;
		expect(draftOf(session.screen())).toBe(draft.length < columns - 12 ? draft : draftOf(session.screen()));
		for (let left = draft.length - 1; left >= 0; left--) {
			await session.press('\u007F');
			// One key at a time, as typed: two keys in one read would each edit the same old draft.
			const expected = draft.slice(0, left);
			if (expected.length < columns - 12) await settle(session, (screen) => draftOf(screen) === expected);
		}
		await settle(session, (screen) => draftOf(screen) === '');
		await session.press(folder);
		await settle(session, folder);
		await session.press('\r');
		await settle(session, (screen) => !/^folder:/m.test(screen));

		await session.press('w');
		const wrote = await settle(session, /wrote \d+ files/);
		const written = Number(/wrote (\d+) files/.exec(wrote)?.[1]);
		expect(written).toBeGreaterThan(1);
		expect(fs.readdirSync(folder)).toHaveLength(written);
		expectCleanFrame(wrote, columns, rows);
		const before = new Map(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));

		await session.press('w');
		const refused = await settle(session, /exist.*W replaces/);
		expect(refused).toContain('Files exist: W replaces them');
		expectCleanFrame(refused, columns, rows);
		expect(new Map(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]))).toEqual(before);

		// A stale status line must not pass for the second write: move away and back first.
		await session.press('1');
		await settle(session, viewCase('overview').marker);
		await session.press('6');
		await settle(session, view.marker);
		await session.press('w');
		await settle(session, /exist.*W replaces/);
		await session.press('W');
		const replaced = await settle(session, (screen) => /wrote \d+ files/.test(screen) && !screen.includes('Files exist'));
		expect(Number(/wrote (\d+) files/.exec(replaced)?.[1])).toBe(written);
		expect(fs.readdirSync(folder).sort()).toEqual([...before.keys()].sort());
	});

	it(`re-lays out without garbage when resized to ${otherColumns}x${otherRows} and back`, async () => {
		for (const [width, height] of [
			[otherColumns, otherRows],
			[columns, rows],
		] as const) {
			session.resize(width, height);
			// The frame after a resize is drawn for the new size: the status line sits on the last row.
			await settle(session, (screen) => (lines(screen).at(-1) ?? '').includes('? help') && stringWidth(lines(screen)[0] ?? '') <= width);
			for (const view of viewCases) {
				const screen = await showView(session, view);
				expectViewFrame(screen, view, width, height);
			}
		}
	});

	it('q quits with 0', async () => {
		await session.press('q');
		expect(await session.exited()).toBe(0);
	});
});

/** SGR parameters that set or reset a colour (foreground, background, bright). */
function colourSequences(raw: string): string[] {
	const found: string[] = [];
	for (const match of raw.matchAll(/\u001B\[([\d;:]*)m/g)) {
		const parameters = (match[1] ?? '').split(/[;:]/).map(Number);
		if (parameters.some((value) => (value >= 30 && value <= 49) || (value >= 90 && value <= 107))) found.push(JSON.stringify(match[0]));
	}
	return found;
}

describe('the terminal around the views', () => {
	let home: string;
	let session: TerminalSession | undefined;

	beforeAll(() => {
		home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-views-term-'));
	});

	afterAll(() => {
		session?.kill('SIGKILL');
		fs.rmSync(home, {recursive: true, force: true});
	});

	async function walkAllViews(current: TerminalSession): Promise<void> {
		for (const view of viewCases) {
			await showView(current, view);
			await current.press('?');
			await settle(current, `Keys — ${view.title}`);
			await current.press('\u001B');
			await settle(current, view.marker);
		}
	}

	it('draws colour by default and none with NO_COLOR=1', async () => {
		// The harness says CI=true, which alone turns chalk's colours off: FORCE_COLOR stands for
		// a colour terminal, so the second run shows NO_COLOR itself being honoured.
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home, FORCE_COLOR: '1'}});
		await settle(session, 'Top recurring theme', startTimeoutMs);
		await walkAllViews(session);
		// Without this, a missing colour would pass for NO_COLOR being honoured.
		expect(colourSequences(session.raw()).length).toBeGreaterThan(0);
		await session.press('q');
		await session.exited();

		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home, FORCE_COLOR: '1', NO_COLOR: '1'}});
		await settle(session, 'Top recurring theme', startTimeoutMs);
		await walkAllViews(session);
		await session.press('q');
		expect(await session.exited()).toBe(0);
		expect(colourSequences(session.raw())).toEqual([]);
		session = undefined;
	}, 60_000);

	it('Ctrl-C exits and leaves the terminal restored', async () => {
		session = startCli({args: ['--demo'], columns: 80, rows: 24, env: {DIRECTOR_REVIEW_HOME: home}});
		await settle(session, 'Top recurring theme', startTimeoutMs);
		await showView(session, viewCase('delegation'));
		await session.press('\u0003');
		await session.exited();
		const raw = session.raw();
		session = undefined;
		expect(raw).toContain('\u001B[?1049h');
		const restoredAt = raw.lastIndexOf('\u001B[?1049l');
		expect(restoredAt).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
		expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
		// Nothing is drawn once the main screen is back: the tail is only the restoring sequences.
		expect(raw.slice(restoredAt).replace(/\u001B\[[?\d;]*[A-Za-z]/g, '').trim()).toBe('');
	}, 60_000);

	it('the Overview at 100x30 (the README capture)', async () => {
		session = startCli({args: ['--demo'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		const screen = await settle(session, 'Top recurring theme', startTimeoutMs);
		expectViewFrame(screen, viewCase('overview'), 100, 30);
		writeCapture('overview-100x30', screen);
		if (updateScreens) {
			const readme = fs.readFileSync(readmePath, 'utf8');
			const block = `<!-- screen:overview -->\n\`\`\`text\n${screen.trimEnd()}\n\`\`\``;
			// The marker stays, so the next update replaces the block it heads.
			const updated = readme.replace(/<!-- screen:overview -->(?:\n```text\n[\s\S]*?\n```)?/, () => block);
			expect(updated).toContain(block);
			fs.writeFileSync(readmePath, updated);
		}
		await session.press('q');
		expect(await session.exited()).toBe(0);
		session = undefined;
	}, 60_000);
});
