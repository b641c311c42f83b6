import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AppConfig} from '../../source/config/schema.js';
import {validateConfig} from '../../source/config/validate.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import {weekOf} from '../../source/domain/week.js';
import type {Category, Classification, Ticket} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {retain} from '../../source/store/handles.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {copyOfStore, rawDatabase, temporaryFolder} from '../store/fixtures.js';

/**
 * Issue 18: each ticket's classification verdict is kept in the store and read back by the
 * next load. After every kind of change — a sync page, a tag, an untag, a rule or threshold
 * change, the learner retrained, a parent changing, the time zone — a session reading the
 * kept verdicts must classify, report and export exactly as a session that classifies every
 * ticket from scratch (the same store with no verdict kept). A stale verdict is a wrong number.
 */
const timezone = 'America/New_York';
const now = Date.parse('2026-11-20T23:30:00Z');
const ticketCount = 1200;
const configOf = (extra: Record<string, unknown> = {}): AppConfig => validateConfig({timezone, ...extra}, {}, null);
const plain = configOf();

let folder: ReturnType<typeof temporaryFolder>;
let store: Store;

function open(on: Store, config: AppConfig): ReviewSession {
	return new ReviewSession({
		store: on,
		providerName: 'demo',
		providerLabel: 'Demo organisation (Acme)',
		createProvider: async () => createDemoProvider({now, timezone, ticketCount}),
		config,
		roster: demoRoster,
		now: () => now,
		relearnDelayMs: 60_000,
	});
}

/** Opens a session, reads what `read` needs, and lets the session go. */
function withSession<T>(on: Store, config: AppConfig, read: (session: ReviewSession) => T): T {
	const session = open(on, config);
	try {
		return read(session);
	} finally {
		session.dispose();
	}
}

function rawCount(sql: string): number {
	const raw = rawDatabase(folder.file, {readonly: true});
	try {
		return retain(raw.prepare(sql)).pluck().get() as number;
	} finally {
		raw.close();
	}
}

function rawRun(sql: string): void {
	const raw = rawDatabase(folder.file);
	try {
		retain(raw.prepare(sql)).run();
	} finally {
		raw.close();
	}
}

const keptRows = () => rawCount(`SELECT count(*) FROM ticket_verdicts`);

/** What a session shows: every classification, this week's report and every export file. */
function seen(session: ReviewSession, config: AppConfig) {
	const week = weekOf(now, config.timezone);
	const snapshot = session.snapshot(week);
	const files = [...buildExportFiles(snapshot, {format: 'json', reports: [], leadership: false}), ...buildExportFiles(snapshot, {format: 'md', reports: [], leadership: true})];
	return {
		classifications: Object.fromEntries([...session.review.classifications].sort(([a], [b]) => a.localeCompare(b))),
		report: session.weekReport(week),
		files: files.map((file) => `${file.name}\n${file.content}`),
	};
}

/** What a session shows on a copy of the store with no verdict kept: every ticket classified from scratch. */
async function fromScratch(config: AppConfig): Promise<ReturnType<typeof seen>> {
	const copy = await copyOfStore(folder.file, `DELETE FROM ticket_verdicts`);
	try {
		const copied = openStore(copy.file, {now: () => now});
		try {
			return withSession(copied, config, (session) => seen(session, config));
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
}

/**
 * The kept session against the scratch one. `reused` says how many verdicts were still kept
 * when the kept session opened: the comparison must be between a session that read some and
 * one that read none, or it proves nothing.
 */
async function expectKeptEqualToScratch(config: AppConfig = plain): Promise<{readonly classifications: Record<string, Classification>; readonly reused: number}> {
	const reused = keptRows();
	const kept = withSession(store, config, (session) => seen(session, config));
	const scratch = await fromScratch(config);
	expect(kept.classifications).toEqual(scratch.classifications);
	expect(kept.report).toEqual(scratch.report);
	expect(kept.files).toEqual(scratch.files);
	// What the kept session worked out is kept for the next one.
	expect(keptRows()).toBe(Object.keys(kept.classifications).length);
	return {classifications: kept.classifications, reused};
}

function changedIds(before: Record<string, Classification>, after: Record<string, Classification>): string[] {
	return Object.keys(after).filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]));
}

