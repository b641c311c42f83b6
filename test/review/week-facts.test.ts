import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AppConfig} from '../../source/config/schema.js';
import {validateConfig} from '../../source/config/validate.js';
import {parseWeekArgument, weeksUpTo} from '../../source/domain/week.js';
import type {Category, EffectiveCategory, Ticket, Week} from '../../source/domain/types.js';
import type {WeekReport} from '../../source/domain/week-report.js';
import {createDemoProvider} from '../../source/providers/demo/index.js';
import type {ReviewSession} from '../../source/review/session.js';
import {encodeFacts, parseFacts} from '../../source/review/week-facts.js';
import {retain} from '../../source/store/handles.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {openDemoSession, rawCount as rawCountIn, rawRun as rawRunIn} from '../support/demo-session.js';
import {copyOfStore, rawDatabase, temporaryFolder} from '../store/fixtures.js';

/**
 * Issue 18: the metrics and effort of a trend's ended weeks are kept in the store (migration
 * 10) and read by the next session's trend instead of being computed. After every kind of
 * change — a sync page, a tag, an untag, a rule or threshold change, the time zone, a new
 * local day — the reports a session that may read kept facts shows (the TUI's start on the
 * running week, and last week) must be exactly those of a session with none kept. A stale
 * fact is a wrong number in a trend.
 */
const timezone = 'America/New_York';
const started = Date.parse('2026-11-20T23:30:00Z');
const day = 86_400_000;
const ticketCount = 1200;
const configOf = (extra: Record<string, unknown> = {}): AppConfig => validateConfig({timezone, ...extra}, {}, null);
const plain = configOf();

let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
let now = started;

const thisWeek = (config: AppConfig): Week => parseWeekArgument('this', now, config.timezone);
const lastWeek = (config: AppConfig): Week => parseWeekArgument('last', now, config.timezone);

function open(on: Store, config: AppConfig): ReviewSession {
	return openDemoSession(on, {started, timezone, ticketCount}, {config, now: () => now});
}

/** What the TUI's start shows (the running week) and `[` then (last week), each from a session of its own; the facts of both kept afterwards. */
function shown(on: Store, config: AppConfig): {readonly current: WeekReport; readonly last: WeekReport} {
	const reportOf = (week: Week): WeekReport => {
		const session = open(on, config);
		try {
			const report = session.weekReport(week);
			session.keepWeekReport(week, true);
			return report;
		} finally {
			session.dispose();
		}
	};
	return {current: reportOf(thisWeek(config)), last: reportOf(lastWeek(config))};
}

const rawCount = (sql: string, file = folder.file): number => rawCountIn(file, sql);
const rawRun = (sql: string, file = folder.file): void => rawRunIn(file, sql);

const keptFacts = () => rawCount(`SELECT count(*) FROM week_facts`);

