// Metrics and classification over a 20,000-ticket demo org, in-process, against issues 8 and
// 17's budgets. What the app computes for a week (ReviewData.buildWeekReport) is the week's
// own figures plus its trend, and each is timed as buildWeekReport computes it: the week —
// version 1's metrics and details, version 2 (effort, commitment integrity, promise risk,
// aging, unowned fires, responders, with every figure's tickets); the trend — version 1's
// metrics of each of the trendWeeks weeks and the effort trend with each week's tickets. The
// whole week report, through ReviewData and its caches, is timed beside them, and the
// classification of every ticket. Each run gets fresh ticket objects parsed from JSON, as the store loads them, so no
// per-ticket memo of an earlier run helps it: every figure is what a start of the app pays.
// Prints one JSON line.
// Run after a build: node --expose-gc bench/metrics.mjs [ticketCount]
import {performance} from 'node:perf_hooks';
import {classifyAll} from '../dist/source/domain/classify/index.js';
import {computeTrend, computeWeekMetricsAndDetails, prepareRelevance} from '../dist/source/domain/metrics/compute.js';
import {computeEffortTrendFigures, computeVersion2} from '../dist/source/domain/metrics/v2/compute-v2.js';
import {ReviewData} from '../dist/source/review/review-data.js';
import {resolveRoster} from '../dist/source/domain/roster.js';
import {shiftWeek, weekOf} from '../dist/source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../dist/source/providers/demo/index.js';
import {timezone} from './lib/demo-store.mjs';
import {median} from './lib/stats.mjs';
import {benchNow} from './lib/clock.mjs';

const ticketCount = Number(process.argv[2] ?? 20_000);
const warmups = 2;
const runs = 7;
const trendWeeks = 8;
const now = benchNow();
const generatedAt = performance.now();
const org = generateDemoOrg({now, timezone, ticketCount});
const generateMs = performance.now() - generatedAt;
const roster = resolveRoster(demoRoster, org.people);
// The last whole week: the one a Friday review and an export look at most.
const week = shiftWeek(weekOf(now, timezone), -1);
const settings = {timezone, trendWeeks, staleDays: 14, now};
const context = {tags: new Map(), rules: [], threshold: 0.6, learner: null};

// Tickets as the store hands them to the app: one JSON document each, parsed. A parsed copy
// is also a ticket object no per-ticket memo has seen.
const documents = org.tickets.map((ticket) => JSON.stringify(ticket));
const fresh = () => documents.map((document) => JSON.parse(document));

// Process CPU time of each measured run, by task name: on a machine shared with other work
// it counts this process's own work, where the wall clock also counts waiting for a core.
const cpuMs = {};

function time(task) {
	const times = [];
	const cpu = [];
	for (let index = 0; index < warmups + runs; index++) {
		const input = task.prepare();
		// The freshly parsed tickets are moved out of the young generation before the clock
		// starts: that copy is the load's cost, not the metric's (run.js passes --expose-gc).
		globalThis.gc?.();
		const startedAt = performance.now();
		const cpuAt = process.cpuUsage();
		task.run(input);
		const used = process.cpuUsage(cpuAt);
		if (index >= warmups) {
			times.push(performance.now() - startedAt);
			cpu.push((used.user + used.system) / 1000);
		}
	}

	if (task.name) cpuMs[task.name] = median(cpu);
	return median(times);
}

const classifyMs = time({prepare: fresh, run: (tickets) => classifyAll(tickets, context)});
// As in the app (ReviewData), the loaded tickets are classified and their relevance index,
// categories and per-ticket facts by position are built before any metric reads them: those first passes over
// freshly parsed objects are the load's cost (reported apart), not a week's.
const classified = () => {
	const tickets = fresh();
	return {tickets, classifications: classifyAll(tickets, context), roster, week, settings, iterations: org.iterations, people: org.people};
};
const loaded = () => {
	const input = classified();
	prepareRelevance(input.tickets, input.classifications, input.roster);
	return input;
};
const relevanceMs = time({prepare: classified, run: (metricInput) => prepareRelevance(metricInput.tickets, metricInput.classifications, metricInput.roster)});
// The week's figure is what a review pays for the week itself, as buildWeekReport computes
// it: version 1's metrics and details (one pass), and version 2 (with the people, to name
// responders).
const weekMs = time({
	name: 'week',
	prepare: loaded,
	run(metricInput) {
		computeWeekMetricsAndDetails(metricInput);
		computeVersion2({...metricInput, people: org.people});
	},
});
// The trend as buildWeekReport computes it: version 1's metrics of each week and the effort
// trend with each week's tickets (the figure lists the report and the JSON export carry).
const trendMs = time({
	name: 'trend',
	prepare: loaded,
	run(metricInput) {
		computeTrend(metricInput);
		computeEffortTrendFigures(metricInput);
	},
});
// The whole week report through ReviewData (loaded, classified and indexed in prepare): the
// week and its trend together, sharing what its caches share.
const reviewSettings = {timezone, trendWeeks, staleDays: 14, threshold: context.threshold, rules: context.rules};
const reportMs = time({
	name: 'report',
	prepare: () => new ReviewData('demo', fresh(), org.people, org.iterations, new Map(), demoRoster, reviewSettings),
	run: (data) => data.weekReport(week, now),
});
// Version 1 alone (metrics and details), on fresh tickets each run: issue 8's week, before
// version 2 joined the row above.
const version1Ms = time({name: 'version1', prepare: loaded, run: (metricInput) => computeWeekMetricsAndDetails(metricInput)});
// Version 2 alone, on fresh tickets each run (its first read also builds its per-ticket replays).
const version2Ms = time({name: 'version2', prepare: loaded, run: (metricInput) => computeVersion2({...metricInput, people: org.people})});
const effortTrendMs = time({name: 'effortTrend', prepare: loaded, run: (metricInput) => computeEffortTrendFigures(metricInput)});

console.log(JSON.stringify({tickets: org.tickets.length, generateMs, week: week.id, classifyMs, relevanceMs, weekMs, trendMs, reportMs, version1Ms, version2Ms, effortTrendMs, trendWeeks, cpuMs}));
