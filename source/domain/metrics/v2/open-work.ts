import {addDaysToDate, durationDays, endOfLocalDate} from '../../week.js';
import {categoryOf, type WeekContext} from '../context.js';
import {assigneeAt, firstDueDate, isOpenAt, latestChangeAt} from '../ticket-facts.js';
import {completionProbability, percentile85, type CycleSample} from './cycle-sample.js';
import {element, type FigureCollector} from './paths.js';
import {displayName, groupsOfPerson, type RosterPeople} from './roster-people.js';
import type {Person, Ticket} from '../../types.js';
import type {AgingTicket, PromiseRisk, UnownedFire} from './types.js';

const horizonDays = 28;
const stalledDays = 5;
const atRiskBelow = 0.5;
const dayMs = 24 * 60 * 60 * 1000;

export interface OpenWorkResult {
	readonly promiseRisk: PromiseRisk[];
	readonly aging: AgingTicket[];
	readonly unownedFires: UnownedFire[];
}

/**
 * Promise risk, aging and unowned fires (metrics.md Version 2 and readings) over the tickets
 * open as of asOf(W). A ticket belongs to group(R) by its assignee at asOf(W) (the end of W,
 * or now while W runs: nothing after now is known).
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
	const dueEnds = new Map<string, number>();
	const endOfDate = (date: string): number => {
		let end = dueEnds.get(date);
		if (end === undefined) {
			end = endOfLocalDate(date, timezone);
			dueEnds.set(date, end);
		}
		return end;
	};
	const promiseRisk: PromiseRisk[] = [];
	const aging: AgingTicket[] = [];
	const fires: Array<{ticket: Ticket; fire: UnownedFire}> = [];
	const thresholds = samples.map((sample) => percentile85(sample));

	for (const ticket of tickets) {
		if (!isOpenAt(ticket, asOf)) continue;
		const holder = assigneeAt(ticket, asOf);
		const isDirector = holder !== null && roster.directorIds.has(holder);
		if ((holder === null || isDirector) && categoryOf(ticket, classifications) === 'operational') {
			fires.push({ticket, fire: {key: ticket.key, assignee: holder === null ? null : displayName(holder, personList), ageDays: durationDays(ticket.createdAt, asOf)}});
		}
		const groups = groupsOfPerson(people, holder);
		if (groups.length === 0) continue;
		const isStarted = ticket.startedAt !== null && ticket.startedAt <= asOf;
		const ageDays = isStarted && ticket.startedAt !== null ? durationDays(ticket.startedAt, asOf) : 0;
		const dueDate = ticket.dueDate;
		const isDueSoon = dueDate !== null && dueDate <= lastDueDate;
		const firstDue = isDueSoon ? firstDueDate(ticket) : null;
		const isStalled = isStarted && asOf - latestChangeAt(ticket, asOf) >= stalledDays * dayMs;
		for (const position of groups) {
			const report = roster.reports[position]?.name ?? '';
			const sample = samples[position];
			if (!sample) continue;
			if (isDueSoon) {
				const onTime = completionProbability(sample, ageDays, durationDays(asOf, endOfDate(dueDate)));
				const kept = firstDue === null ? null : completionProbability(sample, ageDays, durationDays(asOf, endOfDate(firstDue)));
				promiseRisk.push({
					key: ticket.key,
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
				aging.push({key: ticket.key, report, ageDays, aging: threshold !== null && ageDays > threshold, stalled: isStalled});
			}
		}
	}

	const reportOrder = new Map(roster.reports.map((report, position) => [report.name, position]));
	const byReport = (a: {report: string}, b: {report: string}): number => (reportOrder.get(a.report) ?? 0) - (reportOrder.get(b.report) ?? 0);
	promiseRisk.sort((a, b) => byReport(a, b) || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	aging.sort((a, b) => byReport(a, b) || b.ageDays - a.ageDays || (a.key < b.key ? -1 : 1));
	fires.sort((a, b) => a.ticket.createdAt - b.ticket.createdAt || (a.ticket.key < b.ticket.key ? -1 : 1));
	if (figures) {
		// Every probability and aging threshold of a report's tickets reads its sample C: one list per report, not one per ticket.
		roster.reports.forEach((report, position) => {
			const sample = samples[position];
			if (sample) figures.addAll(element('promiseRisk.sample', report.name), sample.tickets.map((counted) => counted.key));
			figures.addAll(element('promiseRisk.atRisk', report.name), promiseRisk.filter((entry) => entry.report === report.name && entry.atRisk).map((entry) => entry.key));
			figures.addAll(element('aging.aging', report.name), aging.filter((entry) => entry.report === report.name && entry.aging).map((entry) => entry.key));
		});
		figures.addAll('promiseRisk', promiseRisk.map((entry) => entry.key));
		figures.addAll('promiseRisk.atRisk', promiseRisk.filter((entry) => entry.atRisk).map((entry) => entry.key));
		figures.addAll('aging', aging.map((entry) => entry.key));
		figures.addAll('aging.aging', aging.filter((entry) => entry.aging).map((entry) => entry.key));
		figures.addAll('aging.stalled', aging.filter((entry) => entry.stalled).map((entry) => entry.key));
		figures.addAll('unownedFires', fires.map(({ticket}) => ticket.key));
	}
	return {promiseRisk, aging, unownedFires: fires.map(({fire}) => fire)};
}
