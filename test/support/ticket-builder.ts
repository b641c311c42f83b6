/**
 * The one ticket builder of the tests. Suites that need other defaults (the views' started
 * ticket in test/ui/fixtures.ts, the store's fully set ticket in test/store/fixtures.ts, the
 * classifier's in test/domain/classify/labelled.ts) pass them to `makeTicket`, so a field
 * added to Ticket gets its quiet default here, once.
 */
import type {BlockedSpell, HistoryEvent, Person, Ticket} from '../../source/domain/types.js';

/** An instant from an ISO string with an explicit offset or `Z`, so tests read in local time. */
export function at(iso: string): number {
	const instant = Date.parse(iso);
	if (Number.isNaN(instant)) throw new Error(`not an instant: ${iso}`);
	return instant;
}

let counter = 0;

/** A ticket with quiet defaults: created long before any test week, never started, nobody assigned. */
export function makeTicket(partial: Partial<Ticket> = {}): Ticket {
	counter++;
	const id = partial.id ?? `ticket-${counter}`;
	const createdAt = partial.createdAt ?? at('2026-01-05T09:00:00Z');
	return {
		id,
		key: `ENG-${counter}`,
		title: `Ticket ${id}`,
		url: null,
		type: null,
		priority: null,
		labels: [],
		components: [],
		project: null,
		team: null,
		status: 'Todo',
		statusCategory: 'unstarted',
		createdAt,
		updatedAt: createdAt,
		startedAt: null,
		completedAt: null,
		canceledAt: null,
		dueDate: null,
		assigneeId: null,
		creatorId: null,
		iterationId: null,
		estimate: null,
		history: [],
		blockedSpells: [],
		...partial,
	};
}

export function assigneeChange(when: string, from: string | null, to: string | null): HistoryEvent {
	return {at: at(when), field: 'assignee', from, to, actorId: null};
}

export function dueDateChange(when: string, from: string | null, to: string | null): HistoryEvent {
	return {at: at(when), field: 'dueDate', from, to, actorId: null};
}

export function spell(start: string, end: string | null, reason = 'blocked by ENG-1'): BlockedSpell {
	return {start: at(start), end: end === null ? null : at(end), reason};
}

export function makePerson(partial: Partial<Person> & {id: string}): Person {
	return {name: partial.id, displayName: null, email: null, active: true, ...partial};
}
