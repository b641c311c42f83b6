import {describe, expect, it} from 'vitest';
import {computeWeekMetricsAndDetails} from '../../source/domain/metrics/compute.js';
import {shiftWeek, weekOf} from '../../source/domain/week.js';
import {jsonInput} from '../../source/export/build-exports.js';
import {buildJsonExport, buildJsonExportFigures} from '../../source/export/json.js';
import {demoRoster, generateDemoOrg} from '../../source/providers/demo/index.js';
import {ReviewData} from '../../source/review/review-data.js';
import type {Tag} from '../../source/domain/types.js';

// The previous review's week is read through the caches (weekFiguresAt): each read must equal
// the same week computed by a review that has cached nothing — a stale cache is a wrong number.
const timezone = 'Europe/Berlin';
const hour = 60 * 60 * 1000;
// Friday noon; the week of `now` runs from Monday.
const now = Date.parse('2026-12-04T11:00:00Z');
const org = generateDemoOrg({now, timezone, ticketCount: 1500});
const settings = {timezone, trendWeeks: 8, staleDays: 14, threshold: 0.6, rules: []};
const current = weekOf(now, timezone);
const previous = shiftWeek(current, -1);
// Tuesday morning of the same week: the running week's figures differ from Friday's.
const earlier = current.startAt + 33 * hour;

function review(tags: ReadonlyMap<string, Tag> = new Map()): ReviewData {
	return new ReviewData('demo', org.tickets, org.people, org.iterations, tags, demoRoster, settings);
}

/** From scratch: a review that has computed nothing before. */
function fresh(week: typeof current, at: number, tags?: ReadonlyMap<string, Tag>) {
	return review(tags).weekFiguresAt(week, at);
}

describe('weekFiguresAt: the cached weeks against a computation from scratch', () => {
	it('an ended week read after the reports that share its trend weeks were computed', () => {
		const data = review();
		data.weekReport(current, earlier);
		expect(data.weekFiguresAt(previous, now)).toEqual(fresh(previous, now));
	});

	it('the running week read at a later instant than its cached report', () => {
		const data = review();
		const cached = data.weekReport(current, earlier);
		const later = data.weekFiguresAt(current, now);
		expect(later).toEqual(fresh(current, now));
		// The case the comparison guards: the cached report is not that week as of now.
		expect(cached.metrics).not.toEqual(later.metrics);
		// At the cached report's own instant, the report itself.
		expect(data.weekFiguresAt(current, earlier)).toBe(cached);
	});

	it('after a tag and the learner retrained on it', () => {
		const data = review();
		data.weekReport(current, now);
		data.weekFiguresAt(previous, now);
		const ticket = data.weekReport(previous, now).details.figures.find((figure) => figure.path === 'allocation.completed.operational')?.tickets[0];
		expect(ticket).toBeDefined();
		const id = ticket?.ticketId ?? '';
		data.applyTag(id, 'strategic', now);
		data.relearn();
		const tags = new Map<string, Tag>([[id, {ticketId: id, category: 'strategic', taggedAt: now}]]);
		const after = data.weekFiguresAt(previous, now);
		expect(after).toEqual(fresh(previous, now, tags));
		expect(after.metrics.allocation).not.toEqual(fresh(previous, now).metrics.allocation);
	});

	it('after a tag, before the learner is retrained (the classifications changed in place)', () => {
		const data = review();
		const before = data.weekReport(previous, now);
		// A firefighting ticket a recurring theme counts: tagged improvement, it leaves the theme and the firefighting tally.
		const id = before.details.themes[0]?.ticketIds[0] ?? '';
		expect(id).not.toBe('');
		data.applyTag(id, 'strategic', now);
		const after = data.weekReport(previous, now);
		// The same week computed with nothing kept: a copy of the map is a map no cache has seen.
		const input = {tickets: data.tickets, classifications: new Map(data.classifications), roster: data.roster, week: previous, iterations: data.iterations, settings: {...settings, now}};
		const expected = computeWeekMetricsAndDetails(input);
		expect(after.metrics.themes).toEqual(expected.metrics.themes);
		expect(after.metrics.allocation).toEqual(expected.metrics.allocation);
		expect(after.metrics.themes).not.toEqual(before.metrics.themes);
		expect(JSON.stringify(after.details)).toBe(JSON.stringify(expected.details));
	});
});

describe('buildJsonExportFigures', () => {
	it('is the JSON export without its lists', () => {
		const data = review();
		const report = data.weekReport(previous, now);
		const snapshot = {
			provider: 'demo' as const,
			week: previous,
			report,
			ticketsById: data.ticketsById,
			peopleById: data.peopleById,
			classifications: data.classifications,
			roster: data.roster,
			notes: [],
			targets: {firefightingShare: 0.3},
			now,
		};
		const {tickets: _tickets, figures: _figures, why: _why, sinceLastReview: _since, ...figures} = buildJsonExport(jsonInput(snapshot));
		expect(JSON.parse(JSON.stringify(buildJsonExportFigures(jsonInput(snapshot))))).toEqual(JSON.parse(JSON.stringify(figures)));
	});
});
