import {asOf, shiftWeek, weeksUpTo} from '../../week.js';
import type {MetricInput} from '../compute.js';
import {weekContext, type WeekContext} from '../context.js';
import {dueRelevantTickets, weekWindow} from '../relevance.js';
import {storeThemes} from '../themes.js';
import {computeCommitment} from './commitment.js';
import {cycleSamples} from './cycle-sample.js';
import {collectEffortFigures, type EffortResult} from './effort.js';
import {effortFacts} from './effort-facts.js';
import {computeEffortIndexed} from './effort-index.js';
import {reportKeptRates} from './kept-rate.js';
import {computeOpenWork} from './open-work.js';
import {element, FigureCollector} from './paths.js';
import {computeResponders} from './responders.js';
import {rosterPeople} from './roster-people.js';
import {iterationsById} from './timeline.js';
import type {Person, Ticket, Week} from '../../types.js';
import type {WeekDetails} from '../types.js';
import type {EffortTrend, EffortTrendRow, Version2Metrics} from './types.js';

/** The version 1 input, plus the people, to name the director and the responders by display name. */
export interface Version2Input extends MetricInput {
	readonly people?: readonly Person[];
}

/** What a week reads; a parameter, so the tests can prove the selection against every ticket. */
export interface Selection {
	/** Effort over the whole array: read off the per-ticket facts (the tests replay every ticket's history instead). */
	readonly effort: typeof computeEffortIndexed;
	/** The tickets a week's kept rates read: those with a due date or a due-date change in it; with their positions in the input's array, the rates read the facts by position (effort-facts.ts). */
	readonly tickets: (input: MetricInput, week: Week) => {readonly dueTickets: readonly Ticket[]; readonly duePositions?: readonly number[]};
	readonly themes: (input: MetricInput, context: WeekContext) => WeekDetails['themes'];
}

/** What a week reads (relevance.ts): the tickets due in it; the themes the week's metrics computed. */
const weekSelection: Selection = {
	effort: computeEffortIndexed,
	tickets(input, week) {
		const {tickets, positions} = dueRelevantTickets(input.tickets, weekWindow(week, asOf(week, input.settings.now)));
		return {dueTickets: tickets, duePositions: positions};
	},
	themes: (input, context) => storeThemes(input.tickets, context),
};

function effortOf(input: MetricInput, context: WeekContext): EffortResult {
	return computeEffortIndexed(input.tickets, context, iterationsById(input.iterations ?? []), false);
}

/**
 * A week's effort with each figure's tickets, as version 2 and the effort trend compute it
 * (`computeWeekEffort`); a caller that keeps it per week and asOf (review-data.ts) hands it
 * to both, so W's effort and the trend's weeks are not computed again.
 */
export type EffortOfWeek = (week: Week) => EffortResult;

/**
 * W's effort with each figure's tickets: what `computeVersion2` and each week of
 * `computeEffortTrendFigures` read. Categories are read by position (categories.ts), built
 * once per classification map at load, so every week of a trend reads the same bytes.
 */
export function computeWeekEffort(input: MetricInput): EffortResult {
	return computeEffortIndexed(input.tickets, weekContext(input), iterationsById(input.iterations ?? []), true);
}

/**
 * Every version 2 figure of W (metrics.md "Version 2 metrics", cli.md "Version 2 fields"), with
 * `figures`: each figure's path (paths.ts) → the keys of the tickets it counts. The JSON export
 * and the views call this one function.
 */
export function computeVersion2(input: Version2Input, effortOfWeek?: EffortOfWeek): Version2Metrics {
	return version2Of(input, weekSelection, effortOfWeek);
}

export function version2Of(input: Version2Input, select: Selection, effortOfWeek?: EffortOfWeek): Version2Metrics {
	const {week, roster} = input;
	const context = weekContext(input);
	const people = rosterPeople(roster);
	const figures = new FigureCollector();
	const selection = select.tickets(input, week);
	const reportNames = roster.reports.map((report) => report.name);

	const effort = effortOfWeek ? effortOfWeek(week) : select.effort(input.tickets, context, iterationsById(input.iterations ?? []), true);
	collectEffortFigures(effort, reportNames, figures);
	const previousWeek = shiftWeek(week, -1);
	const keptRates = (week: Week, {dueTickets, duePositions}: ReturnType<Selection['tickets']>) =>
		reportKeptRates(dueTickets, weekContext({...input, week}), people, duePositions && {positions: duePositions, facts: effortFacts(input.tickets)});
	const kept = keptRates(week, selection);
	const previousKept = keptRates(previousWeek, select.tickets(input, previousWeek));
	const reports = effort.reports.map((tally, position) => {
		const name = reportNames[position] ?? '';
		figures.addAll(`${element('effort.reports', name)}.keptRate`, (kept[position]?.judged ?? []).map((ticket) => ticket.key));
		figures.addAll(`${element('effort.reports', name)}.previousKeptRate`, (previousKept[position]?.judged ?? []).map((ticket) => ticket.key));
		return {name, ...tally.figures(), keptRate: kept[position]?.rate ?? null, previousKeptRate: previousKept[position]?.rate ?? null};
	});

	const iterations = computeCommitment(input.tickets, input.iterations ?? [], week, context.asOf, figures);
	const samples = cycleSamples(input.tickets, roster, people, week, context.asOf);
	// Open work reads the open tickets off the facts by position of the whole array (effort-facts.ts): no selection needed.
	const openWork = computeOpenWork(input.tickets, context, people, samples, input.people, figures);

	const themes = computeResponders(select.themes(input, context), input.tickets, week, input.people, figures, people);

	return {
		effort: {org: effort.org.figures(), reports},
		iterations,
		promiseRisk: openWork.promiseRisk,
		aging: openWork.aging,
		unownedFires: openWork.unownedFires,
		themes,
		figures: figures.toRecord(),
	};
}

/**
 * Effort per week over the `trendWeeks` weeks up to and including W, oldest first. With
 * `figures`, each week's tickets go under `effortTrend[<week id>]` (`.org.operational`,
 * `.reports[<report>].interruptShare`, … as under `effort`).
 */
export function computeEffortTrend(input: MetricInput, figures?: FigureCollector, effortOfWeek?: EffortOfWeek): EffortTrendRow[] {
	const reportNames = input.roster.reports.map((report) => report.name);
	// The weeks hold mostly the same tickets: each one's category is looked up once for all of them.
	return weeksUpTo(input.week, input.settings.trendWeeks).map((week) => {
		// A week's figures do not depend on whether its tickets are kept (effort.ts adds the same shares in the same order).
		const effort = effortOfWeek ? effortOfWeek(week) : figures ? computeWeekEffort({...input, week}) : effortOf(input, weekContext({...input, week}));
		if (figures) collectEffortFigures(effort, reportNames, figures, element('effortTrend', week.id));
		return {
			week: week.id,
			org: effort.org.figures(),
			reports: effort.reports.map((tally, position) => ({name: input.roster.reports[position]?.name ?? '', ...tally.figures()})),
		};
	});
}

/** The effort trend as figures: the rows, and each week's tickets (what the week report and the JSON export carry). */
export function computeEffortTrendFigures(input: MetricInput, effortOfWeek?: EffortOfWeek): EffortTrend {
	const figures = new FigureCollector();
	const rows = computeEffortTrend(input, figures, effortOfWeek);
	return {rows, figures: figures.toRecord()};
}

