/**
 * Commitment integrity (metrics.md Version 2 and its "Iterations" reading) read afresh, the
 * plainest way, and compared with the product's over random iteration moves on the edges
 * that matter: W's first and last instants, each iteration's start and completion instant
 * and the millisecond either side (test/support/iteration-reading.ts reads membership apart
 * from timeline.ts).
 */
import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {parseWeekArgument} from '../../../../source/domain/week.js';
import type {Iteration, Ticket, Week} from '../../../../source/domain/types.js';
import {inIteration, iterationJoins, iterationsAround, iterationTickets} from '../../../support/iteration-reading.js';
import {seededRandom} from '../../../support/seeded-random.js';
import {zoneDate} from '../../../support/zone-reading.js';
import {metricInput, people, week47} from '../fixture.js';

const dayMs = 24 * 60 * 60 * 1000;

function plainReading(tickets: readonly Ticket[], iterations: readonly Iteration[], now: number, week: Week) {
	const asOf = Math.min(now, week.endAt);
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
			const isAdded = !isPlanned && iterationJoins(ticket, id).some((at) => at > startsAt && at <= end);
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
				const tickets = iterationTickets(random, week, iterations, 80);
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
