import {createHash} from 'node:crypto';
import {brotliCompressSync, brotliDecompressSync, constants} from 'node:zlib';
import type {ReviewTicketState} from '../domain/briefing/types.js';

/**
 * How a review frozen from store version 9 on is stored: content-addressed. A week's frozen
 * figures are its whole JSON export (~7.3 MB at 100,000 tickets) and its state rows one per
 * counted ticket (~4,800); freezing the same week again — every export, every quit — wrote
 * all of it again (~3.7 MB a freeze with the rows, each copied by every backup).
 *
 * So the document is split into its top-level members: `JSON.stringify(document)` is '{', the
 * members `JSON.stringify(key) + ':' + JSON.stringify(value)` joined by ',', and '}' (a member
 * whose value has no JSON form is left out, as it does). A member's value text of
 * `inlineLimit` characters or more is a shared part (table `review_parts`): stored once,
 * brotli-compressed, under the SHA-256 of its exact text; a smaller one is kept inline in the
 * review's layout. The state rows, sorted by ticket id as the SQL of version 4 read them, go
 * the same way in chunks whose ends depend only on the ticket ids (not on positions), so a
 * change to a few tickets makes new chunks for those, and the rest are shared.
 * The layout (column `reviews.layout`) says in which order to join the texts back; its lists
 * of members and of chunks are texts like any other (a part once large), so the layout of a
 * repeat freeze is a few hundred bytes.
 */

/** A text of a frozen review: inline, or the hash of a shared part. */
export type TextRef = {readonly json: string} | {readonly part: string};

type Member = {readonly key: string} & TextRef;

export interface ReviewLayout {
	/** The document's members in order (a JSON `Member[]`); null when the document is not a plain object (`document` then). */
	readonly members: TextRef | null;
	readonly document?: TextRef;
	/** The state rows sorted by ticket id, as JSON arrays, chunk after chunk (a JSON `TextRef[]`). */
	readonly states: TextRef;
	/** The rows' ticket ids in the same order, as one JSON array. */
	readonly ticketIds: TextRef;
	readonly ticketCount: number;
}

/** A shared part the review references; `brotli` is null until compressed (not needed when the store holds it). */
export interface PlannedPart {
	readonly hash: string;
	readonly text: string;
	brotli: Buffer | null;
}

/** Texts shorter than this stay inline: a part costs a row, a hash and a look-up. */
export const inlineLimit = 2048;
/** One ticket id in this many ends a chunk of state rows: ~64 rows, ~30 KB of JSON a chunk. */
const chunkEvery = 64;

/**
 * The layout of a review and the parts it references. `stored` says whether the store holds a
 * part already: those are not compressed (the hash alone is computed on a repeat freeze).
 * `textOf` gives a member value's `JSON.stringify` text (one already built may be given back).
 */
export function planReview(
	document: unknown,
	tickets: readonly ReviewTicketState[],
	stored: (hash: string) => boolean,
	textOf: (value: unknown) => string | undefined = (value) => JSON.stringify(value) as string | undefined,
): {layout: string; parts: PlannedPart[]} {
	const parts = new Map<string, PlannedPart>();
	const refer = (text: string): TextRef => {
		if (text.length < inlineLimit) return {json: text};
		const hash = createHash('sha256').update(text, 'utf8').digest('base64url');
		if (!parts.has(hash)) parts.set(hash, {hash, text, brotli: stored(hash) ? null : compress(text)});
		return {part: hash};
	};

	let members: TextRef | null = null;
	let whole: TextRef | undefined;
	if (document !== null && typeof document === 'object' && !Array.isArray(document) && !('toJSON' in document)) {
		const list: Member[] = [];
		for (const [key, value] of Object.entries(document as Record<string, unknown>)) {
			const json = textOf(value);
			if (json !== undefined) list.push({key, ...refer(json)});
		}
		members = refer(JSON.stringify(list));
	} else {
		whole = refer(JSON.stringify(document) ?? 'null');
	}

	const sorted = sortByTicketId(tickets);
	const states: TextRef[] = [];
	let chunk: string[] = [];
	for (const row of sorted) {
		chunk.push(JSON.stringify(row));
		if (endsChunk(row.ticketId)) {
			states.push(refer(`[${chunk.join(',')}]`));
			chunk = [];
		}
	}
	if (chunk.length > 0) states.push(refer(`[${chunk.join(',')}]`));
	const ticketIds = refer(JSON.stringify(sorted.map((row) => row.ticketId)));

	const layout: ReviewLayout = {members, ...(whole === undefined ? {} : {document: whole}), states: refer(JSON.stringify(states)), ticketIds, ticketCount: sorted.length};
	return {layout: JSON.stringify(layout), parts: [...parts.values()]};
}

/**
 * Whether `text` is exactly the text `ref` names, without reading a shared part: its name is
 * the SHA-256 of its exact text (planReview), so hashing `text` compares it (~4 ms a MB against
 * decompressing and parsing the part).
 */
