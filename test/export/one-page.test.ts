import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {weekOf} from '../../source/domain/week.js';
import {buildLeadership} from '../../source/export/leadership.js';
import {buildOneOnOne, talkingPointsFor} from '../../source/export/one-on-one.js';
import {issuedNotes} from '../../source/export/issue-points.js';
import {continuedPoints} from '../../source/export/point-continuity.js';
import {statusLabel} from '../../source/domain/briefing/continuity.js';
import {reportScope} from '../../source/export/report-scope.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';
import {pageWords as words} from '../support/page-words.js';

/**
 * One page each (briefing.md), over five Fridays of the demo org with a review frozen and
 * notes issued each Friday, so the since-last-review and continuing points are on the page.
 * Words are counted by test/support/page-words.ts, apart from the product's own count.
 */
const timezone = 'Europe/Berlin';
const config = validateConfig({timezone}, {}, null);
const friday1 = Date.parse('2026-11-27T17:00:00Z');
const weekMs = 7 * 86_400_000;
let clock = friday1;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
const snapshots: ReviewSnapshot[] = [];

async function friday(): Promise<ReviewSnapshot> {
	const session = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: clock, timezone}), config, roster: demoRoster, now: () => clock});
	await session.sync(true);
	const week = weekOf(clock, timezone);
	const snapshot = session.snapshot(week);
	session.freezeReview(week, 'export');
	session.issueNotes(issuedNotes(snapshot, {format: 'md', reports: [], leadership: true}));
	session.dispose();
	return snapshot;
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	for (let index = 0; index < 5; index++) {
		clock = friday1 + index * weekMs;
		snapshots.push(await friday());
	}
}, 300_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

