/**
 * Commitment integrity (metrics.md Version 2 and its "Iterations" reading) read afresh, the
 * plainest way, and compared with the product's over random iteration moves on the edges
 * that matter: W's first and last instants, each iteration's start and completion instant
 * and the millisecond either side. Membership is read per iteration off the history, apart
 * from timeline.ts: in I at t when the last event about I at or before t put it in, or, with
 * none, when the first event about I after t takes it out, or, with none at all, when I is
 * the ticket's iteration now (trackers record no event for the value a ticket is created with).
 */
import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {parseWeekArgument} from '../../../../source/domain/week.js';
import type {HistoryEvent, Iteration, Ticket, Week} from '../../../../source/domain/types.js';
import {seededRandom} from '../../../support/seeded-random.js';
import {makeTicket} from '../../../support/ticket-builder.js';
import {zoneDate} from '../../../support/zone-reading.js';
import {metricInput, people, week47} from '../fixture.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** Iterations around W: ended before it, ended in it (one at its very first instant), running at its end, starting in its last millisecond. */
function iterationsAround(week: Week): Iteration[] {
	const iteration = (id: string, startsAt: number, completedAt: number | null): Iteration => ({id, name: `Sprint ${id}`, team: 'ENG', startsAt, endsAt: startsAt + 14 * dayMs, completedAt});
	return [
		iteration('before', week.startAt - 28 * dayMs, week.startAt - 14 * dayMs - hourMs),
		iteration('first', week.startAt - 14 * dayMs + 9 * hourMs, week.startAt),
		iteration('ends', week.startAt - 10 * dayMs + 9 * hourMs, week.startAt + 4 * dayMs + 17 * hourMs),
		iteration('after', week.startAt - 3 * dayMs, week.endAt),
		iteration('runs', week.startAt + 4 * dayMs + 17 * hourMs, null),
		iteration('last', week.endAt - 1, null),
	];
}

function randomTickets(random: () => number, week: Week, iterations: readonly Iteration[], count: number): Ticket[] {
	const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
	const ids = iterations.map((iteration) => iteration.id);
	const edges = [week.startAt - 1, week.startAt, week.endAt - 1, week.endAt, ...iterations.flatMap((iteration) => [iteration.startsAt - 1, iteration.startsAt, iteration.startsAt + 1, ...(iteration.completedAt === null ? [] : [iteration.completedAt - 1, iteration.completedAt, iteration.completedAt + 1])])];
	const instant = () => (random() < 0.6 ? pick(edges) : week.startAt - 30 * dayMs + Math.floor(random() * 40 * 24) * hourMs);
	const tickets: Ticket[] = [];
	for (let index = 0; index < count; index++) {
		const createdAt = instant();
		// Who is in which iteration at creation: nothing, or one of them.
		const members = new Set<string>(random() < 0.6 ? [pick(ids)] : []);
		const initial = [...members];
		const history: HistoryEvent[] = [];
		const moves = Array.from({length: Math.floor(random() * 4)}, () => Math.max(createdAt + 1, instant())).sort((a, b) => a - b);
		for (const at of moves) {
			const from = random() < 0.3 || members.size === 0 ? null : pick([...members]);
			const to = random() < 0.2 ? null : pick(ids);
			if (from === to) continue;
			if (from !== null) members.delete(from);
			if (to !== null) members.add(to);
			history.push({at, field: 'iteration', from, to, actorId: null});
		}
		const mentioned = new Set(history.flatMap((event) => [event.from, event.to]));
		// The ticket's iteration now: the one it was created in when no event names it (the model keeps one).
		const unmentioned = initial.find((id) => !mentioned.has(id));
		const iterationId = unmentioned ?? [...members].at(-1) ?? null;
		const endedAt = random() < 0.45 ? null : Math.max(createdAt, instant());
		const isCanceled = endedAt !== null && random() < 0.2;
		tickets.push(
			makeTicket({
				id: `c${index}`,
				createdAt,
				updatedAt: Math.max(createdAt, ...moves),
				startedAt: random() < 0.5 ? null : createdAt + Math.floor(random() * 96) * hourMs,
				completedAt: isCanceled ? null : endedAt,
				canceledAt: isCanceled ? endedAt : null,
				iterationId,
				history,
			}),
		);
	}
	return tickets;
}

