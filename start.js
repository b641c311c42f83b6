// `npm start`: the dashboard on the demo organisation. It builds first only when the
// sources changed since the last successful build (build-inputs.js), then runs the CLI
// the way its bin does (the bin's shebang flags), passing on any arguments
// (`npm start -- --week last`) and the exit code.
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {buildInputsFingerprint, builtFingerprint} from './build-inputs.js';

if (builtFingerprint() !== buildInputsFingerprint()) {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const build = spawnSync(npm, ['run', 'build', '--silent'], {stdio: 'inherit', shell: process.platform === 'win32'});
	if (build.status !== 0) process.exit(build.status ?? 1);
}

// The flags on the bin's first line (`#!/usr/bin/env -S node --max-semi-space-size=8`).
const shebang = readFileSync('dist/cli.js', 'utf8').split('\n', 1)[0];
const nodeFlags = shebang.split(/\s+/).filter((word) => word.startsWith('--'));
const cli = spawn(process.execPath, [...nodeFlags, 'dist/cli.js', '--demo', ...process.argv.slice(2)], {stdio: 'inherit'});
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
