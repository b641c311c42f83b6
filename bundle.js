// `npm run build` runs this after tsc. The shipped CLI is one bundle (dist/cli.js) plus
// chunks that load on demand (dist/chunks/): Node resolves, reads and links each ES module file on its own, and the
// hundreds of small files of Ink, React, meow and date-fns cost more at start-up than
// their code does. Every dynamic import() of the source stays a chunk that is loaded only
// when it is needed (the other views, the review's metrics, the providers, init).
// tsc still type-checks everything and emits dist/source/ for the bench and tests. Through
// rolldown's API rather than its CLI, which lists every chunk on every build (and test run).
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'rolldown';
import {buildInputsFingerprint, fingerprintFile} from './build-inputs.js';
import {inkPatch, inkPatchState, installedInkOutput} from './scripts/patch-ink.js';
import {yogaWasmInline} from './scripts/yoga-wasm-inline.js';

const textWidthModule = path.join('source', 'ui', 'text-width.ts');
// Taken before building: a file changed while the build runs makes the next start rebuild.
const inputs = buildInputsFingerprint();

// The bundle carries Ink as installed, so it must be the pinned Ink with its reviewed patch
// (scripts/patch-ink.js, which npm ci runs): the Ink the tests and the bench run too.
if (inkPatchState() !== 'patched') {
	console.error(`bundle.js: ${installedInkOutput()} is not Ink ${inkPatch.version} with patches/${path.basename(inkPatch.patch)} applied; run \`node scripts/patch-ink.js\` (npm ci does)`);
	process.exit(1);
}

await build({
	input: 'cli.tsx',
	platform: 'node',
	logLevel: 'warn',
	// Loaded from node_modules at run time: a native addon, the two SDKs (only a sync loads
	// them, and they are large CommonJS trees), conf (only `init` writes the config), and
	// Ink's optional devtools.
	external: [/^better-sqlite3(\/|$)/, /^@linear\/sdk(\/|$)/, /^jira-client(\/|$)/, /^conf(\/|$)/, 'react-devtools-core'],
	transform: {
		jsx: 'react-jsx',
		// React's production build, always: its development build is several times slower.
		define: {'process.env.NODE_ENV': '"production"'},
	},
	output: {
		dir: 'dist',
		format: 'esm',
		entryFileNames: 'cli.js',
		chunkFileNames: 'chunks/[name]-[hash].js',
	},
	plugins: [
		// Yoga's wasm decoded from its base64 rather than fetched from a data: URL (scripts/yoga-wasm-inline.js).
		yogaWasmInline,
		{
			// Ink and the libraries under it measure every string they draw with string-width;
			// in the bundle they get source/ui/text-width.ts, which gives string-width's own
			// answer (it is tested code point by code point) without its cost for everyday text.
			name: 'fast-text-width',
			async resolveId(source, importer) {
				if (source !== 'string-width' || importer === undefined || importer.endsWith(textWidthModule)) return null;
				return this.resolve(`./${textWidthModule}`, path.resolve('cli.tsx'));
			},
		},
		{
			// Chunks of an earlier build must not pile up beside the ones this build refers to
			// (output.cleanDir would empty dist/, where tsc's output lives too).
			name: 'clean-chunks',
			buildStart() {
				rmSync('dist/chunks', {recursive: true, force: true});
			},
		},
	],
});

writeFileSync(fingerprintFile, `${inputs}\n`);
