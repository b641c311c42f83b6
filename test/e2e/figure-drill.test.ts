import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startCli, type TerminalSession} from './terminal.js';

let home: string;
let session: TerminalSession | undefined;

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-drill-'));
});

afterEach(() => {
	session?.kill('SIGKILL');
	session = undefined;
	fs.rmSync(home, {recursive: true, force: true});
});

/** No row continues the one above, and no row is wider than the terminal: nothing overlaps. */
function expectNoOverlap(s: TerminalSession, columns: number, what: string): void {
	expect(s.wrappedRows(), `${what}: wrapped rows\n${s.screen()}`).toEqual([]);
	for (const line of s.screen().split('\n')) expect([...line].length, what).toBeLessThanOrEqual(columns);
}

/** The Overview's figure rows (label → the rest of the row), read off the screen. */
function figureRows(screen: string): Map<string, string> {
	const rows = new Map<string, string>();
	for (const line of screen.split('\n')) {
		const match = /^[› ] (Firefighting \(done\)|Firefighting \(ac\S*|On-time rate|Kept promises|Median slip|Delegation rate|Your open load|Blocked|Top recurring theme)\s+(.*)$/.exec(line);
		if (match?.[1]) rows.set(match[1], match[2] ?? '');
	}
	return rows;
}

const selectedRow = (screen: string) => screen.split('\n').find((line) => line.startsWith('› '));

/** "Mon 30 Nov" … "Sun 6 Dec": the days of the week in the header (YYYY-Www), as the reasons name them. */
/** A narrow column drops the weekdays of a reason's dates ("completed 30 Nov"): compare without them. */
function withoutWeekdays(text: string): string {
	return text.replaceAll(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?=\d)/gu, '');
}

