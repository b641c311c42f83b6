/**
 * The JSON text of an export member built once and never changed (issue 18): the version 2
 * lists (`promiseRisk` and `aging` list every open ticket, ~1 MB of JSON at 100,000 tickets)
 * are stringified by "since last review" to compare them with the previous review's
 * (review/since-figures.ts) and again by the freeze to store them (store/review-parts.ts).
 * Each value registered here is frozen, so the text kept for it stays its text; any other
 * value is stringified afresh.
 */
const texts = new WeakMap<object, string>();
const registered = new WeakSet<object>();

/** Registers a value built for an export and freezes it (and its elements, one level down: the lists' rows). */
export function builtOnce<T extends readonly object[]>(value: T): T {
	for (const element of value) Object.freeze(element);
	registered.add(Object.freeze(value));
	return value;
}

/** `JSON.stringify(value)`, kept for a registered value. */
export function memberText(value: unknown): string | undefined {
	if (value === null || typeof value !== 'object' || !registered.has(value)) return JSON.stringify(value) as string | undefined;
	let text = texts.get(value);
	if (text === undefined) {
		text = JSON.stringify(value);
		texts.set(value, text);
	}
	return text;
}
