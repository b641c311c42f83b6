import {describe, expect, it} from 'vitest';
import {daysText, percentText, reportTalkingPoints, type ReportTalkingPointInput, type TalkingPointRule} from '../../source/domain/talking-points.js';
import {quietReport} from '../support/quiet-report.js';

const quiet = quietReport;

const rules = (input: Partial<ReportTalkingPointInput>): TalkingPointRule[] => reportTalkingPoints({...quiet, ...input}).map((point) => point.rule);
const textOf = (input: Partial<ReportTalkingPointInput>, rule: TalkingPointRule) => reportTalkingPoints({...quiet, ...input}).find((point) => point.rule === rule)?.text;

describe('talking points', () => {
	it('says nothing when no figure moved: no point is invented', () => {
		expect(reportTalkingPoints(quiet)).toEqual([]);
	});

	it('asks about a rise in firefighting, naming the theme that keeps burning', () => {
		const text = textOf({firefightingShare: 0.7, previousFirefightingShare: 0.45, themes: [{name: 'component:payments-gateway', count: 5, weeks: 3}]}, 'firefighting-rose');
		expect(text).toBe('Firefighting rose to 70% from 45% — component:payments-gateway burned in 3 of the last 4 weeks: what systemic fix is planned?');
	});

	it('says a theme burned every week when it did, and counts the other recurring themes', () => {
		const text = textOf(
			{
				firefightingShare: 0.7,
				previousFirefightingShare: 0.45,
				themes: [
					{name: 'label:dns', count: 6, weeks: 4},
					{name: 'project:PAY', count: 3, weeks: 2},
					{name: 'component:cdn', count: 3, weeks: 2},
				],
			},
			'firefighting-rose',
		);
		expect(text).toBe('Firefighting rose to 70% from 45% — label:dns burned in each of the last 4 weeks, and 2 more themes recur: what systemic fix is planned?');
	});

	it('names a single blocked ticket without calling it the longest', () => {
		expect(textOf({blockedNow: [{key: 'PAY-9', days: 1}]}, 'blocked')).toBe('1 ticket in Alex Kim’s group is blocked right now, PAY-9 for 1 day: what can you unblock?');
	});

	it('asks about a rise without a theme, and does not repeat the theme as its own point when it was named', () => {
		expect(textOf({firefightingShare: 0.6, previousFirefightingShare: 0.4}, 'firefighting-rose')).toBe(
			'Firefighting rose to 60% from 40%: what pulled the team into reactive work, and will it last?',
		);
		expect(rules({firefightingShare: 0.7, previousFirefightingShare: 0.45, themes: [{name: 'label:dns', count: 3, weeks: 2}]})).toEqual(['firefighting-rose']);
	});

	it('counts exactly 10 points as a move, 9 as noise, and needs both weeks', () => {
		expect(rules({firefightingShare: 0.55, previousFirefightingShare: 0.45})).toEqual(['firefighting-rose']);
		expect(rules({firefightingShare: 0.54, previousFirefightingShare: 0.45})).toEqual([]);
		expect(rules({firefightingShare: 0.9, previousFirefightingShare: null})).toEqual([]);
		expect(rules({firefightingShare: null, previousFirefightingShare: 0.1})).toEqual([]);
	});

	it('notices a fall in firefighting', () => {
		expect(textOf({firefightingShare: 0.3, previousFirefightingShare: 0.5}, 'firefighting-fell')).toBe('Firefighting fell to 30% from 50%: what changed, and how does it stay that way?');
	});

	it('raises a recurring theme in their area on its own when firefighting did not rise', () => {
		const text = textOf(
			{
				themes: [
					{name: 'component:payments', count: 5, weeks: 3},
					{name: 'label:dns', count: 3, weeks: 2},
				],
			},
			'recurring-theme',
		);
		expect(text).toBe('component:payments keeps burning in Alex Kim’s area, 5 tickets in 3 weeks, and 1 more theme recurs: is there a systemic fix they could own?');
	});

	it('asks which overdue ticket needs help, in the singular and the plural', () => {
		expect(textOf({overdue: 3}, 'overdue')).toBe('3 delegated tickets are overdue: which needs help or a new date?');
		expect(textOf({overdue: 1}, 'overdue')).toBe('1 delegated ticket is overdue: which needs help or a new date?');
		expect(rules({overdue: 0})).not.toContain('overdue');
	});

	it('names the stale tickets the overdue point only counted, and says the others were named above', () => {
		const overdue = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4'].map((key) => ({key, title: `Title ${key}`, detail: 'due Tue 1 Dec'}));
		// Four overdue, two named by the overdue point; the three stale ones are all overdue: the
		// one named above is counted, the two it only counted are named here by key and title.
		const truncated = textOf({overdue: 4, stale: 3, tickets: {overdue, stale: overdue.slice(1)}}, 'stale');
		expect(truncated).toBe(
			'3 delegated tickets have gone stale, 1 named above; the other 2 are PAY-3 “Title PAY-3” (due Tue 1 Dec) and PAY-4 “Title PAY-4” (due Tue 1 Dec): still needed, or quietly stuck?',
		);
		const allNamed = textOf({overdue: 2, stale: 2, tickets: {overdue: overdue.slice(0, 2), stale: overdue.slice(0, 2)}}, 'stale');
		expect(allNamed).toBe('2 delegated tickets have gone stale (all of them overdue, named above): still needed, or quietly stuck?');
		// The one overdue ticket, named by its point, is the one stale ticket.
		expect(textOf({overdue: 1, stale: 1, tickets: {overdue: overdue.slice(3), stale: overdue.slice(3)}}, 'stale')).toBe('1 delegated ticket has gone stale (it is overdue, named above): still needed, or quietly stuck?');
	});

	it('counts the stale tickets named above apart from the others it names, so no count reads as part of “and 2 more”', () => {
		const named = (key: string) => ({key, title: `Title ${key}`});
		// Five stale, two of them overdue (the overdue point named one of the two): the other four are listed.
		const partly = textOf({overdue: 2, stale: 5, namedPerPoint: 1, tickets: {overdue: [named('PLAT-1'), named('PLAT-2')], stale: ['PLAT-1', 'PLAT-2', 'PLAT-3', 'PLAT-4', 'PLAT-5'].map(named)}}, 'stale');
		expect(partly).toBe('5 delegated tickets have gone stale, 1 named above; the other 4 are PLAT-2 “Title PLAT-2” and 3 more: still needed, or quietly stuck?');
		const namedAbove = textOf({overdue: 1, stale: 3, tickets: {overdue: [named('PAY-1')], stale: ['PAY-1', 'PAY-2', 'PAY-3'].map(named)}}, 'stale');
		expect(namedAbove).toBe('3 delegated tickets have gone stale, 1 named above; the other 2 are PAY-2 “Title PAY-2” and PAY-3 “Title PAY-3”: still needed, or quietly stuck?');
		const oneOther = textOf({overdue: 1, stale: 2, tickets: {overdue: [named('PAY-1')], stale: [named('PAY-2'), named('PAY-1')]}}, 'stale');
		expect(oneOther).toBe('2 delegated tickets have gone stale, 1 named above; the other is PAY-2 “Title PAY-2”: still needed, or quietly stuck?');
		// None overdue: the named ones are simply among the stale.
		expect(textOf({stale: 3, namedPerPoint: 1, tickets: {stale: ['PAY-2', 'PAY-3', 'PAY-4'].map(named)}}, 'stale')).toBe(
			'3 delegated tickets have gone stale, among them PAY-2 “Title PAY-2” and 2 more: still needed, or quietly stuck?',
		);
	});

	it('asks about stale delegated tickets', () => {
		expect(textOf({stale: 2}, 'stale')).toBe('2 delegated tickets have gone stale: still needed, or quietly stuck?');
	});

	it('asks what would let the report own what was taken back', () => {
		// Who took them back from whom: the director, from the report's group.
		expect(textOf({takenBack: 2}, 'taken-back')).toBe('You took back 2 tickets from Alex Kim’s group this week: what would let Alex Kim own them?');
		expect(textOf({takenBack: 1}, 'taken-back')).toBe('You took back 1 ticket from Alex Kim’s group this week: what would let Alex Kim own it?');
	});

	it('flags a strategic share 15 points or more below the org', () => {
		expect(textOf({strategicShare: 0.1, orgStrategicShare: 0.35}, 'strategic-low')).toBe(
			'Strategic share 10% against 35% across the org: is there improvement work they could lead?',
		);
		expect(rules({strategicShare: 0.21, orgStrategicShare: 0.35})).toEqual([]);
		expect(rules({strategicShare: null, orgStrategicShare: 0.35})).toEqual([]);
	});

	it('ties a falling kept-promise rate to the promises their group broke', () => {
		expect(textOf({keptRate: 0.4, previousKeptRate: 0.6, brokenPromises: 2}, 'kept-rate-fell')).toBe(
			'Promises kept in Alex Kim’s group fell to 40% from 60%, with 2 broken promises: what made the first dates wrong?',
		);
		// The group's rate fell, but no promise of this week's was broken.
		expect(rules({keptRate: 0.4, previousKeptRate: 0.6, brokenPromises: 0})).toEqual([]);
	});

	it('raises two or more broken promises even when the org rate held, but not one', () => {
		expect(rules({brokenPromises: 2})).toEqual(['broken-promises']);
		expect(rules({brokenPromises: 1})).toEqual([]);
	});

	it('asks what can be unblocked, naming the longest block', () => {
		const text = textOf(
			{
				blockedNow: [
					{key: 'PAY-9', days: 6},
					{key: 'PAY-2', days: 1.25},
				],
			},
			'blocked',
		);
		expect(text).toBe('2 tickets in Alex Kim’s group are blocked right now, the longest PAY-9 for 6 days: what can you unblock?');
	});

	it('orders several points by the rules, firefighting first', () => {
		expect(rules({firefightingShare: 0.7, previousFirefightingShare: 0.4, overdue: 1, takenBack: 1, blockedNow: [{key: 'X-1', days: 1}]})).toEqual([
			'firefighting-rose',
			'overdue',
			'taken-back',
			'blocked',
		]);
	});
});

describe('figures in talking points', () => {
	it('rounds a share once, from its exact value, as the TUI does (43/61 is 70%, 5/11 is 45%)', () => {
		// Rounding to 3 decimals first made 70.49% read 71% here and 70% in the TUI.
		expect(percentText(43 / 61)).toBe('70%');
		expect(percentText(5 / 11)).toBe('45%');
		expect(percentText(0.6345)).toBe('63%');
		expect(percentText(2 / 3)).toBe('67%');
		expect(percentText(null)).toBe('–');
	});

	it('rounds halves to even, so a share and its complement add up to 100%', () => {
		for (let n = 1; n <= 400; n++) {
			for (let k = 0; k <= n; k++) {
				const sum = Number.parseInt(percentText(k / n), 10) + Number.parseInt(percentText((n - k) / n), 10);
				expect(sum, `${k}/${n}`).toBe(100);
			}
		}
	});

	it('writes days with at most one decimal', () => {
		expect(daysText(1)).toBe('1 day');
		expect(daysText(2.54)).toBe('2.5 days');
		expect(daysText(3)).toBe('3 days');
	});
});
