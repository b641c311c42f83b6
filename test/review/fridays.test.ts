import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import type {SinceLastReview} from '../../source/domain/briefing/since-types.js';
import {weekOf} from '../../source/domain/week.js';
import {demoRoster} from '../../source/providers/demo/index.js';
import {reportOfPerson} from '../../source/domain/briefing/state-rows.js';
import {sinceLastReviewFor} from '../../source/review/since.js';
import type {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';
import {afterFullSync, demoSessionOnClock} from '../support/demo-session.js';

/**
 * Three Fridays of the demo org, in process: review on Friday 1, move the demo's clock a
 * week, sync, re-tag, and see what changed since; again on Friday 3.
 */
const timezone = 'Europe/Berlin';
const config = validateConfig({timezone}, {}, null);
// 19:00 in Berlin: Acme's office hours are over, so the week's figures are final when frozen.
const friday1 = Date.parse('2026-11-27T18:00:00Z');
const weekMs = 7 * 86_400_000;

let clock = friday1;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;

function session(): ReviewSession {
	return demoSessionOnClock(store, () => clock, config);
}

async function synced(): Promise<ReviewSession> {
	return afterFullSync(session);
}

function since(opened: ReviewSession, sessionStart: number): SinceLastReview {
	const week = weekOf(clock, timezone);
	return sinceLastReviewFor({store, providerName: 'demo', review: opened.review, timezone, now: clock}, opened.snapshot(week), sessionStart);
}

interface Figures {
	readonly allocation: {readonly completed: {readonly operational: number; readonly strategic: number}};
	readonly tickets: ReadonlyArray<{readonly key: string; readonly category: string; readonly source: string | null; readonly completedAt: string | null}>;
	/** Each figure's ticket keys (JSON schemaVersion 2). */
	readonly figures: Readonly<Record<string, readonly string[]>>;
}

let firstReviewId: number;
let firstFigures: Figures;
let retagged: {readonly key: string; readonly id: string};
let friday2: SinceLastReview;
let friday3: SinceLastReview;
let friday2Later: SinceLastReview;
let oldRetagged: string;
let anHourLater: SinceLastReview;

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});

	// Friday 1: the director reviews the week and freezes it.
	const first = await synced();
	const week1 = weekOf(clock, timezone);
	firstReviewId = first.freezeReview(week1, 'mark')!;
	firstFigures = store.reviews.get('demo', firstReviewId)?.figures as Figures;
	first.dispose();

	// An hour later, nothing synced or tagged: the clock moved on, the data did not.
	clock = friday1 + 3_600_000;
	const unchanged = session();
	anHourLater = since(unchanged, clock);
	unchanged.dispose();

	// Friday 2: a week on, the demo has moved; a completed strategic ticket of week 1 is re-tagged.
	clock = friday1 + weekMs;
	const sessionStart2 = clock;
	const second = await synced();
	// A ticket the week's completed-improvement figure counts (the JSON's tickets also hold
	// tickets other figures count, completed in other weeks).
	const completedStrategic = new Set(firstFigures.figures['allocation.completed.strategic'] ?? []);
	const target = firstFigures.tickets.find((ticket) => completedStrategic.has(ticket.key) && ticket.source !== 'manual');
	if (target === undefined) throw new Error('the demo week has no completed strategic ticket to re-tag');
	const ticket = store.findTicketByKey('demo', target.key);
	if (ticket === null) throw new Error(`${target.key} is not in the store`);
	retagged = {key: target.key, id: ticket.id};
	clock += 60_000;
	second.tag([ticket.id], 'operational');
	friday2 = since(session(), sessionStart2);
	clock += 5000;
	friday2Later = since(session(), sessionStart2);
	const secondReviewId = session().freezeReview(weekOf(clock, timezone), 'export')!;
	second.dispose();

	// After Friday 2's review, an old open ticket no figure of that week counted is re-tagged.
	clock += 3_600_000;
	const between = session();
	const counted = new Set(store.reviews.get('demo', secondReviewId)?.tickets.map((row) => row.ticketId));
	// The newest such ticket: the demo's oldest open work leaves its window as the clock moves on.
	const old = [...between.review.ticketsById.values()].sort((a, b) => b.createdAt - a.createdAt).find(
		(ticket) =>
			!counted.has(ticket.id) &&
			ticket.completedAt === null &&
			ticket.canceledAt === null &&
			reportOfPerson(between.review.roster, ticket.assigneeId) !== null &&
			between.review.classifications.get(ticket.id)?.category === 'strategic',
	);
	if (old === undefined) throw new Error('the demo has no uncounted open improvement ticket to re-tag');
	oldRetagged = old.key;
	between.tag([old.id], 'operational');
	between.dispose();

	// Friday 3.
	clock = friday1 + 2 * weekMs;
	const sessionStart3 = clock;
	const third = await synced();
	friday3 = since(third, sessionStart3);
	third.dispose();
}, 120_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

