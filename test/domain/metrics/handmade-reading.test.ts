/**
 * A third reading of metrics.md, on hand-made tickets rather than random ones: the cases a
 * random generator rarely builds — a person in two groups, a roster named by display name and
 * in another case, people off the roster, the director's own tickets, a due date moved five
 * times in W, a reopened ticket, a ticket canceled in W, take-backs and re-delegations, tickets
 * completed straight from the backlog — read from the contract's words (a pass over every
 * ticket, dates through Intl) and compared with the product's version 1 and 2 figures.
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {computeVersion2} from '../../../source/domain/metrics/v2/compute-v2.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {parseWeekArgument, shiftWeek} from '../../../source/domain/week.js';
import type {Category, Classification, HistoryEvent, Ticket, Week} from '../../../source/domain/types.js';
import {makePerson, makeTicket} from '../../support/ticket-builder.js';
import {dateAfter, localMidnight, zoneDate} from '../../support/zone-reading.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

const people = [
	makePerson({id: 'u-dana', name: 'Dana Director', displayName: 'dana', email: 'dana@example.com'}),
	makePerson({id: 'u-alex', name: 'Alex Kim', displayName: 'alexk', email: 'alex@example.com'}),
	makePerson({id: 'u-sam', name: 'Sam Lee', email: 'sam@example.com'}),
	makePerson({id: 'u-bo', name: 'Bo Chen', email: 'bo@example.com'}),
	makePerson({id: 'u-eve', name: 'Eve Outsider', email: 'eve@example.com'}),
];
/** Sam sits in both groups: named by email in Alex's team and by display name, in capitals, in Bo's. */
const roster = resolveRoster(
	{
		director: 'DANA',
		reports: [
			{name: 'Alex Kim', id: 'ALEX@example.com', team: ['sam@example.com']},
			{name: 'Bo Chen', id: 'u-bo', team: ['SAM LEE']},
		],
	},
	people,
);
const director = 'u-dana';
const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
	['Alex Kim', ['u-alex', 'u-sam']],
	['Bo Chen', ['u-bo', 'u-sam']],
];
const rosterPeople = ['u-dana', 'u-alex', 'u-sam', 'u-bo'];

