// A rolldown plugin for the bundle (bundle.js) and the bench's bundled bare-Ink baseline.
//
// Ink lays out with Yoga, which ships its WebAssembly as a base64 data: URL. Its Emscripten
// loader asks `typeof fetch` and, finding Node's, fetches that data: URL: Node then loads its
// whole fetch implementation (undici) for it, about 30 ms of every TUI start on this machine
// before the first frame (a CPU profile of a start: `fetch` → undici's modules → the data: URL
// processor). Without fetch the same loader decodes the same base64 with `atob`, which is what
// this makes it do: the bytes Yoga instantiates are identical, only the way to them changes.
// The replaced text is checked exactly, so a Yoga whose loader reads otherwise stops the build
// with the reason instead of shipping unpatched or patched by guesswork.

const yogaLoader = /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
export const fetchingLoader = 'function ya(){return w||"function"!=typeof fetch?';
export const decodingLoader = 'function ya(){return true?';

/** Yoga's loader text with the wasm decoded from its base64, never fetched; throws when the loader is not the one this was written for. */
export function inlineYogaWasm(code) {
	const at = code.indexOf(fetchingLoader);
	if (at === -1 || code.indexOf(fetchingLoader, at + 1) !== -1) {
		throw new Error(`yoga-wasm-inline: Yoga's wasm loader does not read '${fetchingLoader}' exactly once; review scripts/yoga-wasm-inline.js for this yoga-layout`);
	}
	return code.replace(fetchingLoader, decodingLoader);
}

export const yogaWasmInline = {
	name: 'yoga-wasm-inline',
	transform(code, id) {
		return yogaLoader.test(id) ? {code: inlineYogaWasm(code), map: null} : null;
	},
};
