import {describe, expect, it} from 'vitest';
import {assigneeAt, completedAtOf} from '../../../../source/domain/metrics/ticket-facts.js';
import {cycleSamples, minimumGroupSample, sampleWeeks} from '../../../../source/domain/metrics/v2/cycle-sample.js';
import {groupsOfPerson, rosterPeople} from '../../../../source/domain/metrics/v2/roster-people.js';
import {asOf, shiftWeek, weekOf, weeksUpTo} from '../../../../source/domain/week.js';
import {resolveRoster} from '../../../../source/domain/roster.js';
import {demoRoster, generateDemoOrg} from '../../../../source/providers/demo/index.js';
import type {ResolvedRoster, Ticket, Week} from '../../../../source/domain/types.js';
import {makeTicket} from '../../../support/ticket-builder.js';

/**
 * The samples cut from the completion index (already in cycle-time order) against the
 * definition read straight off the tickets: C per report over the 12 weeks up to W by asOf(W),
 * the tickets in completion order, the days sorted afresh.
 */
function naiveSamples(tickets: readonly Ticket[], roster: ResolvedRoster, week: Week, now: number): unknown {
	const people = rosterPeople(roster);
	const from = weeksUpTo(week, sampleWeeks)[0]?.startAt ?? week.startAt;
	const until = Math.min(asOf(week, now), week.endAt - 1);
	const counted = tickets
		.filter((ticket) => {
			const at = completedAtOf(ticket);
			return at !== null && at >= from && at <= until && ticket.startedAt !== null && people.everyone.has(assigneeAt(ticket, at) ?? '');
		})
		.sort((a, b) => (completedAtOf(a) ?? 0) - (completedAtOf(b) ?? 0));
	const days = (list: readonly Ticket[]) => Float64Array.from(list, (ticket) => ((completedAtOf(ticket) ?? 0) - (ticket.startedAt ?? 0)) / 86_400_000).sort();
	const org = {days: days(counted), tickets: counted, isOrgFallback: true};
	return roster.reports.map((_, position) => {
		const mine = counted.filter((ticket) => groupsOfPerson(people, assigneeAt(ticket, completedAtOf(ticket) ?? 0)).includes(position));
		return mine.length < minimumGroupSample ? org : {days: days(mine), tickets: mine, isOrgFallback: false};
	});
}

const timezone = 'Europe/Berlin';
const now = Date.UTC(2026, 10, 25, 12);
const org = generateDemoOrg({now, timezone, ticketCount: 3000});
const roster = resolveRoster(demoRoster, org.people);

describe('cycle-time samples', () => {
	it('equal the definition in every week of the demo org, at any now', () => {
		const weeks = [...weeksUpTo(weekOf(now, timezone), 14), shiftWeek(weekOf(now, timezone), 1)];
		for (const at of [now, now - 17 * 86_400_000]) {
			for (const week of weeks) expect(cycleSamples(org.tickets, roster, rosterPeople(roster), week, asOf(week, at))).toEqual(naiveSamples(org.tickets, roster, week, at));
		}
	});

	it('equal the definition with equal cycle times and completions at the same instant', () => {
		const week = weekOf(now, timezone);
		const ids = [...roster.reports.flatMap((report) => [...report.groupIds]), 'someone-else'];
		const tickets = Array.from({length: 400}, (_, index) =>
			makeTicket({
				startedAt: now - 30 * 86_400_000 + (index % 7) * 3_600_000,
				completedAt: index % 9 === 0 ? null : now - 86_400_000 * (index % 5),
				assigneeId: ids[index % ids.length] ?? null,
			}),
		);
		expect(cycleSamples(tickets, roster, rosterPeople(roster), week, asOf(week, now))).toEqual(naiveSamples(tickets, roster, week, now));
	});
});
