// The bare Ink program bundled the way the CLI is (rolldown, one file per dynamic import,
// React's production build), for a second, stricter start-up baseline: the target compares
// the CLI with the bare program as it is usually run (from node_modules), and this line shows
// how much of the CLI's margin is its bundling rather than what it loads.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'rolldown';
import {yogaWasmInline} from '../../scripts/yoga-wasm-inline.js';

export async function bundleBareInk() {
	const dir = mkdtempSync(path.join(tmpdir(), 'director-review-bare-ink-'));
	await build({
		input: fileURLToPath(new URL('../bare-ink.mjs', import.meta.url)),
		platform: 'node',
		external: ['react-devtools-core'],
		transform: {define: {'process.env.NODE_ENV': '"production"'}},
		output: {dir, format: 'esm', entryFileNames: 'bare-ink.js'},
		// As the CLI's bundle loads Yoga (scripts/yoga-wasm-inline.js), so this baseline stays the CLI's way of bundling.
		plugins: [yogaWasmInline],
		logLevel: 'warn',
	});
	return {file: path.join(dir, 'bare-ink.js'), remove: () => rmSync(dir, {recursive: true, force: true})};
}
