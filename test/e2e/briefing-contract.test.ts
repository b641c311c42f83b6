import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {pageWords} from '../support/page-words.js';
import {demoCli, demoEnv, runDemoCli, type DemoRun} from './demo-cli.js';
import {startCli} from './terminal.js';

/**
 * An independent reading of briefing.md (and cli.md "Version 2 fields"), written from the
 * spec alone and driven through the built CLI only: what a frozen review holds and when one
 * is frozen, the since-last-review list and its JSON shape, restated figures, 1:1
 * continuity, one-page documents and the backups of the director's record. The clock is
 * pinned (DIRECTOR_REVIEW_DEMO_NOW) at Fri 4 Dec 2026 19:00 UTC, after the demo's office
 * hours, and every step names its minute after that, so each run sees the same data.
 */
const homes: string[] = [];

function newHome(): string {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-briefing-'));
	homes.push(home);
	return home;
}

afterAll(() => {
	for (const home of homes) fs.rmSync(home, {recursive: true, force: true});
});

interface SinceItem {
	kind: string;
	key: string | null;
	report: string | null;
	person?: string | null;
	from?: string;
	to?: string;
	theme?: string;
}

interface Restated {
	figure: string;
	frozen: number | null;
	now: number | null;
}

interface ExportJson {
	schemaVersion: number;
	week: {id: string};
	allocation: {completed: {operational: number; strategic: number}};
	delegation: {reports: Array<{name: string}>};
	sinceLastReview: {previousReview: {week: string; frozenAt: string} | null; items: SinceItem[]; restated: Restated[]};
	tickets: Array<{key: string; category: string; source: string | null; completedAt: string | null; canceledAt?: string | null; createdAt?: string; startedAt?: string | null; firstDueDate?: string | null}>;
	figures: Record<string, string[]>;
}

const exportJson = (home: string, minutes: number, extra: string[] = [], demoWeek = 0) =>
	JSON.parse(demoCli(home, minutes, ['export', '--offline', '--format', 'json', '--out', '-', ...extra], demoWeek)) as ExportJson;

/**
 * The value a restated figure names in an export: its JSON path, an element by its position
 * ("themes[2].count") or, for a report's figure, by the report's name
 * ("delegation.reports[Hannah Berg].strategicShare": the reports' order may change).
 */
function valueAt(json: unknown, figure: string): unknown {
	let value: unknown = json;
	for (const part of figure.split(/\.(?![^[]*])/)) {
		const match = /^([^[]+)(?:\[([^\]]+)])?$/.exec(part);
		if (!match || value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[match[1] ?? ''];
		const at = match[2];
		if (at === undefined) continue;
		if (!Array.isArray(value)) return undefined;
		const list = value as Array<{name?: string}>;
		value = /^\d+$/.test(at) ? list[Number(at)] : list.find((entry) => entry.name === at);
	}
	return value;
}

const reviewLines = (list: string) => list.split('\n').filter((line) => /\t\d{4}-W\d\d\t/.test(line));
const kinds = ['new-fire', 'finished', 'newly-overdue', 'newly-broken', 'postponed', 'newly-blocked', 'unblocked', 'delegated', 'taken-back', 'recategorised', 'theme-recurring', 'theme-ended', 'single-responder'];
const themeKinds = new Set(['theme-recurring', 'theme-ended', 'single-responder']);
const section = (markdown: string, heading: string) => {
	const start = markdown.indexOf(`\n## ${heading}\n`);
	if (start < 0) return '';
	const rest = markdown.slice(start + heading.length + 5);
	const end = rest.indexOf('\n## ');
	return end < 0 ? rest : rest.slice(0, end);
};

const bullets = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));

