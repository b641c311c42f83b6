import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {AppConfig} from '../../source/config/schema.js';
import {validateConfig} from '../../source/config/validate.js';
import {parseWeekArgument} from '../../source/domain/week.js';
import type {Category, Ticket} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import type {ReviewSession} from '../../source/review/session.js';
import {decodeReport, encodeReport} from '../../source/review/stored-report.js';
import {retain} from '../../source/store/handles.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {openDemoSession, rawCount as rawCountIn, rawRun as rawRunIn} from '../support/demo-session.js';
import {copyOfStore, rawDatabase, temporaryFolder} from '../store/fixtures.js';
import {exportText, narrowSnapshot, type ExportText} from '../support/export-text.js';

/**
 * Issue 18: an ended week's report is kept in the store (migration 8) and read back by the
 * next run instead of being computed. After every kind of change — a sync page, a tag, an
 * untag, a rule or threshold change, the learner retrained, the time zone, a new local day, a
 * new frozen review — an export from a session that may read the kept report must write
 * exactly the files and freeze exactly the review an export computing everything writes (the
 * same store with no report kept, loaded as the TUI loads it). A stale report is a wrong number.
 */
const timezone = 'America/New_York';
const started = Date.parse('2026-11-20T23:30:00Z');
const day = 86_400_000;
const ticketCount = 1200;
const configOf = (extra: Record<string, unknown> = {}): AppConfig => validateConfig({timezone, ...extra}, {}, null);
const plain = configOf();

let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
/** The run's clock: a new local day moves it. */
let now = started;

function open(on: Store, config: AppConfig, indexWhileLoading?: boolean): ReviewSession {
	return openDemoSession(on, {started, timezone, ticketCount}, {config, now: () => now, week: lastWeek(config), ...(indexWhileLoading === undefined ? {} : {indexWhileLoading})});
}

const lastWeek = (config: AppConfig) => parseWeekArgument('last', now, config.timezone);

/** What an export of last week writes (review/freeze.ts, commands/export.ts): its files, the frozen review and the points issued, as text. */
function exported(on: Store, config: AppConfig, indexWhileLoading = false): ExportText & {readonly report: unknown} {
	const session = open(on, config, indexWhileLoading);
	try {
		const week = lastWeek(config);
		const snapshot = session.snapshot(week);
		session.keepWeekReport(week);
		return {...exportText(snapshot), report: JSON.parse(JSON.stringify(snapshot.report))};
	} finally {
		session.dispose();
	}
}

const rawCount = (sql: string, file = folder.file): number => rawCountIn(file, sql);
const rawRun = (sql: string, file = folder.file): void => rawRunIn(file, sql);

/** Reports kept whole (an empty row only marks a week computed once). */
const keptReports = () => rawCount(`SELECT count(*) FROM week_reports WHERE length(report) > 0`);

