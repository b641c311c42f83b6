import {TZDate} from '@date-fns/tz';
import type {Iteration, Person, Ticket} from '../../../source/domain/types.js';

function isOfficeHours(instant: number, timezone: string): boolean {
	const local = new TZDate(instant, timezone);
	const minute = local.getHours() * 60 + local.getMinutes();
	return local.getDay() !== 0 && local.getDay() !== 6 && minute >= 8 * 60 + 30 && minute < 18 * 60 + 30;
}

/**
 * Checks every rule a tracker's data obeys, independently of the generator: local times
 * come from TZDate, not from the demo's own calendar. Returns the violations, so a
 * failing test says which ticket broke which rule.
 */
export function invariantViolations(org: {readonly tickets: readonly Ticket[]; readonly people: readonly Person[]; readonly iterations: readonly Iteration[]}, now: number, timezone: string): string[] {
	const violations: string[] = [];
	const personIds = new Set(org.people.map((person) => person.id));
	const iterationIds = new Set(org.iterations.map((iteration) => iteration.id));
	const seenIds = new Set<string>();
	const seenKeys = new Set<string>();
	const fail = (ticket: Ticket, rule: string) => violations.push(`${ticket.id} ${ticket.key}: ${rule}`);
	for (const ticket of org.tickets) {
		if (seenIds.has(ticket.id)) fail(ticket, 'duplicate id');
		if (seenKeys.has(ticket.key)) fail(ticket, 'duplicate key');
		seenIds.add(ticket.id);
		seenKeys.add(ticket.key);
		if (!/^demo-\d{4}-W\d{2}-\d{3,}$/.test(ticket.id)) fail(ticket, 'id format');
		if (!/^(PAY|PLAT|GROW|MOB|DATA)-\d+$/.test(ticket.key) || !ticket.key.startsWith(`${ticket.team}-`)) fail(ticket, 'key format');
		if (ticket.url !== `https://demo.director-review.invalid/issue/${ticket.key}`) fail(ticket, 'url');
		const instants: Array<[string, number | null]> = [
			['createdAt', ticket.createdAt],
			['updatedAt', ticket.updatedAt],
			['startedAt', ticket.startedAt],
			['completedAt', ticket.completedAt],
			['canceledAt', ticket.canceledAt],
		];
		for (const [name, instant] of instants) {
			if (instant !== null && (instant > now || instant < ticket.createdAt || !Number.isInteger(instant))) fail(ticket, `${name} outside [createdAt, now]`);
		}

		// Acme works weekdays 08:30–18:30 local time, on-call included.
		// The tracker's own roll-over (no actor) runs at a cycle's end, whatever the hour.
		const byPeople = ticket.history.filter((event) => !(event.field === 'iteration' && event.actorId === null));
		const moments = [ticket.createdAt, ...byPeople.map((event) => event.at), ...ticket.blockedSpells.flatMap((spell) => [spell.start, spell.end ?? spell.start])];
		if (moments.some((moment) => !isOfficeHours(moment, timezone))) fail(ticket, 'something happened outside office hours');

		switch (ticket.statusCategory) {
			case 'completed': {
				if (ticket.completedAt === null || ticket.startedAt === null || ticket.canceledAt !== null) fail(ticket, 'completed needs startedAt and completedAt only');
				else if (ticket.completedAt < ticket.startedAt || ticket.startedAt < ticket.createdAt) fail(ticket, 'completedAt ≥ startedAt ≥ createdAt');
				if (ticket.status !== 'Done') fail(ticket, 'completed status name');
				break;
			}

			case 'canceled': {
				if (ticket.canceledAt === null || ticket.completedAt !== null) fail(ticket, 'canceled needs canceledAt and no completedAt');
				break;
			}

			case 'started': {
				if (ticket.startedAt === null || ticket.completedAt !== null || ticket.canceledAt !== null) fail(ticket, 'started needs startedAt only');
				break;
			}

			default: {
				if (ticket.startedAt !== null || ticket.completedAt !== null || ticket.canceledAt !== null) fail(ticket, 'not started yet has no lifecycle dates');
			}
		}

		for (const id of [ticket.assigneeId, ticket.creatorId]) if (id !== null && !personIds.has(id)) fail(ticket, `unknown person ${id}`);
		if (ticket.iterationId !== null && !iterationIds.has(ticket.iterationId)) fail(ticket, `unknown iteration ${ticket.iterationId}`);
		if (ticket.dueDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(ticket.dueDate)) fail(ticket, 'due date format');

		// Replaying the history from the first values must land on the current fields.
		let previousAt = ticket.createdAt;
		const current: Record<string, string | null> = {};
		for (const event of ticket.history) {
			if (event.at < previousAt) fail(ticket, 'history not sorted or before createdAt');
			if (event.at > now) fail(ticket, 'history event after now');
			if (event.at > ticket.updatedAt) fail(ticket, 'history event after updatedAt');
			if (event.actorId !== null && !personIds.has(event.actorId)) fail(ticket, `unknown actor ${event.actorId}`);
			if (event.from === event.to) fail(ticket, 'history event that changes nothing');
			if (event.field in current && current[event.field] !== event.from) fail(ticket, `${event.field} history does not chain`);
			if (event.field === 'assignee') for (const id of [event.from, event.to]) if (id !== null && !personIds.has(id)) fail(ticket, `unknown assignee ${id}`);
			current[event.field] = event.to;
			previousAt = event.at;
		}

		if ('assignee' in current && current.assignee !== ticket.assigneeId) fail(ticket, 'assignee history does not end at assigneeId');
		if ('dueDate' in current && current.dueDate !== ticket.dueDate) fail(ticket, 'due-date history does not end at dueDate');
		if ('status' in current && current.status !== ticket.statusCategory) fail(ticket, 'status history does not end at statusCategory');
		const startEvent = ticket.history.find((event) => event.field === 'status' && event.to === 'started');
		if (ticket.startedAt !== null && startEvent?.at !== ticket.startedAt) fail(ticket, 'startedAt is not the start event');

		let spellFloor = ticket.createdAt;
		for (const [index, spell] of ticket.blockedSpells.entries()) {
			if (spell.start < spellFloor || spell.start > now) fail(ticket, 'blocked spells sorted, non-overlapping, not in the future');
			if (spell.end !== null && (spell.end < spell.start || spell.end > now)) fail(ticket, 'blocked spell ends before it starts or after now');
			if (spell.end === null && index < ticket.blockedSpells.length - 1) fail(ticket, 'an open spell must be the last');
			if (spell.reason.trim() === '') fail(ticket, 'blocked spell without a reason');
			spellFloor = spell.end ?? spell.start;
		}

		if (ticket.completedAt !== null && ticket.blockedSpells.some((spell) => spell.end === null || spell.end > (ticket.completedAt ?? 0))) fail(ticket, 'blocked after completion');
		if (ticket.status === 'Blocked' && !ticket.blockedSpells.some((spell) => spell.end === null)) fail(ticket, 'status Blocked while not blocked');
	}

	return violations;
}
