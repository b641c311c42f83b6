import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {countsPhrase} from '../../source/domain/briefing/since-format.js';
import {sinceKinds} from '../../source/domain/briefing/since-types.js';
import {cliPath, startCli} from './terminal.js';

/**
 * Three Fridays of the demo org through the built CLI: each Friday is a real process on
 * the demo moved a week on (`--demo-week N`), which syncs first; the Markdown export
 * freezes the review and issues the talking points; a tag between Fridays 2 and 3 is a
 * re-tag the third Friday must report.
 */
let home: string;

function cli(week: number, ...args: string[]): string {
	const result = spawnSync(process.execPath, [cliPath, ...args, '--demo', '--demo-week', String(week), '--home', home], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 120_000});
	expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
	return result.stdout;
}

interface Friday {
	readonly json: {
		week: {id: string};
		delegation: {reports: Array<{name: string}>};
		sinceLastReview: {previousReview: {week: string} | null; items: Array<{kind: string; key: string | null; report: string | null; from?: string; to?: string}>; restated: unknown[]};
		tickets: Array<{key: string; category: string; source: string | null; completedAt: string | null}>;
	};
	readonly notes: Map<string, string>;
	/** The Overview's since-last-review line and the list behind l, as the dashboard drew them. */
	readonly overview: string;
	readonly list: string;
}

/** The screen's text with its lines joined: the since line wraps over two. */
const joined = (screen: string) => screen.split('\n').map((line) => line.trim()).join(' ').replace(/\s+/g, ' ');

async function friday(week: number): Promise<Friday> {
	cli(week, 'sync');
	// The dashboard opens first: its session compares with the previous Friday's review, and
	// freezes this Friday's only when it quits. The JSON export runs meanwhile, against the same review.
	const session = startCli({args: ['--demo', '--demo-week', String(week), '--home', home, '--offline'], columns: 220, rows: 60, env: {NO_COLOR: '1'}});
	const overview = joined(await session.waitFor(/Since last review|l: list\)/, 30_000));
	const json = JSON.parse(cli(week, 'export', '--format', 'json', '--out', '-')) as Friday['json'];
	await session.press('l');
	const list = joined(await session.waitFor(/Since the review of|No previous review yet/, 20_000));
	await session.press('\u001B');
	await session.press('q');
	expect(await session.exited()).toBe(0);
	const out = path.join(home, `friday-${week}`);
	cli(week, 'export', '--leadership', '--out', out);
	const notes = new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
	return {json, notes, overview, list};
}

/** Words on the page: whitespace-separated tokens, leaving out the director's own notes. */
function words(markdown: string): number {
	let count = 0;
	let inNotes = false;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('## ')) inNotes = line === '## Your notes';
		if (!inNotes) count += line.split(/\s+/).filter(Boolean).length;
	}
	return count;
}

const fridays: Friday[] = [];
let retagged = '';

beforeAll(async () => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-fridays-'));
	fridays.push(await friday(0));
	fridays.push(await friday(1));
	// A re-tag between Fridays 2 and 3: an open improvement ticket Friday 2 counted, sorted by a rule.
	const candidate = fridays[1]?.json.tickets.filter((ticket) => ticket.category === 'strategic' && ticket.source === 'rule' && ticket.completedAt === null).at(-1);
	retagged = candidate?.key ?? '';
	cli(1, 'tag', retagged, 'operational');
	fridays.push(await friday(2));
}, 600_000);

afterAll(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

describe('three Fridays of the demo org through the CLI', () => {
	it('says there is no previous review on Friday 1, and on Fridays 2 and 3 compares with the Friday before', () => {
		const [first, second, third] = fridays as [Friday, Friday, Friday];
		expect(first.json.sinceLastReview.previousReview).toBeNull();
		expect(second.json.sinceLastReview.previousReview?.week).toBe(first.json.week.id);
		expect(third.json.sinceLastReview.previousReview?.week).toBe(second.json.week.id);
		for (const later of [second, third]) {
			const kinds = new Set(later.json.sinceLastReview.items.map((item) => item.kind));
			for (const kind of ['new-fire', 'finished', 'postponed', 'delegated']) expect(kinds, kind).toContain(kind);
		}
	});

	it('shows on the Overview the count of each kind the JSON export lists, and opens the list grouped by report with l', () => {
		const [first, ...later] = fridays as [Friday, Friday, Friday];
		expect(first.overview).toContain('no previous review yet');
		for (const friday of later) {
			const {items, restated, previousReview} = friday.json.sinceLastReview;
			const counts = new Map(sinceKinds.map((kind) => [kind, items.filter((item) => item.kind === kind).length]));
			// Every kind's count as the JSON lists it. Restated figures are counted apart: figures that
			// read the clock (ages, probabilities) differ between two processes a few seconds apart.
			expect(friday.overview).toContain(`(${previousReview?.week ?? ''}, l: list): ${countsPhrase(counts, 0)}`);
			if (restated.length > 0) expect(friday.overview).toMatch(/· \d+ figures? restated/);
			expect(friday.list).toContain(`Since the review of ${previousReview?.week ?? ''}`);
			// Grouped by report, roster order: the first report with items heads the list with its count.
			const first = friday.json.delegation.reports.map((row) => row.name).find((name) => items.some((item) => item.report === name)) ?? '';
			expect(friday.list).toContain(`${first} (${items.filter((item) => item.report === first).length})`);
		}
	});

	it('reports the re-tag between Fridays 2 and 3 as a category change of that ticket', () => {
		expect(retagged).not.toBe('');
		const items = fridays[2]?.json.sinceLastReview.items ?? [];
		expect(items.find((item) => item.kind === 'recategorised' && item.key === retagged)).toMatchObject({from: 'strategic', to: 'operational'});
	});

	it('marks a point raised on Friday 1 and still true as continuing since Friday 1, in the notes the CLI wrote', () => {
		const week1 = fridays[0]?.json.week.id ?? '';
		const second = [...(fridays[1]?.notes.values() ?? [])].join('\n');
		const third = [...(fridays[2]?.notes.values() ?? [])].join('\n');
		expect(second).toContain(`continuing (since ${week1}, 2 weeks)`);
		expect(third).toMatch(new RegExp(`continuing \\(since ${week1}, 3 weeks\\)|resolved: `));
	});

	it('writes every 1:1 note on one page (≤ 350 words besides the director’s notes) and the leadership summary within 450', () => {
		for (const {notes} of fridays) {
			for (const [name, note] of notes) {
				expect(words(note), name).toBeLessThanOrEqual(name.startsWith('leadership-') ? 450 : 350);
				expect(note, name).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
			}
		}
	});
});