describe('three Fridays of the demo org', () => {
	it('a frozen review is unchanged by the later syncs and tags', () => {
		expect(store.reviews.get('demo', firstReviewId)?.figures).toEqual(firstFigures);
		expect(store.reviews.get('demo', firstReviewId)?.tickets.find((row) => row.key === retagged.key)?.category).toBe('strategic');
	});

	it('Friday 2 compares with Friday 1’s review, Friday 3 with Friday 2’s', () => {
		expect(friday2.previousReview).toMatchObject({id: firstReviewId, week: weekOf(friday1, timezone).id});
		expect(friday3.previousReview?.week).toBe(weekOf(friday1 + weekMs, timezone).id);
		expect(friday3.previousReview?.frozenAt).toBeGreaterThan(friday1 + weekMs);
	});

	it('Friday 2 sees new fires, completions, a postponement, a blocker, a take-back and the re-tag, each naming tickets, person and report', () => {
		const kinds = new Set(friday2.items.map((item) => item.kind));
		for (const kind of ['new-fire', 'finished', 'postponed', 'newly-blocked', 'taken-back', 'recategorised'] as const) expect(kinds, kind).toContain(kind);
		const reports = new Set(demoRoster.reports.map((report) => report.name));
		for (const item of friday2.items) {
			if (!item.kind.startsWith('theme')) expect(item.tickets.length, item.kind).toBeGreaterThan(0);
			if (item.report !== null) expect(reports).toContain(item.report);
		}
		expect(friday2.items.filter((item) => item.kind === 'recategorised').map((item) => [item.tickets[0]?.key, item.from, item.to])).toContainEqual([retagged.key, 'strategic', 'operational']);
	});

	it('the re-tag restates the previous week’s allocation with both values: one more firefighting, one less improvement', () => {
		const {operational, strategic} = firstFigures.allocation.completed;
		expect(friday2.restated).toContainEqual({figure: 'allocation.completed.operational', frozen: operational, now: operational + 1});
		expect(friday2.restated).toContainEqual({figure: 'allocation.completed.strategic', frozen: strategic, now: strategic - 1});
	});

	it('Friday 3 lists the re-tag of an old open ticket Friday 2’s review had no row for, from the category it had then', () => {
		const item = friday3.items.find((each) => each.kind === 'recategorised' && each.tickets[0]?.key === oldRetagged);
		expect(item).toMatchObject({from: 'strategic', to: 'operational'});
		expect(item?.report).not.toBeNull();
	});

	it('Friday 3 no longer lists Friday 2’s re-tag: it was frozen into Friday 2’s review', () => {
		expect(friday3.items.some((item) => item.kind === 'recategorised' && item.tickets[0]?.key === retagged.key)).toBe(false);
	});
});

describe('restated figures are changes of the data, not of the clock', () => {
	it('an hour after the freeze, with nothing synced or tagged, no figure is restated (ages and probabilities included)', () => {
		expect(anHourLater.previousReview?.id).toBe(firstReviewId);
		expect(anHourLater.restated).toEqual([]);
	});

	it('two readings seconds apart restate the same figures with the same values', () => {
		expect(friday2.restated.length).toBeGreaterThan(0);
		expect(friday2Later.restated).toEqual(friday2.restated);
	});
});