function plainReading(tickets: readonly Ticket[], iterations: readonly Iteration[], now: number, week: Week) {
	const asOf = Math.min(now, week.endAt);
	const about = (ticket: Ticket, id: string) => ticket.history.filter((event) => event.field === 'iteration' && event.from !== event.to && (event.from === id || event.to === id));
	// In I at t with the changes at t applied (`justBefore`: not yet applied).
	const inIteration = (ticket: Ticket, id: string, t: number, justBefore = false): boolean => {
		if (justBefore ? ticket.createdAt >= t : ticket.createdAt > t) return false;
		const events = about(ticket, id);
		const done = events.filter((event) => (justBefore ? event.at < t : event.at <= t));
		const last = done.at(-1);
		if (last) return last.to === id;
		const next = events.find((event) => (justBefore ? event.at >= t : event.at > t));
		if (next) return next.from === id;
		return ticket.iterationId === id;
	};
	const joins = (ticket: Ticket, id: string) => [...(inIteration(ticket, id, ticket.createdAt) ? [ticket.createdAt] : []), ...about(ticket, id).filter((event) => event.to === id).map((event) => event.at)];

	const read = [];
	for (const iteration of iterations) {
		const {id, startsAt, completedAt} = iteration;
		// "Ended in W" means completed in W; the running one is read at the end of W.
		const ended = completedAt !== null && completedAt >= week.startAt && completedAt < week.endAt;
		const running = !ended && startsAt < week.endAt && startsAt <= asOf && (completedAt === null || completedAt >= week.endAt);
		if (!ended && !running) continue;
		const end = ended ? (completedAt ?? 0) : week.endAt;
		let planned = 0;
		let added = 0;
		let removed = 0;
		let completedPlanned = 0;
		for (const ticket of tickets) {
			const isPlanned = inIteration(ticket, id, startsAt);
			const isAdded = !isPlanned && joins(ticket, id).some((at) => at > startsAt && at <= end);
			if (!isPlanned && !isAdded) continue;
			const completed = ticket.canceledAt === null ? ticket.completedAt : null;
			const completedInIt = completed !== null && completed <= end && inIteration(ticket, id, completed);
			if (isPlanned) planned++;
			else added++;
			if (isPlanned && completedInIt) completedPlanned++;
			if (!completedInIt && !inIteration(ticket, id, end, true)) removed++;
		}
		read.push({
			id,
			start: zoneDate(startsAt, week.timezone),
			end: zoneDate((running ? iteration.endsAt : end) - 1, week.timezone),
			running,
			planned,
			added,
			removed,
			completedPlanned,
			planningAccuracy: planned === 0 ? null : completedPlanned / planned,
			scopeChange: planned === 0 ? null : (added + removed) / planned,
		});
	}
	return read;
}

const weeks: ReadonlyArray<readonly [string, Week]> = [
	['2026-W47 Berlin', week47],
	['2026-W44 New York', parseWeekArgument('2026-W44', 0, 'America/New_York')],
];

describe('commitment integrity against a plain reading of metrics.md, on the edges of W and of each iteration', () => {
	for (const [name, week] of weeks) {
		for (let seed = 1; seed <= 40; seed++) {
			it(`${name}, case ${seed}`, () => {
				const random = seededRandom(seed);
				const iterations = iterationsAround(week);
				const tickets = randomTickets(random, week, iterations, 80);
				// After the week, or at an instant inside it ("so far").
				const now = random() < 0.5 ? week.endAt + 14 * dayMs : week.startAt + Math.floor(random() * (week.endAt - week.startAt));
				const v2 = computeVersion2({...metricInput(tickets, {now, week, iterations}), people});
				const product = v2.iterations.map(({id, start, end, running, planned, added, removed, completedPlanned, planningAccuracy, scopeChange}) => ({id, start, end, running, planned, added, removed, completedPlanned, planningAccuracy, scopeChange}));
				const plain = plainReading(tickets, iterations, now, week);
				expect(product.toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(plain.toSorted((a, b) => a.id.localeCompare(b.id)));
			});
		}
	}
});
