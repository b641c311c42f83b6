import {asOf, weeksUpTo} from '../week.js';
import {AllocationTally} from './allocation.js';
import {categoriesByPosition, categoryCode} from './categories.js';
import {computeBlockers} from './blockers.js';
import {weekContext, type WeekContext} from './context.js';
import {computeDelegation, rosterIndex, type DelegationReads} from './delegation.js';
import {delegationFactsByPosition, delegationFactsOf} from './delegation-facts.js';
import {factsByPosition, prepareFacts} from './position-facts.js';
import {computePredictability, dueFactsOf, type DueFacts} from './predictability.js';
import {prepareRelevance as prepareRelevanceIndex, relevantTickets, ticketsCompletedBetween, weekWindow} from './relevance.js';
import {membersByIteration} from './v2/commitment.js';
import {completionIndex} from './v2/completions.js';
import {effortFacts} from './v2/effort-facts.js';
import {prepareThemeNames, storeThemes, themeWindow} from './themes.js';
import {buildFigures} from './figures.js';
import {isCompletedBetween} from './ticket-facts.js';
import {isActiveIn, positionReads, ticketReads, type TicketReads} from './week-reads.js';
import type {Classification, Iteration, MetricSettings, ResolvedRoster, Ticket, Week} from '../types.js';
import type {Allocation, TrendRow, WeekDetails, WeekMetrics} from './types.js';

/**
 * Builds the per-array indexes a week reads — relevance (relevance.ts), categories by
 * position (with the classifications), due-date and delegation facts by position (the latter
 * with the roster), the completed tickets' theme names, completions, iteration members and effort facts (version 2) — now rather
 * than on the first week read: the review does it while it loads, so asking for a week costs
 * the week alone. Calling it again does nothing but what changed (a new classification).
 */
export function prepareRelevance(tickets: readonly Ticket[], classifications?: ReadonlyMap<string, Classification>, roster?: ResolvedRoster): void {
	prepareRelevanceIndex(tickets);
	if (classifications) categoriesByPosition(tickets, classifications);
	prepareFacts(tickets, factsByPosition(tickets, 'due', null, dueFactsOf));
	if (roster) prepareFacts(tickets, delegationFactsByPosition(tickets, roster));
	prepareThemeNames(tickets);
	completionIndex(tickets);
	membersByIteration(tickets);
	effortFacts(tickets);
}

/**
 * The metric contract (docs/metrics.md) as pure functions of plain data: tickets, the
 * classifications, the roster and a week in. No I/O, no clock: `settings.now` is the
 * instant the figures are computed at.
 */
export interface MetricInput {
	readonly tickets: readonly Ticket[];
	/** By ticket id; a missing entry means unclassified. */
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly roster: ResolvedRoster;
	readonly week: Week;
	readonly settings: MetricSettings;
	readonly iterations?: readonly Iteration[];
}

/** Tickets completed or active in W. */
export function ticketsInWeek(tickets: readonly Ticket[], week: Week): Ticket[] {
	const candidates = relevantTickets(tickets, {from: week.startAt, to: week.endAt, firstDate: week.start, lastDate: week.end}).tickets;
	return candidates.filter((ticket) => isCompletedBetween(ticket, week.startAt, week.endAt) || isActiveIn(ticket, week));
}

/**
 * What W's figures and details read (relevance.ts): `tickets` for allocation, delegation and
 * blockers — active, open as of asOf(W), changed, blocked or due in W; `dueTickets`, with a
 * due-date value or change in W, for predictability; `themes`, from the completions of the
 * four weeks up to W (computed once per week and shared with version 2, themes.ts). A
 * parameter, so the tests can prove the selection against every ticket.
 */
