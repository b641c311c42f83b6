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

	it('runs one cycle per team now, and lists the next one, not started yet', () => {
		const teams = new Set(org.iterations.map((iteration) => iteration.team));
		for (const team of teams) {
			const ofTeam = org.iterations.filter((iteration) => iteration.team === team);
			expect(ofTeam.filter((iteration) => iteration.startsAt <= now && iteration.endsAt > now), team ?? '').toHaveLength(1);
			expect(ofTeam.filter((iteration) => iteration.startsAt > now), team ?? '').toHaveLength(1);
		}
	});

	it('records cycle moves as Linear does: planned before the start, added when filed, taken out, rolled over at the end', () => {
		const moved = org.tickets.filter((ticket) => ticket.history.some((event) => event.field === 'iteration'));
		expect(moved.length).toBeGreaterThan(100);
		const counts = {planned: 0, added: 0, removed: 0, toBacklog: 0, rolledOver: 0};
		for (const ticket of moved) {
			const moves = ticket.history.filter((event) => event.field === 'iteration');
			// The moves chain from no cycle to the ticket's cycle now.
			expect(moves[0]?.from).toBeNull();
			for (let index = 1; index < moves.length; index++) expect(moves[index]?.from).toBe(moves[index - 1]?.to);
			expect(moves.at(-1)?.to).toBe(ticket.iterationId);
			const first = byId.get(moves[0]?.to ?? '');
			if ((moves[0]?.at ?? 0) <= (first?.startsAt ?? 0)) counts.planned++;
			else {
				expect(moves[0]?.at).toBe(ticket.createdAt);
				counts.added++;
			}

			for (const move of moves.slice(1)) {
				const left = byId.get(move.from ?? '');
				if (move.actorId === null) {
					// The tracker's roll-over: at the end of the cycle left, into the one starting then.
					expect(move.at).toBe(left?.endsAt);
					expect(byId.get(move.to ?? '')?.startsAt).toBe(move.at);
					counts.rolledOver++;
				} else {
					expect(move.at).toBeLessThan(left?.endsAt ?? 0);
					if (move.to === null) counts.toBacklog++;
					else counts.removed++;
				}
			}
		}

		for (const [name, count] of Object.entries(counts)) expect(count, name).toBeGreaterThan(0);
	});
});