/** The same export on a copy of the store with no report kept: everything computed. */
async function fromScratch(config: AppConfig): Promise<ReturnType<typeof exported>> {
	const copy = await copyOfStore(folder.file, `DELETE FROM week_reports`);
	try {
		const copied = openStore(copy.file, {now: () => now});
		try {
			// As the TUI loads: every index built while loading (the export builds them when first read).
			return exported(copied, config, true);
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
}

/**
 * An export that may read the kept report against one that computes it. Returns the report
 * shown, and leaves the report of this state kept for the next change: each change below is
 * made with a report kept (without one, the comparison would prove nothing).
 */
async function expectKeptEqualToScratch(config: AppConfig = plain): Promise<unknown> {
	const kept = exported(store, config);
	const scratch = await fromScratch(config);
	expect(kept.files).toEqual(scratch.files);
	expect(kept.frozen).toEqual(scratch.frozen);
	expect(kept.points).toEqual(scratch.points);
	expect(kept.report).toEqual(scratch.report);
	// Kept for the next one (the second export of the same data keeps what it computed).
	exported(store, config);
	expect(keptReports()).toBe(1);
	// What the command then reads: only the tickets the export reads (review/narrow-export.ts).
	const narrow = narrowSnapshot(store, config, demoRoster, lastWeek(config), () => now);
	if (narrow === null) throw new Error('the export of a kept report loads the whole review');
	const read = exportText(narrow);
	expect([read.files, read.frozen, read.points]).toEqual([scratch.files, scratch.frozen, scratch.points]);
	return kept.report;
}

function writeTickets(tickets: readonly Ticket[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor: null, progress: {done: tickets.length, total: tickets.length}}, state);
}

/** Tickets completed last week: what its figures count. */
function completedLastWeek(): Ticket[] {
	const week = lastWeek(plain);
	return store.loadTickets('demo').filter((ticket) => ticket.completedAt !== null && ticket.completedAt >= week.startAt && ticket.completedAt < week.endAt);
}

const incident = {title: 'Database outage: primary failed over', type: 'Incident', priority: 'urgent', labels: ['incident']} as const;
let shown: unknown;
let tagged: Array<{readonly id: string; readonly category: Category}> = [];

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => now});
	await runSync({store, provider: createDemoProvider({now: started, timezone, ticketCount}), full: true, now: () => now});
	const done = completedLastWeek();
	tagged = [...done.slice(0, 4).map((ticket) => ({id: ticket.id, category: 'operational' as const})), ...done.slice(4, 8).map((ticket) => ({id: ticket.id, category: 'strategic' as const}))];
	store.setTags('demo', new Map(tagged.map((tag) => [tag.id, tag.category])));
	exported(store, plain);
	shown = await expectKeptEqualToScratch();
}, 120_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('kept week reports (issue 18)', () => {
	beforeEach(() => {
		expect(keptReports()).toBe(1);
	});

	it('are read back: an export of an unchanged store shows the kept report, not a fresh computation', () => {
		const week = lastWeek(plain);
		const raw = rawDatabase(folder.file, {readonly: true});
		const row = retain(raw.prepare(`SELECT report FROM week_reports`)).pluck().get() as Buffer;
		raw.close();
		const session = open(store, plain);
		const report = decodeReport(row, session.review.ticketsById);
		if (report === null) throw new Error('the kept report does not read back');
		const altered = encodeReport({...report, metrics: {...report.metrics, allocation: {...report.metrics.allocation, completed: {...report.metrics.allocation.completed, operational: 9999}}}}, session.review.ticketsById);
		session.dispose();
		rawRun(`UPDATE week_reports SET report = x'${altered?.toString('hex')}'`);
		const read = exported(store, plain).report as {metrics: {allocation: {completed: {operational: number}}}; week: {id: string}};
		expect(read.week.id).toBe(week.id);
		expect(read.metrics.allocation.completed.operational).toBe(9999);
		rawRun(`DELETE FROM week_reports`);
		exported(store, plain);
		exported(store, plain);
	});

	it('are kept the second time the same data is computed: the first only marks it', () => {
		rawRun(`DELETE FROM week_reports`);
		exported(store, plain);
		expect(keptReports()).toBe(0);
		expect(rawCount(`SELECT count(*) FROM week_reports`)).toBe(1);
		exported(store, plain);
		expect(keptReports()).toBe(1);
	});

	it('are not kept for a week still running: its figures move with the clock', () => {
		const session = open(store, plain);
		try {
			const thisWeek = parseWeekArgument('this', now, timezone);
			// Neither marked nor, the second time, kept.
			expect(session.keepWeekReport(thisWeek)).toBe(false);
			expect(session.keepWeekReport(thisWeek)).toBe(false);
			expect(rawCount(`SELECT count(*) FROM week_reports WHERE week = '${thisWeek.id}'`)).toBe(0);
		} finally {
			session.dispose();
		}
	});

	it('equal a fresh computation after a sync page changes a ticket the week counts', async () => {
		const target = completedLastWeek().find((ticket) => !tagged.some((tag) => tag.id === ticket.id));
		if (!target) throw new Error('no ticket');
		// Text beyond ASCII too: the kept report escapes it.
		writeTickets([{...target, ...incident, title: 'Datenbank-Ausfall: primäre Instanz — failover ✓ 😀'}]);
		const after = await expectKeptEqualToScratch();
		expect(after).not.toEqual(shown);
		shown = after;
	});

	it('equal a fresh computation after a tag, and after an untag', async () => {
		const target = completedLastWeek().find((ticket) => !tagged.some((tag) => tag.id === ticket.id) && ticket.title !== incident.title);
		if (!target) throw new Error('no ticket');
		const session = open(store, plain);
		session.tag([target.id], session.review.classifications.get(target.id)?.category === 'operational' ? 'strategic' : 'operational');
		session.dispose();
		const tagged1 = await expectKeptEqualToScratch();
		expect(tagged1).not.toEqual(shown);
		const again = open(store, plain);
		again.tag([target.id], null);
		again.dispose();
		const untagged = await expectKeptEqualToScratch();
		expect(untagged).not.toEqual(tagged1);
		shown = untagged;
	});

	it("equal a fresh computation after a tagged ticket's text changes, which retrains the learner", async () => {
		const tag = tagged.find((each) => each.category === 'strategic');
		if (!tag) throw new Error('no strategic tag');
		const ticket = store.loadTickets('demo').find((each) => each.id === tag.id);
		if (!ticket) throw new Error('no tagged ticket');
		writeTickets([{...ticket, title: 'Quarterly capacity planning for the storage fleet', labels: ['roadmap', 'capacity-planning']}]);
		shown = await expectKeptEqualToScratch();
	});

	it('equal a fresh computation after a rule is added, and after the threshold changes', async () => {
		const withRule = configOf({classification: {rules: [{when: {priority: 'low'}, category: 'operational', reason: 'low priority is toil here'}]}});
		expect(await expectKeptEqualToScratch(withRule)).not.toEqual(shown);
		expect(await expectKeptEqualToScratch(configOf({classification: {threshold: 0.95}}))).not.toEqual(shown);
		expect(await expectKeptEqualToScratch(plain)).toEqual(shown);
	});

	it('equal a fresh computation after the time zone changes, on the same local day', async () => {
		expect(await expectKeptEqualToScratch(configOf({timezone: 'America/Los_Angeles'}))).not.toEqual(shown);
		expect(await expectKeptEqualToScratch(plain)).toEqual(shown);
	});

	it('equal a fresh computation on a new local day, and after a review is frozen', async () => {
		now = started + day;
		expect(await expectKeptEqualToScratch()).toEqual(shown);
		const session = open(store, plain);
		session.freezeReview(lastWeek(plain), 'export');
		session.dispose();
		now += 60_000;
		await expectKeptEqualToScratch();
	});

	it('are not read by a session whose data is older than the report', () => {
		const older = open(store, plain);
		try {
			// Another instance tags, and two of its exports keep the report of the new data.
			const other = openStore(folder.file, {now: () => now});
			try {
				const target = completedLastWeek().find((ticket) => !tagged.some((tag) => tag.id === ticket.id));
				if (!target) throw new Error('no ticket');
				other.setTag('demo', target.id, older.review.classifications.get(target.id)?.category === 'operational' ? 'strategic' : 'operational');
				exported(other, plain);
				exported(other, plain);
				expect(keptReports()).toBe(1);
				const week = lastWeek(plain);
				// What the older session computes from its own data, not the newer report.
				const read = JSON.parse(JSON.stringify(older.weekReport(week))) as unknown;
				expect(read).not.toEqual(exported(other, plain).report);
				other.setTag('demo', target.id, null);
			} finally {
				other.close();
			}
		} finally {
			older.dispose();
		}
		exported(store, plain);
		exported(store, plain);
	});

	it('are not kept from data the store no longer holds (another instance committed since the load)', () => {
		rawRun(`DELETE FROM week_reports`);
		const session = open(store, plain);
		try {
			const other = openStore(folder.file, {now: () => now});
			other.setTag('demo', tagged[0]?.id ?? '', 'strategic');
			other.setTag('demo', tagged[0]?.id ?? '', 'operational');
			other.close();
			// Neither the mark nor, the second time, the report.
			expect(session.keepWeekReport(lastWeek(plain))).toBe(false);
			expect(session.keepWeekReport(lastWeek(plain))).toBe(false);
			expect(rawCount(`SELECT count(*) FROM week_reports`)).toBe(0);
		} finally {
			session.dispose();
		}
	});
});