export interface WeekTickets {
	readonly tickets: readonly Ticket[];
	readonly dueTickets: readonly Ticket[];
	readonly themes: (context: WeekContext) => WeekDetails['themes'];
	/** The tickets the themes may count, for the figures' reasons (details only). */
	readonly themeTickets: () => readonly Ticket[];
	/**
	 * Where each of `tickets` and `dueTickets` sits in the input's array, with the category codes
	 * by position: facts kept by position (categories.ts, position-facts.ts) are read there.
	 * Absent: everything is read off the tickets and the classifications.
	 */
	readonly positions?: {readonly tickets: readonly number[]; readonly due: readonly number[]; readonly codes: Uint8Array};
	/** Of `tickets`, the ones with a blocked spell (blockers reads no other); absent: `tickets`. */
	readonly blockedTickets?: readonly Ticket[];
}

function weekTickets(input: MetricInput): WeekTickets {
	const {week} = input;
	// asOf(W) is before W only for a week still to come; an open ticket is read at asOf(W).
	const {tickets, dueTickets, positions, duePositions, blockedTickets} = relevantTickets(input.tickets, weekWindow(week, asOf(week, input.settings.now)));
	const themesFrom = themeWindow(week)[0]?.startAt ?? week.startAt;
	return {
		tickets,
		dueTickets,
		themes: (context) => storeThemes(input.tickets, context),
		themeTickets: () => ticketsCompletedBetween(input.tickets, themesFrom, week.endAt),
		positions: {tickets: positions, due: duePositions, codes: categoriesByPosition(input.tickets, input.classifications)},
		blockedTickets,
	};
}

/** What delegation reads per ticket: by position when the selection kept positions, else read off the ticket and the classifications. */
function delegationReads(input: MetricInput, selection: WeekTickets): DelegationReads {
	if (selection.positions) {
		const {tickets: positions, codes} = selection.positions;
		const factsAt = delegationFactsByPosition(input.tickets, input.roster);
		return {
			facts: (index, ticket) => factsAt(positions[index] ?? -1, ticket),
			category: (index) => codes[positions[index] ?? -1] ?? 0,
			ticket: weekTicketReads(input, selection),
		};
	}
	const index = rosterIndex(input.roster);
	return {
		facts: (_, ticket) => delegationFactsOf(ticket, input.roster, index),
		category: (_, ticket) => categoryCode(input.classifications.get(ticket.id)?.category),
		ticket: ticketReads,
	};
}

/** What allocation and delegation read of each of `tickets`: off the facts by position when the selection kept positions (week-reads.ts). */
function weekTicketReads(input: MetricInput, selection: WeekTickets): TicketReads {
	return selection.positions ? positionReads(effortFacts(input.tickets), selection.positions.tickets) : ticketReads;
}

/** A ticket's DueFacts by its index in `dueTickets`: kept by position when the selection has positions. */
function dueFactsReader(input: MetricInput, selection: WeekTickets): ((index: number, ticket: Ticket) => DueFacts) | undefined {
	if (!selection.positions) return undefined;
	const {due} = selection.positions;
	const factsAt = factsByPosition(input.tickets, 'due', null, dueFactsOf);
	return (index, ticket) => factsAt(due[index] ?? -1, ticket);
}

function computeAllocation(input: MetricInput, selection: WeekTickets) {
	const {tickets, positions: categories} = selection;
	const {week, classifications} = input;
	const at = asOf(week, input.settings.now);
	const completed = new AllocationTally();
	const active = new AllocationTally();
	const inProgress = new AllocationTally();
	const reads = weekTicketReads(input, selection);
	for (let index = 0; index < tickets.length; index++) {
		const ticket = tickets[index];
		if (ticket === undefined) continue;
		const isCompleted = reads.isCompletedBetween(index, ticket, week.startAt, week.endAt);
		const isActive = reads.isActiveIn(index, ticket, week);
		const isInProgress = reads.isInProgressAt(index, ticket, at);
		if (!isCompleted && !isActive && !isInProgress) continue;
		// One read of the category and the id for the three tallies, by position when the selection kept them.
		const code = categories ? (categories.codes[categories.tickets[index] ?? -1] ?? 0) : categoryCode(classifications.get(ticket.id)?.category);
		const id = reads.id(index, ticket);
		if (isCompleted) completed.addIdAs(id, code);
		if (isActive) active.addIdAs(id, code);
		if (isInProgress) inProgress.addIdAs(id, code);
	}
	const figures: Allocation = {completed: completed.counts(), active: active.counts(), inProgress: inProgress.counts()};
	return {figures, completed: completed.ids, active: active.ids, inProgress: inProgress.ids};
}

