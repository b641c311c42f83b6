import {describe, expect, it} from 'vitest';
import {generateDemoOrg} from '../../../source/providers/demo/generate.js';
import {director} from '../../../source/providers/demo/roster.js';
import type {Ticket} from '../../../source/domain/types.js';

const week = 7 * 86_400_000;
const fridays = ['2026-11-27T16:00:00Z', '2026-12-04T16:00:00Z', '2027-03-12T16:00:00Z', '2027-06-18T16:00:00Z'];
const timezone = 'Europe/Berlin';

function between(tickets: readonly Ticket[], from: number, to: number) {
	const inRange = (at: number | null) => at !== null && at > from && at <= to;
	return {
		newFires: tickets.filter((ticket) => inRange(ticket.createdAt) && (ticket.type === 'Incident' || ticket.type === 'Bug')).length,
		completions: tickets.filter((ticket) => inRange(ticket.completedAt)).length,
		postponements: tickets.filter((ticket) => ticket.history.some((event) => event.field === 'dueDate' && inRange(event.at) && event.from !== null && event.to !== null && event.to > event.from)).length,
		blockers: tickets.filter((ticket) => ticket.blockedSpells.some((spell) => inRange(spell.start))).length,
		takeBacks: tickets.filter((ticket) => ticket.history.some((event) => event.field === 'assignee' && inRange(event.at) && event.to === director.id && event.from !== null && event.from !== director.id)).length,
	};
}

describe('the demo clock moved a week on', () => {
	for (const friday of fridays) {
		it(`brings new fires, completions, a postponement, a blocker and a take-back between ${friday} and the Friday after`, () => {
			const first = Date.parse(friday);
			const next = generateDemoOrg({now: first + week, timezone});
			const changes = between(next.tickets, first, first + week);
			expect(changes.newFires).toBeGreaterThan(0);
			expect(changes.completions).toBeGreaterThan(0);
			expect(changes.postponements).toBeGreaterThan(0);
			expect(changes.blockers).toBeGreaterThan(0);
			expect(changes.takeBacks).toBeGreaterThan(0);
		});
	}
});

describe('iterations', () => {
	const now = Date.parse('2026-12-04T16:00:00Z');
	const org = generateDemoOrg({now, timezone});
	const byId = new Map(org.iterations.map((iteration) => [iteration.id, iteration]));

	it('closes each cycle at its end; the running one is open', () => {
		for (const iteration of org.iterations) {
			const {completedAt} = iteration as typeof iteration & {completedAt: number | null};
			expect(completedAt).toBe(iteration.endsAt <= now ? iteration.endsAt : null);
		}
	});

	it('records when each ticket joined its cycle: planned work before the start, later work when filed', () => {
		const inCycles = org.tickets.filter((ticket) => ticket.iterationId !== null);
		expect(inCycles.length).toBeGreaterThan(100);
		let planned = 0;
		let added = 0;
		for (const ticket of inCycles) {
			const joins = ticket.history.filter((event) => event.field === 'iteration');
			expect(joins).toEqual([{at: joins[0]?.at, field: 'iteration', from: null, to: ticket.iterationId, actorId: null}]);
			const iteration = byId.get(ticket.iterationId ?? '');
			if ((joins[0]?.at ?? 0) <= (iteration?.startsAt ?? 0)) planned++;
			else {
				expect(joins[0]?.at).toBe(ticket.createdAt);
				added++;
			}
		}
		expect(planned).toBeGreaterThan(0);
		expect(added).toBeGreaterThan(0);
	});
});
