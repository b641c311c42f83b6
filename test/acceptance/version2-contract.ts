import {expect, it} from 'vitest';
import {expectCloseTo, expectContractShape} from './contract.js';
import {expectedV2W45} from './scenario.js';

/**
 * Issue 17 acceptance, shared by the Linear and Jira contract tests: the version 2 figures of
 * the scenario org's `export --format json` (schemaVersion 2), compared with the figures worked
 * out by hand in scenario.ts (`expectedV2W45`), and the tickets each figure counts.
 */

export interface Version2Export {
	readonly schemaVersion: number;
	readonly effort: {readonly org: Record<string, unknown>; readonly reports: ReadonlyArray<Record<string, unknown>>};
	readonly iterations: ReadonlyArray<Record<string, unknown> & {readonly id: string; readonly name: string}>;
	readonly promiseRisk: ReadonlyArray<Record<string, unknown>>;
	readonly aging: ReadonlyArray<Record<string, unknown>>;
	readonly unownedFires: ReadonlyArray<Record<string, unknown>>;
	readonly themes: ReadonlyArray<Record<string, unknown> & {readonly name: string}>;
	readonly figures: Readonly<Record<string, readonly string[]>>;
	readonly effortTrend: ReadonlyArray<{readonly week: string; readonly org: Record<string, unknown>; readonly reports: ReadonlyArray<Record<string, unknown>>}>;
}

export interface ThemeResponders {
	readonly name: string;
	/** The possible top responders (a tie may name any of the tied people). */
	readonly topResponder: readonly string[];
	readonly topResponderShare: number;
	readonly singleResponder: boolean;
}

const sorted = (keys: readonly string[] | undefined) => [...(keys ?? [])].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));

export function itGivesTheVersion2Figures(exported: () => Version2Export, themes: readonly ThemeResponders[]): void {
	it('writes schemaVersion 2, valid against the contract, every counted key in tickets', () => {
		expect(exported().schemaVersion).toBe(2);
		expectContractShape(exported());
	});

	it('gives the hand-computed effort in person-days and the interrupt share, org and per report', () => {
		expectCloseTo(exported().effort, expectedV2W45.effort);
	});

	it('names the tickets behind effort, the heaviest unplanned first', () => {
		const {figures, effort} = exported();
		// A figure's path is its value's JSON path in the file: a report by its position in effort.reports.
		const report = (name: string) => `effort.reports[${effort.reports.findIndex((row) => row['name'] === name)}]`;
		expect(sorted(figures[`${report('Blake Jones')}.operational`])).toEqual(['ENG-4', 'ENG-5', 'ENG-17']);
		expect(sorted(figures[`${report('Alex Brandt')}.unclassified`])).toEqual(['ENG-7', 'ENG-11', 'ENG-23']);
		// T5 5 days, T20 2/3, T17 1/3.
		expect(figures[`${report('Blake Jones')}.unplanned`]).toEqual(['ENG-5', 'ENG-20', 'ENG-17']);
		expect(figures['effort.org.unplanned']).toEqual(['ENG-5', 'ENG-9', 'ENG-20', 'ENG-17']);
	});

	it('gives effort over the trend weeks, ending with W', () => {
		const {effortTrend, effort, figures} = exported();
		// trendWeeks defaults to 8: W38..W45, oldest first; W45's row is the week's own effort.
		expect(effortTrend.map((row) => row.week)).toEqual(['2026-W38', '2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45']);
		expect(effortTrend.at(-1)?.org).toEqual(effort.org);
		// W44 (Mon Oct 26 .. Fri Oct 30), Blake's group: Casey Tue T2 (1), Wed T2 + T8 (½ each: T2 done Wed noon,
		// T8 started Wed), Thu T8, Fri T8; Blake Fri T5 (started Oct 30). → op T2 1.5 + T5 1 = 2.5, st T8 2.5.
		// Unplanned: T2 and T5 started 24 h after creation (T8 exactly 48 h: planned) → 2.5 / 5.
		const w44 = effortTrend.find((row) => row.week === '2026-W44')?.reports.find((row) => row['name'] === 'Blake Jones');
		expectCloseTo(w44, {operational: 2.5, strategic: 2.5, unclassified: 0, operationalShare: 0.5, interruptShare: 0.5, personDays: 5});
		// A trend week's tickets are its own export's (`--week 2026-W44`: effort.reports[Blake Jones].operational
		// = ENG-2, ENG-5), not listed again in W's, like the version 1 trend.
		expect(Object.keys(figures).filter((path) => path.startsWith('effortTrend['))).toEqual([]);
	});

	it('gives the hand-computed commitment integrity of the sprint completed in W and the one running at its end', () => {
		expectCloseTo(exported().iterations, expectedV2W45.iterations);
	});

	it('names the planned, added, removed and completed tickets of each iteration, from its history', () => {
		const {figures, iterations} = exported();
		expect(iterations.length).toBeGreaterThanOrEqual(2);
		// An iteration by its position in iterations, as its value's JSON path.
		const [first, second] = [0, 1];
		const of = (position: number, figure: string) => sorted(figures[`iterations[${position}].${figure}`]);
		expect(of(first, 'planned')).toEqual(['ENG-6', 'ENG-10', 'ENG-11', 'ENG-14', 'ENG-19']);
		expect(of(first, 'added')).toEqual(['ENG-9', 'ENG-12', 'ENG-20']);
		expect(of(first, 'removed')).toEqual(['ENG-12', 'ENG-19']);
		expect(of(first, 'completedPlanned')).toEqual(['ENG-6', 'ENG-14']);
		expect(of(second, 'planned')).toEqual(['ENG-9', 'ENG-10', 'ENG-11']);
		expect(of(second, 'added')).toEqual(['ENG-16']);
	});

	it('gives the hand-computed promise risk of the open tickets due within 28 days or past due', () => {
		expectCloseTo(exported().promiseRisk, expectedV2W45.promiseRisk);
		// The at-risk tickets are the entries flagged so, each listed under the list's own path.
		const atRisk = exported().promiseRisk.filter((risk) => risk['atRisk'] === true).map((risk) => String(risk['key']));
		expect(sorted(atRisk)).toEqual(['ENG-10', 'ENG-11', 'ENG-12', 'ENG-26']);
		expect(sorted(exported().figures['promiseRisk']).filter((key) => atRisk.includes(key))).toEqual(sorted(atRisk));
	});

	it('gives the hand-computed aging and stalled tickets', () => {
		expectCloseTo(exported().aging, expectedV2W45.aging);
		expect(exported().aging.filter((ticket) => ticket['stalled'] === true).map((ticket) => ticket['key'])).toEqual(['ENG-23']);
		expect(exported().figures['aging']).toContain('ENG-23');
	});

	it('lists the unowned fires, oldest first', () => {
		expectCloseTo(exported().unownedFires, expectedV2W45.unownedFires);
		expect(exported().figures['unownedFires']).toEqual(['ENG-28', 'ENG-27']);
	});

	it('names each recurring theme’s top responder and the single responders', () => {
		expect(sorted(exported().themes.map((theme) => theme.name))).toEqual(sorted(themes.map((theme) => theme.name)));
		for (const expected of themes) {
			const theme = exported().themes.find((candidate) => candidate.name === expected.name);
			expect(expected.topResponder, expected.name).toContain(theme?.['topResponder']);
			expect(theme?.['topResponderShare'], expected.name).toBeCloseTo(expected.topResponderShare, 6);
			expect(theme?.['singleResponder'], expected.name).toBe(expected.singleResponder);
		}
	});
}
