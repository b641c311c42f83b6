import {describe, expect, it} from 'vitest';
import {shiftWeek, weekOf, weeksUpTo} from '../../source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../../source/providers/demo/index.js';
import {ReviewData} from '../../source/review/review-data.js';

// One truth per figure: the week before's head figures a 1:1 note shows beside this week's are
// the ones that week's own note showed — computed by the same function, as of its end.
const timezone = 'Europe/Berlin';
const now = Date.parse('2026-12-04T11:00:00Z');
const org = generateDemoOrg({now, timezone, ticketCount: 600});
const settings = {timezone, trendWeeks: 8, staleDays: 14, threshold: 0.6, rules: []};
const review = () => new ReviewData('demo', org.tickets, org.people, org.iterations, new Map(), demoRoster, settings);

describe('the week before of a group’s head figures', () => {
	it('is the week before’s own figures, whichever report is computed first', () => {
		const weeks = weeksUpTo(weekOf(now, timezone), 4);
		let moved = 0;
		for (const week of weeks) {
			const thisFirst = review();
			const report = thisFirst.weekReport(week, now);
			const before = review().weekReport(shiftWeek(week, -1), now);
			expect(report.groupHead.weekBefore, week.id).toEqual(before.groupHead.week);
			// The other order: the week before's report kept in the cache first.
			const beforeFirst = review();
			beforeFirst.weekReport(shiftWeek(week, -1), now);
			expect(beforeFirst.weekReport(week, now).groupHead).toEqual(report.groupHead);
			for (const [index, head] of report.groupHead.week.entries()) {
				const previous = report.groupHead.weekBefore?.[index];
				if (previous && (previous.blockedNow.length !== head.blockedNow.length || previous.postponed !== head.postponed)) moved++;
			}
		}
		// The demo's figures move from week to week: the comparison is not of equal lists only.
		expect(moved).toBeGreaterThan(0);
	}, 120_000);
});
