// The in-process figures of issue 18 on a store the bench made (lib/demo-store.mjs), read
// the way the app reads it: a `ReviewSession` opened on the store (whatever it loads,
// classifies and indexes is the load's cost, reported apart), then one week's metrics
// (version 1 and 2) and the 8-week trend (with effort) over what the session holds; each
// measured run on a session of its own, so no memo of an earlier run helps it. Then the
// whole `director-review export` process against `director-review --version`, alternating,
// and an incremental sync of 50 changed issues into the store, timed to the reloaded review.
// Prints one JSON line. Run after a build:
//   node --expose-gc bench/history.mjs <DIRECTOR_REVIEW_HOME> [--no-metrics] [--no-process] [--no-sync] [--runs=N]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {openContext} from '../dist/source/commands/context.js';
import {createDemoProvider} from '../dist/source/providers/demo/index.js';
import {computeTrend, computeWeekMetrics} from '../dist/source/domain/metrics/compute.js';
import {computeEffortTrend, computeVersion2} from '../dist/source/domain/metrics/v2/compute-v2.js';
import {shiftWeek, weekOf} from '../dist/source/domain/week.js';
import {ReviewSession} from '../dist/source/review/session.js';
import {cliArgs} from './lib/cli-command.mjs';
import {benchClockEnv, benchNow} from './lib/clock.mjs';
import {median} from './lib/stats.mjs';

const [home, ...flags] = process.argv.slice(2);
if (!home) throw new Error('usage: node --expose-gc bench/history.mjs <DIRECTOR_REVIEW_HOME> [--no-metrics] [--no-process] [--no-sync] [--runs=N]');
const warmups = 1;
// `--runs=N`: fewer measured runs (the growth sizes, read for their trend).
const runs = Number(flags.find((flag) => flag.startsWith('--runs='))?.slice('--runs='.length) ?? 5);

// At the bench's clock (lib/clock.mjs), as every process of the run.
const open = () => openContext({provider: 'demo', week: 'last', offline: true, home, demoWeek: 0, demoNow: benchNow()});

/** Opens a session (the load), then times `task` on its data after a GC. */
async function timeOnFreshSession(task) {
	const loads = [];
	const times = [];
	let tickets = 0;
	for (let index = 0; index < warmups + runs; index++) {
		const context = open();
		try {
			const loadedAt = performance.now();
			const session = await context.openSession();
			const loadMs = performance.now() - loadedAt;
			const review = session.review;
			tickets = review.tickets.length;
			const now = session.now();
			const timezone = review.settings.timezone;
			const input = {
				tickets: review.tickets,
				classifications: review.classifications,
				roster: review.roster,
				week: shiftWeek(weekOf(now, timezone), -1),
				iterations: review.iterations,
				people: review.people,
				settings: {timezone, trendWeeks: 8, staleDays: review.settings.staleDays, now},
			};
			globalThis.gc?.();
			const startedAt = performance.now();
			task(input);
			if (index >= warmups) {
				times.push(performance.now() - startedAt);
				loads.push(loadMs);
			}

			session.dispose();
		} finally {
			await context.close();
		}
	}

	return {ms: median(times), loadMs: median(loads), ticketsHeld: tickets};
}

const result = {};
if (!flags.includes('--no-metrics')) {
	const week = await timeOnFreshSession((input) => {
		computeWeekMetrics(input);
		computeVersion2(input);
	});
	const trend = await timeOnFreshSession((input) => {
		computeTrend(input);
		computeEffortTrend(input);
	});
	Object.assign(result, {weekMs: week.ms, trendMs: trend.ms, loadMs: median([week.loadMs, trend.loadMs]), ticketsHeld: week.ticketsHeld});
}

if (!flags.includes('--no-process')) {
	// Whole processes, alternating, each export into a fresh folder (an export never overwrites).
	const env = () => ({...process.env, DIRECTOR_REVIEW_HOME: home, ...benchClockEnv()});
	const exportMs = [];
	const versionMs = [];
	for (let index = 0; index < warmups + runs; index++) {
		let startedAt = performance.now();
		execFileSync(process.execPath, cliArgs('--version'), {env: env(), stdio: 'pipe'});
		const version = performance.now() - startedAt;
		const out = mkdtempSync(path.join(tmpdir(), 'director-review-bench-export-'));
		try {
			startedAt = performance.now();
			execFileSync(process.execPath, cliArgs('export', '--demo', '--offline', '--week', 'last', '--leadership', '--out', out), {env: env(), stdio: 'pipe'});
			if (index >= warmups) {
				exportMs.push(performance.now() - startedAt);
				versionMs.push(version);
			}
		} finally {
			rmSync(out, {recursive: true, force: true});
		}
	}

	Object.assign(result, {exportMs: median(exportMs), versionMs: median(versionMs)});
}

if (!flags.includes('--no-sync')) {
	// 50 issues changed in the tracker since the last sync: the provider hands them over at
	// once (no network), so the time is the local work — the page written, the review reloaded.
	const context = open();
	try {
		let provider = null;
		const session = new ReviewSession({store: context.store, providerName: 'demo', providerLabel: 'bench', createProvider: async () => provider, config: context.config, roster: context.roster, now: context.clock});
		const demoDescription = createDemoProvider({now: session.now(), timezone: context.config.timezone}).description;
		const base = session.review.tickets.filter((ticket) => ticket.statusCategory === 'started' || ticket.statusCategory === 'unstarted');
		const syncMs = [];
		for (let index = 0; index < warmups + runs; index++) {
			const changedAt = session.now();
			const changed = base.slice(index * 50, index * 50 + 50).map((ticket) => ({...ticket, title: `${ticket.title} (edited)`, updatedAt: changedAt}));
			provider = {
				name: 'demo',
				// The demo's own scope: another description would make this a full sync (a scope change),
				// whose sweep would leave only these 50 tickets in the store.
				description: demoDescription,
				async *pull() {
					yield {tickets: changed, people: [], iterations: [], cursor: null, progress: {done: changed.length, total: changed.length}};
				},
				whoAmI: async () => {
					throw new Error('not used');
				},
				listPeople: async () => [],
			};
			const startedAt = performance.now();
			await session.sync();
			if (session.syncStatus().phase === 'failed') throw new Error(session.syncStatus().message);
			// An incremental sync replaces the 50; a store left with fewer tickets than it held was swept by a full one.
			if (context.store.ticketCount('demo') < base.length) throw new Error('the sync of 50 changed issues swept the store: it ran as a full sync');
			if (index >= warmups) syncMs.push(performance.now() - startedAt);
		}

		session.dispose();
		Object.assign(result, {sync50Ms: median(syncMs)});
	} finally {
		await context.close();
	}
}

console.log(JSON.stringify(result));
