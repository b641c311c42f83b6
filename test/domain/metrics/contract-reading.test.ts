/**
 * Version 1 figures read afresh from metrics.md, the plainest way (a pass over every ticket,
 * dates through Intl), and compared with the product's over random tickets on W's edges
 * (test/support/boundary-tickets.ts): a second reading of the contract, apart from the
 * domain's helpers that the reference of relevance.test.ts shares.
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import type {Classification, Ticket, Week} from '../../../source/domain/types.js';
import {boundaryTickets} from '../../support/boundary-tickets.js';
import {seededRandom} from '../../support/seeded-random.js';
import {dateAfter, localMidnight, zoneDate} from '../../support/zone-reading.js';
import {classify, metricInput, week47} from './fixture.js';

const dayMs = 24 * 60 * 60 * 1000;
const director = 'u-dana';
const groups: ReadonlyArray<readonly [string, readonly string[]]> = [
	['Alex Kim', ['u-alex', 'u-sam']],
	['Bo Chen', ['u-bo']],
];
const groupsOf = (person: string | null) => groups.filter(([, members]) => person !== null && members.includes(person)).map(([name]) => name);

function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function plainReading(tickets: readonly Ticket[], now: number, classifications: ReadonlyMap<string, Classification>, week: Week) {
	const localDate = (instant: number) => zoneDate(instant, week.timezone);
	const asOf = Math.min(now, week.endAt);
	const asOfDate = now < week.endAt ? localDate(now) : week.end;
	const category = (ticket: Ticket) => classifications.get(ticket.id)?.category ?? 'unclassified';
	const completedAt = (ticket: Ticket) => (ticket.canceledAt === null ? ticket.completedAt : null);
	const completedInWeek = (ticket: Ticket) => {
		const done = completedAt(ticket);
		return done !== null && done >= week.startAt && done < week.endAt;
	};
	const isActive = (ticket: Ticket) => ticket.startedAt !== null && ticket.startedAt < week.endAt && (ticket.completedAt ?? ticket.canceledAt ?? Infinity) >= week.startAt;
	const isDuring = (instant: number) => instant >= week.startAt && instant < week.endAt && instant <= asOf;
	const inWeek = (date: string | null): date is string => date !== null && date >= week.start && date <= week.end;
	// A value as of an instant: the `from` of the first change after it, else the current one.
	const assigneeAt = (ticket: Ticket, instant: number) => {
		const next = ticket.history.find((event) => event.field === 'assignee' && event.at > instant);
		return next ? next.from : ticket.assigneeId;
	};
	const dueDateAt = (ticket: Ticket, instant: number) => {
		const next = ticket.history.find((event) => event.field === 'dueDate' && event.at > instant);
		return next ? next.from : ticket.dueDate;
	};
	const firstDueDate = (ticket: Ticket) => {
		const changes = ticket.history.filter((event) => event.field === 'dueDate');
		if (changes.length === 0) return ticket.dueDate;
		return changes[0]?.from ?? changes.find((event) => event.to !== null)?.to ?? null;
	};
	const allocation = (list: readonly Ticket[]) => {
		const operational = list.filter((ticket) => category(ticket) === 'operational').length;
		const strategic = list.filter((ticket) => category(ticket) === 'strategic').length;
		return {operational, strategic, unclassified: list.length - operational - strategic, operationalShare: share(operational, operational + strategic)};
	};

	const tally = {due: 0, onTime: 0, late: 0, pending: 0, committed: 0, kept: 0, broken: 0, postponements: 0};
	const slips: number[] = [];
	for (const ticket of tickets) {
		for (const event of ticket.history) if (event.field === 'dueDate' && event.from !== null && event.to !== null && event.to > event.from && isDuring(event.at)) tally.postponements++;
		if (ticket.canceledAt !== null) continue;
		const done = completedAt(ticket) === null ? null : localDate(completedAt(ticket) ?? 0);
		if (inWeek(ticket.dueDate)) {
			tally.due++;
			if (done !== null && done <= ticket.dueDate) tally.onTime++;
			else if (done !== null) {
				tally.late++;
				slips.push((Date.parse(done) - Date.parse(ticket.dueDate)) / dayMs);
			} else if (ticket.dueDate < asOfDate) tally.late++;
			else tally.pending++;
		}
		const first = firstDueDate(ticket);
		if (inWeek(first)) {
			tally.committed++;
			if (done !== null && done <= first) tally.kept++;
			else if (done !== null || first < asOfDate) tally.broken++;
		}
	}

	const isOpen = (ticket: Ticket) => ticket.createdAt <= asOf && !((ticket.completedAt ?? Infinity) <= asOf) && !((ticket.canceledAt ?? Infinity) <= asOf);
	const delegationEvents = (ticket: Ticket) => {
		const events: Array<{at: number; groups: string[]}> = [];
		const byDirector = ticket.creatorId === director;
		const initial = assigneeAt(ticket, ticket.createdAt);
		if (byDirector && initial !== director && groupsOf(initial).length > 0) events.push({at: ticket.createdAt, groups: groupsOf(initial)});
		for (const event of ticket.history) {
			if (event.field !== 'assignee' || event.to === director || groupsOf(event.to).length === 0) continue;
			if (event.from === director || (event.from === null && byDirector)) events.push({at: event.at, groups: groupsOf(event.to)});
		}
		return events;
	};
	const latestChange = (ticket: Ticket) => Math.max(ticket.createdAt, ...ticket.history.filter((event) => event.at <= asOf).map((event) => event.at), ticket.startedAt !== null && ticket.startedAt <= asOf ? ticket.startedAt : -Infinity, ticket.updatedAt <= asOf ? ticket.updatedAt : -Infinity);
	const reports = groups.map(([name]) => {
		const delegated = tickets.filter((ticket) => delegationEvents(ticket).some((event) => isDuring(event.at) && event.groups.includes(name)));
		const held = tickets.filter((ticket) => delegationEvents(ticket).some((event) => event.at <= asOf) && groupsOf(assigneeAt(ticket, asOf)).includes(name));
		const open = held.filter(isOpen);
		const groupCompleted = allocation(tickets.filter((ticket) => completedInWeek(ticket) && groupsOf(assigneeAt(ticket, completedAt(ticket) ?? 0)).includes(name)));
		return {
			name,
			delegated: delegated.length,
			open: open.length,
			completed: held.filter(completedInWeek).length,
			overdue: open.filter((ticket) => (dueDateAt(ticket, asOf) ?? '9999') < asOfDate).length,
			stale: open.filter((ticket) => asOf - latestChange(ticket) >= 14 * dayMs).length,
			strategicShare: share(groupCompleted.strategic, groupCompleted.operational + groupCompleted.strategic),
		};
	});
	const delegated = tickets.filter((ticket) => delegationEvents(ticket).some((event) => isDuring(event.at))).length;
	const directorCompleted = tickets.filter((ticket) => completedInWeek(ticket) && assigneeAt(ticket, completedAt(ticket) ?? 0) === director).length;
	const takenBack = tickets.flatMap((ticket) => ticket.history).filter((event) => event.field === 'assignee' && event.to === director && groupsOf(event.from).length > 0 && isDuring(event.at)).length;

	let blocked = 0;
	let blockedNow = 0;
	const endedSpells: number[] = [];
	for (const ticket of tickets) {
		const spells = ticket.blockedSpells.filter((spell) => spell.start < week.endAt && spell.start <= asOf && (spell.end ?? Infinity) > week.startAt);
		if (spells.length > 0) blocked++;
		if (spells.some((spell) => (spell.end ?? Infinity) > asOf)) blockedNow++;
		for (const spell of ticket.blockedSpells) if (spell.end !== null && spell.end >= week.startAt && spell.end < week.endAt && spell.end <= asOf) endedSpells.push((spell.end - spell.start) / dayMs);
	}

	return {
		allocation: {completed: allocation(tickets.filter(completedInWeek)), active: allocation(tickets.filter(isActive))},
		predictability: {...tally, onTimeRate: share(tally.onTime, tally.onTime + tally.late), keptRate: share(tally.kept, tally.kept + tally.broken), medianSlipDays: median(slips)},
		delegation: {
			director: {open: tickets.filter((ticket) => isOpen(ticket) && assigneeAt(ticket, asOf) === director).length, completed: directorCompleted},
			delegated,
			takenBack,
			delegationRate: share(delegated, delegated + directorCompleted),
			reports,
		},
		blockers: {blocked, blockedNow, medianBlockedDays: median(endedSpells)},
	};
}

/**
 * W47 in Berlin has no clock change; the others do: New York falls back on W44's Sunday
 * (a 25-hour day), Berlin springs forward on W13's Sunday, and Jerusalem on W13's Friday
 * (a 23-hour working day). "Monday 00:00 to the next Monday 00:00 local time" holds in each.
 */
