import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {sinceKinds, type SinceKind} from '../../source/domain/briefing/since-types.js';
import {parseWeekArgument} from '../../source/domain/week.js';
import type {Ticket} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {NarrowMiss} from '../../source/review/narrow-export.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {copyOfStore, temporaryFolder} from '../store/fixtures.js';
import {exportText, narrowSnapshot, type ExportText} from '../support/export-text.js';

/**
 * Issue 18: `director-review export` of a week whose report is kept loads only what the export
 * reads (review/narrow-export.ts). Its files, the review it freezes and the points it issues
 * must be exactly those of an export that loads and computes everything — here with a
 * "since last review" holding every kind of item: the previous review of the same week was
 * frozen on Monday, and by Wednesday the demo moved on, tickets were written with each kind
 * of change, and tags changed.
 */
const timezone = 'Europe/Berlin';
const config = validateConfig({timezone}, {}, null);
const monday = Date.parse('2026-11-30T09:00:00Z');
const hour = 3_600_000;
const day = 24 * hour;
const ticketCount = 1500;

let clock = monday;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
const week = () => parseWeekArgument('2026-W48', clock, timezone);

function open(on: Store, indexWhileLoading = false): ReviewSession {
	return new ReviewSession({store: on, providerName: 'demo', providerLabel: 'Demo organisation (Acme)', createProvider: async () => createDemoProvider({now: clock, timezone, ticketCount}), config, roster: demoRoster, now: () => clock, week: week(), indexWhileLoading});
}

async function sync(): Promise<void> {
	await runSync({store, provider: createDemoProvider({now: clock, timezone, ticketCount}), full: true, now: () => clock});
}

function writeTickets(tickets: readonly Ticket[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor: null, progress: {done: tickets.length, total: tickets.length}}, state);
}

