import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {computeVersion2} from '../../../source/domain/metrics/v2/compute-v2.js';
import {isInterruptLoadHurtingPromises} from '../../../source/domain/metrics/v2/interrupt-load.js';
import type {Version2Metrics} from '../../../source/domain/metrics/v2/types.js';
import {resolveRoster} from '../../../source/domain/roster.js';
import {weekOf} from '../../../source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../../../source/providers/demo/index.js';

/**
 * Every version 2 figure has something true to show on the demo's Friday review (issue 17):
 * the real classifier and computeVersion2 over the generated org, for the current week.
 * Two Fridays two weeks apart: an incident storm hits a different group each week, so the
 * interrupt-rotation talking point names a different report.
 */
const timezone = 'Europe/Berlin';
const msPerDay = 86_400_000;

function reviewOn(now: number): {readonly v2: Version2Metrics; readonly director: string} {
	const org = generateDemoOrg({now, timezone});
	const classifications = classifyAll(org.tickets, {tags: new Map(), rules: [], threshold: 0.6, learner: null});
	const roster = resolveRoster(demoRoster, org.people);
	const week = weekOf(now, timezone);
	const v2 = computeVersion2({tickets: org.tickets, classifications, roster, week, settings: {timezone, trendWeeks: 8, staleDays: 14, now}, iterations: org.iterations, people: org.people});
	return {v2, director: org.people.find((person) => person.name === 'Dana Whitfield')?.name ?? ''};
}

const fridays = [
	{now: Date.parse('2026-11-20T15:00:00Z'), stormHits: 'Marcus Chen'},
	{now: Date.parse('2026-12-04T15:00:00Z'), stormHits: 'Sofia Alvarez'},
];

describe.each(fridays)('the demo review of the week of $now', ({now, stormHits}) => {
	const {v2, director} = reviewOn(now);

	it(`suggests an interrupt rotation for ${stormHits}'s group only: interrupts ≥ 40 % and the kept rate down ≥ 10 points`, () => {
		const hurting = v2.effort.reports.filter((report) => isInterruptLoadHurtingPromises(report)).map((report) => report.name);
		expect(hurting).toEqual([stormHits]);
		const hit = v2.effort.reports.find((report) => report.name === stormHits);
		expect(hit?.interruptShare ?? 0).toBeGreaterThanOrEqual(0.45);
		expect((hit?.previousKeptRate ?? 0) - (hit?.keptRate ?? 1)).toBeGreaterThanOrEqual(0.15);
		// The others carry interrupts too, just not that many.
		for (const report of v2.effort.reports) expect(report.interruptShare, report.name).toBeGreaterThan(0);
		expect(v2.effort.reports.filter((report) => (report.interruptShare ?? 1) < 0.4).length).toBeGreaterThanOrEqual(3);
	});

	it('reads believable commitment integrity from the cycles, one running per team', () => {
		const closed = v2.iterations.filter((iteration) => !iteration.running);
		const running = v2.iterations.filter((iteration) => iteration.running);
		expect(closed.length).toBeGreaterThanOrEqual(2);
		expect(new Set(running.map((iteration) => iteration.team)).size).toBe(running.length);
		for (const iteration of closed) {
			expect(iteration.planningAccuracy ?? 0, iteration.name).toBeGreaterThanOrEqual(0.45);
			expect(iteration.planningAccuracy ?? 1, iteration.name).toBeLessThanOrEqual(0.9);
			expect(iteration.scopeChange ?? 1, iteration.name).toBeLessThanOrEqual(0.8);
		}

		for (const iteration of v2.iterations) {
			expect(iteration.completedPlanned, iteration.name).toBeLessThanOrEqual(iteration.planned);
			expect(iteration.removed, iteration.name).toBeLessThanOrEqual(iteration.planned + iteration.added);
		}
		expect(v2.iterations.some((iteration) => iteration.added > 0 && iteration.removed > 0 && (iteration.scopeChange ?? 0) >= 0.1 && (iteration.scopeChange ?? 1) <= 0.5)).toBe(true);
	});

	it('lists at-risk promises, and aging and stalled work, for every report', () => {
		for (const report of v2.effort.reports) {
			const atRisk = v2.promiseRisk.filter((risk) => risk.report === report.name && risk.atRisk);
			expect(atRisk.length, report.name).toBeGreaterThan(0);
			for (const risk of atRisk) expect(risk.onTimeProbability ?? 1).toBeLessThan(0.5);
			expect(v2.aging.filter((ticket) => ticket.report === report.name && (ticket.aging || ticket.stalled)).length, report.name).toBeGreaterThan(0);
		}

		expect(v2.aging.some((ticket) => ticket.stalled)).toBe(true);
		expect(v2.aging.some((ticket) => ticket.aging && !ticket.stalled)).toBe(true);
	});

	it('has a fire nobody owns, weeks old', () => {
		const old = v2.unownedFires.filter((fire) => fire.ageDays >= 21);
		expect(old.length).toBeGreaterThan(0);
		for (const fire of old) expect([null, director]).toContain(fire.assignee);
	});

	it('has a single responder: the warehouse fires all end with Pablo Ruiz', () => {
		const warehouse = v2.themes.find((theme) => theme.name === 'component:warehouse');
		expect(warehouse?.singleResponder).toBe(true);
		expect(warehouse?.topResponder).toBe('Pablo Ruiz');
		expect(warehouse?.count ?? 0).toBeGreaterThanOrEqual(4);
		expect(warehouse?.weeks ?? 0).toBeGreaterThanOrEqual(2);
		expect(warehouse?.topResponderShare ?? 0).toBeGreaterThanOrEqual(0.7);
		// Most recurring themes are shared work.
		expect(v2.themes.filter((theme) => !theme.singleResponder).length).toBeGreaterThan(v2.themes.filter((theme) => theme.singleResponder).length);
	});
});

it('keeps the unowned fire open over the weeks, not only on one Friday', () => {
	const earlier = reviewOn(Date.parse('2026-11-20T15:00:00Z')).v2.unownedFires.filter((fire) => fire.ageDays >= 21);
	const later = reviewOn(Date.parse('2026-11-20T15:00:00Z') + 14 * msPerDay).v2.unownedFires.map((fire) => fire.key);
	for (const fire of earlier) expect(later).toContain(fire.key);
});

it('moves the interrupt-rotation talking point from report to report over recent Fridays, never two at once', () => {
	const named: string[] = [];
	for (let weeksBack = 7; weeksBack >= 0; weeksBack--) {
		const {v2} = reviewOn(Date.parse('2026-12-04T15:00:00Z') - weeksBack * 7 * msPerDay);
		const hurting = v2.effort.reports.filter((report) => isInterruptLoadHurtingPromises(report)).map((report) => report.name);
		expect(hurting.length).toBeLessThanOrEqual(1);
		named.push(...hurting);
	}

	expect(named.length).toBeGreaterThanOrEqual(5);
	expect(new Set(named).size).toBeGreaterThanOrEqual(3);
	// Never the same group two weeks running: a storm moves on.
	for (let index = 1; index < named.length; index++) expect(named[index]).not.toBe(named[index - 1]);
});