/** The same sessions on a copy of the store with nothing kept: every week computed. */
async function fromScratch(config: AppConfig): Promise<ReturnType<typeof shown>> {
	const copy = await copyOfStore(folder.file, `DELETE FROM week_facts`);
	try {
		rawRun(`DELETE FROM week_reports`, copy.file);
		const copied = openStore(copy.file, {now: () => now});
		try {
			return shown(copied, config);
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
}

/**
 * Sessions that may read the facts kept before the change against sessions that compute
 * everything; leaves the facts of this state kept for the next change (each change below is
 * made with facts kept: without them, the comparison would prove nothing).
 */
async function expectKeptEqualToScratch(config: AppConfig = plain): Promise<ReturnType<typeof shown>> {
	// No kept report of last week: its session reads the facts of its trend, not the report.
	rawRun(`DELETE FROM week_reports`);
	const kept = shown(store, config);
	const scratch = await fromScratch(config);
	expect(kept.current).toStrictEqual(scratch.current);
	expect(kept.last).toStrictEqual(scratch.last);
	rawRun(`DELETE FROM week_reports`);
	// What the next start shows, reading the facts of this state: the same again.
	const read = shown(store, config);
	expect(read.current).toStrictEqual(scratch.current);
	expect(read.last).toStrictEqual(scratch.last);
	// Every ended week of the two trends (last week's reaches one week further back), none running.
	const ended = new Set([...weeksUpTo(lastWeek(config), config.trendWeeks), ...weeksUpTo(thisWeek(config), config.trendWeeks)].filter((week) => week.endAt <= now).map((week) => `'${week.id}'`));
	expect(ended.size).toBe(config.trendWeeks);
	expect(rawCount(`SELECT count(*) FROM week_facts WHERE week IN (${[...ended].join(', ')})`)).toBe(config.trendWeeks);
	expect(rawCount(`SELECT count(*) FROM week_facts WHERE week = '${thisWeek(config).id}'`)).toBe(0);
	return kept;
}

function writeTickets(tickets: readonly Ticket[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor: null, progress: {done: tickets.length, total: tickets.length}}, state);
}

/** Tickets completed in the week `back` weeks before this one: what an ended week of the trend counts. */
function completedWeeksAgo(back: number): Ticket[] {
	const week = weeksAgo(back);
	return store.loadTickets('demo').filter((ticket) => ticket.completedAt !== null && ticket.completedAt >= week.startAt && ticket.completedAt < week.endAt);
}

const weeksAgo = (back: number): Week => weeksUpTo(thisWeek(plain), back + 1)[0] ?? thisWeek(plain);
const flip = (category: EffectiveCategory | undefined): Category => (category === 'operational' ? 'strategic' : 'operational');
let before: ReturnType<typeof shown>;

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => now});
	await runSync({store, provider: createDemoProvider({now: started, timezone, ticketCount}), full: true, now: () => now});
	shown(store, plain);
	before = await expectKeptEqualToScratch();
}, 120_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('kept week facts (issue 18)', () => {
	it('are read back: the trend shows the kept metrics of an ended week, not a fresh computation', () => {
		const week = weeksAgo(3);
		const facts = parseFacts(rawText(`SELECT facts FROM week_facts WHERE week = '${week.id}'`));
		if (facts === null) throw new Error('no kept facts of an ended week');
		const altered = {...facts, metrics: {...facts.metrics, delegation: {...facts.metrics.delegation, delegated: 9999}}};
		rawRun(`UPDATE week_facts SET facts = '${JSON.stringify(altered).replaceAll("'", "''")}' WHERE week = '${week.id}'`);
		const read = open(store, plain);
		try {
			const report = read.weekReport(thisWeek(plain));
			expect(report.trend.find((row) => row.week === week.id)?.delegated).toBe(9999);
			// A week still running is computed: this week's own row is not from the store.
			expect(report.trend.at(-1)?.delegated).toBe(before.current.trend.at(-1)?.delegated);
		} finally {
			read.dispose();
		}
		rawRun(`DELETE FROM week_facts`);
		shown(store, plain);
		expect(keptFacts()).toBe(plain.trendWeeks);
	});

	it('are never kept for a week still running', () => {
		const running = thisWeek(plain);
		expect(rawCount(`SELECT count(*) FROM week_facts WHERE week = '${running.id}'`)).toBe(0);
	});

	it('are kept only if they read back as the very facts', () => {
		const facts = parseFacts(rawText(`SELECT facts FROM week_facts LIMIT 1`));
		if (facts === null) throw new Error('no kept facts');
		// Last week's facts, not its kept report.
		rawRun(`DELETE FROM week_reports`);
		const session = open(store, plain);
		try {
			const week = lastWeek(plain);
			session.weekReport(week);
			const computed = session.review.endedFacts(week, now);
			if (computed === null) throw new Error('no facts computed');
			expect(encodeFacts(computed.metrics, computed.effort)).not.toBeNull();
			const blockers = {...computed.metrics.blockers, medianBlockedDays: Number.NaN};
			expect(encodeFacts({...computed.metrics, blockers}, computed.effort)).toBeNull();
			expect(encodeFacts({...computed.metrics, themes: [{name: 'x', count: -0, weeks: 1}]}, computed.effort)).toBeNull();
		} finally {
			session.dispose();
		}
	});

	it('equal a fresh computation after a sync page changes a ticket an ended week counts', async () => {
		const target = completedWeeksAgo(2)[0];
		if (!target) throw new Error('no ticket');
		writeTickets([{...target, title: 'Database outage: primary failed over', type: 'Incident', priority: 'urgent', labels: ['incident']}]);
		const after = await expectKeptEqualToScratch();
		expect(after).not.toStrictEqual(before);
		before = after;
	});

	it('equal a fresh computation after a tag, and after an untag', async () => {
		const target = completedWeeksAgo(3)[0];
		if (!target) throw new Error('no ticket');
		const session = open(store, plain);
		session.tag([target.id], flip(session.review.classifications.get(target.id)?.category));
		// The tagging session's own data is no longer the store's as loaded: it keeps nothing.
		session.keepWeekReport(thisWeek(plain), true);
		session.dispose();
		expect(keptFacts()).toBe(0);
		const tagged = await expectKeptEqualToScratch();
		expect(tagged).not.toStrictEqual(before);
		const again = open(store, plain);
		again.tag([target.id], null);
		again.dispose();
		before = await expectKeptEqualToScratch();
		expect(before).not.toStrictEqual(tagged);
	});

	it('equal a fresh computation after a rule is added, and after the threshold changes', async () => {
		const withRule = configOf({classification: {rules: [{when: {priority: 'low'}, category: 'operational', reason: 'low priority is toil here'}]}});
		expect(await expectKeptEqualToScratch(withRule)).not.toStrictEqual(before);
		expect(await expectKeptEqualToScratch(configOf({classification: {threshold: 0.95}}))).not.toStrictEqual(before);
		expect(await expectKeptEqualToScratch(plain)).toStrictEqual(before);
	});

	it('equal a fresh computation after the time zone changes', async () => {
		expect(await expectKeptEqualToScratch(configOf({timezone: 'America/Los_Angeles'}))).not.toStrictEqual(before);
		expect(await expectKeptEqualToScratch(plain)).toStrictEqual(before);
	});

	it('equal a fresh computation on a new local day, and in a new week', async () => {
		now = started + day;
		const nextDay = await expectKeptEqualToScratch();
		expect(nextDay.last).toStrictEqual(before.last);
		expect(nextDay.current).not.toStrictEqual(before.current);
		// Monday: the week the facts were kept on has ended, and is the trend's newest ended week.
		now = started + 3 * day;
		await expectKeptEqualToScratch();
	});

	it('are not kept from data the store no longer holds (another instance committed since the load)', () => {
		rawRun(`DELETE FROM week_facts`);
		const session = open(store, plain);
		try {
			session.weekReport(thisWeek(plain));
			const other = openStore(folder.file, {now: () => now});
			const id = completedWeeksAgo(2)[1]?.id ?? '';
			other.setTag('demo', id, 'strategic');
			other.setTag('demo', id, null);
			other.close();
			session.keepWeekReport(thisWeek(plain), true);
			expect(keptFacts()).toBe(0);
		} finally {
			session.dispose();
		}
	});

	it('are dropped when the data moves on: a tag by another instance leaves none', () => {
		shown(store, plain);
		expect(keptFacts()).toBe(plain.trendWeeks);
		const other = openStore(folder.file, {now: () => now});
		const id = completedWeeksAgo(2)[1]?.id ?? '';
		other.setTag('demo', id, 'strategic');
		other.setTag('demo', id, null);
		other.close();
		expect(keptFacts()).toBe(0);
	});
});

function rawText(sql: string): string {
	const raw = rawDatabase(folder.file, {readonly: true});
	try {
		return retain(raw.prepare(sql)).pluck().get() as string;
	} finally {
		raw.close();
	}
}
