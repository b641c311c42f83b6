// Metrics and classification over a 20,000-ticket demo org, in-process, against issue 8's
// budgets: one week's metrics, the full trend (trendWeeks weeks), classification of every
// ticket. Each run gets fresh ticket objects, so no per-ticket memo of an earlier run
// helps it: every figure is what a start of the app pays. Prints one JSON line.
// Run after a build: node bench/metrics.mjs [ticketCount]
import {performance} from 'node:perf_hooks';
import {classifyAll} from '../dist/source/domain/classify/index.js';
import {computeTrend, computeWeekMetrics} from '../dist/source/domain/metrics/compute.js';
import {resolveRoster} from '../dist/source/domain/roster.js';
import {shiftWeek, weekOf} from '../dist/source/domain/week.js';
import {demoRoster, generateDemoOrg} from '../dist/source/providers/demo/index.js';
import {timezone} from './lib/demo-store.mjs';
import {median} from './lib/stats.mjs';

const ticketCount = Number(process.argv[2] ?? 20_000);
const warmups = 2;
const runs = 7;
const trendWeeks = 8;
const now = Date.now();
const generatedAt = performance.now();
const org = generateDemoOrg({now, timezone, ticketCount});
const generateMs = performance.now() - generatedAt;
const roster = resolveRoster(demoRoster, org.people);
// The last whole week: the one a Friday review and an export look at most.
const week = shiftWeek(weekOf(now, timezone), -1);
const settings = {timezone, trendWeeks, staleDays: 14, now};
const context = {tags: new Map(), rules: [], threshold: 0.6, learner: null};

// Per-ticket memos are keyed by the ticket object: a shallow copy is a ticket never seen.
const fresh = () => org.tickets.map((ticket) => ({...ticket}));

function time(task) {
	const times = [];
	for (let index = 0; index < warmups + runs; index++) {
		const input = task.prepare();
		const startedAt = performance.now();
		task.run(input);
		if (index >= warmups) times.push(performance.now() - startedAt);
	}

	return median(times);
}

const classifications = classifyAll(org.tickets, context);
const classifyMs = time({prepare: fresh, run: (tickets) => classifyAll(tickets, context)});
const input = (tickets) => ({tickets, classifications, roster, week, settings, iterations: org.iterations});
const weekMs = time({prepare: () => input(fresh()), run: (metricInput) => computeWeekMetrics(metricInput)});
const trendMs = time({prepare: () => input(fresh()), run: (metricInput) => computeTrend(metricInput)});

console.log(JSON.stringify({tickets: org.tickets.length, generateMs, week: week.id, classifyMs, weekMs, trendMs, trendWeeks}));