function weekDays(screen: string): string[] {
	const [, year, week] = /(\d{4})-W(\d{2})/.exec(screen) ?? [];
	const january4 = Date.UTC(Number(year), 0, 4);
	const monday = january4 - (((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000) + (Number(week) - 1) * 7 * 86_400_000;
	const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
	return Array.from({length: 7}, (_, offset) => {
		const day = new Date(monday + offset * 86_400_000);
		return `${day.getUTCDate()} ${months[day.getUTCMonth()]}`;
	});
}

describe('a figure opens to the tickets it counts', () => {
	it.each([
		[60, 20],
		[80, 24],
		[200, 55],
	])('at %ix%i: the on-time figure lists its tickets with why, one is tagged from there, Esc goes back to updated figures', async (columns, rows) => {
		// A Friday evening, so the running week has completed work whatever day the suite runs (on a Monday it has none yet).
		session = startCli({args: ['--demo'], columns, rows, env: {DIRECTOR_REVIEW_HOME: home, DIRECTOR_REVIEW_DEMO_NOW: '2026-12-04T19:00:00.000Z', TZ: 'UTC'}});
		const s = session;
		const overview = await s.waitFor('Top recurring theme', 20_000);
		expectNoOverlap(s, columns, 'overview');
		const before = figureRows(overview);
		expect(before.get('On-time rate')).toMatch(/^\d+%/);
		const rate = /^(\d+%)/.exec(before.get('On-time rate') ?? '')?.[1];

		// The on-time figure is the third row: two steps down, then Enter.
		await s.press('j');
		await s.press('j');
		await s.waitFor(/› On-time rate/);
		await s.press('\r');
		const list = await s.waitFor('why it counts');
		expectNoOverlap(s, columns, 'ticket list');
		expect(list).toContain(`On-time rate ${rate}`);
		const first = list.split('\n').find((line) => line.startsWith('› '));
		// With room (200 columns) the ticket's title stands between its category and why it counts.
		expect(first, list).toMatch(/^› [A-Z]+-\d+ +(firefighting|improvement|unsorted) +(\S.*\S {2,})?due (\w{3} )?\d{1,2} \w{3}, compl/);
		if (columns >= 160) expect(first).toMatch(/(firefighting|improvement|unsorted) +\S.*\S {2,}due /);

		// Pick a ticket completed inside the week, so its tag must move this week's firefighting figure.
		const days = weekDays(overview);
		let screen = list;
		for (let step = 0; step < 60 && !days.some((day) => withoutWeekdays(selectedRow(screen) ?? '').includes(`completed ${day}`)); step++) {
			await s.press('j');
			screen = await s.waitFor((current) => selectedRow(current) !== selectedRow(screen));
		}
		const [, key, category] = /^› ([A-Z]+-\d+) +(\w+)/.exec(selectedRow(screen) ?? '') ?? [];
		expect(key, screen).toBeDefined();

		// Tag it the other way from the list; the row and the status line say so.
		const target = category === 'firefighting' ? 'improvement' : 'firefighting';
		await s.press(target === 'firefighting' ? 'o' : 's');
		const tagged = await s.waitFor(new RegExp(`› ${key} +${target}`));
		expect(tagged).toContain(`${key} → ${target}`);
		expectNoOverlap(s, columns, 'after tagging');

		// Esc: back on the Overview, whose firefighting (done) figure moved with the tag.
		await s.press('\u001B');
		const after = await s.waitFor((current) => current.includes('Top recurring theme') && !current.includes('why it counts') && figureRows(current).get('Firefighting (done)') !== before.get('Firefighting (done)'));
		expectNoOverlap(s, columns, 'overview after');
		expect(figureRows(after).get('Firefighting (done)')).not.toBe(before.get('Firefighting (done)'));
		await s.press('q');
		expect(await s.exited()).toBe(0);
	}, 60_000);

	it.each([
		['4', 'Predictability', 'On-time rate'],
		['3', 'Delegation', 'Delegation rate'],
		['5', 'Blockers', 'Blocked'],
	])('on view %s (%s), i lists every figure and enter opens one to its tickets, with why', async (key, _view, first) => {
		session = startCli({args: ['--demo', '--week', 'last'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home}});
		const s = session;
		await s.waitFor('Top recurring theme', 20_000);
		await s.press(key);
		await s.waitFor((screen) => screen.includes(`[${key} `) && screen.includes(first));
		// The view's keys are live once it has drawn a frame of its own.
		await new Promise((resolve) => setTimeout(resolve, 300));
		await s.press('i');
		const panel = await s.waitFor('▸ Figures');
		// A count says its tickets' number once ("Blocked 13"); a rate adds it ("On-time rate 64%  56 tickets").
		expect(panel).toMatch(new RegExp(`› ${first}\\s+\\S+(\\s+\\d+ tickets?)?\\s*$`, 'm'));
		await s.press('\r');
		const list = await s.waitFor('why it counts');
		expect(list).toMatch(/^› [A-Z]+-\d+ /m);
		expectNoOverlap(s, 100, 'figure list');
		await s.press('\u001B');
		await s.waitFor('▸ Figures');
		await s.press('\u001B');
		await s.waitFor((screen) => !screen.includes('▸ Figures'));
		await s.press('q');
		expect(await s.exited()).toBe(0);
	}, 60_000);

	it('says the terminal is too small below 60×20, in one line', async () => {
		session = startCli({args: ['--demo'], columns: 59, rows: 20, env: {DIRECTOR_REVIEW_HOME: home}});
		const screen = await session.waitFor('terminal too small', 20_000);
		expect(screen.split('\n').filter((line) => line.trim() !== '')).toHaveLength(1);
		await session.press('q');
		expect(await session.exited()).toBe(0);
	}, 30_000);

	it('names both sizes whole when the terminal is much too small', async () => {
		session = startCli({args: ['--demo'], columns: 50, rows: 15, env: {DIRECTOR_REVIEW_HOME: home}});
		const screen = await session.waitFor('terminal too small', 20_000);
		expect(screen.split('\n').filter((line) => line.trim() !== '')).toHaveLength(1);
		expect(screen).toContain('50×15');
		expect(screen).toContain('60×20');
		await session.press('q');
		expect(await session.exited()).toBe(0);
	}, 30_000);
});