function writeTickets(tickets: readonly Ticket[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets, people: [], iterations: [], cursor: null, progress: {done: tickets.length, total: tickets.length}}, state);
}

function removeTickets(ids: readonly string[]): void {
	const state = store.getSyncState('demo', 'tickets');
	if (!state) throw new Error('not synced');
	store.writePage('demo', 'tickets', {tickets: [], removedTicketIds: ids, people: [], iterations: [], cursor: null, progress: {done: 0, total: 0}}, state);
}

function ticketById(id: string): Ticket {
	const found = store.loadTickets('demo').find((ticket) => ticket.id === id);
	if (!found) throw new Error(`no ticket ${id}`);
	return found;
}

const silent = {type: null, priority: null, labels: [], components: [], project: null, inTriage: undefined, slaBreachesAt: undefined} as const;
const incident = {title: 'Database outage: primary failed over', type: 'Incident', priority: 'urgent', labels: ['incident']} as const;
const roadmap = {title: 'Roadmap: migrate billing to the new platform', type: 'Epic', priority: 'low', labels: ['tech-debt', 'roadmap']} as const;

let current: Record<string, Classification> = {};
let tagged: Array<{readonly id: string; readonly category: Category}> = [];

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => now});
	await runSync({store, provider: createDemoProvider({now, timezone, ticketCount}), full: true, now: () => now});
	// Recent open work whose own text says nothing, under a parent that decides it; and one
	// under a parent key no ticket has yet.
	const open = store.loadTickets('demo').filter((ticket) => ticket.completedAt === null && ticket.canceledAt === null);
	const [a, b, c] = open;
	if (!a || !b || !c) throw new Error('no open tickets');
	writeTickets([
		{...a, ...silent, id: 'parent', key: 'OPS-1', ...incident},
		{...b, ...silent, id: 'child', key: 'OPS-2', title: 'Follow up', parentKey: 'OPS-1'},
		{...c, ...silent, id: 'orphan', key: 'OPS-3', title: 'Follow up', parentKey: 'OPS-30'},
	]);
	// Enough tags, both ways, for the learner to speak.
	const classifications = withSession(store, plain, (session) => session.review.classifications);
	const reading = (category: Category) => open.filter((ticket) => classifications.get(ticket.id)?.category === category && !['parent', 'child', 'orphan'].includes(ticket.id)).slice(3, 7);
	tagged = [...reading('operational').map((ticket) => ({id: ticket.id, category: 'operational' as const})), ...reading('strategic').map((ticket) => ({id: ticket.id, category: 'strategic' as const}))];
	expect(tagged).toHaveLength(8);
	store.setTags('demo', new Map(tagged.map((tag) => [tag.id, tag.category])));
	current = (await expectKeptEqualToScratch()).classifications;
}, 120_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('kept classification verdicts (issue 18)', () => {
	it('are read back: a load classifies only what it has no kept verdict for', () => {
		const loaded = Object.keys(current).length;
		expect(keptRows()).toBe(loaded);
		// A kept verdict altered behind the product's back shows: the session read it, not a fresh computation.
		const victim = Object.keys(current).find((id) => current[id]?.source === 'rule') ?? '';
		rawRun(`UPDATE ticket_verdicts SET reason = 'read from the store' WHERE id = '${victim}'`);
		expect(withSession(store, plain, (session) => session.review.classifications.get(victim)?.reason)).toBe('read from the store');
		rawRun(`DELETE FROM ticket_verdicts WHERE id = '${victim}'`);
		expect(withSession(store, plain, (session) => session.review.classifications.get(victim))).toEqual(current[victim]);
	});

	it('equal a fresh computation after a sync page changes a ticket, a parent, and brings the parent a ticket was waiting for', async () => {
		const target = Object.keys(current).find((id) => current[id]?.category === 'strategic' && !tagged.some((tag) => tag.id === id));
		if (!target) throw new Error('no strategic ticket');
		writeTickets([
			{...ticketById(target), ...incident},
			{...ticketById('parent'), ...roadmap},
			{...ticketById('orphan'), id: 'new-parent', key: 'OPS-30', parentKey: undefined, ...incident},
		]);
		const after = await expectKeptEqualToScratch();
		expect(after.reused).toBeGreaterThan(Object.keys(current).length / 2);
		expect(changedIds(current, after.classifications)).toEqual(expect.arrayContaining([target, 'parent', 'child', 'orphan']));
		current = after.classifications;
	});

	it('equal a fresh computation after a sync page removes a parent', async () => {
		removeTickets(['new-parent']);
		const after = await expectKeptEqualToScratch();
		expect(after.reused).toBe(Object.keys(current).length - 2);
		expect(after.classifications['new-parent']).toBeUndefined();
		expect(changedIds(current, after.classifications)).toEqual(['orphan']);
		current = after.classifications;
	});

	it('equal a fresh computation after a sync page removes a tagged ticket (the learner loses an example)', async () => {
		const lost = tagged.find((tag) => tag.category === 'operational');
		if (!lost) throw new Error('no operational tag');
		removeTickets([lost.id]);
		tagged = tagged.filter((tag) => tag.id !== lost.id);
		const after = await expectKeptEqualToScratch();
		expect(changedIds(current, after.classifications).length).toBeGreaterThan(0);
		current = after.classifications;
	});

	it('equal a fresh computation after a tag, which retrains the learner and changes other tickets', async () => {
		const target = Object.keys(current).find((id) => current[id]?.category === 'operational' && !tagged.some((tag) => tag.id === id) && id !== 'parent' && id !== 'new-parent');
		if (!target) throw new Error('no operational ticket');
		withSession(store, plain, (session) => session.tag([target], 'strategic'));
		tagged.push({id: target, category: 'strategic'});
		const after = await expectKeptEqualToScratch();
		const others = changedIds(current, after.classifications).filter((id) => id !== target);
		expect(others.length).toBeGreaterThan(0);
		current = after.classifications;
	});

	it('equal a fresh computation after a tag changes side, which retrains the learner as well', async () => {
		const flipped = tagged.find((tag) => tag.category === 'operational');
		if (!flipped) throw new Error('no operational tag');
		withSession(store, plain, (session) => session.tag([flipped.id], 'strategic'));
		tagged = tagged.map((tag) => (tag.id === flipped.id ? {id: tag.id, category: 'strategic'} : tag));
		const after = await expectKeptEqualToScratch();
		expect(after.classifications[flipped.id]?.category).toBe('strategic');
		expect(changedIds(current, after.classifications).filter((id) => id !== flipped.id).length).toBeGreaterThan(0);
		current = after.classifications;
	});

	it('equal a fresh computation after an untag', async () => {
		const untagged = tagged.pop();
		if (!untagged) throw new Error('no tag');
		withSession(store, plain, (session) => session.tag([untagged.id], null));
		const after = await expectKeptEqualToScratch();
		expect(changedIds(current, after.classifications)).toContain(untagged.id);
		current = after.classifications;
	});

	it("equal a fresh computation after a parent is tagged, which changes its child's verdict", async () => {
		withSession(store, plain, (session) => session.tag(['parent'], 'operational'));
		tagged.push({id: 'parent', category: 'operational'});
		const after = await expectKeptEqualToScratch();
		expect(after.classifications['child']?.reason).toBe('parent tagged operational');
		expect(changedIds(current, after.classifications)).toContain('child');
		current = after.classifications;
	});

	it("equal a fresh computation after a tagged ticket's text changes, which retrains the learner", async () => {
		const tag = tagged.find((each) => each.category === 'strategic');
		if (!tag) throw new Error('no strategic tag');
		writeTickets([{...ticketById(tag.id), title: 'Quarterly capacity planning for the storage fleet', labels: ['roadmap', 'capacity-planning']}]);
		const after = await expectKeptEqualToScratch();
		expect(changedIds(current, after.classifications).filter((id) => id !== tag.id).length).toBeGreaterThan(0);
		current = after.classifications;
	});

	it('equal a fresh computation after a rule is added, and again after it is taken away', async () => {
		const withRule = configOf({classification: {rules: [{when: {priority: 'low'}, category: 'operational', reason: 'low priority is toil here'}]}});
		const ruled = await expectKeptEqualToScratch(withRule);
		expect(Object.values(ruled.classifications).some((each) => each.reason === 'low priority is toil here')).toBe(true);
		const back = await expectKeptEqualToScratch(plain);
		expect(back.classifications).toEqual(current);
	});

	it('equal a fresh computation after the threshold changes', async () => {
		const strict = configOf({classification: {threshold: 0.9}});
		const after = await expectKeptEqualToScratch(strict);
		expect(changedIds(current, after.classifications).length).toBeGreaterThan(0);
		await expectKeptEqualToScratch(plain);
	});

	it('equal a fresh computation after the time zone changes, and are not worked out again for it', async () => {
		const tokyo = configOf({timezone: 'Asia/Tokyo'});
		const after = await expectKeptEqualToScratch(tokyo);
		expect(after.reused).toBe(Object.keys(current).length);
		expect(after.classifications).toEqual(current);
	});

	it('mix kept and fresh verdicts when only some were kept (a load stopped before keeping them)', async () => {
		rawRun(`DELETE FROM ticket_verdicts WHERE rowid % 3 = 0`);
		const after = await expectKeptEqualToScratch();
		expect(after.reused).toBeLessThan(Object.keys(current).length);
		expect(after.classifications).toEqual(current);
	});

	it('are not kept from a load during which another instance committed', () => {
		const stamp = store.changeStamp();
		const other = openStore(folder.file, {now: () => now});
		try {
			other.setTag('demo', 'parent', 'strategic');
			expect(store.saveVerdicts('demo', 'a context', stamp, [{id: 'child', parentKey: 'OPS-1', classification: current['child']!}])).toBe(false);
			expect(rawCount(`SELECT count(*) FROM ticket_verdicts WHERE context = 'a context'`)).toBe(0);
			other.setTag('demo', 'parent', 'operational');
		} finally {
			other.close();
		}
	});

	it('leave a read-only store as it is, and a busy store too, without waiting for it', {timeout: 60_000}, async () => {
		rawRun(`DELETE FROM ticket_verdicts WHERE rowid % 2 = 0`);
		const before = keptRows();
		const readonly = openStore(folder.file, {readonly: true});
		try {
			expect(withSession(readonly, plain, (session) => Object.fromEntries(session.review.classifications))).toEqual(current);
		} finally {
			readonly.close();
		}
		expect(keptRows()).toBe(before);

		// A store that would wait 20 s for the lock: keeping verdicts must not wait at all.
		const patient = openStore(folder.file, {now: () => now, busyTimeoutMs: 20_000});
		const locker = rawDatabase(folder.file);
		retain(locker.prepare('BEGIN IMMEDIATE')).run();
		try {
			const started = Date.now();
			expect(withSession(patient, plain, (session) => Object.fromEntries(session.review.classifications))).toEqual(current);
			expect(Date.now() - started).toBeLessThan(15_000);
		} finally {
			retain(locker.prepare('ROLLBACK')).run();
			locker.close();
			patient.close();
		}
		expect(keptRows()).toBe(before);
		await expectKeptEqualToScratch();
	});
});
