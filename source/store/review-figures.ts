import {brotliCompressSync, brotliDecompressSync, constants} from 'node:zlib';
import {listsNotFigures} from '../domain/briefing/review-lists.js';

/**
 * How a frozen review's figures are stored (store version 7). A week's figures are its
 * whole JSON export: ~7.3 MB at 100,000 tickets, nearly all of it the lists (`tickets`,
 * `figures`, `why`, …; restated.ts). Written as text, every freeze wrote and fsynced that,
 * every backup copied it again, and "since last review" had SQLite parse it to drop the lists.
 *
 * So a review frozen from version 7 on keeps two things, written in the same transaction
 * from the same object: the whole document's JSON text, brotli-compressed (quality 1:
 * ~0.64 MB at that size, ~20–40 ms to write, ~15 ms to read back, the same bytes), and in
 * `figures` the document less its lists — what "since last review" reads (~1 MB). A review
 * frozen before version 7 has no compressed document; its `figures` is the whole text. A
 * review frozen from version 9 on has neither (its `layout` says where its texts are) and is
 * read by review-parts.ts; this module reads the rows of versions 4 to 8.
 */

/** The keys a review's `figures` column leaves out when its whole document is compressed beside it. */
export const outlineOmits: readonly string[] = listsNotFigures;

export interface StoredFigures {
	/** The `figures` column: the document less `outlineOmits`, or the whole document when `whole` is null. */
	readonly figures: string;
	/** The `figures_brotli` column: the whole document's JSON, compressed. */
	readonly whole: Buffer | null;
}

/** The columns a review's figures were written to by store versions 7 and 8 (version 9 writes parts: review-parts.ts); tests write old rows with it. */
export function storedFigures(document: unknown): StoredFigures {
	// Only a plain object has lists to leave out; anything else is small and kept whole.
	if (document === null || typeof document !== 'object' || Array.isArray(document) || 'toJSON' in document) return {figures: JSON.stringify(document), whole: null};
	// Each top-level value is serialised once, and both texts are joined from the same parts:
	// the whole text is what `JSON.stringify(document)` writes (a member whose value has no JSON
	// form is left out, as it does), the outline the same members less the lists.
	// The whole text goes to bytes member by member: one member with a character past Latin-1
	// (an em dash in a reason) would make a joined string two-byte, and its encoding slower.
	const whole: Buffer[] = [];
	const outline: string[] = [];
	for (const [key, value] of Object.entries(document as Record<string, unknown>)) {
		const json = JSON.stringify(value) as string | undefined;
		if (json === undefined) continue;
		const member = `${JSON.stringify(key)}:${json}`;
		whole.push(Buffer.from(whole.length === 0 ? `{${member}` : `,${member}`, 'utf8'));
		if (!outlineOmits.includes(key)) outline.push(member);
	}
	whole.push(Buffer.from(whole.length === 0 ? '{}' : '}', 'utf8'));
	const bytes = Buffer.concat(whole);
	const compressed = brotliCompressSync(bytes, {
		params: {[constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT},
	});
	return {figures: `{${outline.join(',')}}`, whole: compressed};
}

/**
 * A stored review's figures less the `omit` keys (`['*']`: none at all), read from its columns:
 * `figures` alone when it holds every key asked for, else the whole document decompressed.
 * `whole === undefined`: the compressed column was not read (the caller knows it is not needed).
 */
export function figuresFrom(figures: string | null, whole: Uint8Array | null | undefined, omit: readonly string[]): unknown {
	if (omit[0] === '*') return null;
	if (whole === null || whole === undefined) return figures === null ? null : dropKeys(JSON.parse(figures) as unknown, omit);
	return dropKeys(JSON.parse(brotliDecompressSync(whole).toString('utf8')) as unknown, omit);
}

/** Whether the `figures` column of a review frozen from version 7 on holds every key but `omit`. */
export function outlineServes(omit: readonly string[]): boolean {
	return omit[0] === '*' || outlineOmits.every((key) => omit.includes(key));
}

function dropKeys(value: unknown, omit: readonly string[]): unknown {
	if (omit.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	return withoutKeys(value as Record<string, unknown>, omit);
}

/** A shallow copy without `omit`, in the object's own key order. */
function withoutKeys(object: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
	const kept: Record<string, unknown> = {};
	for (const key of Object.keys(object)) if (!omit.includes(key)) kept[key] = object[key];
	return kept;
}