const weeks: ReadonlyArray<readonly [string, Week]> = [
	['2026-W47 Berlin', week47],
	['2026-W44 New York', parseWeekArgument('2026-W44', 0, 'America/New_York')],
	['2026-W13 Berlin', parseWeekArgument('2026-W13', 0, 'Europe/Berlin')],
	['2026-W13 Jerusalem', parseWeekArgument('2026-W13', 0, 'Asia/Jerusalem')],
];

describe('version 1 figures against a plain reading of metrics.md, on W\'s edges', () => {
	for (const [name, week] of weeks) {
		for (let seed = 1; seed <= (week === week47 ? 60 : 20); seed++) {
			it(`${name}, case ${seed}`, () => {
				// "Monday 00:00 to the next Monday 00:00 local time", read off Intl.
				expect([week.startAt, week.endAt, week.end]).toEqual([localMidnight(week.start, week.timezone), localMidnight(dateAfter(week.start, 7), week.timezone), dateAfter(week.start, 6)]);
				const random = seededRandom(seed);
				const tickets = boundaryTickets(random, week, 60);
				const classifications = classify(tickets.filter(() => random() < 0.7).map((ticket) => [ticket, random() < 0.5 ? 'operational' : 'strategic'] as const));
				// After the week, or at an instant inside it ("so far").
				const now = random() < 0.5 ? week.endAt + 14 * dayMs + 12 * 60 * 60 * 1000 : week.startAt + Math.floor(random() * (week.endAt - week.startAt));
				const metrics = computeWeekMetrics(metricInput(tickets, {classifications, now, week}));
				const {allocation, predictability, delegation, blockers} = metrics;
				expect({
					allocation: {completed: allocation.completed, active: allocation.active},
					predictability,
					delegation: {...delegation, reports: delegation.reports.map(({takenBack: _extension, ...report}) => report)},
					blockers: {blocked: blockers.blocked, blockedNow: blockers.blockedNow, medianBlockedDays: blockers.medianBlockedDays},
				}).toEqual(plainReading(tickets, now, classifications, week));
			});
		}
	}
});
