import type {AllocationCounts, ReportDelegation, ReportDetails, WeekDetails, WeekMetrics} from '../../source/domain/metrics/types.js';
import type {Classification, Note, Person, ResolvedReport, Ticket} from '../../source/domain/types.js';
import {shiftWeek, weekOf} from '../../source/domain/week.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import type {WeekReport} from '../../source/domain/week-report.js';
import {groupHeadOf, type GroupHeadParts} from '../../source/domain/metrics/group-head.js';
import type {PromiseRisk} from '../../source/domain/metrics/v2/types.js';
import {at, makeTicket} from '../support/ticket-builder.js';
import {version2Metrics, weekReport} from '../support/week-report.js';

/**
 * A small org, worked by hand: the director Dana; Alex Kim leads Sam; Jo Park leads Kai.
 * Week 2026-W47 (Europe/Berlin) is over; the figures below are what the metrics would say,
 * written out so the exports can be tested without the metrics code.
 */
export const week = weekOf(at('2026-11-18T12:00:00Z'), 'Europe/Berlin');
export const previousWeek = shiftWeek(week, -1);

const person = (id: string, name: string): Person => ({id, name, displayName: null, email: `${id}@acme.example`, active: true});
export const people = [person('dana', 'Dana Director'), person('alex', 'Alex Kim'), person('sam', 'Sam Lee'), person('jo', 'Jo Park'), person('kai', 'Kai Moreno')];

export const alex: ResolvedReport = {name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set(['alex']), groupIds: new Set(['alex', 'sam'])};
export const jo: ResolvedReport = {name: 'Jo Park', slug: 'jo-park', reportIds: new Set(['jo']), groupIds: new Set(['jo', 'kai'])};

export const tickets = {
	incident: makeTicket({id: 't-incident', key: 'PAY-1', title: 'Checkout 500s after deploy', assigneeId: 'sam', completedAt: at('2026-11-17T10:00:00Z'), startedAt: at('2026-11-16T09:00:00Z'), dueDate: '2026-11-16', url: 'https://acme.example/PAY-1', components: ['payments-gateway']}),
	platform: makeTicket({id: 't-platform', key: 'PLAT-2', title: 'Automate the deploy rollback', assigneeId: 'alex', completedAt: at('2026-11-19T15:00:00Z'), startedAt: at('2026-11-10T09:00:00Z')}),
	overdue: makeTicket({id: 't-overdue', key: 'PAY-3', title: 'Retry queue for webhooks', assigneeId: 'sam', startedAt: at('2026-11-12T09:00:00Z'), dueDate: '2026-11-18', creatorId: 'dana'}),
	takenBack: makeTicket({id: 't-back', key: 'PAY-4', title: 'Vendor contract review', assigneeId: 'dana', startedAt: at('2026-11-11T09:00:00Z')}),
	observability: makeTicket({id: 't-obs', key: 'PLAT-5', title: 'Tracing for the checkout path', assigneeId: 'sam', startedAt: at('2026-11-16T09:00:00Z')}),
	kaiFix: makeTicket({id: 't-kai', key: 'GROW-6', title: 'Signup form crash', assigneeId: 'kai', completedAt: at('2026-11-18T09:00:00Z'), startedAt: at('2026-11-17T09:00:00Z'), dueDate: '2026-11-20'}),
} satisfies Record<string, Ticket>;

const classification = (category: Classification['category'], reason: string): Classification => ({
	category,
	source: category === 'unclassified' ? null : 'rule',
	reason,
	confidence: category === 'unclassified' ? 0 : 0.9,
	suggestion: null,
});

export const classifications = new Map<string, Classification>([
	['t-incident', classification('operational', 'label incident')],
	['t-platform', classification('strategic', 'label platform')],
	['t-overdue', classification('operational', 'type Bug')],
	['t-back', classification('unclassified', '')],
	['t-obs', classification('strategic', 'label observability')],
	['t-kai', classification('operational', 'type Bug + priority Urgent')],
]);

export function counts(operational: number, strategic: number, unclassified: number): AllocationCounts {
	return {operational, strategic, unclassified, operationalShare: operational + strategic === 0 ? null : operational / (operational + strategic)};
}

export function delegationRow(name: string, figures: Partial<ReportDelegation> = {}): ReportDelegation {
	return {name, delegated: 0, open: 0, completed: 0, overdue: 0, stale: 0, strategicShare: null, takenBack: 0, ...figures};
}

