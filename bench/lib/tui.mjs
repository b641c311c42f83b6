// The TUI measured from outside, in a pseudo-terminal: start-up against a bare Ink program,
// key-press-to-frame latency in Triage and Delegation, and peak memory after every view.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {stampClosedStore} from '../../dist/source/store/verified-stamp.js';
import {cliArgs} from './cli-command.mjs';
import {spawnInPty, quiet} from './pty.mjs';
import {median, percentile} from './stats.mjs';

const bareInk = fileURLToPath(new URL('../bare-ink.mjs', import.meta.url));
/** The Overview's last figure: when it is on screen, the whole first frame is. */
export const overviewMarker = 'Top recurring theme';

async function timeToText(args, env, marker, options) {
	const child = spawnInPty(args, env, options);
	try {
		const at = await child.waitForText(marker);
		return at - child.startedAt;
	} finally {
		child.write('q');
		await child.exited().catch(() => child.kill('SIGKILL'));
	}
}

/**
 * Start-up: spawn to first Overview frame, against the bare Ink program spawned the same
 * way (and, when given, the same program bundled like the CLI). Runs alternate, so a burst
 * of load elsewhere hits every side alike. `npmStart` ({npmCli, cwd}): each round also
 * times `npm start` (`measureNpmStart`), so its ratio is taken against the same bin starts
 * instead of bin starts of its own.
 */
export async function measureStartup(home, {warmups = 2, runs = 7, bundledBareInk = null, npmStart = null} = {}) {
	const bare = [];
	const bundledBare = [];
	const review = [];
	const npm = [];
	for (let index = 0; index < warmups + runs; index++) {
		const bareMs = await timeToText([bareInk], {}, 'ready');
		const bundledMs = bundledBareInk === null ? Number.NaN : await timeToText([bundledBareInk], {}, 'ready');
		const reviewMs = await timeToText(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home}, overviewMarker);
		const npmMs = npmStart === null ? Number.NaN : await timeNpmStart(home, npmStart);
		if (index >= warmups) {
			bare.push(bareMs);
			bundledBare.push(bundledMs);
			review.push(reviewMs);
			npm.push(npmMs);
		}
	}

	return {
		bare: median(bare),
		bundledBare: bundledBareInk === null ? null : median(bundledBare),
		review: median(review),
		ratio: median(review) / median(bare),
		npm: npmStart === null ? null : median(npm),
		npmRatio: npmStart === null ? null : median(npm) / median(review),
		bareRuns: bare,
		reviewRuns: review,
	};
}

/**
 * Deletes the stored first frame as a sync or a tag in another director-review process
 * makes it invalid: the store changed, then closed cleanly (the stamp a clean close leaves,
 * verified-stamp.ts), so the next start does not also pay the integrity check that a file
 * changed by another program gets.
 */
function dropStoredFrame(home) {
	const file = path.join(home, 'director-review.db');
	const database = new DatabaseSync(file);
	database.exec(`DELETE FROM meta WHERE key LIKE 'overview-snapshot:%'`);
	database.close();
	stampClosedStore(file);
}

/**
 * Start-up without a stored first frame (the first start of a day, or the first after a
 * sync or tag made by another process): the Overview waits for the whole review to load.
 * Reported, not a target: the snapshot is deleted before each run.
 */
export async function measureColdStartup(home, {runs = 3} = {}) {
	const times = [];
	for (let index = 0; index < runs; index++) {
		dropStoredFrame(home);
		times.push(await timeToText(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home}, overviewMarker));
	}

	return {review: median(times), runs: times};
}

/**
 * Triage lists every ticket of the week (`a`): with 200 tickets the "to triage" list has a
 * handful of rows against a full screen at 20,000, and a frame's cost grows with its size.
 * Both lists then fill the screen, and only the data behind them differs.
 */
const views = {
	triage: {key: '2', marker: '[2 Triage]', setup: {key: 'a', marker: 'showing all'}},
	delegation: {key: '3', marker: '[3 Delegation]'},
};

/**
 * Presses `key` until `marker` appears. The first frame is drawn from the stored snapshot
 * while the review loads, and until it has loaded only `q` works: a view key pressed then
 * is ignored, so it is pressed again (a view key on its own view changes nothing).
 */
async function pressUntil(child, key, marker, {timeoutMs = 30_000, intervalMs = 500} = {}) {
	const deadline = performance.now() + timeoutMs;
	for (;;) {
		const from = child.output.length;
		child.write(key);
		try {
			return await child.waitForText(marker, {from, timeoutMs: intervalMs});
		} catch (error) {
			if (performance.now() > deadline) throw error;
		}
	}
}

async function showView(child, view) {
	await pressUntil(child, view.key, view.marker);
	if (view.setup) {
		// Let the view key's frame settle first: a view key and the setup key read together
		// while the TUI was busy loading would reach the shell as one burst (seen once in a
		// full run: Triage never showed "showing all" and was reported as not in the build).
		await quiet(300);
		const from = child.output.length;
		child.write(view.setup.key);
		await child.waitForText(view.setup.marker, {from, timeoutMs: 20_000});
	}

	await quiet(300);
}

/**
 * Key latency: write a key, time to the next chunk of output. The keys alternate j and k
 * so every press moves the selection (a list of two rows is enough, and j at the bottom
 * of a list would draw nothing); presses are spaced well apart so frames never coalesce.
 * Both stores' TUIs run side by side and their rounds alternate (which one goes first
 * alternates too), so a burst of load elsewhere falls on both. Each round is `presses`
 * keys; a store's figure is the p95 of all its measured presses (480 by default: the p95 of
 * one round of 40 is its second-slowest press, too few to be stable).
 */