// ---------------------------------------------------------------------------------------------
// The contract's words, read plainly.

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const half = sorted.length / 2;
	return Number.isInteger(half) ? ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2 : (sorted[Math.floor(half)] ?? 0);
}
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function contractReading(tickets: readonly Ticket[], classifications: ReadonlyMap<string, Classification>, week: Week, now: number, staleDays = 14) {
	const zone = week.timezone;
	const dateOf = (instant: number) => zoneDate(instant, zone);
	const startOf = (date: string) => localMidnight(date, zone);
	const weekStart = startOf(week.start);
	const weekEnd = startOf(dateAfter(week.start, 7));
	const asOf = Math.min(now, weekEnd);
	// "When W is over, the calendar date of asOf(W) is W's Sunday."
	const asOfDate = now >= weekEnd ? week.end : dateOf(now);
	const inW = (instant: number) => instant >= weekStart && instant < weekEnd;
	const duringW = (instant: number) => inW(instant) && instant <= asOf;
	const dateInW = (date: string | null) => date !== null && date >= week.start && date <= week.end;
	const categoryOf = (ticket: Ticket) => classifications.get(ticket.id)?.category ?? 'unclassified';
	const isCompleted = (ticket: Ticket) => ticket.canceledAt === null && ticket.completedAt !== null;
	const completedInW = (ticket: Ticket) => isCompleted(ticket) && inW(ticket.completedAt ?? 0);
	const activeInW = (ticket: Ticket) => ticket.startedAt !== null && ticket.startedAt < weekEnd && (ticket.completedAt ?? ticket.canceledAt ?? Infinity) >= weekStart;
	const changes = (ticket: Ticket, field: HistoryEvent['field']) => ticket.history.filter((event) => event.field === field);
	// A field's value at an instant: the value the first later change moved away from, else the current one.
	const valueAt = (ticket: Ticket, field: 'assignee' | 'dueDate', instant: number) => {
		const next = changes(ticket, field).find((event) => event.at > instant);
		if (next) return next.from;
		return field === 'assignee' ? ticket.assigneeId : ticket.dueDate;
	};
	const groupsOf = (person: string | null | undefined) => groups.filter(([, members]) => person !== null && person !== undefined && members.includes(person)).map(([name]) => name);
	const counts = (list: readonly Ticket[]) => {
		const operational = list.filter((ticket) => categoryOf(ticket) === 'operational').length;
		const strategic = list.filter((ticket) => categoryOf(ticket) === 'strategic').length;
		return {operational, strategic, unclassified: list.length - operational - strategic, operationalShare: ratio(operational, operational + strategic)};
	};

	// Predictability.
	const firstDue = (ticket: Ticket) => {
		const dueChanges = changes(ticket, 'dueDate');
		if (dueChanges.length === 0) return ticket.dueDate;
		// The value it was created with, when it had one; else the first value set.
		return dueChanges[0]?.from ?? dueChanges.find((event) => event.to !== null)?.to ?? null;
	};
	const judge = (ticket: Ticket, date: string): 'good' | 'bad' | 'open' => {
		if (isCompleted(ticket)) return dateOf(ticket.completedAt ?? 0) <= date ? 'good' : 'bad';
		return date < asOfDate ? 'bad' : 'open';
	};
	const standing = tickets.filter((ticket) => ticket.canceledAt === null);
	const due = standing.filter((ticket) => dateInW(ticket.dueDate));
	const committed = standing.filter((ticket) => dateInW(firstDue(ticket)));
	const dueJudged = due.map((ticket) => judge(ticket, ticket.dueDate ?? ''));
	const committedJudged = committed.map((ticket) => judge(ticket, firstDue(ticket) ?? ''));
	const onTime = dueJudged.filter((verdict) => verdict === 'good').length;
	const late = dueJudged.filter((verdict) => verdict === 'bad').length;
	const kept = committedJudged.filter((verdict) => verdict === 'good').length;
	const broken = committedJudged.filter((verdict) => verdict === 'bad').length;
	const slips = due.filter((ticket) => isCompleted(ticket) && dateOf(ticket.completedAt ?? 0) > (ticket.dueDate ?? '')).map((ticket) => (Date.parse(dateOf(ticket.completedAt ?? 0)) - Date.parse(ticket.dueDate ?? '')) / dayMs);
	const postponements = tickets.flatMap((ticket) => changes(ticket, 'dueDate')).filter((event) => duringW(event.at) && event.from !== null && event.to !== null && event.to > event.from).length;

	// Delegation.
	const delegationEvents = (ticket: Ticket): Array<{at: number; to: string}> => {
		const events: Array<{at: number; to: string}> = [];
		const createdByDirector = ticket.creatorId === director;
		const createdWith = valueAt(ticket, 'assignee', ticket.createdAt);
		if (createdByDirector && createdWith !== null && groupsOf(createdWith).length > 0) events.push({at: ticket.createdAt, to: createdWith});
		for (const event of changes(ticket, 'assignee')) {
			if (event.to === null || groupsOf(event.to).length === 0) continue;
			if (event.from === director || (event.from === null && createdByDirector)) events.push({at: event.at, to: event.to});
		}
		return events;
	};
	const openAt = (ticket: Ticket) => ticket.createdAt <= asOf && !(ticket.completedAt !== null && ticket.completedAt <= asOf) && !(ticket.canceledAt !== null && ticket.canceledAt <= asOf);
	const latestChange = (ticket: Ticket) => Math.max(...[ticket.createdAt, ticket.startedAt ?? -Infinity, ticket.updatedAt, ...ticket.history.map((event) => event.at)].filter((instant) => instant <= asOf));
	const assigneeAtCompletion = (ticket: Ticket) => valueAt(ticket, 'assignee', ticket.completedAt ?? 0);
	const reports = groups.map(([name]) => {
		const delegatedInW = tickets.filter((ticket) => delegationEvents(ticket).some((event) => duringW(event.at) && groupsOf(event.to).includes(name)));
		const held = tickets.filter((ticket) => delegationEvents(ticket).some((event) => event.at <= asOf) && groupsOf(valueAt(ticket, 'assignee', asOf)).includes(name));
		const open = held.filter(openAt);
		const groupDone = counts(tickets.filter((ticket) => completedInW(ticket) && groupsOf(assigneeAtCompletion(ticket)).includes(name)));
		return {
			name,
			delegated: delegatedInW.length,
			open: open.length,
			completed: held.filter(completedInW).length,
			overdue: open.filter((ticket) => {
				const dueAtAsOf = valueAt(ticket, 'dueDate', asOf);
				return dueAtAsOf !== null && dueAtAsOf < asOfDate;
			}).length,
			stale: open.filter((ticket) => asOf - latestChange(ticket) >= staleDays * dayMs).length,
			strategicShare: ratio(groupDone.strategic, groupDone.operational + groupDone.strategic),
			takenBack: tickets.flatMap((ticket) => changes(ticket, 'assignee')).filter((event) => duringW(event.at) && event.to === director && groupsOf(event.from).includes(name)).length,
		};
	});
	const delegated = tickets.filter((ticket) => delegationEvents(ticket).some((event) => duringW(event.at))).length;
	const directorCompleted = tickets.filter((ticket) => completedInW(ticket) && assigneeAtCompletion(ticket) === director).length;

	// Blockers.
	const touchesW = (spell: Ticket['blockedSpells'][number]) => spell.start < weekEnd && spell.start <= asOf && (spell.end === null || spell.end > weekStart);
	const endedInW = tickets.flatMap((ticket) => ticket.blockedSpells).filter((spell) => spell.end !== null && duringW(spell.end));

	// Version 2: effort.
	const workingDays = [0, 1, 2, 3, 4].map((offset) => dateAfter(week.start, offset)).filter((date) => date <= asOfDate);
	const unplanned = (ticket: Ticket) => ticket.startedAt !== null && ticket.startedAt - ticket.createdAt < 48 * hourMs;
	type Tally = {operational: number; strategic: number; unclassified: number; unplanned: number};
	const tallyOf = (): Tally => ({operational: 0, strategic: 0, unclassified: 0, unplanned: 0});
	const personTally = new Map(rosterPeople.map((person) => [person, tallyOf()]));
	for (const person of rosterPeople) {
		const tally = personTally.get(person) ?? tallyOf();
		for (const date of workingDays) {
			const from = startOf(date);
			const to = startOf(dateAfter(date, 1));
			const set = tickets.filter((ticket) => {
				if (!(ticket.startedAt !== null && ticket.startedAt < to && (ticket.completedAt ?? ticket.canceledAt ?? Infinity) >= from)) return false;
				const holders = new Set([valueAt(ticket, 'assignee', from)]);
				// "Whoever held the ticket at the start of d plus anyone it changed to or from during d."
				for (const event of changes(ticket, 'assignee')) if (event.at >= from && event.at < to) holders.add(event.from).add(event.to);
				return holders.has(person);
			});
			for (const ticket of set) {
				tally[categoryOf(ticket)] += 1 / set.length;
				if (unplanned(ticket)) tally.unplanned += 1 / set.length;
			}
		}
	}
	const effortOf = (members: readonly string[]) => {
		const sum = tallyOf();
		for (const member of members) for (const key of ['operational', 'strategic', 'unclassified', 'unplanned'] as const) sum[key] += personTally.get(member)?.[key] ?? 0;
		const all = sum.operational + sum.strategic + sum.unclassified;
		return {operational: sum.operational, strategic: sum.strategic, unclassified: sum.unclassified, operationalShare: ratio(sum.operational, sum.operational + sum.strategic), interruptShare: ratio(sum.unplanned, all)};
	};

	// Version 2: the sample C, promise risk, aging, unowned fires.
	const sampleStart = startOf(dateAfter(week.start, -77));
	const sampleOf = (members: readonly string[]) =>
		tickets
			.filter((ticket) => isCompleted(ticket) && ticket.startedAt !== null && (ticket.completedAt ?? 0) >= sampleStart && (ticket.completedAt ?? 0) <= asOf && (ticket.completedAt ?? 0) < weekEnd && members.includes(assigneeAtCompletion(ticket) ?? ''))
			.map((ticket) => ((ticket.completedAt ?? 0) - (ticket.startedAt ?? 0)) / dayMs);
	const orgSample = sampleOf(rosterPeople);
	const chance = (sample: readonly number[], age: number, dueDate: string | null) => {
		if (dueDate === null) return null;
		const left = (startOf(dateAfter(dueDate, 1)) - asOf) / dayMs;
		if (left <= 0) return 0;
		const longer = sample.filter((days) => days > age);
		if (longer.length < 5) return null;
		return longer.filter((days) => days <= age + left).length / longer.length;
	};
	const promiseRisk: unknown[] = [];
	const aging: unknown[] = [];
	for (const [name, members] of groups) {
		const own = sampleOf(members);
		const sample = own.length < 20 ? orgSample : own;
		const sorted = [...sample].sort((a, b) => a - b);
		const p85 = sorted.length === 0 ? null : (sorted[Math.ceil(0.85 * sorted.length) - 1] ?? null);
		const mine = tickets.filter((ticket) => openAt(ticket) && members.includes(valueAt(ticket, 'assignee', asOf) ?? ''));
		const started = (ticket: Ticket) => ticket.startedAt !== null && ticket.startedAt <= asOf;
		const ageOf = (ticket: Ticket) => (started(ticket) ? (asOf - (ticket.startedAt ?? 0)) / dayMs : 0);
		promiseRisk.push(
			...mine
				.filter((ticket) => ticket.dueDate !== null && ticket.dueDate <= dateAfter(week.end, 28))
				.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.key.localeCompare(b.key))
				.map((ticket) => {
					const onTimeProbability = chance(sample, ageOf(ticket), ticket.dueDate);
					return {key: ticket.key, report: name, dueDate: ticket.dueDate, firstDueDate: firstDue(ticket), onTimeProbability, keptProbability: chance(sample, ageOf(ticket), firstDue(ticket)), atRisk: onTimeProbability !== null && onTimeProbability < 0.5};
				}),
		);
		aging.push(
			...mine
				.filter(started)
				.sort((a, b) => ageOf(b) - ageOf(a) || a.key.localeCompare(b.key))
				.map((ticket) => ({key: ticket.key, report: name, ageDays: ageOf(ticket), aging: p85 !== null && ageOf(ticket) > p85, stalled: asOf - latestChange(ticket) >= 5 * dayMs})),
		);
	}
	const unownedFires = tickets
		.filter((ticket) => openAt(ticket) && categoryOf(ticket) === 'operational' && [null, director].includes(valueAt(ticket, 'assignee', asOf)))
		.sort((a, b) => a.createdAt - b.createdAt)
		.map((ticket) => ({key: ticket.key, assignee: valueAt(ticket, 'assignee', asOf) === null ? null : 'Dana Director', ageDays: (asOf - ticket.createdAt) / dayMs}));

	return {
		version1: {
			allocation: {
				completed: counts(tickets.filter(completedInW)),
				active: counts(tickets.filter(activeInW)),
				inProgress: counts(tickets.filter((ticket) => ticket.startedAt !== null && ticket.startedAt <= asOf && openAt(ticket))),
			},
			predictability: {due: due.length, onTime, late, pending: due.length - onTime - late, onTimeRate: ratio(onTime, onTime + late), committed: committed.length, kept, broken, keptRate: ratio(kept, kept + broken), postponements, medianSlipDays: median(slips)},
			delegation: {
				director: {open: tickets.filter((ticket) => openAt(ticket) && valueAt(ticket, 'assignee', asOf) === director).length, completed: directorCompleted},
				delegated,
				takenBack: tickets.flatMap((ticket) => changes(ticket, 'assignee')).filter((event) => duringW(event.at) && event.to === director && groupsOf(event.from).length > 0).length,
				delegationRate: ratio(delegated, delegated + directorCompleted),
				reports,
			},
			blockers: {
				blocked: tickets.filter((ticket) => ticket.blockedSpells.some(touchesW)).length,
				blockedNow: tickets.filter((ticket) => ticket.blockedSpells.some((spell) => spell.start <= asOf && (spell.end === null || spell.end > asOf))).length,
				medianBlockedDays: median(endedInW.map((spell) => ((spell.end ?? 0) - spell.start) / dayMs)),
			},
		},
		version2: {effort: {org: effortOf(rosterPeople), reports: groups.map(([, members]) => effortOf(members))}, promiseRisk, aging, unownedFires},
	};
}