export function metricsFor(figures: {
	completed: AllocationCounts;
	reports: readonly ReportDelegation[];
	keptRate?: number | null;
	delegated?: number;
	directorOpen?: number;
}): WeekMetrics {
	return {
		allocation: {completed: figures.completed, active: counts(3, 2, 1), inProgress: counts(2, 2, 1)},
		predictability: {due: 3, onTime: 1, late: 1, pending: 1, onTimeRate: 0.5, committed: 3, kept: 1, broken: 2, keptRate: figures.keptRate ?? 1 / 3, postponements: 1, medianSlipDays: 1},
		delegation: {
			director: {open: figures.directorOpen ?? 1, completed: 1},
			delegated: figures.delegated ?? 2,
			takenBack: 1,
			delegationRate: 2 / 3,
			reports: figures.reports,
		},
		blockers: {blocked: 1, blockedNow: 1, medianBlockedDays: null, medianOpenBlockedDays: 2},
		themes: [{name: 'component:payments-gateway', count: 4, weeks: 3}],
	};
}

/** This week: Alex's group is 50% firefighting (from 20%), one overdue, one taken back. */
export const currentMetrics = metricsFor({
	completed: counts(2, 1, 0),
	keptRate: 1 / 3,
	reports: [
		delegationRow('Alex Kim', {delegated: 1, open: 2, completed: 1, overdue: 1, stale: 0, strategicShare: 0.5, takenBack: 1}),
		delegationRow('Jo Park', {delegated: 1, open: 0, completed: 1, strategicShare: 0}),
	],
});

export const previousMetrics = metricsFor({
	completed: counts(1, 3, 0),
	keptRate: 0.75,
	delegated: 1,
	directorOpen: 3,
	reports: [delegationRow('Alex Kim', {delegated: 1, strategicShare: 0.8}), delegationRow('Jo Park', {strategicShare: 0})],
});

function reportDetails(report: ResolvedReport, lists: Partial<ReportDetails> & {allocation: AllocationCounts}): ReportDetails {
	return {
		name: report.name,
		slug: report.slug,
		delegatedIds: [],
		openIds: [],
		completedIds: [],
		overdueIds: [],
		staleIds: [],
		takenBackIds: [],
		strategicIds: [],
		groupCompletedIds: [],
		...lists,
	};
}

export const currentDetails: WeekDetails = {
	reports: [
		reportDetails(alex, {
			delegatedIds: ['t-overdue'],
			openIds: ['t-overdue', 't-obs'],
			completedIds: ['t-incident'],
			overdueIds: ['t-overdue'],
			takenBackIds: ['t-back'],
			strategicIds: ['t-platform'],
			groupCompletedIds: ['t-incident', 't-platform'],
			allocation: counts(1, 1, 0),
		}),
		reportDetails(jo, {delegatedIds: ['t-kai'], completedIds: ['t-kai'], groupCompletedIds: ['t-kai'], allocation: counts(1, 0, 0)}),
	],
	directorOpenIds: ['t-back'],
	slips: [{ticketId: 't-incident', slipDays: 1, dueDate: '2026-11-16', completedDate: '2026-11-17'}],
	brokenPromises: [
		{ticketId: 't-incident', firstDueDate: '2026-11-16', currentDueDate: '2026-11-16'},
		{ticketId: 't-overdue', firstDueDate: '2026-11-17', currentDueDate: '2026-11-18'},
	],
	postponements: [{ticketId: 't-overdue', at: at('2026-11-17T08:00:00Z'), from: '2026-11-17', to: '2026-11-18'}],
	blocked: [{ticketId: 't-overdue', days: 2.5, isBlockedNow: true, reason: 'blocked by PAY-9'}],
	themes: [{name: 'component:payments-gateway', count: 4, weeks: 3, ticketIds: ['t-incident'], ticketWeekIds: ['2026-W47'], weekIds: ['2026-W45', '2026-W46', '2026-W47']}],
	teams: [],
	figures: [],
};

/**
 * The week before (2026-W46), as its own report computed it: Alex Kim's group missed one
 * first due date (PLAT-5), moved two dates, had one promise at risk and two tickets blocked
 * at the week's end; Jo Park's group moved one date.
 */
export const previousDetails: WeekDetails = {
	reports: [
		reportDetails(alex, {openIds: ['t-overdue', 't-obs'], allocation: counts(1, 4, 0)}),
		reportDetails(jo, {openIds: ['t-kai'], allocation: counts(0, 0, 0)}),
	],
	directorOpenIds: ['t-back'],
	slips: [],
	brokenPromises: [{ticketId: 't-obs', firstDueDate: '2026-11-12', currentDueDate: '2026-11-20'}],
	postponements: [
		{ticketId: 't-obs', at: at('2026-11-10T08:00:00Z'), from: '2026-11-12', to: '2026-11-13'},
		{ticketId: 't-obs', at: at('2026-11-13T08:00:00Z'), from: '2026-11-13', to: '2026-11-20'},
		{ticketId: 't-kai', at: at('2026-11-12T08:00:00Z'), from: '2026-11-13', to: '2026-11-20'},
	],
	blocked: [
		{ticketId: 't-overdue', days: 4, isBlockedNow: true, reason: 'blocked by PAY-9'},
		{ticketId: 't-obs', days: 1, isBlockedNow: true, reason: 'waiting on the vendor'},
	],
	themes: [],
	teams: [],
	figures: [],
};