export function sameText(ref: TextRef, text: string): boolean {
	if ('json' in ref) return ref.json === text;
	return createHash('sha256').update(text, 'utf8').digest('base64url') === ref.part;
}

export function compress(text: string): Buffer {
	const bytes = Buffer.from(text, 'utf8');
	return brotliCompressSync(bytes, {
		params: {[constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT},
	});
}

/** A stored part: its text's length in UTF-8 bytes and the text compressed. */
export interface StoredPart {
	readonly length: number;
	readonly brotli: Uint8Array;
}

/** Reads a review back from its layout; `part` gives a shared part, undefined when missing. */
export class ReviewReader {
	private readonly layout: ReviewLayout;

	constructor(
		layout: string,
		private readonly part: (hash: string) => StoredPart | undefined,
	) {
		this.layout = JSON.parse(layout) as ReviewLayout;
	}

	/** The document's JSON text without the `omit` members (`['*']`: null), exactly as `JSON.stringify` wrote the rest. */
	documentText(omit: readonly string[]): string | null {
		if (omit[0] === '*') return null;
		const {members, document} = this.layout;
		if (members === null) return this.text(document!);
		const kept = (JSON.parse(this.text(members)) as Member[]).filter((member) => !omit.includes(member.key));
		return `{${kept.map((member) => `${JSON.stringify(member.key)}:${this.text(member)}`).join(',')}}`;
	}

	/**
	 * The document's members without the `omit` ones, their texts unread (null when the document
	 * is not split): a reader comparing them with texts of its own (sameText) reads only the
	 * members that differ (review/since-figures.ts).
	 */
	members(omit: readonly string[]): Array<{readonly key: string; readonly ref: TextRef}> | null {
		const {members} = this.layout;
		if (members === null) return null;
		return (JSON.parse(this.text(members)) as Member[]).filter((member) => !omit.includes(member.key)).map((member) => ({key: member.key, ref: member}));
	}

	/** The text a ref names (a shared part decompressed). */
	read(ref: TextRef): string {
		return this.text(ref);
	}

	/** Whether the document is a plain object, whose members can be left out. */
	get split(): boolean {
		return this.layout.members !== null;
	}

	tickets(): ReviewTicketState[] {
		return (JSON.parse(this.text(this.layout.states)) as TextRef[]).flatMap((chunk) => JSON.parse(this.text(chunk)) as ReviewTicketState[]);
	}

	ticketIds(): string[] {
		return JSON.parse(this.text(this.layout.ticketIds)) as string[];
	}

	/**
	 * The hashes of every shared part the review references, its lists of members and of
	 * chunks read to find them (the other parts are not read): what a restore checks the
	 * backup holds, so that no restore leaves a review that cannot be read.
	 */
	partsReferenced(): string[] {
		const {members, document, states, ticketIds} = this.layout;
		const refs: TextRef[] = [states, ticketIds, ...(JSON.parse(this.text(states)) as TextRef[])];
		if (members === null) refs.push(document!);
		else refs.push(members, ...(JSON.parse(this.text(members)) as Member[]));
		return refs.flatMap((ref) => ('part' in ref ? [ref.part] : []));
	}

	private text(ref: TextRef): string {
		if ('json' in ref) return ref.json;
		const stored = this.part(ref.part);
		if (stored === undefined) throw new DamagedReviewError(`a frozen review's part ${ref.part} is missing from the store`);
		try {
			// The text in one output buffer, not 16 KB chunks joined: half the time for the MBs "since last review" reads.
			return brotliDecompressSync(stored.brotli, {chunkSize: Math.max(64, stored.length + 1)}).toString('utf8');
		} catch (error) {
			throw new DamagedReviewError(`a frozen review's part ${ref.part} cannot be read`, {cause: error});
		}
	}
}

/**
 * A review's part missing or unreadable: the record is damaged as surely as a page SQLite
 * finds corrupt, and is reported the same way (the store's guard: the file, and the way out
 * with `director-review restore`), not as a stack trace.
 */
export class DamagedReviewError extends Error {
	readonly code = 'SQLITE_CORRUPT';
}

/** By ticket id in UTF-8 byte order: the order SQLite's `ORDER BY ticket_id` read the rows of version 4 in. */
function sortByTicketId(tickets: readonly ReviewTicketState[]): ReviewTicketState[] {
	const keyed = tickets.map((row) => ({row, bytes: Buffer.from(row.ticketId, 'utf8')}));
	keyed.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
	return keyed.map((entry) => entry.row);
}

/** FNV-1a of the id: whether a chunk ends after this ticket's row, the same for the ticket in every freeze. */
function endsChunk(ticketId: string): boolean {
	let hash = 0x811c9dc5;
	for (let index = 0; index < ticketId.length; index++) hash = Math.imul(hash ^ ticketId.charCodeAt(index), 0x01000193);
	return (hash >>> 0) % chunkEvery === 0;
}