// ---------------------------------------------------------------------------------------------
// Hand-made tickets, in local time of the week's zone.

interface Scenario {
	readonly tickets: Ticket[];
	readonly classifications: Map<string, Classification>;
}

function scenario(week: Week): Scenario {
	const zone = week.timezone;
	/** Day `day` of W (0 = Monday, may run outside W) at local `hh:mm`. */
	const local = (day: number, time = '12:00') => {
		const [hours, minutes] = time.split(':').map(Number);
		return localMidnight(dateAfter(week.start, day), zone) + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60 * 1000;
	};
	const date = (day: number) => dateAfter(week.start, day);
	const assignee = (when: number, from: string | null, to: string | null): HistoryEvent => ({at: when, field: 'assignee', from, to, actorId: null});
	const dueMove = (when: number, from: string | null, to: string | null): HistoryEvent => ({at: when, field: 'dueDate', from, to, actorId: null});
	const status = (when: number, from: string, to: string): HistoryEvent => ({at: when, field: 'status', from, to, actorId: null});
	const tickets: Ticket[] = [];
	const categories: Array<[string, Category]> = [];
	let counter = 0;
	const add = (partial: Partial<Ticket>, category?: Category) => {
		counter++;
		const history = [...(partial.history ?? [])].sort((a, b) => a.at - b.at);
		const ticket = makeTicket({id: `h${counter}`, key: `HM-${String(counter).padStart(3, '0')}`, updatedAt: Math.max(partial.createdAt ?? 0, ...history.map((event) => event.at)), ...partial, history});
		tickets.push(ticket);
		if (category) categories.push([ticket.id, category]);
		return ticket;
	};

	// Director's ticket handed to Alex, passed to Sam, taken back from Sam (in both groups), handed to Bo.
	add({createdAt: local(-20), creatorId: director, startedAt: local(-19), assigneeId: 'u-bo', dueDate: date(3), history: [assignee(local(-20, '12:00') + 1, null, director), assignee(local(0, '09:00'), director, 'u-alex'), assignee(local(1, '10:00'), 'u-alex', 'u-sam'), assignee(local(2, '11:00'), 'u-sam', director), assignee(local(3, '16:00'), director, 'u-bo')]}, 'operational');
	// Created by the director in W already assigned to Sam (both groups); completed in W.
	add({createdAt: local(1, '08:00'), creatorId: director, assigneeId: 'u-sam', startedAt: local(1, '09:00'), completedAt: local(4, '17:00'), dueDate: date(4)}, 'strategic');
	// Created by Eve (off the roster), unassigned, then Alex takes it: no delegation.
	add({createdAt: local(-3), creatorId: 'u-eve', assigneeId: 'u-alex', startedAt: local(2), history: [assignee(local(1), null, 'u-alex')]}, 'operational');
	// Created by the director unassigned, given to Eve, then Eve to Alex: not from the director, not from nobody.
	add({createdAt: local(-10), creatorId: director, assigneeId: 'u-alex', startedAt: local(-9), history: [assignee(local(-9), null, 'u-eve'), assignee(local(2), 'u-eve', 'u-alex')]}, 'strategic');
	// Delegated by the director from nobody before W, completed by Alex in W one day late.
	add({createdAt: local(-30), creatorId: director, assigneeId: 'u-alex', startedAt: local(-25), completedAt: local(3, '00:30'), dueDate: date(2), history: [assignee(local(-28), null, 'u-alex')]}, 'strategic');
	// The director's own ticket, completed in W: director.completed.
	add({createdAt: local(-4), creatorId: director, assigneeId: director, startedAt: local(-1), completedAt: local(2, '18:00')}, 'operational');
	// The director's own open fire.
	add({createdAt: local(-6, '07:00'), creatorId: director, assigneeId: director, startedAt: local(-5)}, 'operational');
	// An unassigned fire, created earlier still; one reassigned to nobody during W.
	add({createdAt: local(-8, '07:00'), creatorId: 'u-eve'}, 'operational');
	add({createdAt: local(-2), creatorId: 'u-eve', assigneeId: null, startedAt: local(-1, '23:59'), history: [assignee(local(-2) + 1, null, 'u-bo'), assignee(local(4, '23:00'), 'u-bo', null)]}, 'operational');
	// Canceled in W after starting before it: active, never completed; due in W yet not counted.
	add({createdAt: local(-15), creatorId: 'u-alex', assigneeId: 'u-alex', startedAt: local(-14), canceledAt: local(2), dueDate: date(1)}, 'operational');
	// A due date moved five times in W: two postponements; the first due date (W's Tuesday) broken.
	add({createdAt: local(-12), creatorId: 'u-bo', assigneeId: 'u-bo', startedAt: local(-11), dueDate: date(11), history: [dueMove(local(0, '10:00'), date(1), date(4)), dueMove(local(1, '10:00'), date(4), date(2)), dueMove(local(2, '10:00'), date(2), null), dueMove(local(3, '10:00'), null, date(9)), dueMove(local(6, '23:59'), date(9), date(11))]}, 'strategic');
	// First due date set from nothing before W, then moved out: committed in W, kept by completion on it.
	add({createdAt: local(-20), creatorId: 'u-bo', assigneeId: 'u-bo', startedAt: local(-18), completedAt: local(5, '23:59'), dueDate: date(20), history: [dueMove(local(-19), null, date(5)), dueMove(local(-10), date(5), date(20))]});
	// Due on W's Sunday: one completed in its last minute (on time), one at the next Monday 00:30 (late, 1 day).
	add({createdAt: local(-9), creatorId: 'u-sam', assigneeId: 'u-sam', startedAt: local(-8), completedAt: local(6, '23:59'), dueDate: date(6)}, 'operational');
	add({createdAt: local(-9), creatorId: 'u-sam', assigneeId: 'u-sam', startedAt: local(-8), completedAt: local(7, '00:30'), dueDate: date(6)}, 'operational');
	// Reopened: completed on W's Tuesday, reopened Wednesday, open now; due Monday.
	add({createdAt: local(-9), creatorId: 'u-alex', assigneeId: 'u-alex', startedAt: local(-8), dueDate: date(0), history: [status(local(1), 'started', 'completed'), status(local(2), 'completed', 'started')]}, 'operational');
	// Completed straight from the backlog in W (never started): completed, not active, no cycle time.
	add({createdAt: local(-40), creatorId: 'u-bo', assigneeId: 'u-bo', completedAt: local(0, '00:00')}, 'strategic');
	// An unclassified ticket completed by someone off the roster at W's last instant.
	add({createdAt: local(-5), creatorId: 'u-eve', assigneeId: 'u-eve', startedAt: local(-4), completedAt: local(7) - 1});
	// Blocked spells: one ended at W's first instant, one open, one inside W.
	add({createdAt: local(-30), creatorId: 'u-alex', assigneeId: 'u-alex', startedAt: local(-29), blockedSpells: [{start: local(-3), end: local(0, '00:00'), reason: 'blocked by ENG-1'}]}, 'strategic');
	add({createdAt: local(-30), creatorId: 'u-alex', assigneeId: 'u-sam', startedAt: local(-29), blockedSpells: [{start: local(-1), end: null, reason: 'status Blocked'}]}, 'operational');
	add({createdAt: local(-30), creatorId: 'u-bo', assigneeId: 'u-bo', startedAt: local(-29), blockedSpells: [{start: local(1, '06:00'), end: local(2, '18:00'), reason: 'flagged'}]});
	// Quiet tickets for stale and stalled: delegated long ago, untouched; one touched by a status move.
	add({createdAt: local(-60), creatorId: director, assigneeId: 'u-alex', startedAt: local(-50), dueDate: date(-3), history: [assignee(local(-59), director, 'u-alex')]}, 'strategic');
	add({createdAt: local(-60), creatorId: director, assigneeId: 'u-bo', startedAt: local(-50), dueDate: date(30), history: [assignee(local(-59), director, 'u-bo'), status(local(-2), 'started', 'started')]}, 'strategic');
	// Taken back from Bo in W and kept by the director; one taken back from Eve (not a take-back).
	add({createdAt: local(-7), creatorId: 'u-bo', assigneeId: director, startedAt: local(-6), history: [assignee(local(5, '09:00'), 'u-bo', director)]}, 'operational');
	add({createdAt: local(-7), creatorId: 'u-eve', assigneeId: director, startedAt: local(-6), history: [assignee(local(5, '09:00'), 'u-eve', director)]}, 'operational');
	// Long-quiet tickets that W touches only once (the week's selection must still find them):
	// completed two months ago, its due date moved later in W; canceled long ago, moved in W.
	add({createdAt: local(-90), creatorId: 'u-bo', assigneeId: 'u-bo', startedAt: local(-80), completedAt: local(-60), dueDate: date(40), history: [dueMove(local(3, '09:00'), date(-61), date(40))]}, 'strategic');
	add({createdAt: local(-90), creatorId: 'u-bo', assigneeId: 'u-bo', canceledAt: local(-60), dueDate: date(41), history: [dueMove(local(4, '09:00'), date(-50), date(41))]});
	// Completed three weeks ago with its first due date in W (kept), its current one moved earlier; another due in W.
	add({createdAt: local(-40), creatorId: 'u-alex', assigneeId: 'u-alex', startedAt: local(-30), completedAt: local(-21), dueDate: date(-22), history: [dueMove(local(-35), date(5), date(-22))]}, 'operational');
	add({createdAt: local(-40), creatorId: 'u-alex', assigneeId: 'u-alex', startedAt: local(-30), completedAt: local(-21), dueDate: date(1)}, 'operational');
	// Created by the director months ago already Alex's, never touched since; and one of the director's, never started.
	add({createdAt: local(-100), creatorId: director, assigneeId: 'u-alex', dueDate: date(-1)}, 'operational');
	add({createdAt: local(-100), creatorId: 'u-eve', assigneeId: director}, 'strategic');
	// Taken back in W from Alex on a ticket never started; its due date as of asOf moved after W.
	add({createdAt: local(-50), creatorId: director, assigneeId: director, dueDate: date(30), history: [assignee(local(-49), director, 'u-alex'), assignee(local(5, '08:00'), 'u-alex', director), dueMove(local(9), date(2), date(30))]}, 'operational');
	// Delegated to Sam, who holds it open, due in W on a date moved after asOf while W runs.
	add({createdAt: local(-50), creatorId: director, assigneeId: 'u-sam', startedAt: local(-45), dueDate: date(12), history: [assignee(local(-49), director, 'u-sam'), dueMove(local(3, '20:00'), date(1), date(12))]}, 'strategic');
	// A cycle-time sample over the 12 weeks: Bo's group (Bo, Sam) completes 22, Alex alone 6; some before the 12 weeks.
	for (let index = 0; index < 34; index++) {
		const holder = index < 22 ? (index % 2 === 0 ? 'u-bo' : 'u-sam') : index < 28 ? 'u-alex' : 'u-bo';
		const completedAt = index < 28 ? local(-70 + index * 2, '15:00') : local(-90 + index, '15:00');
		add({createdAt: completedAt - (index + 3) * dayMs, creatorId: holder, assigneeId: holder, startedAt: completedAt - (index % 9 + 0.5) * dayMs, completedAt}, index % 3 === 0 ? 'operational' : 'strategic');
	}
	// Open tickets due around W and its horizon, held by each group, some past due, one with a moved promise.
	for (const [index, [holder, dueDay, startDay]] of ([
		['u-alex', 2, -3],
		['u-alex', 34, -1],
		['u-alex', 35, -20],
		['u-sam', 8, null],
		['u-sam', -2, -4],
		['u-bo', 6, 5],
		['u-bo', 10, -2],
	] as const).entries()) {
		add({createdAt: local(-30 + index), creatorId: holder, assigneeId: holder, startedAt: startDay === null ? null : local(startDay, '10:00'), dueDate: date(dueDay), history: index === 6 ? [dueMove(local(-1), date(3), date(10))] : []}, 'strategic');
	}
	return {tickets, classifications: new Map(categories.map(([id, category]) => [id, {category, source: 'manual', reason: 'manual', confidence: 1, suggestion: null}]))};
}

