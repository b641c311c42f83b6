/**
 * Random tickets around a week W (2026-W47 in Berlin, or a week with a DST switch) whose instants sit on the edges a reader of
 * metrics.md would test — W's first instant, the last millisecond before its end, the end
 * itself, noon of a day — mixed with arbitrary hours over the twelve weeks before, with
 * assignee and due-date changes, blocked spells, cancellations and reopened (never
 * completed) tickets. The tests that read the contract afresh (contract-reading.test.ts)
 * compare the product's figures with a plain reading over these.
 */
import type {BlockedSpell, HistoryEvent, Ticket, Week} from '../../source/domain/types.js';
import {makeTicket} from './ticket-builder.js';
import {dateAfter} from './zone-reading.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** The roster of test/domain/metrics/fixture.ts, by id; null is nobody. */
export const boundaryPeople: ReadonlyArray<string | null> = ['u-dana', 'u-alex', 'u-sam', 'u-bo', 'u-eve', null];
/** Due dates around W, by days from its Monday: for 2026-W47, 10 November to 21 December (the promise-risk horizon's edge). */
const dueOffsets = [-6, -1, 0, 2, 4, 6, 7, 14, 34, 35];

export function boundaryTickets(random: () => number, week: Week, count: number): Ticket[] {
	const dueDates = dueOffsets.map((days) => dateAfter(week.start, days));
	const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
	const edges = [week.startAt - 1, week.startAt, week.startAt + 2.5 * dayMs, week.startAt + 4 * dayMs + 13 * hourMs, week.endAt - 1, week.endAt];
	const instant = () => (random() < 0.4 ? pick(edges) : week.startAt - 80 * dayMs + Math.floor(random() * 90 * 24) * hourMs);
	const tickets: Ticket[] = [];
	for (let index = 0; index < count; index++) {
		const createdAt = Math.min(instant(), week.startAt + 6 * dayMs);
		const startedAt = random() < 0.25 ? null : Math.max(createdAt, random() < 0.5 ? instant() : createdAt + Math.floor(random() * 100) * hourMs);
		const endedAt = random() < 0.4 ? null : Math.max(startedAt ?? createdAt, random() < 0.5 ? instant() : createdAt + Math.floor(random() * 400) * hourMs);
		const isCanceled = endedAt !== null && random() < 0.2;
		const history: HistoryEvent[] = [];
		let assigneeId = pick(boundaryPeople);
		let dueDate: string | null = random() < 0.3 ? null : pick(dueDates);
		const changes = Array.from({length: Math.floor(random() * 4)}, () => Math.max(createdAt + 1, random() < 0.5 ? instant() : createdAt + Math.floor(random() * 300) * hourMs)).sort((a, b) => a - b);
		for (const at of changes) {
			if (random() < 0.6) {
				const to = pick(boundaryPeople);
				if (to !== assigneeId) history.push({at, field: 'assignee', from: assigneeId, to, actorId: null});
				assigneeId = to;
			} else {
				const to = random() < 0.15 ? null : pick(dueDates);
				if (to !== dueDate) history.push({at, field: 'dueDate', from: dueDate, to, actorId: null});
				dueDate = to;
			}
		}
		const blockedSpells: BlockedSpell[] = [];
		if (random() < 0.3) {
			const start = instant();
			const end = instant();
			blockedSpells.push({start, end: random() < 0.3 || end <= start ? null : end, reason: 'blocked by ENG-1'});
		}
		tickets.push(
			makeTicket({
				id: `b${index}`,
				createdAt,
				updatedAt: Math.max(createdAt, ...history.map((event) => event.at)),
				startedAt,
				completedAt: isCanceled ? null : endedAt,
				canceledAt: isCanceled ? endedAt : null,
				assigneeId,
				creatorId: pick(boundaryPeople),
				dueDate,
				history,
				blockedSpells,
			}),
		);
	}
	return tickets;
}
