import fc from 'fast-check';
import {marked, type Token, type Tokens} from 'marked';
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../source/domain/metrics/compute.js';
import type {Classification, HistoryEvent, Ticket} from '../../source/domain/types.js';
import {parseWeekArgument, shiftWeek, weekOf} from '../../source/domain/week.js';
import {buildCsv, csvHeader} from '../../source/export/csv.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {stripUnsafe, toCsvField} from '../../source/text/sanitize.js';
import {metricInput, people, week47} from '../domain/metrics/fixture.js';
import {parseCsv} from '../support/csv-reader.js';
import {makeTicket} from '../support/ticket-builder.js';
import {makeSnapshot, tickets as snapshotTickets, withTicket} from '../export/snapshot-fixture.js';

/**
 * Properties over generated input. JQL quoting is covered by test/providers/jira/jql.test.ts
 * and the sanitiser's own properties by test/text/sanitize.test.ts; these add the week
 * arithmetic, CSV and Markdown round trips through the real exporters, and the metric
 * invariants.
 */

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns'];
const day = 86_400_000;
// 2000-01-01 … 2040-01-01.
const instants = fc.integer({min: 946_684_800_000, max: 2_208_988_800_000});

describe('weeks', () => {
	it('parse(format(W)) = W, and a date inside W parses to W', () => {
		fc.assert(
			fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
				const week = weekOf(instant, zone);
				expect(week.id).toMatch(/^\d{4}-W\d{2}$/);
				expect(parseWeekArgument(week.id, 0, zone)).toEqual(week);
				expect(parseWeekArgument(week.start, 0, zone)).toEqual(week);
				expect(parseWeekArgument(week.end, 0, zone)).toEqual(week);
				expect(week.startAt).toBeLessThanOrEqual(instant);
				expect(instant).toBeLessThan(week.endAt);
			}),
			{numRuns: 400},
		);
	});

	it('shiftWeek by n then by −n is the identity, and shifts compose', () => {
		fc.assert(
			fc.property(instants, fc.constantFrom(...zones), fc.integer({min: -120, max: 120}), fc.integer({min: -60, max: 60}), (instant, zone, n, m) => {
				const week = weekOf(instant, zone);
				expect(shiftWeek(shiftWeek(week, n), -n)).toEqual(week);
				expect(shiftWeek(shiftWeek(week, n), m)).toEqual(shiftWeek(week, n + m));
				if (n !== 0) expect(shiftWeek(week, n).id).not.toBe(week.id);
			}),
			{numRuns: 300},
		);
	});

	it('consecutive weeks tile time: each ends where the next starts, 7 days ± a DST hour', () => {
		fc.assert(
			fc.property(instants, fc.constantFrom(...zones), (instant, zone) => {
				const week = weekOf(instant, zone);
				const next = shiftWeek(week, 1);
				expect(next.startAt).toBe(week.endAt);
				expect(Math.abs(week.endAt - week.startAt - 7 * day)).toBeLessThanOrEqual(3_600_000);
			}),
			{numRuns: 300},
		);
	});
});

/** What a spreadsheet cell must show for `value`: no controls, no line breaks, a quote before a formula sign. */
function shownText(value: string): string {
	const text = stripUnsafe(value).replace(/[\r\n]+/g, ' ');
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const hostile = fc.string({unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '"', ',', '\r', '\n', '\t', '\u001B', ' ', "'", '|'), fc.string({unit: 'grapheme', minLength: 1, maxLength: 1})), maxLength: 40});

describe('CSV export', () => {
	it('a field parses back to its text (controls removed, line breaks folded), and never starts a formula', () => {
		fc.assert(
			fc.property(hostile, (value) => {
				const [record] = parseCsv(`${toCsvField(value)}\r\n`);
				expect(record).toHaveLength(1);
				expect(record![0]).toBe(shownText(value));
				expect(record![0]).not.toMatch(/^[=+\-@\t\r]/);
			}),
			{numRuns: 1500},
		);
	});

	it('a whole export with hostile titles and keys keeps its shape: one record per ticket, every field safe', () => {
		fc.assert(
			fc.property(hostile, hostile, (title, key) => {
				const snapshot = withTicket(makeSnapshot(), {...snapshotTickets.overdue, title, key: `K${key}`});
				const records = parseCsv(buildCsv(snapshot).content);
				expect(records[0]).toEqual([...csvHeader]);
				expect(records.length).toBe(snapshot.report.tickets.length + 1);
				for (const record of records) {
					expect(record).toHaveLength(csvHeader.length);
					for (const field of record) expect(field).not.toMatch(/^[=+\-@\t\r]/);
				}
				const row = records.find((record) => record[0] === shownText(`K${key}`));
				expect(row, 'the hostile ticket is one of the rows').toBeDefined();
				expect(row![1]).toBe(shownText(title));
			}),
			{numRuns: 300},
		);
	});
});

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
	for (const token of tokens) {
		visit(token);
		if ('tokens' in token && token.tokens) walk(token.tokens, visit);
		if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
		if (token.type === 'table') for (const cell of [...(token as Tokens.Table).header, ...(token as Tokens.Table).rows.flat()]) walk(cell.tokens, visit);
	}
}

