// Export of one week on a demo store: every report's 1:1 notes plus the leadership summary,
// timed in-process over a snapshot (the target figure), then the whole command end to end.
// Prints one JSON line. Run after a build: node bench/export.mjs <DIRECTOR_REVIEW_HOME>
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {openContext} from '../dist/source/commands/context.js';
import {buildExportFiles} from '../dist/source/export/build-exports.js';
import {cliArgs} from './lib/cli-command.mjs';
import {benchClockEnv, benchNow} from './lib/clock.mjs';
import {median} from './lib/stats.mjs';

const home = process.argv[2];
if (!home) throw new Error('usage: node bench/export.mjs <DIRECTOR_REVIEW_HOME>');
const selection = {format: 'md', reports: [], leadership: true};

const context = openContext({provider: 'demo', week: 'last', offline: true, home, demoWeek: 0, demoNow: benchNow()});
let snapshotMs;
let filesMs;
let fileCount;
try {
	const session = await context.openSession();
	const snapshotAt = performance.now();
	const snapshot = session.snapshot(context.week);
	snapshotMs = performance.now() - snapshotAt;
	session.dispose();
	const times = [];
	for (let index = 0; index < 9; index++) {
		const startedAt = performance.now();
		fileCount = buildExportFiles(snapshot, selection).length;
		if (index >= 2) times.push(performance.now() - startedAt);
	}

	filesMs = median(times);
} finally {
	await context.close();
}

// End to end: a fresh output folder each run, as an export never overwrites.
const endToEnd = [];
for (let index = 0; index < 4; index++) {
	const out = mkdtempSync(path.join(tmpdir(), 'director-review-bench-export-'));
	try {
		const startedAt = performance.now();
		execFileSync(process.execPath, cliArgs('export', '--demo', '--offline', '--week', 'last', '--leadership', '--out', out), {env: {...process.env, DIRECTOR_REVIEW_HOME: home, ...benchClockEnv()}, stdio: 'pipe'});
		if (index >= 1) endToEnd.push(performance.now() - startedAt);
		if (readdirSync(out).length !== fileCount) throw new Error(`the command wrote ${readdirSync(out).length} files, the in-process export ${fileCount}`);
	} finally {
		rmSync(out, {recursive: true, force: true});
	}
}

console.log(JSON.stringify({files: fileCount, snapshotMs, filesMs, endToEndMs: median(endToEnd)}));
