import {isCanceled} from './ticket-facts.js';
import type {Iteration, Ticket, Week} from '../types.js';
import type {IterationSayDo} from './types.js';

/**
 * Say-do per cycle / sprint overlapping W (an extension, docs/metrics.md): of the
 * non-canceled tickets in the iteration now, how many were completed by its end.
 */
export function computeIterationSayDo(tickets: readonly Ticket[], iterations: readonly Iteration[], week: Week): IterationSayDo[] {
	const overlapping = iterations.filter((iteration) => iteration.startsAt < week.endAt && iteration.endsAt > week.startAt);
	if (overlapping.length === 0) return [];
	const counts = new Map<string, {committed: number; done: number; endsAt: number}>(overlapping.map((iteration) => [iteration.id, {committed: 0, done: 0, endsAt: iteration.endsAt}]));
	for (const ticket of tickets) {
		if (ticket.iterationId === null || isCanceled(ticket)) continue;
		const count = counts.get(ticket.iterationId);
		if (!count) continue;
		count.committed++;
		if (ticket.completedAt !== null && ticket.completedAt <= count.endsAt) count.done++;
	}
	return overlapping
		.map((iteration) => {
			const count = counts.get(iteration.id) ?? {committed: 0, done: 0};
			return {
				iterationId: iteration.id,
				name: iteration.name,
				team: iteration.team,
				startsAt: iteration.startsAt,
				endsAt: iteration.endsAt,
				committed: count.committed,
				done: count.done,
				sayDo: count.committed === 0 ? null : count.done / count.committed,
			};
		})
		.sort((a, b) => a.startsAt - b.startsAt || (a.team ?? '').localeCompare(b.team ?? '') || a.name.localeCompare(b.name));
}
