import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import {shiftWeek, weekOf} from '../../source/domain/week.js';
import type {Ticket, Week} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * Issue 18: a session loads only the tickets its weeks (with their trends) and the previous
 * review can touch. Every figure of every week it shows — including weeks before what it
 * loaded first, which make it load more — must equal the figures with every ticket loaded.
 * The reference is a session opened on a week before the whole history, so it loads all.
 */
const timezone = 'America/New_York';
const config = validateConfig({timezone}, {}, null);
const now = Date.parse('2026-11-20T23:30:00Z');
const dayMs = 86_400_000;

interface Org {
	readonly name: string;
	readonly ticketCount: number;
	readonly weeks?: number;
	/** Week offsets from this week to compare, in the order the windowed session is asked. */
	readonly offsets: readonly number[];
}

const orgs: readonly Org[] = [
	{name: 'the demo org (14 weeks)', ticketCount: 1500, offsets: [0, -1, -3, -13]},
	{name: 'a long-history org (70 weeks, 60 a week)', ticketCount: 4200, weeks: 70, offsets: [0, -1, -2, -40, -8]},
];

/** The JSON export and every Markdown file (each report's 1:1 note, the leadership summary). */
function exports(session: ReviewSession, week: Week): string[] {
	const snapshot = session.snapshot(week);
	return [...buildExportFiles(snapshot, {format: 'json', reports: [], leadership: false}), ...buildExportFiles(snapshot, {format: 'md', reports: [], leadership: true})].map(
		(file) => `${file.name}\n${file.content}`,
	);
}

/**
 * An incident closed long before any window, and recent open work under it whose own text
 * says nothing: the child reads operational from its parent, so the parent must be loaded.
 */
function addParentAndChild(store: Store): void {
	const recent = store.loadTickets('demo').find((ticket) => ticket.completedAt === null && ticket.canceledAt === null);
	if (!recent) throw new Error('no open ticket');
	const longAgo = now - 700 * dayMs;
	const parent: Ticket = {
		...recent,
		id: 'old-incident',
		key: 'OPS-1',
		title: 'Database outage: primary failed over',
		type: 'Incident',
		priority: 'urgent',
		labels: ['incident'],
		components: [],
		project: null,
		statusCategory: 'completed',
		status: 'Done',
		createdAt: longAgo,
		updatedAt: longAgo + dayMs,
		startedAt: longAgo,
		completedAt: longAgo + dayMs,
		canceledAt: null,
		dueDate: null,
		history: [],
		blockedSpells: [],
	};
	const child: Ticket = {...recent, id: 'recent-child', key: 'OPS-2', title: 'Follow up', type: null, priority: null, labels: [], components: [], project: null, parentKey: 'OPS-1'};
	// A second pair whose parent's key sorts before every other: a parent loaded after the
	// window's own tickets must still take its place in the full load's order.
	const firstParent: Ticket = {...parent, id: 'old-first-incident', key: 'AAA-1', title: 'Payments outage: card processor timed out'};
	const firstChild: Ticket = {...child, id: 'recent-first-child', key: 'AAA-2', parentKey: 'AAA-1'};
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets: [parent, child, firstParent, firstChild], people: [], iterations: [], cursor: null, progress: {done: 4, total: 4}}, state);
}

describe.each(orgs)('loading the window of $name', (org) => {
	let clock = now;
	let folder: ReturnType<typeof temporaryFolder>;
	let store: Store;
	const open = (week: Week) =>
		new ReviewSession({
			store,
			providerName: 'demo',
			providerLabel: 'Demo organisation (Acme)',
			createProvider: async () => createDemoProvider({now, timezone, ticketCount: org.ticketCount, weeks: org.weeks}),
			config,
			roster: demoRoster,
			now: () => clock,
			week,
		});
	let windowed: ReviewSession;
	let everything: ReviewSession;

	beforeAll(async () => {
		folder = temporaryFolder();
		store = openStore(folder.file, {now: () => clock});
		await runSync({store, provider: createDemoProvider({now, timezone, ticketCount: org.ticketCount, weeks: org.weeks}), full: true, now: () => now});
		addParentAndChild(store);
		const all = store.loadTickets('demo');
		const oldest = all.reduce((earliest, ticket) => Math.min(earliest, ticket.createdAt), Number.POSITIVE_INFINITY);
		const beforeHistory = weekOf(oldest - 400 * dayMs, timezone);
		// Tags (old and recent tickets: the learner trains on both), a note on the oldest ticket.
		const byAge = [...all].sort((a, b) => a.createdAt - b.createdAt);
		const oldTicket = byAge[0];
		const recentTicket = byAge.at(-40);
		if (!oldTicket || !recentTicket) throw new Error('the org has no tickets');
		store.setTags('demo', new Map([[oldTicket.id, 'strategic'], [recentTicket.id, 'operational'], [byAge[5]?.id ?? '', 'operational']]));
		store.addNote('demo', {kind: 'ticket', ticketId: byAge[3]?.id ?? ''}, 'the oldest work still matters');
		// A review frozen three weeks ago of the week before: "since last review" reads from then.
		clock = now - 21 * dayMs;
		const earlier = open(beforeHistory);
		earlier.freezeReview(shiftWeek(weekOf(clock, timezone), -1), 'mark');
		earlier.dispose();
		clock = now;
		everything = open(beforeHistory);
		windowed = open(weekOf(now, timezone));
		expect(everything.review.tickets.length).toBe(store.ticketCount('demo'));
	}, 120_000);

	afterAll(() => {
		windowed?.dispose();
		everything?.dispose();
		store?.close();
		folder?.cleanup();
	});

	it('loads, from before the history, every ticket as the full load gives it, in its order (the documents are read in slices)', () => {
		expect(everything.review.tickets).toEqual(store.loadTickets('demo'));
	});

	it('loads fewer tickets than the store holds when the history is long', () => {
		if (org.weeks !== undefined) expect(windowed.review.tickets.length).toBeLessThan(store.ticketCount('demo') * 0.8);
	});

	it('gives every week the same report, trend and export as with every ticket loaded', () => {
		for (const offset of org.offsets) {
			const week = shiftWeek(weekOf(now, timezone), offset);
			expect(windowed.weekReport(week), week.id).toEqual(everything.weekReport(week));
			expect(exports(windowed, week), week.id).toEqual(exports(everything, week));
			expect(windowed.sinceLastReview(week), week.id).toEqual(everything.sinceLastReview(week));
		}
	}, 600_000);

	it('has a previous review for this week, so "since last review" is compared with items in it', () => {
		const since = windowed.sinceLastReview(weekOf(now, timezone));
		expect(since.previousReview).not.toBeNull();
		expect(since).toEqual(everything.sinceLastReview(weekOf(now, timezone)));
	});

	it('loads the parent a recent ticket is classified by, however old', () => {
		expect(everything.review.classifications.get('recent-child')?.reason).toMatch(/parent/);
		expect(windowed.review.classifications.get('recent-child')).toEqual(everything.review.classifications.get('recent-child'));
	});

	it('holds the parents from outside the window in the full load\'s order', () => {
		const held = new Set(windowed.review.tickets.map((ticket) => ticket.id));
		expect(held.has('old-incident') && held.has('old-first-incident')).toBe(true);
		expect(windowed.review.tickets).toEqual(store.loadTickets('demo').filter((ticket) => held.has(ticket.id)));
	});

	it('keeps the classifications of the tickets it holds equal to the full load', () => {
		for (const ticket of windowed.review.tickets) expect(windowed.review.classifications.get(ticket.id)).toEqual(everything.review.classifications.get(ticket.id));
	});
});
