import {listsNotFigures} from '../domain/briefing/restated.js';
import type {FrozenReview} from '../domain/briefing/types.js';
import {memberText} from '../export/member-texts.js';
import type {FrozenMembers} from '../store/reviews.js';

/** Members read whatever they hold: the themes (their items, since-state.ts) and the instant the figures are as of. */
const alwaysRead = new Set(['themes', 'generatedAt']);
/** The lists the frozen figures are read without (since.ts): restatedFigures never reads them on either side. */
const lists = new Set<string>(listsNotFigures);

/**
 * The previous review's figures and today's, as `restatedFigures` (domain/briefing/restated.ts)
 * compares them, without parsing the members whose JSON text is the same on both sides (issue 18):
 * at 100,000 tickets the frozen figures less their lists are ~1.5 MB of JSON, parsed and then
 * walked leaf by leaf only to find them unchanged, and today's were stringified and parsed back
 * for the same end. A member is compared by its text (a shared part by the SHA-256 it is stored
 * under: not even read), and left out of both sides when equal. That is the very result:
 * restatedFigures leaves out a member that is the same tree on both sides (equal texts parse to
 * equal trees), and only when no member's name holds `.` or `[` — then neither is left out here.
 * `build` gives today's figures as of an instant (the JSON export's object, not read back), or null.
 */
export function comparedFigures(review: FrozenReview, members: FrozenMembers, build: (asOf: number) => object | null): {previous: FrozenReview; figuresNow: unknown} {
	const generatedAt = members.text('generatedAt');
	const asOf = figuresInstant(generatedAt === undefined ? undefined : JSON.parse(generatedAt), review.frozenAt);
	const built = build(asOf);
	const nowTexts: Array<readonly [string, string]> = [];
	const nowKeys = built === null ? [] : Object.keys(built);
	for (const [key, value] of built === null ? [] : Object.entries(built)) {
		if (lists.has(key)) continue;
		// Kept for the freeze, which stores the same members of the same figures (export/member-texts.ts).
		const text = memberText(value);
		if (text !== undefined) nowTexts.push([key, text]);
	}
	const named = [...members.keys, ...nowKeys].some((key) => key.includes('.') || key.includes('['));
	const same = new Set<string>();
	if (!named) for (const [key, text] of nowTexts) if (!alwaysRead.has(key) && members.hasText(key, text)) same.add(key);
	// Without today's figures nothing is restated: the frozen themes alone are read.
	const frozenKeys = members.keys.filter((key) => (built === null ? alwaysRead.has(key) : !same.has(key)));
	const figures = objectOf(frozenKeys.map((key) => [key, members.text(key) as string]));
	return {
		previous: {...review, figures},
		figuresNow: built === null ? null : objectOf(nowTexts.filter(([key]) => !same.has(key))),
	};
}

/** The instant figures were computed at, from their `generatedAt` (figuresAsOf in since.ts), else the freeze. */
export function figuresInstant(generatedAt: unknown, frozenAt: number): number {
	const instant = typeof generatedAt === 'string' ? Date.parse(generatedAt) : Number.NaN;
	return Number.isFinite(instant) ? instant : frozenAt;
}

/** The object of these members as JSON.parse reads the document they are members of (a `__proto__` key stays a key). */
function objectOf(members: ReadonlyArray<readonly [string, string]>): unknown {
	return JSON.parse(`{${members.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`);
}
