// Issue 18's section of `npm run bench`: five years of history (about 400 tickets a week,
// an 80-engineer org) at about 100,000 tickets, measured beside a 200-ticket store in the
// same run, then how each of the first six figures grows: the same figure at about 1,000,
// 10,000 and 100,000 tickets of the same weekly shape on one line. Growth figures at the
// two smaller sizes take fewer runs than the targets (they are read for their trend).
import {realpathSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {createDemoHome, historyWeeks} from './demo-store.mjs';
import {measureColdUntilEveryView, measureKeys, measureStartup} from './tui.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const historySizes = [1000, 10_000, 100_000];

/** npm's own script: `npm_execpath` under `npm run bench`, else the `npm` on PATH. */
function npmCli() {
	if (process.env.npm_execpath) return process.env.npm_execpath;
	return realpathSync(execFileSync('sh', ['-c', 'command -v npm'], {encoding: 'utf8'}).trim());
}

const sizeLabel = (tickets) => (tickets >= 1000 ? `${(tickets / 1000).toFixed(tickets >= 10_000 ? 0 : 1)}k` : String(tickets));

export async function runHistorySection({report, child, ms, times}) {
	const homes = [];
	try {
		for (const size of historySizes) homes.push(await createDemoHome(size, {weeks: historyWeeks(size)}));
		const small = await createDemoHome(200);
		homes.push(small);
		const [h1k, h10k, large] = homes;
		console.log(`long history: ${large.tickets} tickets over ${historyWeeks(historySizes[2])} weeks (growth: ${h1k.tickets}, ${h10k.tickets}); beside ${small.tickets}`);
		console.log(`${'figure'.padEnd(44)} ${'measured'.padEnd(30)} ${'target'.padEnd(22)} verdict`);

		// One warm-up: the first start writes the stored frame that every measured start reads.
		// `npm start` is timed in the same rounds, against the same bin starts.
		const startup = await measureStartup(large.home, {warmups: 1, runs: 7, npmStart: {npmCli: npmCli(), cwd: repoRoot}});
		report(`history: start-up, stored frame, ${large.tickets}`, `${ms(startup.review)} = ${times(startup.ratio)} bare`, '≤ 1.00× bare Ink', startup.ratio <= 1);
		// Its processes show every view, so their peak RSS is the memory figure too (no second set of processes).
		const cold = await measureColdUntilEveryView(large.home, {peakRss: true});
		report('history: no stored frame, every view keys', `${ms(cold.review)} = ${times(cold.ratio)} bare`, '≤ 2.00× bare Ink', cold.ratio <= 2);

		const [keysLarge, keysSmall] = await measureKeys([large.home, small.home]);
		for (const view of ['triage', 'delegation']) {
			const big = keysLarge[view];
			const little = keysSmall[view];
			if (!big || !little) {
				report(`history: ${view} key to frame p95`, 'view not in this build', '≤ 16 ms, ≤ 1.50×', false);
				continue;
			}

			const ratio = big.p95 / little.p95;
			report(`history: ${view} key to frame p95`, `${ms(big.p95)} = ${times(ratio)} ${small.tickets}`, '≤ 16 ms, ≤ 1.50×', big.p95 <= 16 && ratio <= 1.5);
		}

		const inProcess = await child('history.mjs', large.home);
		report('history: one week, version 1 and 2', `${ms(inProcess.weekMs)} (${inProcess.ticketsHeld} held)`, '≤ 50 ms', inProcess.weekMs <= 50);
		report('history: trend of 8 weeks incl. effort', ms(inProcess.trendMs), '≤ 200 ms', inProcess.trendMs <= 200);
		report('  the session\'s load (store → review)', ms(inProcess.loadMs), '(reported)', null);
		const memory = {peakMb: cold.peakMb};
		report('history: peak RSS in the TUI, every view', `${memory.peakMb.toFixed(0)} MB`, '≤ 250 MB', memory.peakMb <= 250);
		report(
			'history: `export` whole process',
			`${ms(inProcess.exportMs)} = ${times(inProcess.exportMs / inProcess.versionMs)} --version`,
			'≤ 2.00× --version',
			inProcess.exportMs <= 2 * inProcess.versionMs,
		);
		report('history: sync of 50 changed issues, local', ms(inProcess.sync50Ms), '≤ 1000 ms', inProcess.sync50Ms <= 1000);
		report('history: `npm start`, unchanged checkout', `${ms(startup.npm)} = ${times(startup.npmRatio)} bin`, '≤ 1.50× the bin', startup.npmRatio <= 1.5);

		// Growth: the same six figures at the two smaller sizes, leaner, beside the 100,000's.
		const lean = {warmups: 1, runs: 3};
		const growth = {startup: [], cold: [], keys: [], week: [], trend: [], memory: []};
		for (const home of [h1k, h10k]) {
			growth.startup.push((await measureStartup(home.home, lean)).ratio);
			// The memory figure from these same processes (they show every view too).
			const cold = await measureColdUntilEveryView(home.home, {warmups: 0, runs: 2, peakRss: true});
			growth.cold.push(cold.ratio);
			growth.memory.push(cold.peakMb);
			const metrics = await child('history.mjs', home.home, '--no-process', '--no-sync', '--runs=3');
			growth.week.push(metrics.weekMs);
			growth.trend.push(metrics.trendMs);
		}

		const [keys1k, keys10k] = await measureKeys([h1k.home, h10k.home], {rounds: 3});
		growth.keys.push(keys1k.triage?.p95 ?? Number.NaN, keys10k.triage?.p95 ?? Number.NaN);
		growth.startup.push(startup.ratio);
		growth.cold.push(cold.ratio);
		growth.keys.push(keysLarge.triage?.p95 ?? Number.NaN);
		growth.week.push(inProcess.weekMs);
		growth.trend.push(inProcess.trendMs);
		growth.memory.push(memory.peakMb);
		const sizes = [h1k, h10k, large].map((home) => sizeLabel(home.tickets)).join(' / ');
		const line = (name, values, format) => report(`  grows ${name}`, values.map(format).join(' / '), `(${sizes})`, null);
		line('start-up, stored frame', growth.startup, times);
		line('no stored frame, every view', growth.cold, times);
		line('triage key p95', growth.keys, ms);
		line('one week v1+v2', growth.week, ms);
		line('trend of 8 weeks', growth.trend, ms);
		line('peak RSS', growth.memory, (mb) => `${mb.toFixed(0)} MB`);

		// The floor under the two whole-process targets: `export` at each size, and both figures
		// on the 200-ticket store, whose history is nothing. What they cost there is what a process
		// pays whatever the history, which no change to how history is read takes off. Measured
		// last, so their frozen reviews reach no figure above.
		const exportRatios = [];
		for (const home of [h1k, h10k]) {
			const exported = await child('history.mjs', home.home, '--no-metrics', '--no-sync', '--runs=3');
			exportRatios.push(exported.exportMs / exported.versionMs);
		}

		exportRatios.push(inProcess.exportMs / inProcess.versionMs);
		line('`export` whole process', exportRatios, times);
		const smallCold = await measureColdUntilEveryView(small.home, {warmups: 0, runs: 3});
		report(`  floor: no stored frame, ${small.tickets} tickets`, `${ms(smallCold.review)} = ${times(smallCold.ratio)} bare`, '(reported)', null);
		const smallExport = await child('history.mjs', small.home, '--no-metrics', '--no-sync', '--runs=5');
		report(`  floor: \`export\`, ${small.tickets} tickets`, `${ms(smallExport.exportMs)} = ${times(smallExport.exportMs / smallExport.versionMs)} --version`, '(reported)', null);
	} finally {
		for (const home of homes) home.remove();
	}
}