/** The export of W from the whole review, on a copy of the store with no report kept: everything computed. */
async function fromScratch(): Promise<{readonly text: ExportText; readonly loaded: number}> {
	const copy = await copyOfStore(folder.file, `DELETE FROM week_reports`);
	try {
		const copied = openStore(copy.file, {now: () => clock});
		try {
			const session = open(copied, true);
			const text = exportText(session.snapshot(week()));
			session.dispose();
			return {text, loaded: session.review.tickets.length};
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
}

/** Two exports of the same data: the first marks the week's report, the second keeps it. */
function keepReport(): void {
	for (let run = 0; run < 2; run++) {
		const session = open(store);
		session.snapshot(week());
		session.keepWeekReport(week());
		session.dispose();
	}
}

let kinds: Set<SinceKind>;

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	await sync();
	// Monday: W (last week) is exported, which freezes its review.
	const first = open(store);
	expect(first.freezeReview(week(), 'export')).not.toBeNull();
	const roster = first.review.roster;
	const inWeek = first.review.tickets.filter((ticket) => ticket.completedAt !== null && ticket.completedAt >= week().startAt && ticket.completedAt < week().endAt);
	const inGroup = (ticket: Ticket) => roster.reports.some((report) => report.groupIds.has(ticket.assigneeId ?? ''));
	const counted = inWeek[0];
	// Counted by the frozen review, then (late data) completed long ago: only the frozen row still names it.
	const movedOut = inWeek.find((ticket) => ticket !== counted && inGroup(ticket) && first.review.classifications.get(ticket.id)?.category === 'strategic');
	first.dispose();
	// Wednesday: the demo moved on, and a ticket of each kind of change since the freeze.
	clock = monday + 2 * day;
	await sync();
	const [director] = roster.directorIds;
	const member = [...(roster.reports[0]?.groupIds ?? [])].at(-1);
	const template = store.loadTickets('demo')[0];
	if (director === undefined || member === undefined || template === undefined || counted === undefined || movedOut === undefined) throw new Error('the demo has no director, report or ticket');
	const since = monday + day;
	const old = monday - 30 * day;
	let n = 0;
	const ticket = (extra: Partial<Ticket>): Ticket => ({...template, id: `narrow-${++n}`, key: `NRW-${n}`, title: `Narrow case ${n}`, parentKey: null, assigneeId: member, creatorId: member, createdAt: old, startedAt: null, completedAt: null, canceledAt: null, dueDate: null, history: [], blockedSpells: [], updatedAt: since, ...extra});
	writeTickets([
		ticket({createdAt: since, title: 'Database outage: primary failed over', labels: ['incident'], priority: 'urgent'}),
		ticket({startedAt: old, completedAt: since}),
		ticket({dueDate: '2026-12-20', history: [{at: since, field: 'dueDate', from: '2026-12-10', to: '2026-12-20', actorId: member}]}),
		ticket({blockedSpells: [{start: since, end: null, reason: 'blocked by NRW-1'}]}),
		ticket({blockedSpells: [{start: old, end: since, reason: 'flagged'}]}),
		ticket({creatorId: director, assigneeId: member, history: [{at: since, field: 'assignee', from: director, to: member, actorId: director}]}),
		ticket({assigneeId: director, history: [{at: since, field: 'assignee', from: member, to: director, actorId: director}]}),
		// Untouched since the freeze: overdue and a broken promise only because the days passed.
		ticket({dueDate: '2026-12-01'}),
		// Created after W ended and before the freeze (no figure of W counts them), then untouched, or only unblocked.
		ticket({createdAt: monday - hour, dueDate: '2026-12-01'}),
		ticket({createdAt: monday - 2 * hour, blockedSpells: [{start: monday - 2 * hour, end: since, reason: 'waiting on a vendor'}]}),
		ticket({createdAt: monday - 3 * hour, completedAt: since}),
		ticket({createdAt: monday - 4 * hour, canceledAt: since}),
		ticket({createdAt: monday - 5 * hour, startedAt: since, title: 'Checkout errors after the payment provider failed over', labels: ['incident'], priority: 'urgent'}),
		// Completed long ago: outside every window, so no figure of W names it (tagged below).
		ticket({id: 'narrow-old', key: 'NRW-OLD', createdAt: old - 400 * day, startedAt: old - 400 * day, completedAt: old - 399 * day}),
		{...movedOut, ...{title: 'Database outage: primary failed over', type: 'Incident', priority: 'urgent', labels: ['incident']}, createdAt: old - 400 * day, startedAt: old - 400 * day, completedAt: old - 399 * day, history: [], blockedSpells: []},
	]);
	// A re-tag of a ticket the frozen review counted (its week's figures are restated).
	const tagger = open(store);
	tagger.tag([counted.id], tagger.review.classifications.get(counted.id)?.category === 'operational' ? 'strategic' : 'operational');
	tagger.dispose();
	// And a year-old ticket no figure names (its category then was its untagged one).
	store.setTag('demo', 'narrow-old', 'operational');
	const probe = open(store);
	if (probe.review.untaggedCategory('narrow-old') === 'operational') store.setTag('demo', 'narrow-old', 'strategic');
	probe.dispose();
	clock += hour;
	keepReport();
	clock += hour;
	kinds = new Set((narrowSnapshot(store, config, demoRoster, week(), () => clock)?.since?.items ?? []).map((item) => item.kind));
}, 180_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('an export of a kept week without loading the review (issue 18)', () => {
	it('has a since-last-review with items of every kind the history and the tags make, and restated figures', () => {
		for (const kind of ['new-fire', 'finished', 'postponed', 'newly-blocked', 'unblocked', 'delegated', 'taken-back', 'recategorised', 'newly-overdue', 'newly-broken'] as const) expect(kinds, kind).toContain(kind);
		expect(sinceKinds.length).toBeGreaterThan(0);
		expect(narrowSnapshot(store, config, demoRoster, week(), () => clock)?.since?.restated.length).toBeGreaterThan(0);
	});

	it('writes exactly the files, frozen review and talking points of an export that loads everything, from fewer tickets', async () => {
		const narrow = narrowSnapshot(store, config, demoRoster, week(), () => clock);
		if (narrow === null) throw new Error('the export did not read the kept report');
		const scratch = await fromScratch();
		const text = exportText(narrow);
		expect(text.files).toEqual(scratch.text.files);
		expect(text.frozen).toEqual(scratch.text.frozen);
		expect(text.points).toEqual(scratch.text.points);
		expect(narrow.ticketsById.size).toBeLessThan(scratch.loaded);
	});

	it('is not taken when the previous review is of an earlier week (its figures would be restated from part of the tickets)', () => {
		const session = open(store);
		session.freezeReview(parseWeekArgument('2026-W47', clock, timezone), 'mark');
		session.dispose();
		clock += 60_000;
		expect(narrowSnapshot(store, config, demoRoster, week(), () => clock)).toBeNull();
	});

	it('gives way to the whole load when the previous review of the week has figures from before it ended (they would be computed)', () => {
		// A TUI opened on W before it ended and quit after: its figures are as of the opening.
		store.reviews.freeze('demo', {week: week().id, trigger: 'quit', figures: {generatedAt: new Date(week().endAt - hour).toISOString()}, tickets: []});
		clock += 60_000;
		expect(() => narrowSnapshot(store, config, demoRoster, week(), () => clock)).toThrow(NarrowMiss);
	});
});
