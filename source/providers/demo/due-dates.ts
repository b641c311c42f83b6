import {dateOfDay, minutesPerDay, officeBetween, weekdayOf} from './calendar.js';
import {stormOnTimeChance} from './incident-storms.js';
import type {PlannedEvent, TicketKind} from './plan.js';
import type {Random, WeightTable} from './random.js';

const day = minutesPerDay;
const postponementCounts: WeightTable<number> = [[1, 60], [2, 30], [3, 10]];

export interface DueContext {
	readonly created: number;
	readonly started: number | null;
	readonly completed: number | null;
	readonly canceled: number | null;
	readonly kind: TicketKind;
	readonly events: PlannedEvent[];
	readonly actorId: string;
	/** Completed in its team's incident storm (incident-storms.ts): the promise mostly breaks. */
	readonly isStormCompletion: boolean;
}

/**
 * Due dates on about 60 % of tickets. A fifth of them are postponed one to three times,
 * mostly to a date that is then kept: the kept-promise rate ends up below the on-time rate.
 * Returns the due date set at creation; later settings and moves become events.
 */
export function planDueDates(random: Random, context: DueContext): string | null {
	const {created, started, completed, canceled, kind, events} = context;
	const hasDue = kind === 'epic' || kind === 'incident' ? random.chance(0.3) : random.chance(kind === 'bug' || kind === 'support' ? 0.6 : 0.65);
	if (!hasDue) return null;
	const createdDay = Math.floor(created / day);
	let dates: number[];
	if (completed === null) {
		// Open or dropped work: a promise that time will overtake.
		dates = [weekdayOnOrAfter(createdDay + random.int(3, 20))];
	} else {
		const completedDay = Math.floor(completed / day);
		const isOnTime = random.chance(context.isStormCompletion ? stormOnTimeChance : 0.72);
		// A promise broken in a storm was due earlier that week.
		const lateness = random.int(1, 5);
		const lateDay = context.isStormCompletion ? Math.max(mondayOf(completedDay), completedDay - lateness) : completedDay - lateness;
		const finalDay = isOnTime ? weekdayOnOrAfter(completedDay + random.int(0, 3)) : Math.max(createdDay, lateDay);
		dates = [finalDay];
	}

	const canPostpone = (dates[0] ?? createdDay) - createdDay >= 3;
	if (canPostpone && random.chance(0.22)) {
		const pushes = random.weighted(postponementCounts);
		for (let index = 0; index < pushes; index++) {
			const latest = dates[0] ?? createdDay;
			const earlier = latest - random.int(1, 7);
			if (earlier <= createdDay) break;
			dates.unshift(earlier);
		}
	}

	const end = completed ?? canceled ?? (started ?? created) + 30 * day;
	const isSetLater = random.chance(0.3);
	const firstAt = isSetLater ? officeBetween(created, started ?? end, random.between(0, 0.3)) : created;
	if (isSetLater) events.push({at: firstAt, field: 'dueDate', to: dateOfDay(dates[0] ?? createdDay), actorId: context.actorId});
	// Postponements happen around the old date: between the previous change and the end.
	let previous = firstAt;
	for (const date of dates.slice(1)) {
		const at = officeBetween(previous, end, random.between(0.2, 0.6));
		if (at <= previous || at >= end) break;
		events.push({at, field: 'dueDate', to: dateOfDay(date), actorId: context.actorId});
		previous = at;
	}

	return isSetLater ? null : dateOfDay(dates[0] ?? createdDay);
}

function weekdayOnOrAfter(dayNumber: number): number {
	let result = dayNumber;
	while (weekdayOf(result) >= 5) result++;
	return result;
}

function mondayOf(dayNumber: number): number {
	return dayNumber - weekdayOf(dayNumber);
}
