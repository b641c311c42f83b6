import {orgAtRisk} from './org-at-risk.js';
import {addDaysToDate, durationDays, endOfLocalDate} from '../../week.js';
import {categoriesByPosition, operationalCode} from '../categories.js';
import type {WeekContext} from '../context.js';
import {relevantTickets, weekWindow} from '../relevance.js';
import {completionProbability, percentile85, type CycleSample} from './cycle-sample.js';
import {element, type FigureCollector} from './paths.js';
import {effortFacts, holderAt, latestChangeAtOf, nobody} from './effort-facts.js';
import {orderByNumberThenText} from './order.js';
import {displayName, groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {Person, Ticket} from '../../types.js';
import type {AgingTicket, PromiseRisk, UnownedFire} from './types.js';

const horizonDays = 28;
const stalledDays = 5;
const atRiskBelow = 0.5;
const dayMs = 24 * 60 * 60 * 1000;

/** The end of each local due date, by zone: zone arithmetic costs microseconds a call, and a date's end never changes. */
const dueEndsByZone = new Map<string, Map<string, number>>();

function endOfDueDate(date: string, timezone: string): number {
	let ends = dueEndsByZone.get(timezone);
	if (!ends) {
		ends = new Map();
		dueEndsByZone.set(timezone, ends);
	}
	let end = ends.get(date);
	if (end === undefined) {
		end = endOfLocalDate(date, timezone);
		ends.set(date, end);
	}
	return end;
}

export interface OpenWorkResult {
	readonly promiseRisk: PromiseRisk[];
	readonly aging: AgingTicket[];
	readonly unownedFires: UnownedFire[];
}

/**
 * Promise risk, aging and unowned fires (metrics.md Version 2 and readings) over the tickets
 * open as of asOf(W). A ticket belongs to group(R) by its assignee at asOf(W) (the end of W,
 * or now while W runs: nothing after now is known). Which tickets are open and who held them
 * are read off the facts by position built at load (effort-facts.ts), so a ticket that is not
 * open, or held outside the roster and not a fire, is never read.
 */
export function computeOpenWork(
	tickets: readonly Ticket[],
	context: WeekContext,
	people: RosterPeople,
	samples: readonly CycleSample[],
	personList: readonly Person[] | undefined,
	figures?: FigureCollector,
): OpenWorkResult {
	const {week, asOf, roster, timezone, classifications} = context;
	const lastDueDate = addDaysToDate(week.end, horizonDays);
	const promiseRiskByReport = roster.reports.map((): PromiseRisk[] => []);
	// Beside each report's promise entries, the end of each one's due date (a later date ends later): they sort by it (order.ts).
	const dueEndsByReport = roster.reports.map((): number[] => []);
	const agingByReport = roster.reports.map((): AgingTicket[] => []);
	// Each fire's position beside it: the fires sort by creation, read off the facts.
	const fires: Array<{position: number; fire: UnownedFire}> = [];
	const thresholds = samples.map((sample) => percentile85(sample));
	const facts = effortFacts(tickets);
	const {createdAt, openUntil, startedAt, holderIds, keys, dueDates, firstDueDates} = facts;
	const codes = categoriesByPosition(tickets, classifications);
	// The few distinct holders looked up in the roster once.
	const holderGroups = holderIds.map((id) => groupsOfPerson(people, id));
	const holderDirects = holderIds.map((id) => roster.directorIds.has(id));

	// Every fact is read by position (effort-facts.ts): a ticket object is read only for a change after asOf(W).
	// A ticket open as of asOf(W) has a span that meets W's window (relevance.ts `weekWindow`): its
	// positions, ascending, kept for the week's other readers, spare a pass over the whole store.
	const {positions} = relevantTickets(tickets, weekWindow(week, asOf));
	for (let at = 0; at < positions.length; at++) {
		const position = positions[at] ?? -1;
		const created = createdAt[position] ?? Infinity;
		if (!(created <= asOf && (openUntil[position] ?? 0) > asOf)) continue;
		const number = holderAt(facts, position, asOf);
		const isDirector = number !== nobody && (holderDirects[number] ?? false);
		const groups = number === nobody ? [] : (holderGroups[number] ?? []);
		if (number !== nobody && !isDirector && groups.length === 0) continue;
		const ticket = tickets[position];
		if (ticket === undefined) continue;
		const holder = number === nobody ? null : (holderIds[number] ?? null);
		const key = keys[position] ?? ticket.key;
		if ((holder === null || isDirector) && codes[position] === operationalCode) {
			fires.push({position, fire: {key, assignee: holder === null ? null : displayName(holder, personList), ageDays: durationDays(created, asOf)}});
		}
		if (groups.length === 0) continue;
		// NaN (never started) is never ≤ asOf.
		const started = startedAt[position] ?? Number.NaN;
		const isStarted = started <= asOf;
		const ageFrom = isStarted ? started : asOf;
		const ageDays = durationDays(ageFrom, asOf);
		const dueDate = dueDates[position] ?? null;
		const isDueSoon = dueDate !== null && dueDate <= lastDueDate;
		const firstDue = isDueSoon ? (firstDueDates[position] ?? null) : null;
		const dueEnd = isDueSoon ? endOfDueDate(dueDate, timezone) : Number.NaN;
		const firstDueEnd = firstDue === null ? Number.NaN : endOfDueDate(firstDue, timezone);
		const isStalled = isStarted && asOf - latestChangeAtOf(facts, position, ticket, asOf) >= stalledDays * dayMs;
		for (let each = 0; each < groups.length; each++) {
			const position = groups[each] ?? -1;
			const report = roster.reports[position]?.name ?? '';
			const sample = samples[position];
			if (!sample) continue;
			if (isDueSoon) {
				// a + t read as one span from the start (asOf when not started), as each cycle time is.
				const onTime = completionProbability(sample, ageDays, durationDays(asOf, dueEnd), durationDays(ageFrom, dueEnd));
				const kept = firstDue === null ? null : completionProbability(sample, ageDays, durationDays(asOf, firstDueEnd), durationDays(ageFrom, firstDueEnd));
				dueEndsByReport[position]?.push(dueEnd);
				promiseRiskByReport[position]?.push({
					key,
					report,
					dueDate,
					firstDueDate: firstDue,
					onTimeProbability: onTime,
					keptProbability: kept,
					atRisk: onTime !== null && onTime < atRiskBelow,
				});
			}
			if (isStarted) {
				const threshold = thresholds[position] ?? null;
				agingByReport[position]?.push({key, report, ageDays, aging: threshold !== null && ageDays > threshold, stalled: isStalled});
			}
		}
	}

	// Report by report: each report's entries by due date, then key; by age, oldest first, then key.
	const promiseRisk = promiseRiskByReport.flatMap((entries, report) =>
		orderByNumberThenText(dueEndsByReport[report] ?? [], entries.map((entry) => entry.key)).map((entry) => entries[entry] as PromiseRisk),
	);
	const aging = agingByReport.flatMap((entries) =>
		orderByNumberThenText(
			entries.map((entry) => -entry.ageDays),
			entries.map((entry) => entry.key),
		).map((entry) => entries[entry] as AgingTicket),
	);
	fires.sort((a, b) => (createdAt[a.position] ?? 0) - (createdAt[b.position] ?? 0) || ((keys[a.position] ?? '') < (keys[b.position] ?? '') ? -1 : 1));
	if (figures) {
		// Each list is built on its first read (paths.ts): a week whose lists nobody opens pays for none.
		// Every probability and aging threshold of a report's tickets reads its sample C: one list per
		// report with a sample of its own, and the org's, which the others read, once.
		const orgSample = samples.find((sample) => sample.isOrgFallback);
		if (orgSample) figures.addAll('promiseRisk.orgSample', () => orgSample.tickets.map((counted) => counted.key));
		roster.reports.forEach((report, position) => {
			const sample = samples[position];
			if (sample && !sample.isOrgFallback) figures.addAll(element('promiseRisk.sample', report.name), () => sample.tickets.map((counted) => counted.key));
			figures.addAll(element('promiseRisk.atRisk', report.name), () => promiseRisk.filter((entry) => entry.report === report.name && entry.atRisk).map((entry) => entry.key));
			figures.addAll(element('aging.aging', report.name), () => aging.filter((entry) => entry.report === report.name && entry.aging).map((entry) => entry.key));
		});
		// The org's lists name each ticket once: a holder in two reports' groups lists it under both.
		figures.addAll('promiseRisk', () => distinctKeys(promiseRisk));
		figures.addAll('promiseRisk.atRisk', () => distinctKeys(orgAtRisk(promiseRisk)));
		figures.addAll('aging', () => distinctKeys(aging));
		figures.addAll('aging.aging', () => distinctKeys(aging.filter((entry) => entry.aging)));
		figures.addAll('aging.stalled', () => distinctKeys(aging.filter((entry) => entry.stalled)));
		figures.addAll('unownedFires', () => fires.map(({fire}) => fire.key));
	}
	return {promiseRisk, aging, unownedFires: fires.map(({fire}) => fire)};
}

function distinctKeys(entries: ReadonlyArray<{readonly key: string}>): string[] {
	return [...new Set(entries.map((entry) => entry.key))];
}