export function weekMetricsOf(input: MetricInput, selection: WeekTickets): WeekMetrics {
	const {tickets, dueTickets, themes} = selection;
	const context = weekContext(input);
	return {
		allocation: computeAllocation(input, selection).figures,
		predictability: computePredictability(dueTickets, context, false, dueFactsReader(input, selection)).figures,
		delegation: computeDelegation(tickets, context, delegationReads(input, selection)).figures,
		blockers: computeBlockers(selection.blockedTickets ?? tickets, context).figures,
		themes: themes(context).map(({name, count, weeks}) => ({name, count, weeks})),
	};
}

export function computeWeekMetrics(input: MetricInput): WeekMetrics {
	return weekMetricsOf(input, weekTickets(input));
}

export function trendRow(week: Week, metrics: WeekMetrics): TrendRow {
	return {
		week: week.id,
		operationalShare: metrics.allocation.completed.operationalShare,
		onTimeRate: metrics.predictability.onTimeRate,
		keptRate: metrics.predictability.keptRate,
		delegated: metrics.delegation.delegated,
		directorOpen: metrics.delegation.director.open,
	};
}

/** `trendWeeks` rows up to and including W, oldest first. */
export function computeTrend(input: MetricInput): TrendRow[] {
	return weeksUpTo(input.week, input.settings.trendWeeks).map((week) => trendRow(week, computeWeekMetrics({...input, week})));
}

export function computeWeekDetails(input: MetricInput): WeekDetails {
	return weekDetailsOf(input, weekTickets(input)).details;
}

/**
 * W's metrics and details from one pass: the metrics are the details' parts' figures, so a
 * week report does not compute allocation, predictability, delegation, blockers and themes
 * twice. Equal to computeWeekMetrics and computeWeekDetails (test/domain/metrics).
 */
export function computeWeekMetricsAndDetails(input: MetricInput): {readonly metrics: WeekMetrics; readonly details: WeekDetails} {
	return weekDetailsOf(input, weekTickets(input));
}

export function weekDetailsOf(input: MetricInput, selection: WeekTickets): {metrics: WeekMetrics; details: WeekDetails} {
	const {tickets, dueTickets, themes: themesOf, themeTickets} = selection;
	const context = weekContext(input);
	const predictability = computePredictability(dueTickets, context, true, dueFactsReader(input, selection));
	const delegation = computeDelegation(tickets, context, delegationReads(input, selection));
	const blockers = computeBlockers(selection.blockedTickets ?? tickets, context);
	const themes = themesOf(context);
	const allocation = computeAllocation(input, selection);
	// Read only when a figure's tickets are first read (figures.ts): the week's selection by id.
	const ticketsById = () => {
		const byId = new Map<string, Ticket>();
		for (const list of [tickets, dueTickets, themeTickets()]) for (const ticket of list) byId.set(ticket.id, ticket);
		return byId;
	};
	const figures = buildFigures({context, ticketsById, allocation, predictability, delegation, blockers, themes});
	// The same figures weekMetricsOf reads off the same parts (the teams do not change the overall tally).
	const metrics: WeekMetrics = {
		allocation: allocation.figures,
		predictability: predictability.figures,
		delegation: delegation.figures,
		blockers: blockers.figures,
		themes: themes.map(({name, count, weeks}) => ({name, count, weeks})),
	};
	const details: WeekDetails = {
		reports: delegation.reports,
		directorOpenIds: delegation.directorOpenIds,
		slips: predictability.slips,
		brokenPromises: predictability.brokenPromises,
		postponements: predictability.postponements,
		blocked: blockers.blocked,
		themes,
		teams: predictability.teams,
		figures,
	};
	return {metrics, details};
}
