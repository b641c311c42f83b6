// The installed Ink carries a reviewed patch (patches/ink-8.0.0-output-cache.patch,
// docs/ink-output-cache.md): one set of its output caches serves every frame. That is only
// sound while a cached value is never changed after it is made, so these tests freeze every
// cached value and draw on, and check every entry against a fresh computation from its text.
import {spawnSync} from 'node:child_process';
import {appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {styledCharsFromTokens, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import {Box, Text, Transform} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';

interface OutputCaches {
	readonly styledChars: Map<string, StyledChar[]>;
	readonly widths: Map<string, number>;
	readonly blockWidths: Map<string, number>;
}

type OutputClass = new (options: {width: number; height: number}) => {readonly caches: OutputCaches};

// Ink's package exports only its entry; the renderer's Output is the module beside it, loaded
// from the same file so it is the instance Ink draws with.
const inkEntry = createRequire(import.meta.url).resolve('ink');
const {default: Output} = (await import(pathToFileURL(path.join(path.dirname(inkEntry), 'output.js')).href)) as {default: OutputClass};

const sharedCaches = (): OutputCaches => new Output({width: 1, height: 1}).caches;

/** What Ink's OutputCaches computes for a text that is not cached yet. */
const freshStyledChars = (line: string) => styledCharsFromTokens(tokenize(line)).filter((character) => !/^\p{Default_Ignorable_Code_Point}+$/u.test(character.value));

function deepFreeze(value: unknown): void {
	if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
	Object.freeze(value);
	for (const child of Object.values(value)) deepFreeze(child);
}

const rows = ['Rotate the payment keys', 'Write the on-call runbook · 跟进', 'Flaky deploy pipeline 🔥', 'Budget review\u200B (zero-width)', 'Old stale thing — ünïcödé'];

/** A screen like the views': a bordered box, colours, a selected row, wide characters, clipping, a transform. */
function Screen({selected, tick}: {readonly selected: number; readonly tick: number}) {
	return (
		<Box flexDirection="column" borderStyle="round" width={60}>
			<Text bold color="cyan">
				Delegation · week {tick % 3}
			</Text>
			{rows.map((row, index) => (
				<Text key={row} inverse={index === selected} color={index % 2 === 0 ? 'green' : undefined} backgroundColor={index === 4 ? 'blue' : undefined}>
					{index === selected ? '▸ ' : '  '}
					{row}
				</Text>
			))}
			{/* Clipped through a wide character: Ink keeps the cell and its style, and drops the glyph. */}
			<Box width={13} overflow="hidden">
				<Box width={30} flexShrink={0}>
					<Text color="yellow">中文字符测试中文字符测试</Text>
				</Box>
			</Box>
			<Box width={20} overflow="hidden">
				<Box width={9} overflow="hidden">
					<Box width={20} flexShrink={0}>
						<Text>{`a跟b进c${tick % 2 === 0 ? '跟跟' : 'x'}defgh`}</Text>
					</Box>
				</Box>
			</Box>
			<Transform transform={(line, index) => `${index}:${line.toUpperCase()}`}>
				<Text color="magenta">{`first line\nsecond ${tick % 4}`}</Text>
			</Transform>
		</Box>
	);
}

function expectEntriesAsComputedFresh(caches: OutputCaches): void {
	for (const [text, characters] of caches.styledChars) expect(characters, JSON.stringify(text)).toEqual(freshStyledChars(text));
	for (const [text, width] of caches.widths) expect(width, JSON.stringify(text)).toBe(stringWidth(text));
	for (const [text, width] of caches.blockWidths) expect(width, JSON.stringify(text)).toBe(Math.max(0, ...text.split('\n').map((line) => stringWidth(line))));
}

describe("Ink's output caches, shared across frames (patches/ink-8.0.0-output-cache.patch)", () => {
	it('are one set for every frame in the installed Ink, the Ink the CLI bundles', () => {
		expect(sharedCaches()).toBe(sharedCaches());
	});

	it('hold the texts a frame drew, and a later frame reads them without changing them', () => {
		const {rerender, lastFrame, unmount} = render(<Screen selected={0} tick={0} />);
		try {
			const caches = sharedCaches();
			expect([...caches.styledChars.keys()].some((text) => text.includes('Rotate the payment keys'))).toBe(true);
			const firstFrame = lastFrame();
			// Frozen: any later write into a cached value throws (ES modules are strict).
			for (const characters of caches.styledChars.values()) deepFreeze(characters);
			const drawnBefore = new Map(caches.styledChars);

			for (let tick = 1; tick <= 20; tick++) rerender(<Screen selected={tick % rows.length} tick={tick} />);
			rerender(<Screen selected={0} tick={0} />);

			expect(lastFrame()).toBe(firstFrame);
			expect(sharedCaches()).toBe(caches);
			for (const [text, characters] of drawnBefore) expect(caches.styledChars.get(text)).toBe(characters);
			expectEntriesAsComputedFresh(caches);
		} finally {
			unmount();
		}
	});

	it('draw a frame the same whether its texts were cached by earlier frames or not', () => {
		const instance = render(<Screen selected={2} tick={3} />);
		const cached = instance.lastFrame();
		instance.unmount();
		const caches = sharedCaches();
		for (const map of [caches.styledChars, caches.widths, caches.blockWidths]) map.clear();
		const fresh = render(<Screen selected={2} tick={3} />);
		try {
			expect(fresh.lastFrame()).toBe(cached);
		} finally {
			fresh.unmount();
		}
	});
});

describe('scripts/patch-ink.js, which npm ci runs', () => {
	const script = fileURLToPath(new URL('../../scripts/patch-ink.js', import.meta.url));
	const installed = path.join(path.dirname(inkEntry), 'output.js');
	const patchCopy = (file: string) => spawnSync(process.execPath, [script, file], {encoding: 'utf8'});

	it('leaves an Ink that is already patched as it is', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'patch-ink-'));
		try {
			const file = path.join(folder, 'output.js');
			copyFileSync(installed, file);
			const run = patchCopy(file);
			expect(run.status).toBe(0);
			expect(run.stdout).toContain('already patched');
			expect(readFileSync(file, 'utf8')).toBe(readFileSync(installed, 'utf8'));
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});

	it('stops with the reason, and changes nothing, when Ink is not the file the patch was written for', () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'patch-ink-'));
		try {
			const file = path.join(folder, 'output.js');
			copyFileSync(installed, file);
			appendFileSync(file, '\n// a later Ink\n');
			const before = readFileSync(file, 'utf8');
			const run = patchCopy(file);
			expect(run.status).toBe(1);
			expect(run.stderr).toMatch(/^patch-ink: .*output\.js is not Ink 8\.0\.0's build\/output\.js as published \(sha256 [0-9a-f]{64}\)/);
			expect(run.stderr).not.toMatch(/\n\s+at /);
			expect(readFileSync(file, 'utf8')).toBe(before);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});
