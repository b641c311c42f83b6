import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {parseWeekArgument} from '../../source/domain/week.js';
import type {Ticket} from '../../source/domain/types.js';
import {issuedNotes} from '../../source/export/issue-points.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {copyOfStore, temporaryFolder} from '../store/fixtures.js';
import {exportText, narrowSnapshot, type ExportText} from '../support/export-text.js';

/**
 * An adversarial companion to narrow-export.test.ts (issue 18): the export of a kept week
 * from only the tickets it reads must be the export of the whole load, for the edges of what
 * "since last review" and the 1:1 continuity read — in the zones furthest west and east
 * (UTC−12, UTC+14), the previous review frozen at 23:59 local, due dates moved, removed and falling on the freeze's
 * own date, late data, reopened and backdated tickets, a tag set and removed again, a note
 * flagged for follow-up, a duplicate key, and a chain of parents reaching outside what the
 * export loads.
 */
const hour = 3_600_000;
const day = 24 * hour;
const ticketCount = 240;
// The zones at either end of the clock, each with the previous review frozen on Monday 30 November 2026 at 23:59 local (W48 ended a day before).
const zones = [
	{timezone: 'Etc/GMT+12', frozenAt: '2026-12-01T11:59:00Z'},
	{timezone: 'Pacific/Kiritimati', frozenAt: '2026-11-30T09:59:00Z'},
];
let timezone = '';
let config = validateConfig({}, {}, null);
let frozenAt = 0;

let clock = frozenAt;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
const week = () => parseWeekArgument('2026-W48', clock, timezone);

function open(on: Store, settings = config): ReviewSession {
	return new ReviewSession({store: on, providerName: 'demo', providerLabel: 'Demo organisation (Acme)', createProvider: async () => createDemoProvider({now: clock, timezone, ticketCount}), config: settings, roster: demoRoster, now: () => clock, week: week(), indexWhileLoading: false});
}

function writeTickets(tickets: readonly Ticket[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor: null, progress: {done: tickets.length, total: tickets.length}}, state);
}

