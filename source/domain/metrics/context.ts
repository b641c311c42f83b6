import {asOf, asOfDate} from '../week.js';
import type {Classification, EffectiveCategory, MetricSettings, ResolvedRoster, Ticket, Week} from '../types.js';

/** The week being measured and everything derived once from the input. */
export interface WeekContext {
	readonly week: Week;
	readonly timezone: string;
	/** asOf(W) = min(now, end of W). */
	readonly asOf: number;
	/** The calendar date of asOf(W): W's Sunday once W is over. */
	readonly asOfDate: string;
	readonly staleDays: number;
	readonly roster: ResolvedRoster;
	readonly classifications: ReadonlyMap<string, Classification>;
}

/** What a week's context reads of the metric input (compute.ts's MetricInput); its own type, so context.ts does not import compute.ts back. */
export interface WeekContextInput {
	readonly week: Week;
	readonly settings: Pick<MetricSettings, 'now' | 'staleDays'>;
	readonly roster: ResolvedRoster;
	readonly classifications: ReadonlyMap<string, Classification>;
}

export function weekContext(input: WeekContextInput): WeekContext {
	return {
		week: input.week,
		timezone: input.week.timezone,
		asOf: asOf(input.week, input.settings.now),
		asOfDate: asOfDate(input.week, input.settings.now),
		staleDays: input.settings.staleDays,
		roster: input.roster,
		classifications: input.classifications,
	};
}

/** A change "during W": inside the week and not after asOf(W). */
export function isDuring(instant: number, context: WeekContext): boolean {
	return instant >= context.week.startAt && instant < context.week.endAt && instant <= context.asOf;
}

export function categoryOf(ticket: Ticket, classifications: ReadonlyMap<string, Classification>): EffectiveCategory {
	return classifications.get(ticket.id)?.category ?? 'unclassified';
}