/** Headings, table rows and raw HTML: what a title must never add to a 1:1. */
function structure(md: string): {headings: string[]; rows: number; html: number} {
	const tokens = marked.lexer(md);
	let rows = 0;
	let html = 0;
	walk(tokens, (token) => {
		if (token.type === 'table') rows += (token as Tokens.Table).rows.length;
		if (token.type === 'html') html++;
	});
	const headings = tokens.filter((token): token is Tokens.Heading => token.type === 'heading').map((token) => `${token.depth}:${token.text}`);
	return {headings, rows, html};
}

describe('Markdown 1:1 export', () => {
	// The page (talking points name the ticket) and the full note (its tables list it).
	const oneOnOne = (title: string, detail: 'page' | 'full') => buildOneOnOne(withTicket(makeSnapshot(), {...snapshotTickets.overdue, title}), 'alex-kim', detail).content;
	const hostileTitle = fc.string({unit: fc.oneof(fc.constantFrom('#', '|', '<', '>', '\n', '\r', '-', '=', '`', '*', '[', ']', '(', ')', '!', '&', ';', '\\'), fc.string({unit: 'binary', minLength: 1, maxLength: 1})), maxLength: 60});

	it.each(['page', 'full'] as const)('a hostile title of any characters adds no heading, table row or HTML (%s)', (detail) => {
		const plain = structure(oneOnOne('Retry queue for webhooks', detail));
		if (detail === 'full') expect(plain.rows).toBeGreaterThan(0);
		expect(oneOnOne('Retry queue for webhooks', detail)).toContain('Retry queue for webhooks');
		fc.assert(
			fc.property(hostileTitle, (title) => {
				expect(structure(oneOnOne(title, detail))).toEqual(plain);
			}),
			{numRuns: 150},
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Metric invariants over random tickets around 2026-W47 (Berlin).

const ids = people.map((person) => person.id);
const around = fc.integer({min: week47.startAt - 21 * day, max: week47.endAt + 7 * day});
const dates = fc.integer({min: -20, max: 20}).map((offset) => new Date(Date.parse(`${week47.start}T12:00:00Z`) + offset * day).toISOString().slice(0, 10));
const person = fc.option(fc.constantFrom(...ids), {nil: null});

const randomTicket = fc
	.record({
		created: around,
		startedAfter: fc.option(fc.integer({min: 0, max: 10 * day}), {nil: null}),
		completedAfter: fc.option(fc.integer({min: 0, max: 14 * day}), {nil: null}),
		canceled: fc.boolean(),
		due: fc.option(dates, {nil: null}),
		firstDue: fc.option(dates, {nil: null}),
		assignee: person,
		previous: person,
		creator: person,
		reassignedAfter: fc.integer({min: 0, max: 10 * day}),
		labels: fc.subarray(['incident', 'payments', 'bug', 'platform', 'infra']),
		blocked: fc.option(fc.tuple(fc.integer({min: 0, max: 10 * day}), fc.option(fc.integer({min: 1, max: 5 * day}), {nil: null})), {nil: null}),
	})
	.map((spec): Ticket => {
		const startedAt = spec.startedAfter === null ? null : spec.created + spec.startedAfter;
		const completedAt = startedAt === null || spec.completedAfter === null || spec.canceled ? null : startedAt + spec.completedAfter;
		const history: HistoryEvent[] = [];
		if (spec.previous !== spec.assignee) history.push({at: spec.created + spec.reassignedAfter, field: 'assignee', from: spec.previous, to: spec.assignee, actorId: null});
		if (spec.firstDue !== null && spec.due !== null && spec.firstDue !== spec.due) {
			history.push({at: spec.created + 1000, field: 'dueDate', from: null, to: spec.firstDue, actorId: null});
			history.push({at: spec.created + spec.reassignedAfter + 2000, field: 'dueDate', from: spec.firstDue, to: spec.due, actorId: null});
		}
		history.sort((a, b) => a.at - b.at);
		const spells = spec.blocked === null ? [] : [{start: spec.created + spec.blocked[0], end: spec.blocked[1] === null ? null : spec.created + spec.blocked[0] + spec.blocked[1], reason: 'blocked by ENG-1'}];
		return makeTicket({
			createdAt: spec.created,
			updatedAt: Math.max(spec.created, ...history.map((event) => event.at)),
			startedAt,
			completedAt,
			canceledAt: spec.canceled ? spec.created + day : null,
			statusCategory: completedAt !== null ? 'completed' : spec.canceled ? 'canceled' : startedAt !== null ? 'started' : 'unstarted',
			dueDate: spec.due,
			assigneeId: spec.assignee,
			creatorId: spec.creator,
			labels: spec.labels,
			history,
			blockedSpells: spells,
		});
	});

const category = fc.constantFrom<Classification['category']>('operational', 'strategic', 'unclassified');
const inUnit = (value: number | null) => value === null || (value >= 0 && value <= 1);

describe('metric invariants', () => {
	it('hold for any set of tickets', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(randomTicket, category), {maxLength: 40}), fc.integer({min: week47.startAt, max: week47.endAt + 14 * day}), (entries, now) => {
				const tickets = entries.map(([ticket]) => ticket);
				const classifications = new Map(entries.map(([ticket, value]) => [ticket.id, {category: value, source: value === 'unclassified' ? null : 'manual', reason: 'generated', confidence: 1, suggestion: null} satisfies Classification]));
				const metrics = computeWeekMetrics(metricInput(tickets, {classifications, now}));
				const {completed, active} = metrics.allocation;

				const completedInWeek = tickets.filter((ticket) => ticket.canceledAt === null && ticket.completedAt !== null && ticket.completedAt >= week47.startAt && ticket.completedAt < week47.endAt);
				expect(completed.operational + completed.strategic + completed.unclassified).toBe(completedInWeek.length);
				expect(completed.operational).toBe(completedInWeek.filter((ticket) => classifications.get(ticket.id)?.category === 'operational').length);
				for (const counts of [completed, active]) {
					expect(inUnit(counts.operationalShare)).toBe(true);
					expect(counts.operationalShare === null).toBe(counts.operational + counts.strategic === 0);
				}

				const p = metrics.predictability;
				const due = tickets.filter((ticket) => ticket.canceledAt === null && ticket.dueDate !== null && ticket.dueDate >= week47.start && ticket.dueDate <= week47.end);
				expect(p.due).toBe(due.length);
				expect(p.onTime + p.late + p.pending).toBe(p.due);
				expect(p.kept + p.broken).toBeLessThanOrEqual(p.committed);
				expect(inUnit(p.onTimeRate) && inUnit(p.keptRate)).toBe(true);
				expect(p.onTimeRate === null).toBe(p.onTime + p.late === 0);
				if (p.medianSlipDays !== null) expect(p.medianSlipDays).toBeGreaterThan(0);

				const d = metrics.delegation;
				expect(inUnit(d.delegationRate)).toBe(true);
				expect(d.director.completed).toBeLessThanOrEqual(completedInWeek.length);
				let reportCompleted = 0;
				for (const report of d.reports) {
					expect(report.delegated).toBeLessThanOrEqual(d.delegated);
					expect(report.overdue).toBeLessThanOrEqual(report.open);
					expect(report.stale).toBeLessThanOrEqual(report.open);
					expect(inUnit(report.strategicShare)).toBe(true);
					reportCompleted += report.completed;
				}
				expect(reportCompleted).toBeLessThanOrEqual(completedInWeek.length);
				expect(d.delegated).toBeLessThanOrEqual(d.reports.reduce((sum, report) => sum + report.delegated, 0));
				expect(d.takenBack).toBeLessThanOrEqual(tickets.flatMap((ticket) => ticket.history).filter((event) => event.field === 'assignee').length);

				const b = metrics.blockers;
				expect(b.blockedNow).toBeLessThanOrEqual(b.blocked);
				expect(b.blocked).toBeLessThanOrEqual(tickets.filter((ticket) => ticket.blockedSpells.length > 0).length);
				if (b.medianBlockedDays !== null) expect(b.medianBlockedDays).toBeGreaterThanOrEqual(0);
				for (const theme of metrics.themes) {
					expect(theme.count).toBeGreaterThanOrEqual(3);
					expect(theme.weeks).toBeGreaterThanOrEqual(2);
				}
			}),
			{numRuns: 300},
		);
	});
});