/** A whole load of a copy of the store, without the kept reports (and, if asked, the kept verdicts). */
async function wholeLoad<T>(sql: string, read: (session: ReviewSession) => T): Promise<T> {
	const copy = await copyOfStore(folder.file, sql);
	try {
		const copied = openStore(copy.file, {now: () => clock});
		try {
			const session = open(copied);
			try {
				return read(session);
			} finally {
				session.dispose();
			}
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
}

const fromScratch = (): Promise<ExportText & {readonly loaded: number}> => wholeLoad(`DELETE FROM week_reports`, (session) => ({...exportText(session.snapshot(week())), loaded: session.review.tickets.length}));

/**
 * The category of every ticket a whole load of the store reads with its parent, by id (one
 * loaded only as a parent, without its own, is classified with what the load holds).
 */
function categories(session: ReviewSession): Record<string, string> {
	const keys = new Set(session.review.tickets.map((ticket) => ticket.key));
	const withParent = session.review.tickets.filter((ticket) => !ticket.parentKey || keys.has(ticket.parentKey));
	return Object.fromEntries(withParent.map((ticket) => [ticket.id, session.review.classifications.get(ticket.id)?.category ?? 'none']));
}

function keepReport(): void {
	for (let run = 0; run < 2; run++) {
		const session = open(store);
		session.snapshot(week());
		session.keepWeekReport(week());
		session.dispose();
	}
}

describe.each(zones)('a narrow export in $timezone', (zone) => {
	beforeAll(async () => {
		timezone = zone.timezone;
		config = validateConfig({timezone}, {}, null);
		frozenAt = Date.parse(zone.frozenAt);
		clock = frozenAt;
		folder = temporaryFolder();
		store = openStore(folder.file, {now: () => clock});
		await runSync({store, provider: createDemoProvider({now: clock, timezone, ticketCount}), full: true, now: () => clock});
		const first = open(store);
		const roster = first.review.roster;
		const member = [...(roster.reports[0]?.groupIds ?? [])].at(-1);
		const template = first.review.tickets[0];
		if (member === undefined || template === undefined) throw new Error('the demo has no report or ticket');
		const old = frozenAt - 30 * day;
		const since = frozenAt + 6 * hour;
		let n = 0;
		const ticket = (extra: Partial<Ticket>): Ticket => ({...template, id: `edge-${++n}`, key: `EDG-${n}`, title: `Edge case ${n}`, parentKey: null, labels: [], type: 'Task', priority: null, assigneeId: member, creatorId: member, createdAt: old, startedAt: null, completedAt: null, canceledAt: null, dueDate: null, history: [], blockedSpells: [], updatedAt: old, ...extra});
		// Before the freeze: a grandparent whose reading is confident, a parent completed in the trend's weeks, a child counted in W.
		writeTickets([
			ticket({id: 'edge-grandparent', key: 'EDG-GP', title: 'Outage: primary database failed over', labels: ['incident'], type: 'Incident', priority: 'urgent', createdAt: old - 400 * day, completedAt: old - 399 * day}),
			ticket({id: 'edge-parent', key: 'EDG-P', parentKey: 'EDG-GP', title: 'Follow-up', assigneeId: null, createdAt: old, completedAt: frozenAt - 20 * day}),
			ticket({id: 'edge-child', key: 'EDG-C', parentKey: 'EDG-P', startedAt: old, completedAt: week().startAt + day}),
			// A year-old parent of a ticket counted in W, with a grandparent older still: both outside W's window.
			ticket({id: 'edge-old-grandparent', key: 'EDG-OGP', title: 'Outage: checkout errors after a failover', labels: ['incident'], type: 'Incident', priority: 'urgent', createdAt: old - 420 * day, completedAt: old - 419 * day}),
			ticket({id: 'edge-old-parent', key: 'EDG-OP', parentKey: 'EDG-OGP', title: 'Follow-up', assigneeId: null, createdAt: old - 360 * day, completedAt: old - 350 * day}),
			ticket({id: 'edge-old-child', key: 'EDG-OC', parentKey: 'EDG-OP', startedAt: old, completedAt: week().startAt + 2 * day}),
			ticket({id: 'edge-noted', key: 'EDG-N', createdAt: old - 300 * day, completedAt: old - 299 * day}),
		]);
		// The previous review of W, frozen at 23:59 local, with its notes issued.
		const frozen = open(store);
		const snapshot = frozen.snapshot(week());
		expect(frozen.freezeReview(week(), 'export')).not.toBeNull();
		for (const note of issuedNotes(snapshot, {format: 'md', reports: [], leadership: false})) store.reviews.issue('demo', note);
		frozen.dispose();
		first.dispose();

		clock = frozenAt + 2 * day;
		writeTickets([
			// Due dates: moved earlier, removed, on the freeze's local date, the day before it.
			ticket({dueDate: '2026-11-25', history: [{at: since, field: 'dueDate', from: '2026-12-20', to: '2026-11-25', actorId: member}]}),
			ticket({dueDate: null, history: [{at: since, field: 'dueDate', from: '2026-11-20', to: null, actorId: member}]}),
			ticket({dueDate: '2026-11-30'}),
			ticket({dueDate: '2026-11-29'}),
			ticket({dueDate: '2026-12-01', history: [{at: old, field: 'dueDate', from: null, to: '2026-12-01', actorId: member}]}),
			// Late data: completed before the freeze, synced after; reopened with no history; canceled, then reopened.
			ticket({startedAt: old, completedAt: frozenAt - hour, updatedAt: since}),
			ticket({startedAt: old, dueDate: '2026-11-28', updatedAt: since}),
			ticket({dueDate: '2026-11-30', history: [{at: frozenAt - day, field: 'status', from: 'Canceled', to: 'Todo', actorId: member}], updatedAt: since}),
			// Backdated: written after the freeze with a creation long before it.
			ticket({createdAt: old - 100 * day, updatedAt: since, dueDate: '2026-10-01'}),
			// Delegated before the freeze, into a report's group.
			ticket({assigneeId: member, history: [{at: frozenAt - hour, field: 'assignee', from: null, to: member, actorId: member}]}),
			// A duplicate key no figure of W names: one closed long ago, one created after W and completed since.
			ticket({id: 'edge-dup-old', key: 'EDG-DUP', createdAt: old - 200 * day, completedAt: old - 199 * day}),
			ticket({id: 'edge-dup-new', key: 'EDG-DUP', createdAt: frozenAt - 2 * hour, completedAt: since}),
		]);
		// A tag set and removed again since the freeze, and a note flagged for follow-up.
		store.setTag('demo', 'edge-11', 'operational');
		store.setTag('demo', 'edge-11', null);
		const note = store.addNote('demo', {kind: 'ticket', ticketId: 'edge-noted'}, 'Ask whether the runbook was updated');
		store.markNotesDiscussed('demo', [note.id], frozenAt - hour);
		store.setNoteFollowUp('demo', note.id, true);
		store.addNote('demo', {kind: 'ticket', ticketId: 'edge-child'}, 'Thank them for the migration');
		clock += hour;
		keepReport();
		clock += hour;
	}, 120_000);

	afterAll(() => {
		store?.close();
		folder?.cleanup();
	});

	describe('a narrow export at the edges of what since-last-review and the 1:1 continuity read', () => {
		it('writes exactly the files, frozen review and talking points of the whole load', async () => {
			const narrow = narrowSnapshot(store, config, demoRoster, week(), () => clock);
			if (narrow === null) throw new Error('the export did not read the kept report');
			expect(narrow.since?.previousReview?.frozenAt).toBe(frozenAt);
			// The cases make items (due on the freeze's local date, moved earlier, reopened after a cancel, the duplicate key) and none (the day before, late data, backdated).
			const items = (narrow.since?.items ?? []).flatMap((item) => item.tickets.map((ticket) => `${item.kind} ${ticket.key}`));
			expect(items).toEqual(expect.arrayContaining(['finished EDG-DUP', 'newly-overdue EDG-8', 'newly-overdue EDG-10', 'newly-broken EDG-10', 'newly-overdue EDG-15']));
			for (const key of ['EDG-11', 'EDG-13', 'EDG-14', 'EDG-16']) expect(items.filter((item) => item.endsWith(` ${key}`)), key).toEqual([]);
			const scratch = await fromScratch();
			const text = exportText(narrow);
			expect(text.files).toEqual(scratch.files);
			expect(text.frozen).toEqual(scratch.frozen);
			expect(text.points).toEqual(scratch.points);
			// The notes issued with the previous review carry on.
			expect(text.points).toContain('"status":"continuing"');
			expect(narrow.ticketsById.size).toBeLessThan(scratch.loaded);
		});

		it('leaves the verdicts it keeps as a whole load works them out: a parent loaded only as a parent is classified without its own', async () => {
			// A review under another threshold (another config file) kept its own verdicts in between: the export works out its own.
			open(store, validateConfig({timezone, classification: {threshold: 0.7}}, {}, null)).dispose();
			const narrow = narrowSnapshot(store, config, demoRoster, week(), () => clock);
			expect(narrow?.ticketsById.has('edge-parent')).toBe(true);
			// After the export, a whole load reads the kept verdicts; from scratch it works every one out.
			const withKept = await wholeLoad(`DELETE FROM week_reports`, categories);
			const worked = await wholeLoad(`DELETE FROM ticket_verdicts`, categories);
			expect(withKept['edge-parent']).toBe(worked['edge-parent']);
			expect(withKept).toEqual(worked);
		});

		it('keeps no verdict a whole load of W works out for a parent outside its window, which a load of the week it was completed in reads', async () => {
			// The same, in a whole load: a review under another threshold, then one under this config.
			open(store, validateConfig({timezone, classification: {threshold: 0.7}}, {}, null)).dispose();
			// Then a review of W under this config: the old parent is in its load only as a parent.
			open(store).dispose();
			// The week the old parent was completed in: it is in that window, with its own parent.
			const then = parseWeekArgument('2025-W46', clock, timezone);
			const categoryThen = (session: ReviewSession) => {
				session.snapshot(then);
				return session.review.classifications.get('edge-old-parent')?.category;
			};
			const withKept = await wholeLoad(`DELETE FROM week_reports`, categoryThen);
			expect(withKept).toBe(await wholeLoad(`DELETE FROM ticket_verdicts`, categoryThen));
			expect(withKept).toBe('unclassified');
		});
	});
});