describe('reviews are frozen (one Friday, one home)', () => {
	const home = newHome();
	let listBefore: DemoRun;
	let first: ExportJson;
	let listAfterFirst = '';
	let retagged = '';
	let afterRetag: ExportJson;
	let listAfterCsv = '';
	let afterCsv: ExportJson;
	let listAtTheEnd = '';
	let afterEarlierWeekMark: ExportJson;
	let earlierWeek: ExportJson;
	let futureMark: DemoRun;

	beforeAll(() => {
		demoCli(home, 0, ['sync']);
		listBefore = runDemoCli(home, 0, ['review', '--list', '--offline']);
		first = exportJson(home, 1);
		listAfterFirst = demoCli(home, 2, ['review', '--list', '--offline']);
		// A ticket the first export counts as completed improvement, sorted by a rule or signal
		// (not by hand): tagged firefighting ten minutes after that review was frozen.
		const completedStrategic = new Set(first.figures['allocation.completed.strategic'] ?? []);
		retagged = first.tickets.find((ticket) => completedStrategic.has(ticket.key) && ticket.source !== 'manual')?.key ?? '';
		demoCli(home, 10, ['tag', retagged, 'operational']);
		afterRetag = exportJson(home, 20);
		demoCli(home, 21, ['sync']);
		const csvOut = path.join(home, 'csv');
		demoCli(home, 22, ['export', '--offline', '--format', 'csv', '--out', csvOut]);
		listAfterCsv = demoCli(home, 22, ['review', '--list', '--offline']);
		afterCsv = exportJson(home, 23);
		demoCli(home, 30, ['review', '--mark', '--week', '2026-W48', '--offline']);
		afterEarlierWeekMark = exportJson(home, 31);
		earlierWeek = exportJson(home, 32, ['--week', '2026-W48']);
		futureMark = runDemoCli(home, 33, ['review', '--mark', '--week', '2027-W10', '--offline']);
		listAtTheEnd = demoCli(home, 34, ['review', '--list', '--offline']);
	}, 300_000);

	it('lists no review before anything was frozen', () => {
		expect(listBefore.status).toBe(0);
		expect(reviewLines(listBefore.stdout)).toEqual([]);
	});

	it('says there is no previous review with previousReview null, never a list that looks like "nothing happened"', () => {
		expect(first.schemaVersion).toBe(2);
		expect(first.sinceLastReview.previousReview).toBeNull();
		expect(first.sinceLastReview.items).toEqual([]);
		expect(first.sinceLastReview.restated).toEqual([]);
	});

	it('freezes the week when it is exported (JSON) and holds one state row per ticket any figure counts', () => {
		const lines = reviewLines(listAfterFirst);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain('\t2026-W49\t');
		const counted = new Set(Object.values(first.figures).flat());
		expect(lines[0]).toMatch(new RegExp(`\\t${counted.size} tickets`));
	});

	it('compares a later export with the latest review frozen before it started: a re-tag is listed and the figures it changed are restated with both values', () => {
		expect(retagged).not.toBe('');
		const {previousReview, items, restated} = afterRetag.sinceLastReview;
		expect(previousReview?.week).toBe('2026-W49');
		expect(previousReview?.frozenAt.startsWith('2026-12-04T19:01')).toBe(true);
		expect(items.filter((item) => item.kind === 'recategorised').map((item) => item.key)).toEqual([retagged]);
		expect(restated).toContainEqual({figure: 'allocation.completed.operational', frozen: first.allocation.completed.operational, now: first.allocation.completed.operational + 1});
		expect(restated).toContainEqual({figure: 'allocation.completed.strategic', frozen: first.allocation.completed.strategic, now: first.allocation.completed.strategic - 1});
	});

	it('restates only figures whose value differs, each with the value exactly as the frozen export showed it', () => {
		for (const {figure, frozen, now} of afterRetag.sinceLastReview.restated) {
			expect(now, figure).not.toBe(frozen);
			expect(frozen, figure).toBe(valueAt(first, figure));
		}
	});

	it('freezes on an export in any format (CSV too), adding a newer review of the week and keeping the older ones unchanged by later tags and syncs', () => {
		const lines = reviewLines(listAfterCsv);
		// The first JSON export, the one after the re-tag, the CSV export.
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(reviewLines(listAfterFirst)[0]);
		expect(lines.every((line) => line.includes('\t2026-W49\t'))).toBe(true);
	});

	it('compares with the newest review once the week is frozen again: the re-tag is no longer new, and the frozen figures still read as the first export showed them', () => {
		const {previousReview, items, restated} = afterCsv.sinceLastReview;
		expect(previousReview?.frozenAt.startsWith('2026-12-04T19:22')).toBe(true);
		expect(items.filter((item) => item.kind === 'recategorised')).toEqual([]);
		expect(restated.filter((figure) => figure.figure.startsWith('allocation.completed.'))).toEqual([]);
	});

	it('review --mark --week freezes an earlier week; it is then the previous review of a later week, and a later week’s review is never the previous review of an earlier one', () => {
		// The mark, then the export of W48 below (an export freezes too).
		expect(reviewLines(listAtTheEnd).filter((line) => line.includes('\t2026-W48\t'))).toEqual([
			expect.stringMatching(/\tFri 4 Dec 2026, 19:30\tmark\t/),
			expect.stringMatching(/\tFri 4 Dec 2026, 19:32\texport\t/),
		]);
		expect(afterEarlierWeekMark.sinceLastReview.previousReview).toMatchObject({week: '2026-W48'});
		expect(afterEarlierWeekMark.sinceLastReview.previousReview?.frozenAt.startsWith('2026-12-04T19:30')).toBe(true);
		expect(earlierWeek.week.id).toBe('2026-W48');
		expect(earlierWeek.sinceLastReview.previousReview).toMatchObject({week: '2026-W48'});
		expect(earlierWeek.sinceLastReview.previousReview?.frozenAt.startsWith('2026-12-04T19:30')).toBe(true);
	});

	it('refuses to mark a week in the future (usage error) and freezes nothing', () => {
		expect(futureMark.status).toBe(2);
		expect(listAtTheEnd).not.toContain('2027-W10');
	});

	it('lists review times local and human, never ISO instants', () => {
		expect(listAtTheEnd).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
		expect(listAtTheEnd).toMatch(/Fri 4 Dec 2026, 19:01/);
	});
});

