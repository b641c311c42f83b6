// `npm run bench`: issue 8's performance targets, measured on this machine. Each figure is a
// median of several runs after warm-ups, beside its target and verdict; the last line is
// `bench: M/N targets met`. Method and latest figures: bench/README.md.
import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {performance} from 'node:perf_hooks';
import {benchAnchor} from './lib/clock.mjs';
import {createDemoHome, timezone} from './lib/demo-store.mjs';
import {bundleBareInk} from './lib/bundle-bare-ink.mjs';
import {measureColdStartup, measureKeys, measureMemory, measureStartup} from './lib/tui.mjs';
import {runHistorySection} from './lib/history-section.mjs';

const run = promisify(execFile);
const benchStartedAt = performance.now();
const rows = [];

const ms = (value) => (value === null || Number.isNaN(value) ? 'n/a' : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const times = (value) => (value === null || Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`);

/** One line per figure; `met` null = reported, not a target. */
function report(name, figure, target, met) {
	rows.push({name, figure, target, met});
	const verdict = met === null ? 'info' : met ? 'MET' : 'MISSED';
	console.log(`${name.padEnd(44)} ${figure.padEnd(30)} ${target.padEnd(22)} ${verdict}`);
}

/** Runs a bench script in its own process (a clean heap each) and reads its JSON line. */
async function child(script, ...args) {
	const {stdout} = await run(process.execPath, ['--expose-gc', fileURLToPath(new URL(script, import.meta.url)), ...args], {maxBuffer: 16 * 1024 * 1024, env: {...process.env, NODE_ENV: 'production'}});
	return JSON.parse(stdout.trim().split('\n').at(-1));
}

console.log('director-review bench: medians of several runs after warm-ups (see bench/README.md)');
// Which review the run measures: every store and process lives at this Friday (lib/clock.mjs).
console.log(`clock: the Friday review of ${new Date(benchAnchor).toLocaleString('en-GB', {timeZone: timezone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'})} (${timezone}), running on in real time`);
// `node bench/run.js history` runs only issue 18's section (the long-history store).
const sections = process.argv.slice(2);
const runs = (section) => sections.length === 0 || sections.includes(section);
if (runs('dense')) await runDenseSection();
if (runs('history')) await runHistorySection({report, child, ms, times});

async function runDenseSection() {
	const large = await createDemoHome(20_000);
	const small = await createDemoHome(200);
	console.log(`stores: ${large.tickets} and ${small.tickets} demo tickets`);
	console.log(`${'figure'.padEnd(44)} ${'measured'.padEnd(30)} ${'target'.padEnd(22)} verdict`);
	try {
		const bundled = await bundleBareInk();
		let startup;
		try {
			startup = await measureStartup(large.home, {bundledBareInk: bundled.file});
		} finally {
			bundled.remove();
		}
		report(`start-up to Overview, ${large.tickets} tickets`, `${ms(startup.review)} = ${times(startup.ratio)} bare`, '≤ 1.50× bare Ink', startup.ratio <= 1.5);
		report('  bare Ink program, one line', ms(startup.bare), '(baseline)', null);
		report('  the same, bundled like the CLI', `${ms(startup.bundledBare)}: CLI = ${times(startup.review / startup.bundledBare)}`, '(reported)', null);
		const cold = await measureColdStartup(large.home);
		report('  start-up without the stored first frame', ms(cold.review), '(reported)', null);

		const [keysLarge, keysSmall] = await measureKeys([large.home, small.home]);
		for (const view of ['triage', 'delegation']) {
			const big = keysLarge[view];
			const little = keysSmall[view];
			if (!big || !little) {
				report(`${view}: key to frame p95, ${large.tickets} tickets`, 'view not in this build', '≤ 16 ms', false);
				report(`${view}: p95 vs ${small.tickets} tickets`, 'view not in this build', '≤ 1.50×', false);
				continue;
			}

			report(`${view}: key to frame p95, ${large.tickets} tickets`, `${ms(big.p95)} (median ${ms(big.median)})`, '≤ 16 ms', big.p95 <= 16);
			report(`${view}: p95 vs ${small.tickets} tickets`, `${times(big.p95 / little.p95)} (${ms(little.p95)})`, '≤ 1.50×', big.p95 / little.p95 <= 1.5);
		}

		const metrics = await child('metrics.mjs', '20000');
		// Two targets on one week: issue 8's (version 1, its metrics and every figure's details) and
		// issue 17's (the same with version 2, as a week report computes it).
		report(`metrics: one week, v1 incl. details, ${metrics.tickets} tickets`, ms(metrics.version1Ms), '≤ 50 ms', metrics.version1Ms <= 50);
		report(`metrics: one week incl. details, v2, ${metrics.tickets} tickets`, ms(metrics.weekMs), '≤ 50 ms', metrics.weekMs <= 50);
		report(`metrics: trend of ${metrics.trendWeeks} weeks incl. effort`, ms(metrics.trendMs), '≤ 200 ms', metrics.trendMs <= 200);
		report('  of which version 2 of the week', ms(metrics.version2Ms), '(reported)', null);
		report('  of which the effort trend, with its tickets', ms(metrics.effortTrendMs), '(reported)', null);
		report('  whole week report (week and trend, cached)', ms(metrics.reportMs), '(reported)', null);
		report('  process CPU: week, trend, report', `${ms(metrics.cpuMs.week)}, ${ms(metrics.cpuMs.trend)}, ${ms(metrics.cpuMs.report)}`, '(reported)', null);
		report('  at load: classification of every ticket', ms(metrics.classifyMs), '(reported)', null);
		report('  at load: relevance index of every ticket', ms(metrics.relevanceMs), '(reported)', null);

		const sync = await child('sync.mjs');
		const {linear, jira} = sync;
		report(`sync: Linear requests, ${linear.issues} issues`, `${linear.requests} (minimum ${linear.minimum})`, '≤ 1.10× minimum', linear.requests <= linear.minimum * 1.1);
		const budget = linear.acrossBudget;
		report(
			`sync: Linear ${budget.issues} issues across budget`,
			`${budget.requests} (minimum ${budget.minimum}, ${budget.runs.length} runs)`,
			'≤ 1.10× minimum',
			budget.runs.at(-1) === 'finished' && budget.runs.length === 2 && budget.requests <= budget.minimum * 1.1,
		);
		report(`sync: SDK lazy / adapter, ${linear.lazyIssues} issues`, `${(linear.lazyRequests / linear.adapterRequestsAtLazySize).toFixed(0)}× (${linear.lazyRequests} vs ${linear.adapterRequestsAtLazySize})`, '≥ 20×', linear.lazyRequests >= 20 * linear.adapterRequestsAtLazySize);
		report(
			`sync: Jira DC ${jira.issues} issues, ${jira.latencyMs} ms latency`,
			`${ms(jira.concurrentMs)} = ${(jira.concurrentMs / jira.sequentialMs * 100).toFixed(0)}% of ${ms(jira.sequentialMs)}`,
			'≤ 40% of sequential',
			jira.concurrentMs <= 0.4 * jira.sequentialMs,
		);

		const memory = await measureMemory(large.home);
		report(`memory: peak RSS in the TUI, ${large.tickets} tickets`, `${memory.peakMb.toFixed(0)} MB`, '≤ 250 MB', memory.peakMb <= 250);

		const exported = await child('export.mjs', large.home);
		report(`export: ${exported.files} files (1:1s + leadership), in-process`, ms(exported.filesMs), '≤ 1000 ms', exported.filesMs <= 1000);
		report('  week snapshot the files are built from', ms(exported.snapshotMs), '(reported)', null);
		report('  `director-review export` end to end', ms(exported.endToEndMs), '(reported)', null);
	} finally {
		large.remove();
		small.remove();
	}
}

const targets = rows.filter((row) => row.met !== null);
console.log(`bench took ${((performance.now() - benchStartedAt) / 1000).toFixed(0)} s`);
console.log(`bench: ${targets.filter((row) => row.met).length}/${targets.length} targets met`);
