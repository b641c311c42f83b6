import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/store/store.js';
import type {Ticket} from '../../source/domain/types.js';
import {expectContractShape, integrityCheck, makeHome, runCli, type ContractExport} from './contract.js';

/**
 * The demo org's JSON export for last week is valid against the contract, and a few of
 * its figures agree with a plain recount over the tickets in the store, written here
 * without the product's metric code: completions counted by local calendar date and
 * sorted by the categories the export itself gives each ticket; due dates compared as
 * calendar dates.
 */

let home: string;
let exported: ContractExport;
let stored: Ticket[];

beforeAll(async () => {
	home = makeHome();
	const result = await runCli(['export', '--demo', '--format', 'json', '--week', 'last', '--out', '-'], home);
	expect(result.code, result.stderr).toBe(0);
	exported = JSON.parse(result.stdout) as ContractExport;
	const file = path.join(home, 'director-review.db');
	expect(integrityCheck(file)).toBe('ok');
	const store = openStore(file);
	stored = store.loadTickets('demo');
	store.close();
}, 120_000);

afterAll(() => {
	if (home) fs.rmSync(home, {recursive: true, force: true});
});

/** A calendar date in a zone, YYYY-MM-DD. */
function localDate(instant: number, timezone: string): string {
	return new Intl.DateTimeFormat('en-CA', {timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date(instant));
}

describe('director-review export --demo --format json --week last', () => {
	it('is valid against the contract', () => {
		expectContractShape(exported);
		expect(exported.provider).toBe('demo');
		expect(exported.delegation.reports.length).toBeGreaterThanOrEqual(4);
	});

	it('counts the completed tickets by category as a plain recount does', () => {
		const {start, end, timezone} = exported.week;
		const categories = new Map(exported.tickets.map((ticket) => [ticket.key, ticket.category]));
		const counts = {operational: 0, strategic: 0, unclassified: 0};
		for (const ticket of stored) {
			if (ticket.canceledAt !== null || ticket.completedAt === null) continue;
			const date = localDate(ticket.completedAt, timezone);
			if (date < start || date > end) continue;
			const category = categories.get(ticket.key);
			// Every ticket completed in the week is among the exported tickets.
			expect(category, ticket.key).toBeDefined();
			counts[category!]++;
		}
		expect(counts.operational + counts.strategic + counts.unclassified).toBeGreaterThan(0);
		expect({operational: exported.allocation.completed.operational, strategic: exported.allocation.completed.strategic, unclassified: exported.allocation.completed.unclassified}).toEqual(counts);
		const decided = counts.operational + counts.strategic;
		// Version 2 carries the exact share (one rounding, by whoever shows it); version 1 three decimals.
		expect(exported.allocation.completed.operationalShare).toBe(decided === 0 ? null : counts.operational / decided);
	});

	it('counts due, on-time, late and pending tickets as a plain recount does', () => {
		const {start, end, timezone} = exported.week;
		let due = 0;
		let onTime = 0;
		let late = 0;
		let pending = 0;
		// Last week is over: asOf is its end, and its calendar date is the Sunday.
		const weekEnd = Date.parse(`${end}T00:00:00Z`) + 86_400_000;
		for (const ticket of stored) {
			if (ticket.canceledAt !== null || ticket.dueDate === null || ticket.dueDate < start || ticket.dueDate > end) continue;
			due++;
			if (ticket.completedAt !== null && localDate(ticket.completedAt, timezone) <= ticket.dueDate) onTime++;
			else if (ticket.completedAt !== null) late++;
			else if (ticket.dueDate < end) late++;
			else pending++;
		}
		// A rough guard that the UTC-midnight approximation of the week's end is not what decides.
		expect(weekEnd).toBeLessThan(Date.now());
		expect(due).toBeGreaterThan(0);
		expect({due: exported.predictability['due'], onTime: exported.predictability['onTime'], late: exported.predictability['late'], pending: exported.predictability['pending']}).toEqual({due, onTime, late, pending});
	});

	it('lists the tickets completed or started and not finished before the week, and beside them only tickets a figure counts', () => {
		const {start, end, timezone} = exported.week;
		const expected = stored
			.filter((ticket) => {
				const finished = ticket.completedAt ?? ticket.canceledAt;
				const completedInWeek = ticket.canceledAt === null && ticket.completedAt !== null && localDate(ticket.completedAt, timezone) >= start && localDate(ticket.completedAt, timezone) <= end;
				const active = ticket.startedAt !== null && localDate(ticket.startedAt, timezone) <= end && (finished === null || localDate(finished, timezone) >= start);
				return completedInWeek || active;
			})
			.map((ticket) => ticket.key)
			.sort();
		const listed = exported.tickets.map((ticket) => ticket.key);
		for (const key of expected) expect(listed).toContain(key);
		// Version 2: the others are there because a figure counts them (an open ticket overdue, a theme's earlier fire).
		const counted = new Set(Object.values((exported as unknown as {figures: Record<string, string[]>}).figures).flat());
		for (const key of listed) if (!expected.includes(key)) expect(counted.has(key), key).toBe(true);
	});
});
