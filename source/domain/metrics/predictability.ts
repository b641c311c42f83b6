import {dateInWeek, daysBetweenDates} from '../week.js';
import {isDuring, type WeekContext} from './context.js';
import {median} from './median.js';
import {completedAtOf, completedDate, firstDueDate, isCanceled} from './ticket-facts.js';
import type {Ticket} from '../types.js';
import type {Predictability, WeekDetails} from './types.js';

export const noTeam = '—';

class PredictabilityTally {
	due = 0;
	onTime = 0;
	late = 0;
	pending = 0;
	committed = 0;
	kept = 0;
	broken = 0;
	postponements = 0;
	readonly slipDays: number[] = [];

	get isEmpty(): boolean {
		return this.due === 0 && this.committed === 0 && this.postponements === 0;
	}

	figures(): Predictability {
		const judged = this.onTime + this.late;
		const promised = this.kept + this.broken;
		return {
			due: this.due,
			onTime: this.onTime,
			late: this.late,
			pending: this.pending,
			onTimeRate: judged === 0 ? null : this.onTime / judged,
			committed: this.committed,
			kept: this.kept,
			broken: this.broken,
			keptRate: promised === 0 ? null : this.kept / promised,
			postponements: this.postponements,
			medianSlipDays: median(this.slipDays),
		};
	}
}

/** The tickets behind each predictability count (a ticket postponed twice is listed once). */
export interface PredictabilityIds {
	readonly due: readonly string[];
	readonly onTime: readonly string[];
	readonly late: readonly string[];
	readonly pending: readonly string[];
	readonly committed: readonly string[];
	readonly kept: readonly string[];
	readonly broken: readonly string[];
	readonly postponed: readonly string[];
}

export interface PredictabilityResult {
	readonly figures: Predictability;
	readonly ids: PredictabilityIds;
	readonly slips: WeekDetails['slips'];
	readonly brokenPromises: WeekDetails['brokenPromises'];
	readonly postponements: WeekDetails['postponements'];
	readonly teams: WeekDetails['teams'];
}

/**
 * What predictability reads of a ticket's history, the same whatever the week: its
 * postponements (a due date moved later, in history order) and its first due date. Kept per
 * ticket by position (compute.ts), so the weeks of a trend do not scan each history again.
 */
export interface DueFacts {
	readonly postponements: ReadonlyArray<{readonly at: number; readonly from: string; readonly to: string}>;
	readonly firstDue: string | null;
}

export function dueFactsOf(ticket: Ticket): DueFacts {
	let postponements: Array<DueFacts['postponements'][number]> | null = null;
	for (const event of ticket.history) {
		if (event.field !== 'dueDate' || event.from === null || event.to === null || event.to <= event.from) continue;
		(postponements ??= []).push({at: event.at, from: event.from, to: event.to});
	}
	return {postponements: postponements ?? [], firstDue: firstDueDate(ticket)};
}

/**
 * `due` / `committed` judge a completion at any time; only a ticket not completed at all
 * falls to the "past due as of asOf(W)" branch (metrics.md Readings). `factsOf` gives a
 * ticket's DueFacts by its index in `tickets`.
 */
export function computePredictability(tickets: readonly Ticket[], context: WeekContext, withTeams: boolean, factsOf: (index: number, ticket: Ticket) => DueFacts = (_, ticket) => dueFactsOf(ticket)): PredictabilityResult {
	const {week, timezone, asOfDate} = context;
	const overall = new PredictabilityTally();
	const teams = new Map<string, PredictabilityTally>();
	const slips: Array<WeekDetails['slips'][number]> = [];
	const brokenPromises: Array<WeekDetails['brokenPromises'][number]> = [];
	const postponements: Array<WeekDetails['postponements'][number]> = [];
	const ids = {due: [] as string[], onTime: [] as string[], late: [] as string[], pending: [] as string[], committed: [] as string[], kept: [] as string[], broken: [] as string[], postponed: [] as string[]};

	for (let index = 0; index < tickets.length; index++) {
		const ticket = tickets[index];
		if (ticket === undefined) continue;
		const facts = factsOf(index, ticket);
		// Each count goes to the overall tally and, when teams are wanted, the ticket's team's.
		let team: PredictabilityTally | undefined;
		if (withTeams) {
			const name = ticket.team ?? noTeam;
			team = teams.get(name);
			if (!team) {
				team = new PredictabilityTally();
				teams.set(name, team);
			}
		}

		const moves = facts.postponements;
		for (let move = 0; move < moves.length; move++) {
			const event = moves[move];
			if (event === undefined || !isDuring(event.at, context)) continue;
			overall.postponements++;
			if (team) team.postponements++;
			postponements.push({ticketId: ticket.id, at: event.at, from: event.from, to: event.to});
			if (ids.postponed.at(-1) !== ticket.id) ids.postponed.push(ticket.id);
		}

		if (isCanceled(ticket)) continue;
		const isCompleted = completedAtOf(ticket) !== null;

		const dueDate = ticket.dueDate;
		if (dueDate !== null && dateInWeek(dueDate, week)) {
			const done = isCompleted ? completedDate(ticket, timezone) : null;
			overall.due++;
			if (team) team.due++;
			ids.due.push(ticket.id);
			if (done !== null && done <= dueDate) {
				overall.onTime++;
				if (team) team.onTime++;
				ids.onTime.push(ticket.id);
			} else if (done !== null) {
				ids.late.push(ticket.id);
				const slipDays = daysBetweenDates(dueDate, done);
				overall.late++;
				overall.slipDays.push(slipDays);
				if (team) {
					team.late++;
					team.slipDays.push(slipDays);
				}
				slips.push({ticketId: ticket.id, slipDays, dueDate, completedDate: done});
			} else if (dueDate < asOfDate) {
				overall.late++;
				if (team) team.late++;
				ids.late.push(ticket.id);
			} else {
				overall.pending++;
				if (team) team.pending++;
				ids.pending.push(ticket.id);
			}
		}

		const {firstDue} = facts;
		if (firstDue !== null && dateInWeek(firstDue, week)) {
			const done = isCompleted ? completedDate(ticket, timezone) : null;
			overall.committed++;
			if (team) team.committed++;
			ids.committed.push(ticket.id);
			if (done !== null && done <= firstDue) {
				overall.kept++;
				if (team) team.kept++;
				ids.kept.push(ticket.id);
			} else if (done !== null || firstDue < asOfDate) {
				overall.broken++;
				if (team) team.broken++;
				ids.broken.push(ticket.id);
				brokenPromises.push({ticketId: ticket.id, firstDueDate: firstDue, currentDueDate: ticket.dueDate});
			}
		}
	}

	slips.sort((a, b) => b.slipDays - a.slipDays || a.completedDate.localeCompare(b.completedDate) || a.ticketId.localeCompare(b.ticketId));
	postponements.sort((a, b) => a.at - b.at);
	const teamRows = [...teams]
		.filter(([, tally]) => !tally.isEmpty)
		.sort(([a], [b]) => (a === noTeam ? 1 : b === noTeam ? -1 : a.localeCompare(b)))
		.map(([team, tally]) => ({team, ...tally.figures()}));
	return {figures: overall.figures(), ids, slips, brokenPromises, postponements, teams: teamRows};
}
