import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliPath} from './terminal.js';

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
		sinceLastReview: {previousReview: {week: string} | null; items: Array<{kind: string; key: string | null; report: string | null; from?: string; to?: string}>; restated: unknown[]};
		tickets: Array<{key: string; category: string; source: string | null; completedAt: string | null}>;
	};
	readonly notes: Map<string, string>;
}

function friday(week: number): Friday {
	// The JSON first: it reads since the previous Friday's review, before this Friday's export freezes another.
	const json = JSON.parse(cli(week, 'export', '--format', 'json', '--out', '-')) as Friday['json'];
	const out = path.join(home, `friday-${week}`);
	cli(week, 'export', '--leadership', '--out', out);
	const notes = new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')]));
	return {json, notes};
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

beforeAll(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-fridays-'));
	fridays.push(friday(0));
	fridays.push(friday(1));
	// A re-tag between Fridays 2 and 3: an open improvement ticket Friday 2 counted, sorted by a rule.
	const candidate = fridays[1]?.json.tickets.filter((ticket) => ticket.category === 'strategic' && ticket.source === 'rule' && ticket.completedAt === null).at(-1);
	retagged = candidate?.key ?? '';
	cli(1, 'tag', retagged, 'operational');
	fridays.push(friday(2));
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
