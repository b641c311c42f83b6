// `npm start`: the dashboard on the demo organisation. It builds first only when the
// sources changed since the last successful build (build-inputs.js), then runs the CLI
// the way its bin does (the bin's shebang flags), passing on any arguments
// (`npm start -- --week last`) and the exit code.
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {buildInputsFingerprint, builtFingerprint} from './build-inputs.js';

if (builtFingerprint() !== buildInputsFingerprint()) {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const build = spawnSync(npm, ['run', 'build', '--silent'], {stdio: 'inherit', shell: process.platform === 'win32'});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const cliFile = path.resolve('dist', 'cli.js');
// The flags on the bin's first line (`#!/usr/bin/env -S node --max-semi-space-size=8`).
const shebang = readFileSync(cliFile, 'utf8').split('\n', 1)[0];
const nodeFlags = shebang.split(/\s+/).filter((word) => word.startsWith('--'));
const args = ['--demo', ...process.argv.slice(2)];

if (nodeFlags.every((flag) => process.execArgv.includes(flag))) {
	// This Node already runs with the bin's flags (package.json's start script passes them):
	// the CLI runs in this process, as its bin would, without starting a second Node.
	process.argv = [process.argv[0], cliFile, ...args];
	await import(pathToFileURL(cliFile).href);
} else {
	const cli = spawn(process.execPath, [...nodeFlags, cliFile, ...args], {stdio: 'inherit'});
	// The terminal sends Ctrl-C to both processes: the CLI decides what it means.
	const ignore = () => {};
	process.on('SIGINT', ignore);
	process.on('SIGTERM', () => cli.kill('SIGTERM'));
	cli.on('exit', (code, signal) => {
		if (signal) {
			process.removeAllListeners(signal);
			process.kill(process.pid, signal);
			return;
		}
		process.exit(code ?? 1);
	});
}