export async function measureKeys(homes, {rounds = 12, presses = 40, spacingMs = 40} = {}) {
	const children = homes.map((home) => spawnInPty(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home}));
	try {
		for (const child of children) await child.waitForText(overviewMarker);
		await quiet(500);
		const results = children.map(() => ({}));
		for (const [name, view] of Object.entries(views)) {
			try {
				for (const child of children) await showView(child, view);
			} catch {
				for (const result of results) result[name] = null;
				continue;
			}

			const p95s = children.map(() => []);
			const all = children.map(() => []);
			// One unmeasured round first: the view's first moves warm its code paths.
			for (let round = 0; round <= rounds; round++) {
				const order = round % 2 === 0 ? children.keys() : [...children.keys()].reverse();
				for (const which of order) {
					const samples = [];
					for (let index = 0; index < presses; index++) {
						samples.push(await children[which].pressAndTime(index % 2 === 0 ? 'j' : 'k'));
						await quiet(spacingMs);
					}

					if (round > 0) {
						p95s[which].push(percentile(samples, 95));
						all[which].push(...samples);
					}
				}
			}

			children.forEach((_, which) => {
				results[which][name] = {p95: percentile(all[which], 95), median: median(all[which]), roundP95s: p95s[which]};
			});
		}

		return results;
	} finally {
		for (const child of children) {
			child.write('q');
			await child.exited().catch(() => child.kill('SIGKILL'));
		}
	}
}

function peakRssMb(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
	if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
	return Number(match[1]) / 1024;
}

const viewTitles = [
	['2', 'Triage'],
	['3', 'Delegation'],
	['4', 'Predictability'],
	['5', 'Blockers & themes'],
	['6', 'Export'],
	['1', 'Overview'],
];

/** Peak RSS (VmHWM) of the TUI process after it has shown every view, each for a moment. */
export async function measureMemory(home, {runs = 3} = {}) {
	const peaks = [];
	for (let run = 0; run < runs; run++) {
		const child = spawnInPty(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home});
		try {
			await child.waitForText(overviewMarker);
			for (const [key, title] of viewTitles) {
				await pressUntil(child, key, `[${key} ${title}]`);
				await quiet(300);
			}

			peaks.push(peakRssMb(child.pid));
		} finally {
			child.write('q');
			await child.exited().catch(() => child.kill('SIGKILL'));
		}
	}

	return {peakMb: median(peaks), runs: peaks};
}

/**
 * Start-up without a valid stored first frame (after a sync made by cron, or a tag made in
 * another process), until every view answers its key: spawn → the first frame, then each of
 * views 2–6 and back to 1 pressed until its tab is marked (a key pressed while the review
 * still loads is ignored, so it is pressed again). Alternates with the bare Ink program.
 * The stored frame is dropped as such a run leaves the store (`dropStoredFrame`). `peakRss`: also the
 * process's peak RSS once every view has shown (the growth sizes' memory figure, one
 * process fewer per size).
 */
export async function measureColdUntilEveryView(home, {warmups = 1, runs = 3, peakRss = false} = {}) {
	const bare = [];
	const review = [];
	const peaks = [];
	for (let index = 0; index < warmups + runs; index++) {
		const bareMs = await timeToText([bareInk], {}, 'ready');
		dropStoredFrame(home);
		const child = spawnInPty(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home});
		let reviewMs;
		try {
			await child.waitForText(overviewMarker);
			let at = 0;
			for (const [key, title] of viewTitles) at = await pressUntil(child, key, `[${key} ${title}]`, {intervalMs: 50});
			reviewMs = at - child.startedAt;
			if (peakRss && index >= warmups) {
				await quiet(300);
				peaks.push(peakRssMb(child.pid));
			}
		} finally {
			child.write('q');
			await child.exited().catch(() => child.kill('SIGKILL'));
		}

		if (index >= warmups) {
			bare.push(bareMs);
			review.push(reviewMs);
		}
	}

	return {bare: median(bare), review: median(review), ratio: median(review) / median(bare), runs: review, peakMb: peakRss ? median(peaks) : null};
}

/**
 * `npm start` on an unchanged checkout (start.js finds the build current and starts the
 * CLI), spawn → the first Overview frame, against the bin started directly; alternating.
 * `npmCli`: npm's own script (`npm_execpath` under `npm run bench`).
 */
export async function measureNpmStart(home, npmCli, {warmups = 1, runs = 5, cwd = process.cwd()} = {}) {
	const npm = [];
	const bin = [];
	for (let index = 0; index < warmups + runs; index++) {
		const binMs = await timeToText(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home}, overviewMarker);
		const npmMs = await timeNpmStart(home, {npmCli, cwd});
		if (index >= warmups) {
			npm.push(npmMs);
			bin.push(binMs);
		}
	}

	return {npm: median(npm), bin: median(bin), ratio: median(npm) / median(bin)};
}

/** One `npm start`: spawn → the first Overview frame. */
async function timeNpmStart(home, {npmCli, cwd}) {
	return timeToText([npmCli, 'start'], {DIRECTOR_REVIEW_HOME: home, npm_config_update_notifier: 'false'}, overviewMarker, {cwd});
}