/** Sums of shares differ in the last bits with the order of addition. */
function rounded(value: unknown): unknown {
	if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
	if (Array.isArray(value)) return value.map(rounded);
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)]));
	return value;
}

const weeks: ReadonlyArray<readonly [string, Week]> = [
	['2026-W47 Berlin', parseWeekArgument('2026-W47', 0, 'Europe/Berlin')],
	['2026-W44 New York (25-hour Sunday)', parseWeekArgument('2026-W44', 0, 'America/New_York')],
	['2026-W13 Jerusalem (23-hour Friday)', parseWeekArgument('2026-W13', 0, 'Asia/Jerusalem')],
];

describe('hand-made tickets against a plain reading of metrics.md', () => {
	for (const [name, w] of weeks) for (const shift of [-2, 0, 1]) {
		const week = shift === 0 ? w : shiftWeek(w, shift);
		const moments: ReadonlyArray<readonly [string, number]> = [
			['after W', week.endAt + 10 * dayMs],
			['Wednesday noon of W', week.startAt + 2.5 * dayMs],
			['Friday 23:30 of W', localMidnight(dateAfter(week.start, 4), week.timezone) + 23.5 * hourMs],
		];
		for (const [when, now] of moments) {
			it(`${name}${shift === 0 ? '' : `, tickets around the week ${shift > 0 ? 'before' : 'after'} (${week.id})`}, computed ${when}`, () => {
				const {tickets, classifications} = scenario(w);
				const input = {tickets, classifications, roster, week, iterations: [], people, settings: {timezone: week.timezone, trendWeeks: 8, staleDays: 14, now}};
				const v1 = computeWeekMetrics(input);
				const v2 = computeVersion2(input);
				const effort = ({operational, strategic, unclassified, operationalShare, interruptShare}: (typeof v2.effort)['org']) => ({operational, strategic, unclassified, operationalShare, interruptShare});
				const product = {
					version1: {...v1, themes: undefined, blockers: {blocked: v1.blockers.blocked, blockedNow: v1.blockers.blockedNow, medianBlockedDays: v1.blockers.medianBlockedDays}},
					version2: {effort: {org: effort(v2.effort.org), reports: v2.effort.reports.map(effort)}, promiseRisk: v2.promiseRisk, aging: v2.aging, unownedFires: v2.unownedFires},
				};
				const reading = contractReading(tickets, classifications, week, now);
				expect(rounded({...product, version1: {...product.version1, themes: undefined}})).toEqual(rounded({...reading, version1: {...reading.version1, themes: undefined}}));
			});
		}
	}
});
