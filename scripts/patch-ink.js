// Applies the reviewed patch of Ink (patches/, written up in docs/ink-output-cache.md) to the
// installed package, so the unit tests, the e2e tests, the bench and the bundle users run all
// run the same Ink. `npm ci` and `npm install` run it through the `prepare` script, before the
// build. Ink is pinned to the exact version the patch was written for, and the file is
// checked by checksum before and after: a different file stops the install with the reason,
// so a new Ink is never patched by guesswork. Running it again on a patched Ink does nothing.
//
//   node scripts/patch-ink.js [path/to/ink/build/output.js]
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const inkPatch = {
	version: '8.0.0',
	patch: fileURLToPath(new URL('../patches/ink-8.0.0-output-cache.patch', import.meta.url)),
	/** sha256 of Ink 8.0.0's build/output.js as published, and after the patch. */
	original: '5e6c511c0a573f48cd5765d7f1f16583d2595f7b05775608382bdb990b63f225',
	patched: '3620b1d6a62aacb64a45ec5ba3b58d5a4acee9696b893de62cd08ed1eacdbc17',
};

/** The installed Ink's build/output.js, found the way Node finds Ink for the CLI. */
export function installedInkOutput() {
	return path.join(path.dirname(fileURLToPath(import.meta.resolve('ink'))), 'output.js');
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** 'patched', 'original' (as published, not yet patched) or 'unknown' (anything else). */
export function inkPatchState(file = installedInkOutput()) {
	const sum = sha256(readFileSync(file, 'utf8'));
	return sum === inkPatch.patched ? 'patched' : sum === inkPatch.original ? 'original' : 'unknown';
}

/** Applies a unified diff of one file to its text; every context and removed line must match where its hunk says. */
export function applyUnifiedDiff(text, diff) {
	const lines = text.split('\n');
	const hunks = diff.split('\n@@ ').slice(1);
	let shift = 0;
	for (const hunk of hunks) {
		const [header, ...body] = hunk.split('\n');
		const start = Number(/^-(\d+)/.exec(header)?.[1]);
		if (!Number.isInteger(start)) throw new Error(`malformed hunk header: @@ ${header}`);
		const before = [];
		const after = [];
		for (const line of body) {
			// "\ No newline at end of file", and the empty string after the diff's last newline.
			if (line === '' || line.startsWith('\\')) continue;
			if (line.startsWith(' ') || line.startsWith('-')) before.push(line.slice(1));
			if (line.startsWith(' ') || line.startsWith('+')) after.push(line.slice(1));
		}
		const at = start - 1 + shift;
		const found = lines.slice(at, at + before.length);
		if (found.length !== before.length || found.some((line, index) => line !== before[index])) throw new Error(`hunk at line ${start} does not match`);
		lines.splice(at, before.length, ...after);
		shift += after.length - before.length;
	}
	return lines.join('\n');
}

/** Patches `file` in place; returns what it did. Throws with the reason when the file is not the one the patch was written for. */
export function patchInk(file = installedInkOutput()) {
	const text = readFileSync(file, 'utf8');
	const sum = sha256(text);
	if (sum === inkPatch.patched) return 'already patched';
	if (sum !== inkPatch.original) {
		throw new Error(`${file} is not Ink ${inkPatch.version}'s build/output.js as published (sha256 ${sum}); ` + `package.json pins ink to ${inkPatch.version}: reinstall it, or review ${path.basename(inkPatch.patch)} against the new Ink`);
	}
	const result = applyUnifiedDiff(text, readFileSync(inkPatch.patch, 'utf8'));
	if (sha256(result) !== inkPatch.patched) throw new Error(`${path.basename(inkPatch.patch)} applied to ${file} does not give the reviewed file`);
	writeFileSync(file, result);
	return 'patched';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const file = process.argv[2] ?? installedInkOutput();
	try {
		console.log(`patch-ink: ${file}: ${patchInk(file)}`);
	} catch (error) {
		console.error(`patch-ink: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
