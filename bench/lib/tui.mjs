// The TUI measured from outside, in a pseudo-terminal: start-up against a bare Ink program,
// key-press-to-frame latency in Triage and Delegation, and peak memory after every view.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {DatabaseSync} from 'node:sqlite';
import {fileURLToPath} from 'node:url';
import {cliArgs} from './cli-command.mjs';
import {spawnInPty, quiet} from './pty.mjs';
import {median, percentile} from './stats.mjs';

const bareInk = fileURLToPath(new URL('../bare-ink.mjs', import.meta.url));
/** The Overview's last figure: when it is on screen, the whole first frame is. */
export const overviewMarker = 'Top recurring theme';

async function timeToText(args, env, marker) {
	const child = spawnInPty(args, env);
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
 * of load elsewhere hits every side alike.
 */
export async function measureStartup(home, {warmups = 2, runs = 7, bundledBareInk = null} = {}) {
	const bare = [];
	const bundledBare = [];
	const review = [];
	for (let index = 0; index < warmups + runs; index++) {
		const bareMs = await timeToText([bareInk], {}, 'ready');
		const bundledMs = bundledBareInk === null ? Number.NaN : await timeToText([bundledBareInk], {}, 'ready');
		const reviewMs = await timeToText(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home}, overviewMarker);
		if (index >= warmups) {
			bare.push(bareMs);
			bundledBare.push(bundledMs);
			review.push(reviewMs);
		}
	}

	return {
		bare: median(bare),
		bundledBare: bundledBareInk === null ? null : median(bundledBare),
		review: median(review),
		ratio: median(review) / median(bare),
		bareRuns: bare,
		reviewRuns: review,
	};
}

/**
 * Start-up without a stored first frame (the first start of a day, or the first after a
 * sync or tag made by another process): the Overview waits for the whole review to load.
 * Reported, not a target: the snapshot is deleted before each run.
 */
export async function measureColdStartup(home, {runs = 3} = {}) {
	const times = [];
	for (let index = 0; index < runs; index++) {
		const database = new DatabaseSync(path.join(home, 'director-review.db'));
		database.exec(`DELETE FROM meta WHERE key LIKE 'overview-snapshot:%'`);
		database.close();
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

async function showView(child, view) {
	for (const step of [view, view.setup]) {
		if (!step) continue;
		const from = child.output.length;
		child.write(step.key);
		await child.waitForText(step.marker, {from, timeoutMs: 20_000});
	}

	await quiet(300);
}

/**
 * Key latency: write a key, time to the next chunk of output. The keys alternate j and k
 * so every press moves the selection (a list of two rows is enough, and j at the bottom
 * of a list would draw nothing); presses are spaced well apart so frames never coalesce.
 * Each round is `presses` keys; the figure is the median over rounds of each round's p95.
 */
export async function measureKeys(home, {rounds = 5, presses = 40, spacingMs = 40} = {}) {
	const child = spawnInPty(cliArgs('--demo'), {DIRECTOR_REVIEW_HOME: home});
	try {
		await child.waitForText(overviewMarker);
		await quiet(500);
		const result = {};
		for (const [name, view] of Object.entries(views)) {
			try {
				await showView(child, view);
			} catch {
				result[name] = null;
				continue;
			}

			const p95s = [];
			const all = [];
			// One unmeasured round first: the view's first moves warm its code paths.
			for (let round = 0; round <= rounds; round++) {
				const samples = [];
				for (let index = 0; index < presses; index++) {
					samples.push(await child.pressAndTime(index % 2 === 0 ? 'j' : 'k'));
					await quiet(spacingMs);
				}

				if (round > 0) {
					p95s.push(percentile(samples, 95));
					all.push(...samples);
				}
			}

			result[name] = {p95: median(p95s), median: median(all), roundP95s: p95s};
		}

		return result;
	} finally {
		child.write('q');
		await child.exited().catch(() => child.kill('SIGKILL'));
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
				const from = child.output.length;
				child.write(key);
				// A view not in this build draws nothing: after the wait, go on to the next.
				await child.waitForText(`[${key} ${title}]`, {from, timeoutMs: 5000}).catch(() => undefined);
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