describe('no previous review in the Markdown', () => {
	it('says so in the notes and the summary', () => {
		const home = newHome();
		demoCli(home, 0, ['sync']);
		const out = path.join(home, 'out');
		demoCli(home, 1, ['export', '--offline', '--leadership', '--out', out]);
		const files = fs.readdirSync(out);
		expect(files.length).toBeGreaterThan(1);
		for (const name of files) {
			const since = section(fs.readFileSync(path.join(out, name), 'utf8'), 'Since last review');
			expect(since, name).toMatch(/no previous review/i);
			expect(since, name).not.toMatch(/nothing changed/i);
		}
	}, 120_000);
});

describe('three Fridays: since last review, 1:1 continuity, one page each', () => {
	const home = newHome();
	const notes: Array<Map<string, string>> = [];
	let second: ExportJson;
	const weekOut = (week: number) => path.join(home, `week-${week}`);
	const readAll = (dir: string) => new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

	beforeAll(() => {
		demoCli(home, 0, ['sync']);
		demoCli(home, 1, ['export', '--offline', '--leadership', '--out', weekOut(0)]);
		notes.push(readAll(weekOut(0)));
		demoCli(home, 2, ['sync'], 1);
		// Same minute as the notes below: each compares with the reviews frozen before it started.
		second = exportJson(home, 3, [], 1);
		demoCli(home, 3, ['export', '--offline', '--leadership', '--out', weekOut(1)], 1);
		notes.push(readAll(weekOut(1)));
		demoCli(home, 4, ['sync'], 2);
		demoCli(home, 5, ['export', '--offline', '--leadership', '--out', weekOut(2)], 2);
		notes.push(readAll(weekOut(2)));
		demoCli(home, 6, ['export', '--offline', '--leadership', '--detail', 'full', '--out', path.join(home, 'full')], 2);
	}, 300_000);

	const oneOnOnes = (week: number) => [...(notes[week] ?? new Map<string, string>())].filter(([name]) => name.startsWith('1on1-'));
	const leadership = (week: number) => [...(notes[week] ?? new Map<string, string>())].find(([name]) => name.startsWith('leadership-'))?.[1] ?? '';

	it('names the previous review and lists only the kinds of the contract, each naming its ticket(s), person and report', () => {
		const {previousReview, items, restated} = second.sinceLastReview;
		expect(previousReview?.week).toBe('2026-W49');
		expect(Number.isNaN(Date.parse(previousReview?.frozenAt ?? ''))).toBe(false);
		expect(items.length).toBeGreaterThan(0);
		const reports = new Set(second.delegation.reports.map((report) => report.name));
		for (const item of items) {
			expect(kinds, JSON.stringify(item)).toContain(item.kind);
			if (item.report !== null) expect(reports.has(item.report), JSON.stringify(item)).toBe(true);
			expect(item.person === null || typeof item.person === 'string', JSON.stringify(item)).toBe(true);
			if (themeKinds.has(item.kind)) expect(typeof item.theme, JSON.stringify(item)).toBe('string');
			else expect(item.key, JSON.stringify(item)).toMatch(/^[A-Z][A-Z0-9]*-\d+$/);
		}
		for (const figure of restated) {
			expect(typeof figure.figure).toBe('string');
			for (const value of [figure.frozen, figure.now]) expect(value === null || typeof value === 'number').toBe(true);
		}
	});

	it('reads event items from the history after the review: finished and new fires happened after it was frozen', () => {
		const frozenAt = Date.parse(second.sinceLastReview.previousReview?.frozenAt ?? '');
		const tickets = new Map(second.tickets.map((ticket) => [ticket.key, ticket]));
		let checked = 0;
		for (const item of second.sinceLastReview.items) {
			const ticket = tickets.get(item.key ?? '');
			if (!ticket) continue;
			if (item.kind === 'finished') {
				const ended = Date.parse(ticket.completedAt ?? ticket.canceledAt ?? '');
				expect(ended, item.key ?? '').toBeGreaterThan(frozenAt);
				checked++;
			}
			if (item.kind === 'new-fire') {
				expect(ticket.category, item.key ?? '').toBe('operational');
				const began = Math.max(Date.parse(ticket.createdAt ?? ''), Date.parse(ticket.startedAt ?? '') || 0);
				expect(began, item.key ?? '').toBeGreaterThan(frozenAt);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('says who moved which date, from → to, for every postponement', () => {
		const postponed = second.sinceLastReview.items.filter((item) => item.kind === 'postponed');
		expect(postponed.length).toBeGreaterThan(0);
		for (const item of postponed) {
			expect(item.from, item.key ?? '').toMatch(/^\d{4}-\d\d-\d\d$/);
			expect(item.to, item.key ?? '').toMatch(/^\d{4}-\d\d-\d\d$/);
			expect(item.from).not.toBe(item.to);
			expect(typeof item.person).toBe('string');
		}
	});

	it('carries a "Since last review" section in every export once there is a previous review', () => {
		for (const [name, markdown] of notes[1] ?? []) {
			const since = section(markdown, 'Since last review');
			expect(since, name).toContain('2026-W49');
			expect(since, name).not.toMatch(/no previous review/i);
		}
	});

	it('marks every point of a first note new, and points still true a week later continuing since the week they were first raised', () => {
		for (const [name, markdown] of oneOnOnes(0)) {
			const points = bullets(section(markdown, 'Talking points'));
			expect(points.length, name).toBeGreaterThan(0);
			for (const point of points) expect(point, name).toMatch(/^- new: /);
		}
		const continuing = oneOnOnes(1).flatMap(([, markdown]) => bullets(section(markdown, 'Talking points')).filter((point) => point.startsWith('- continuing')));
		expect(continuing.length).toBeGreaterThan(0);
		for (const point of continuing) expect(point).toMatch(/^- continuing \(since 2026-W49, 2 weeks\): /);
		const third = oneOnOnes(2).flatMap(([, markdown]) => bullets(section(markdown, 'Talking points')).filter((point) => point.startsWith('- continuing (since 2026-W49')));
		for (const point of third) expect(point).toMatch(/^- continuing \(since 2026-W49, 3 weeks\): /);
	});

	it('lists a resolved point once, then drops it', () => {
		const resolvedIn = (week: number, name: string) =>
			(oneOnOnes(week).find(([file]) => file.startsWith(name))?.[1] ?? '').split('\n').filter((line) => /resolved: /.test(line)).map((line) => line.replace(/^.*resolved: /, ''));
		let resolved = 0;
		for (const [file] of oneOnOnes(1)) {
			const report = file.replace(/-2026-W\d\d\.md$/, '');
			const before = resolvedIn(1, report);
			resolved += before.length;
			const after = resolvedIn(2, report);
			for (const point of before) expect(after, `${report}: ${point}`).not.toContain(point);
		}
		expect(resolved + oneOnOnes(2).flatMap(([file]) => resolvedIn(2, file.replace(/-2026-W\d\d\.md$/, ''))).length).toBeGreaterThan(0);
	});

	it('writes every 1:1 note on one page: at most 350 words besides the director’s notes', () => {
		for (const week of [0, 1, 2]) for (const [name, markdown] of oneOnOnes(week)) expect(pageWords(markdown), name).toBeLessThanOrEqual(350);
	});

	it('heads a 1:1 note with 3–5 figures, then since last review, talking points naming tickets by key and title, and carried-over notes', () => {
		for (const [name, markdown] of oneOnOnes(1)) {
			const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
			expect(headings.indexOf('## Since last review'), name).toBeGreaterThan(0);
			expect(headings.indexOf('## Talking points'), name).toBeGreaterThan(headings.indexOf('## Since last review'));
			const figures = bullets(section(markdown, headings[0]?.slice(3) ?? ''));
			expect(figures.length, name).toBeGreaterThanOrEqual(3);
			expect(figures.length, name).toBeLessThanOrEqual(5);
			for (const point of bullets(section(markdown, 'Talking points'))) {
				const key = /\b[A-Z][A-Z0-9]*-\d+\b/.exec(point);
				if (key) expect(point.slice(key.index), `${name}: ${point}`).toMatch(/^[A-Z][A-Z0-9]*-\d+ “[^”]+”/);
			}
		}
	});

	it('writes talking points that differ by report: no point repeated across reports with only the name swapped', () => {
		const reports = second.delegation.reports.map((report) => report.name);
		const seen = new Map<string, string>();
		for (const [name, markdown] of oneOnOnes(1)) {
			for (const point of bullets(section(markdown, 'Talking points'))) {
				let template = point;
				for (const report of reports) template = template.replaceAll(report, 'R');
				const other = seen.get(template);
				expect(other === undefined || other === name, `${point} (also in ${other})`).toBe(true);
				seen.set(template, name);
			}
		}
	});

	it('keeps full ticket lists out of the one-page documents, and adds an appendix with --detail full', () => {
		for (const week of [0, 1, 2]) for (const [name, markdown] of notes[week] ?? []) expect(markdown, name).not.toMatch(/^#+ Appendix/im);
		const full = readAll(path.join(home, 'full'));
		for (const [name, markdown] of full) expect(markdown, name).toMatch(/^#+ Appendix/im);
	});

	it('writes the leadership summary as three headlines, asks, risks, then the four sections of the seed with at most three bullets each', () => {
		for (const week of [0, 1, 2]) {
			const summary = leadership(week);
			const headings = summary.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
			expect(bullets(section(summary, headings[0] ?? '')), summary).toHaveLength(3);
			const order = ['Asks', 'Business alignment', 'Risks', 'Team development', 'Technical excellence'].map((heading) => headings.indexOf(heading));
			for (const at of order) expect(at).toBeGreaterThan(0);
			expect([...order].sort((a, b) => a - b)).toEqual(order);
			expect(headings.some((heading) => /^Risks? /.test(heading) || heading === 'Risks')).toBe(true);
			for (const heading of ['Business alignment', 'Risks', 'Team development', 'Technical excellence']) expect(bullets(section(summary, heading)).length, heading).toBeLessThanOrEqual(3);
		}
	});

	it('writes prose for people: no backslash-escaped ticket keys or labels, no ISO instants', () => {
		for (const week of [0, 1, 2]) {
			for (const [name, markdown] of notes[week] ?? []) {
				expect(markdown, name).not.toMatch(/[A-Z]\\-\d/);
				expect(markdown, name).not.toMatch(/\b(label|component)\\:/);
				expect(markdown, name).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
			}
		}
	});
});

describe('the director’s record is kept safe', () => {
	const home = newHome();
	const tickets = (minutes: number) => exportJson(home, minutes).tickets;
	let key = '';
	let backupPath = '';
	let reviewsAtBackup = '';
	let lost: DemoRun;
	let restored: DemoRun;
	let ticketsBefore = 0;
	let afterRestore: ExportJson['tickets'] = [];
	let reviewsAfterRestore = '';

	beforeAll(() => {
		demoCli(home, 0, ['sync']);
		const json = exportJson(home, 1);
		ticketsBefore = json.tickets.length;
		key = json.tickets.find((ticket) => ticket.source !== 'manual' && ticket.category !== 'operational')?.key ?? '';
		demoCli(home, 2, ['tag', key, 'operational']);
		reviewsAtBackup = demoCli(home, 3, ['review', '--list', '--offline']);
		backupPath = demoCli(home, 4, ['backup']).trim().split('\n').at(-1) ?? '';
		// The store is lost (deleted with its journal): the record's only copies are the backups.
		for (const name of fs.readdirSync(home)) if (name.startsWith('director-review.db')) fs.rmSync(path.join(home, name));
		lost = runDemoCli(home, 5, ['review', '--list', '--offline']);
		restored = runDemoCli(home, 6, ['restore', '--yes']);
		reviewsAfterRestore = demoCli(home, 7, ['review', '--list', '--offline']);
		demoCli(home, 8, ['sync']);
		afterRestore = tickets(9);
	}, 300_000);

	it('backup writes a SQLite backup of the record and prints its path; only the owner can read it', () => {
		expect(path.isAbsolute(backupPath)).toBe(true);
		expect(fs.readFileSync(backupPath).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
		expect(fs.statSync(backupPath).mode & 0o077).toBe(0);
	});

	it('restore --yes brings tags and frozen reviews back into a lost store, says what it restored, and a sync brings the tickets back', () => {
		expect(lost.status).toBe(0);
		expect(reviewLines(lost.stdout)).toEqual([]);
		expect(restored.status, restored.stderr).toBe(0);
		expect(`${restored.stdout}${restored.stderr}`).toMatch(/restored/i);
		expect(`${restored.stdout}${restored.stderr}`).toMatch(/1 tag\b/);
		for (const line of reviewLines(reviewsAtBackup)) expect(reviewsAfterRestore).toContain(line);
		expect(afterRestore.find((ticket) => ticket.key === key)).toMatchObject({category: 'operational', source: 'manual'});
		expect(afterRestore.length).toBe(ticketsBefore);
	});

	it('restore FILE brings back the backup `backup` printed, even after later changes that day; without --yes and no terminal to ask on, it restores nothing', () => {
		demoCli(home, 110, ['tag', key, 'clear']);
		demoCli(home, 111, ['tag', 'PAY-8069', 'strategic']);
		const unasked = runDemoCli(home, 112, ['restore', backupPath]);
		expect(unasked.status).not.toBe(0);
		expect(tickets(113).find((ticket) => ticket.key === key)?.source).not.toBe('manual');
		const named = runDemoCli(home, 114, ['restore', backupPath, '--yes']);
		expect(named.status, named.stderr).toBe(0);
		expect(tickets(115).find((ticket) => ticket.key === key)).toMatchObject({category: 'operational', source: 'manual'});
	});

	it('keeps the file `backup` printed as it was: a change later that day neither moves nor updates it', () => {
		const same = newHome();
		demoCli(same, 0, ['sync']);
		demoCli(same, 2, ['tag', key, 'operational']);
		const printed = demoCli(same, 4, ['backup']).trim().split('\n').at(-1) ?? '';
		// A minute later the director clears the tag by mistake (the day's rolling backup takes it).
		demoCli(same, 5, ['tag', key, 'clear']);
		expect(fs.existsSync(printed)).toBe(true);
		const named = runDemoCli(same, 6, ['restore', printed, '--yes']);
		expect(named.status, named.stderr).toBe(0);
		expect(exportJson(same, 7).tickets.find((ticket) => ticket.key === key)).toMatchObject({category: 'operational', source: 'manual'});
	}, 120_000);

	it('keeps at least the last 8 rolling backups, one per day of use', () => {
		const rolling = newHome();
		demoCli(rolling, 0, ['sync']);
		const day = 24 * 60;
		for (let days = 1; days <= 10; days++) demoCli(rolling, days * day, ['review', '--list', '--offline']);
		const backups = fs.readdirSync(path.join(rolling, 'backups')).filter((name) => name.endsWith('.db'));
		expect(backups.length).toBeGreaterThanOrEqual(8);
	}, 120_000);

	it('backs up while the store is in use (the dashboard open)', async () => {
		const session = startCli({args: ['--demo', '--demo-week', '0', '--home', home, '--offline'], columns: 160, rows: 50, env: demoEnv(120)});
		await session.waitFor(/l: list\)|Since last review|previous review/, 30_000);
		const written = demoCli(home, 121, ['backup']).trim().split('\n').at(-1) ?? '';
		expect(fs.readFileSync(written).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
		await session.press('q');
		expect(await session.exited(30_000)).toBe(0);
	}, 120_000);

	it('detects a damaged store at open and says how to restore', () => {
		const damaged = newHome();
		demoCli(damaged, 0, ['sync']);
		const store = fs.readdirSync(damaged).find((name) => name.endsWith('.db')) ?? '';
		const file = path.join(damaged, store);
		const bytes = fs.readFileSync(file);
		// Overwrite pages in the middle of the file (the header stays intact, so it still opens).
		bytes.fill(0x5a, 8192, Math.min(bytes.length, 8192 * 40));
		fs.writeFileSync(file, bytes);
		const result = runDemoCli(damaged, 5, ['review', '--list', '--offline']);
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toMatch(/restore/);
	}, 120_000);
});