const previousRisk: PromiseRisk = {key: 'PAY-3', report: 'Alex Kim', dueDate: '2026-11-17', firstDueDate: '2026-11-17', onTimeProbability: 0.3, keptProbability: 0.3, atRisk: true};

/** The week before's version 2 parts its head figures read: PLAT-5 is the promise Alex Kim's group's kept rate judged. */
export const previousVersion2: GroupHeadParts['version2'] = {figures: {'effort.reports[Alex Kim].keptRate': ['PLAT-5'], 'effort.reports[Jo Park].keptRate': []}, promiseRisk: [previousRisk]};

const fixtureRoster = {directorIds: new Set(['dana']), reports: [alex, jo]};

/** The worked week's report: the shared builder with this org's week, figures and tickets. */
export function makeReport(overrides: Partial<WeekReport> = {}): WeekReport {
	const report = weekReport({
		week,
		asOf: week.endAt,
		isCurrent: false,
		trend: [
			{week: previousWeek.id, operationalShare: 0.25, onTimeRate: 1, keptRate: 0.75, delegated: 1, directorOpen: 3},
			{week: week.id, operationalShare: 2 / 3, onTimeRate: 0.5, keptRate: 1 / 3, delegated: 2, directorOpen: 1},
		],
		trendMetrics: [previousMetrics, currentMetrics],
		tickets: Object.values(tickets),
		details: currentDetails,
		// The promises Alex Kim's group's kept rate judges (the domain's reading: held by Sam at completion or at asOf): both broken.
		version2: {figures: {'effort.reports[Alex Kim].keptRate': ['PAY-1', 'PAY-3'], 'effort.reports[Jo Park].keptRate': []}},
		...overrides,
		effortTrend: overrides.effortTrend?.rows,
	});
	// The group's head figures by the domain's one function, over the details, version 2 and tickets given (overrides included).
	const ticketsById = new Map(report.tickets.map((ticket) => [ticket.id, ticket]));
	return {
		...report,
		groupHead: overrides.groupHead ?? {
			week: groupHeadOf({details: report.details, version2: report.version2, asOf: report.asOf}, fixtureRoster, ticketsById),
			weekBefore: groupHeadOf({details: previousDetails, version2: previousVersion2, asOf: previousWeek.endAt}, fixtureRoster, ticketsById),
		},
	};
}

/**
 * The week's version 2 figures with Alex Kim's group's kept-promise rate this week and the
 * week before (`effort.reports[R].keptRate`), the rate a 1:1 note asks them about.
 */
export function alexKeptRate(keptRate: number, previousKeptRate: number): WeekReport['version2'] {
	return version2Metrics({
		effort: {
			org: {operational: 0, strategic: 0, unclassified: 0, operationalShare: null, interruptShare: null, personDays: 0, fteWeeks: 0, unplanned: 0},
			reports: [{name: 'Alex Kim', operational: 1, strategic: 1, unclassified: 0, operationalShare: 0.5, interruptShare: 0.1, personDays: 2, fteWeeks: 0.4, unplanned: 0.2, keptRate, previousKeptRate}],
		},
		figures: {'effort.reports[Alex Kim].keptRate': ['PAY-1', 'PAY-3'], 'effort.reports[Jo Park].keptRate': []},
	});
}

export function makeSnapshot(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
	const allTickets: Ticket[] = Object.values(tickets);
	return {
		provider: 'demo',
		week,
		report: makeReport(),
		ticketsById: new Map(allTickets.map((ticket) => [ticket.id, ticket])),
		peopleById: new Map(people.map((p) => [p.id, p])),
		classifications,
		roster: fixtureRoster,
		notes: [],
		targets: {firefightingShare: 0.4},
		now: at('2026-11-23T08:00:00Z'),
		...overrides,
	};
}

export function note(id: number, target: Note['target'], text: string): Note {
	return {id, target, text, createdAt: at('2026-11-20T10:00:00Z') + id, discussedAt: null};
}

/** The snapshot with one ticket's title (and everything else) replaced. */
export function withTicket(s: ReviewSnapshot, ticket: Ticket): ReviewSnapshot {
	const ticketsById = new Map(s.ticketsById);
	ticketsById.set(ticket.id, ticket);
	return {...s, ticketsById, report: {...s.report, tickets: s.report.tickets.map((candidate) => (candidate.id === ticket.id ? ticket : candidate))}};
}
