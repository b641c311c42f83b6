import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {countByKind, sinceLastReview} from '../../source/domain/briefing/since-last-review.js';
import {countsPhrase} from '../../source/domain/briefing/since-format.js';
import type {IssuedPoint} from '../../source/domain/briefing/types.js';
import {weekOf} from '../../source/domain/week.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {issuedNotes} from '../../source/export/issue-points.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {sinceSummaryLines} from '../../source/ui/views/overview/since-rows.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * Three Fridays of the demo through the surfaces: each Friday syncs, shows the Overview's
 * since-last-review line, exports the 1:1 notes (which freezes the review and issues the
 * talking points), the way `export` does; the demo's clock moves a week between Fridays.
 */
const timezone = 'Europe/Berlin';
const config = validateConfig({timezone}, {}, null);
const friday1 = Date.parse('2026-11-27T18:00:00Z');
const weekMs = 7 * 86_400_000;

let clock = friday1;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;

interface Friday {
	readonly overview: string;
	readonly expected: string;
	readonly issued: ReadonlyMap<string, readonly IssuedPoint[]>;
	readonly notes: ReadonlyMap<string, string>;
}
const fridays: Friday[] = [];
let noteText = '';
let firstReport = {name: '', slug: ''};

async function friday(): Promise<Friday> {
	const syncing = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: clock, timezone}), config, roster: demoRoster, now: () => clock});
	await syncing.sync(true);
	syncing.dispose();
	clock += 60_000;
	const opened = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: clock, timezone}), config, roster: demoRoster, now: () => clock});
	const week = weekOf(clock, timezone);
	const shown = opened.sinceLastReview(week);
	const overview = sinceSummaryLines(shown, timezone, 1000, 1)[0] ?? '';

	// By hand from the domain: the previous review from the store, today's tickets.
	const previous = store.reviews.previous('demo', week.id, opened.startedAt);
	const snapshot = opened.snapshot(week);
	const byHand = sinceLastReview({
		previous,
		tickets: [...opened.review.ticketsById.values()],
		classifications: opened.review.classifications,
		peopleById: opened.review.peopleById,
		roster: opened.review.roster,
		now: clock,
		timezone,
		// Each theme with its responders, as the JSON export's themes read them (version 2).
		themesNow: snapshot.report.details.themes.map((theme) => {
			const responder = snapshot.report.version2?.themes.find((each) => each.name === theme.name);
			return {name: theme.name, ticketIds: theme.ticketIds, singleResponder: responder?.singleResponder ?? false, topResponder: responder?.topResponder ?? null};
		}),
		figuresNow: null,
	});
	const expected = previous === null ? 'no previous review yet' : countsPhrase(countByKind(byHand), shown.restated.length);

	// The export: the notes written, the review frozen, the points issued.
	const [report] = snapshot.roster.reports;
	if (report !== undefined) firstReport = {name: report.name, slug: report.slug};
	const notes = new Map(snapshot.roster.reports.map((report) => [report.name, buildOneOnOne(snapshot, report.slug).content]));
	opened.freezeReview(week, 'export');
	const issued = issuedNotes(snapshot, {format: 'md', reports: [], leadership: false});
	opened.issueNotes(issued);
	store.markNotesDiscussed('demo', snapshot.notes.map((note) => note.id), clock);
	opened.dispose();
	return {overview, expected, issued: new Map(issued.map((note) => [note.report, note.points])), notes};
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	fridays.push(await friday());
	// After Friday 1's export: a note not yet discussed goes into Friday 2's note.
	noteText = 'Ask about the pager rotation';
	store.addNote('demo', {kind: 'report', reportSlug: firstReport.slug}, noteText);
	clock = friday1 + weekMs;
	fridays.push(await friday());
	clock = friday1 + 2 * weekMs;
	fridays.push(await friday());
}, 240_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

describe('three Fridays through the briefing surfaces', () => {
	it('says on Friday 1 that there is no previous review, and on Fridays 2 and 3 the counts the domain gives', () => {
		expect(fridays[0]?.overview).toContain('no previous review yet');
		for (const later of fridays.slice(1)) {
			expect(later.overview).toMatch(/^Since \w{3} \d+ \w{3}, \d\d:\d\d \(\d{4}-W\d\d, l: list\): /);
			expect(later.overview.endsWith(later.expected)).toBe(true);
			expect(later.expected).not.toBe('nothing changed');
		}
	});

	it('marks a point raised on Friday 1 and still true on Friday 2 as continuing since Friday 1, and a cleared one resolved once', () => {
		const [first, second, third] = fridays as [Friday, Friday, Friday];
		const week1 = weekOf(friday1, timezone).id;
		let continuing = 0;
		let resolvedChecked = 0;
		for (const [report, points] of second.issued) {
			const before = new Set((first.issued.get(report) ?? []).map((point) => point.identity));
			for (const point of points) {
				if (point.status === 'continuing') {
					expect(before.has(point.identity)).toBe(true);
					expect(point.sinceWeek).toBe(week1);
					continuing += 1;
				}
				if (point.status === 'resolved') {
					expect(before.has(point.identity)).toBe(true);
					// Listed once: Friday 3 no longer carries it unless it was raised again.
					const again = (third.issued.get(report) ?? []).find((candidate) => candidate.identity === point.identity);
					expect(again === undefined || again.status === 'new').toBe(true);
					resolvedChecked += 1;
				}
			}
		}
		expect(continuing).toBeGreaterThan(0);
		expect(resolvedChecked + [...third.issued.values()].flat().filter((point) => point.status === 'resolved').length).toBeGreaterThan(0);
		expect([...second.notes.values()].join('\n')).toContain('continuing (since');
	});

	it('carries a note not yet discussed into the next note, once', () => {
		const report = firstReport.name;
		expect(report).not.toBe('');
		expect(fridays[0]?.notes.get(report)).not.toContain(noteText);
		expect(fridays[1]?.notes.get(report)).toContain(noteText);
		expect(fridays[2]?.notes.get(report)).not.toContain(noteText);
	});
});