describe('one page each, for every report of the demo org over five Fridays', () => {
	it('keeps every 1:1 note to 350 words outside the director’s notes, and the leadership summary to 450', () => {
		const measured: number[] = [];
		for (const s of snapshots) {
			expect(s.since?.previousReview === null).toBe(s === snapshots[0]);
			for (const report of s.roster.reports) {
				const count = words(buildOneOnOne(s, report.slug).content);
				measured.push(count);
				expect(count, `${report.name} ${s.week.id}`).toBeLessThanOrEqual(350);
			}
			expect(words(buildLeadership(s).content), s.week.id).toBeLessThanOrEqual(450);
		}
		// The page is not empty either: figures, since last review and talking points are on it.
		expect(Math.min(...measured)).toBeGreaterThan(150);
	});

	it('names every overdue ticket of a report once on the page, and lists it in full only with --detail full', () => {
		let checked = 0;
		for (const s of snapshots) {
			for (const report of s.roster.reports) {
				const scope = reportScope(s, report);
				const page = buildOneOnOne(s, report.slug).content;
				const detailed = buildOneOnOne(s, report.slug, 'full').content;
				for (const id of scope.details.overdueIds) {
					const key = s.ticketsById.get(id)?.key ?? id;
					const pattern = new RegExp(`\\b${key}\\b`, 'g');
					expect(page.match(pattern)?.length ?? 0, `${key} on ${report.name}'s page`).toBeLessThanOrEqual(1);
					expect(detailed.split('## Appendix')[1]?.match(pattern)?.length ?? 0, `${key} in the appendix`).toBeGreaterThanOrEqual(1);
					checked += 1;
				}
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('names at least one change since the last review, by ticket key and person, on every page whose group has changes', () => {
		let checked = 0;
		for (const s of snapshots) {
			if (s.since === undefined || s.since.previousReview === null) continue;
			for (const report of s.roster.reports) {
				const items = s.since.items.filter((item) => item.report === report.name);
				if (items.length === 0) continue;
				const content = buildOneOnOne(s, report.slug).content;
				const section = content.slice(content.indexOf('## Since last review'), content.indexOf('## Talking points'));
				const listed = section.split('\n').filter((line) => line.startsWith('- '));
				expect(listed.length, `${report.name} ${s.week.id}`).toBeGreaterThanOrEqual(1);
				expect(listed[0], `${report.name} ${s.week.id}`).toMatch(/\b[A-Z][A-Z0-9]*-\d+\b/);
				checked += 1;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('points the "Also to raise" line at where the points are in full: below with --detail full, the option to ask for it on one page', () => {
		let lines = 0;
		for (const s of snapshots) {
			for (const report of s.roster.reports) {
				const page = buildOneOnOne(s, report.slug).content;
				const full = buildOneOnOne(s, report.slug, 'full').content;
				const pageLine = page.split('\n').find((line) => line.startsWith('Also to raise'));
				const fullLine = full.split('\n').find((line) => line.startsWith('Also to raise'));
				if (pageLine !== undefined) {
					lines++;
					// The one-page note has no appendix: it says how to get one, never that the reader has it.
					const items = pageLine.replace(/^Also to raise — /, '').replace(/\. Export with .*$/, '').split('; ').flatMap((group) => group.slice(group.indexOf(': ') + 2).split(', '));
					expect(pageLine, `${report.name} ${s.week.id}`).toMatch(items.length === 1 ? /\. Export with --detail full for this in full\.$/ : /\. Export with --detail full for these in full\.$/);
					expect(page).not.toContain('## Appendix');
				}
				if (fullLine !== undefined) {
					expect(fullLine, `${report.name} ${s.week.id}`).toMatch(/\. In full under “More talking points” at the end of the appendix\.$/);
					expect(full.indexOf('### More talking points'), `${report.name} ${s.week.id}`).toBeGreaterThan(full.indexOf(fullLine));
				}
			}
		}
		expect(lines).toBeGreaterThan(0);
	});

	it('marks every talking point new, continuing (since week, n weeks) or resolved, those moved to the "Also to raise" line too', () => {
		let carriedOnTheLine = 0;
		for (const s of snapshots) {
			for (const report of s.roster.reports) {
				const scope = reportScope(s, report);
				const expected = continuedPoints(s, scope, talkingPointsFor(s, scope))
					.filter((point) => point.quiet !== true)
					.map((point) => statusLabel(point))
					.sort();
				const content = buildOneOnOne(s, report.slug).content;
				const section = content.slice(content.indexOf('## Talking points'), content.indexOf('## Your notes'));
				const marks = section
					.split('\n')
					.flatMap((line) => /^- (new|resolved|continuing \(since \d{4}-W\d\d, \d+ weeks?\)): /.exec(line)?.[1] ?? []);
				const also = section.split('\n').find((line) => line.startsWith('Also to raise'));
				if (also !== undefined) {
					const groups = also.replace(/^Also to raise — /, '').replace(/\. Export with --detail full for (this|these) in full\.$/, '').split('; ');
					for (const group of groups) {
						const at = group.indexOf(': ');
						expect(at, `${report.name} ${s.week.id}: ${also}`).toBeGreaterThan(0);
						const label = group.slice(0, at);
						const items = group.slice(at + 2).split(', ');
						if (label.startsWith('continuing')) carriedOnTheLine += items.length;
						marks.push(...items.map(() => label));
					}
				}
				expect(marks.sort(), `${report.name} ${s.week.id}`).toEqual(expected);
			}
		}
		// The five Fridays move points carried on from the week before to the line: not a vacuous check.
		expect(carriedOnTheLine).toBeGreaterThan(0);
	});

	it('writes dates in its prose as people read them ("Mon 14 Dec"), the --detail full appendix too: no ISO date outside a table', () => {
		for (const s of snapshots) {
			const documents = [...s.roster.reports.map((report) => buildOneOnOne(s, report.slug, 'full').content), buildLeadership(s, 'full').content];
			for (const content of documents) {
				const prose = content.split('\n').filter((line) => !line.startsWith('|'));
				const iso = prose.filter((line) => /\b\d{4}-\d{2}-\d{2}\b/.test(line));
				expect(iso, `${s.week.id}: ${content.split('\n')[0]}`).toEqual([]);
			}
		}
	});

	it('gives talking points that name their tickets and differ by report: no sentence repeated with only the name swapped', () => {
		const ticketRules = new Set(['overdue', 'stale', 'taken-back', 'broken-promises', 'blocked']);
		for (const s of snapshots) {
			const seen = new Map<string, string>();
			for (const report of s.roster.reports) {
				for (const point of talkingPointsFor(s, reportScope(s, report))) {
					// A stale ticket that is also overdue is named once, by the overdue point.
					if (ticketRules.has(point.rule) && !/named above|also overdue\)/.test(point.text)) expect(point.text, `${report.name} ${point.rule}`).toMatch(/\b[A-Z][A-Z0-9]*-\d+ “/);
					const template = point.text.replaceAll(report.name, '<report>');
					const other = seen.get(template);
					expect(other, `${s.week.id}: "${point.text}" for ${report.name} and ${other ?? ''}`).toBeUndefined();
					seen.set(template, report.name);
				}
			}
		}
	});
});
