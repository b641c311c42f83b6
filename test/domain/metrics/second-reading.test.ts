/**
 * A second independent reading of metrics.md's version 1 clauses, on hand-made tickets for the
 * edges the earlier readings (clause-edges, handmade-reading, contract-reading,
 * independent-reading) leave out. Each expected value is worked out by hand from the text in
 * the comment beside it and compared with the domain and with the schemaVersion 2 JSON export,
 * whose `figures` must list exactly the counted keys. Week 2026-W47 in Europe/Berlin (Monday
 * 16 to Sunday 22 November 2026, UTC+1).
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics, type MetricInput} from '../../../source/domain/metrics/compute.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import type {Category, Classification, Ticket, Week} from '../../../source/domain/types.js';
import type {JsonExport} from '../../../source/export/json.js';
import {jsonExportOf} from '../../support/json-export-of.js';
import {at, makePerson, makeTicket} from '../../support/ticket-builder.js';

const zone = 'Europe/Berlin';
const week = parseWeekArgument('2026-W47', 0, zone);
/** Long after W: asOf(W) is W's end, the next Monday 00:00 local. */
const afterW = at('2026-12-07T12:00:00+01:00');
const endOfW = at('2026-11-23T00:00:00+01:00');

const people = [
	makePerson({id: 'u-d', name: 'Dana Director'}),
	makePerson({id: 'u-a', name: 'Alex Kim'}),
	makePerson({id: 'u-s', name: 'Sam Lee'}),
	makePerson({id: 'u-b', name: 'Bo Chen'}),
];
const roster = resolveRoster({director: 'u-d', reports: [{name: 'Alex Kim', id: 'u-a', team: ['u-s']}, {name: 'Bo Chen', id: 'u-b', team: []}]}, people);

interface Built {
	readonly tickets: Ticket[];
	readonly classifications: Map<string, Classification>;
}

/** Tickets keyed `<prefix>-<n>` in the order given; the category, when given, as a manual tag. */
function build(prefix: string, specs: ReadonlyArray<readonly [Partial<Ticket>, Category?]>): Built {
	const tickets: Ticket[] = [];
	const classifications = new Map<string, Classification>();
	specs.forEach(([partial, category], index) => {
		const id = `${prefix.toLowerCase()}-${index + 1}`;
		tickets.push(makeTicket({id, key: `${prefix}-${index + 1}`, ...partial}));
		if (category) classifications.set(id, {category, source: 'manual', reason: 'manual', confidence: 1, suggestion: null});
	});
	return {tickets, classifications};
}

function inputOf({tickets, classifications}: Built, now = afterW, of: Week = week): MetricInput & {people: typeof people} {
	return {tickets, classifications, roster, week: of, iterations: [], people, settings: {timezone: zone, trendWeeks: 2, staleDays: 14, now}};
}

const keys = (prefix: string, ...numbers: number[]) => numbers.map((number) => `${prefix}-${number}`).sort();
const listed = (json: JsonExport, path: string) => [...(json.figures[path] ?? ['<no such path>'])].sort();

const assignee = (when: number, from: string | null, to: string | null) => ({at: when, field: 'assignee' as const, from, to, actorId: null});
const due = (when: string, from: string | null, to: string | null) => ({at: at(when), field: 'dueDate' as const, from, to, actorId: null});

describe('the instant asOf(W) of an ended week, and postponements (docs/metrics.md readings)', () => {
	const inW = at('2026-11-17T10:00:00+01:00');
	const built = build('S', [
		// 1: created at the next Monday 00:00, held by the director: it exists as of asOf(W), so it is open then.
		[{createdAt: endOfW, updatedAt: endOfW, assigneeId: 'u-d', creatorId: 'u-d'}],
		// 2: the director's, handed to Sam at the next Monday 00:00: no delegation event in W, yet delegated
		// by asOf(W) and held by Sam then — open in Alex's group, not the director's.
		[{createdAt: inW, updatedAt: endOfW, assigneeId: 'u-s', creatorId: 'u-d', history: [assignee(endOfW, 'u-d', 'u-s')]}],
		// 3: blocked from the next Monday 00:00: blocked at no moment of W, and not blocked now of W.
		[{blockedSpells: [{start: endOfW, end: null, reason: 'status Blocked'}]}],
		// 4: canceled long ago, its due date moved later in W: one postponement, neither due nor committed.
		[{canceledAt: at('2026-11-02T10:00:00+01:00'), dueDate: '2026-11-30', history: [due('2026-11-18T10:00:00+01:00', '2026-11-10', '2026-11-30')]}],
		// 5: set to Friday 20th, removed, set to the 25th, all in W: no existing date moved later; first due date the
		// 20th, not completed and before Sunday: committed and broken; the current one is outside W.
		[{dueDate: '2026-11-25', history: [due('2026-11-16T09:00:00+01:00', null, '2026-11-20'), due('2026-11-17T09:00:00+01:00', '2026-11-20', null), due('2026-11-18T09:00:00+01:00', null, '2026-11-25')]}],
		// 6: moved earlier in W (25th to 18th): no postponement; due Wednesday, not completed: late; first due the 25th.
		[{dueDate: '2026-11-18', history: [due('2026-11-17T09:00:00+01:00', '2026-11-25', '2026-11-18')]}],
	]);

	it('director open 1, Alex open 1, delegated 0; due 1 late; committed 1 broken; 1 postponement; nothing blocked', () => {
		const input = inputOf(built);
		const metrics = computeWeekMetrics(input);
		expect(metrics.delegation).toEqual({
			director: {open: 1, completed: 0},
			delegated: 0,
			takenBack: 0,
			delegationRate: null,
			reports: [
				{name: 'Alex Kim', delegated: 0, open: 1, completed: 0, overdue: 0, stale: 0, strategicShare: null, takenBack: 0},
				{name: 'Bo Chen', delegated: 0, open: 0, completed: 0, overdue: 0, stale: 0, strategicShare: null, takenBack: 0},
			],
		});
		expect(metrics.predictability).toEqual({due: 1, onTime: 0, late: 1, pending: 0, onTimeRate: 0, committed: 1, kept: 0, broken: 1, keptRate: 0, postponements: 1, medianSlipDays: null});
		expect(metrics.blockers).toEqual({blocked: 0, blockedNow: 0, medianBlockedDays: null, medianOpenBlockedDays: null});

		const json = jsonExportOf(input);
		expect(json.delegation).toEqual(metrics.delegation);
		expect(json.predictability).toEqual(metrics.predictability);
		expect(listed(json, 'delegation.director.open')).toEqual(keys('S', 1));
		expect(listed(json, 'delegation.reports[0].open')).toEqual(keys('S', 2));
		expect(listed(json, 'delegation.delegated')).toEqual([]);
		expect(listed(json, 'predictability.due')).toEqual(keys('S', 6));
		expect(listed(json, 'predictability.late')).toEqual(keys('S', 6));
		expect(listed(json, 'predictability.committed')).toEqual(keys('S', 5));
		expect(listed(json, 'predictability.broken')).toEqual(keys('S', 5));
		expect(listed(json, 'predictability.postponements')).toEqual(keys('S', 4));
		expect(listed(json, 'predictability.medianSlipDays')).toEqual([]);
		expect(listed(json, 'blockers.blockedNow')).toEqual([]);
	});
});
