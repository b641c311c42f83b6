import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error a plain-JavaScript build script, without types
import {decodingLoader, fetchingLoader, inlineYogaWasm} from '../../scripts/yoga-wasm-inline.js';

/**
 * The bundle's Yoga decodes its wasm from the base64 it ships instead of fetching it from a
 * data: URL, which loaded Node's whole fetch implementation at every TUI start
 * (scripts/yoga-wasm-inline.js). Checked on the installed yoga-layout, in a process of its own
 * whose `fetch` records being looked at: the patched loader never looks, still lays out, and
 * the loader as published does look (so the check can fail).
 */

const yogaSource = path.dirname(fileURLToPath(import.meta.resolve('yoga-layout')));
const loaderFile = path.join(yogaSource, '..', 'binaries', 'yoga-wasm-base64-esm.js');
const wrapAssembly = path.join(yogaSource, 'wrapAssembly.js');
const folder = mkdtempSync(path.join(tmpdir(), 'director-review-yoga-'));

afterAll(() => rmSync(folder, {recursive: true, force: true}));

/** Loads `loaderText` as Yoga's loader, lays out a 100-wide row with one growing child; reports the child's width and whether `fetch` was looked at. */
function layOut(loaderText: string): {width: number; fetchLookedAt: boolean} {
	const loader = path.join(folder, `loader-${Math.random().toString(36).slice(2)}.mjs`);
	writeFileSync(loader, loaderText);
	const probe = `
		let fetchLookedAt = false;
		Object.defineProperty(globalThis, 'fetch', {configurable: true, get() { fetchLookedAt = true; return undefined; }});
		const {default: load} = await import(${JSON.stringify(loader)});
		const {default: wrap} = await import(${JSON.stringify(wrapAssembly)});
		const Yoga = wrap(await load());
		const root = Yoga.Node.create();
		root.setWidth(100);
		root.setHeight(10);
		root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
		const child = Yoga.Node.create();
		child.setFlexGrow(1);
		root.insertChild(child, 0);
		root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
		console.log(JSON.stringify({width: child.getComputedWidth(), fetchLookedAt}));
	`;
	return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], {encoding: 'utf8'}).trim()) as {width: number; fetchLookedAt: boolean};
}

describe('scripts/yoga-wasm-inline.js on the installed yoga-layout', () => {
	const published = readFileSync(loaderFile, 'utf8');

	it('decodes the wasm without looking for fetch, and Yoga lays out as before', () => {
		expect(layOut(inlineYogaWasm(published))).toEqual({width: 100, fetchLookedAt: false});
	});

	it('the loader as published looks for fetch (what the patch takes away)', () => {
		expect(layOut(published)).toEqual({width: 100, fetchLookedAt: true});
	});

	it('changes only the loader’s one test, and stops on a loader it was not written for', () => {
		const patched = inlineYogaWasm(published);
		expect(patched.length - published.length).toBe(decodingLoader.length - fetchingLoader.length);
		expect(patched.replace(decodingLoader, fetchingLoader)).toBe(published);
		expect(() => inlineYogaWasm(published.replace(fetchingLoader, 'function ya(){return w?'))).toThrow(/review scripts\/yoga-wasm-inline\.js/);
		expect(() => inlineYogaWasm(published + fetchingLoader)).toThrow(/exactly once/);
	});
});
