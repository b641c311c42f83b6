import {keySymbol, type Binding, type FooterHint} from '../keymap.js';
import {textWidth} from '../text-width.js';

/**
 * Footers drawn from the bindings' hints: "f / ←→ switch list · j/k move". Each hint keeps
 * its place in the binding order; when the line is wider than the room, the hint with the
 * lowest priority goes first (the last of equals first), until the rest fits.
 */

export interface FooterOptions {
	/** The view's state, for hints that belong to some states only (`FooterHint.when`). */
	readonly state?: string;
	/** Values for `{name}` placeholders ("{whose} tickets" → "Alex Kim's tickets"). */
	readonly values?: Readonly<Record<string, string>>;
	/** Hint text in place of a binding's own, by action ("? all keys" where the status line says "? help"). */
	readonly texts?: Readonly<Partial<Record<string, string>>>;
}

interface PlacedHint {
	readonly text: string;
	readonly priority: number;
}

const separator = ' · ';

function hintsOf(binding: Binding): readonly FooterHint[] {
	if (binding.footer === undefined) return [];
	return 'text' in binding.footer ? [binding.footer as FooterHint] : (binding.footer as readonly FooterHint[]);
}

function hintKeys(hint: FooterHint, binding: Binding, bindings: readonly Binding[]): string {
	if (hint.keys !== undefined) return hint.keys;
	const actions = [binding.action, ...(hint.with ?? [])];
	return actions
		.map((action) => bindings.find((candidate) => candidate.action === action)?.keys[0])
		.filter((key): key is string => key !== undefined)
		.map(keySymbol)
		.join('/');
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The hints for a state, in binding order, with their keys and values filled in. */
function placedHints(bindings: readonly Binding[], options: FooterOptions): PlacedHint[] {
	const placed: PlacedHint[] = [];
	for (const binding of bindings) {
		for (const hint of hintsOf(binding)) {
			if (hint.when !== undefined && (options.state === undefined || !hint.when.includes(options.state))) continue;
			const keys = hintKeys(hint, binding, bindings);
			const text = options.texts?.[binding.action] ?? hint.text;
			const template = text.includes('{keys}') ? text : `{keys} ${text}`;
			placed.push({text: fill(template, {...options.values, keys}), priority: hint.priority});
		}
	}
	return placed;
}

/** The footer line that fits `width` columns: the least important hints dropped first. */
export function fitHints(hints: readonly PlacedHint[], width: number): string {
	const kept = [...hints];
	const line = () => kept.map((hint) => hint.text).join(separator);
	while (kept.length > 0 && textWidth(line()) > width) {
		let drop = 0;
		kept.forEach((hint, index) => {
			if (hint.priority <= (kept[drop]?.priority ?? Infinity)) drop = index;
		});
		kept.splice(drop, 1);
	}
	return line();
}

/** Footers are asked for on every frame: each table keeps the lines it has made, by state, values and width. */
const made = new WeakMap<readonly Binding[], Map<string, string>>();
const cacheLimit = 64;

/** The footer for these bindings in this state, fitted to `width` columns. */
export function footerLine(bindings: readonly Binding[], width: number, options: FooterOptions = {}): string {
	let lines = made.get(bindings);
	if (lines === undefined) {
		lines = new Map();
		made.set(bindings, lines);
	}
	const key = JSON.stringify([width, options.state ?? null, options.values ?? null, options.texts ?? null]);
	const cached = lines.get(key);
	if (cached !== undefined) return cached;
	const line = fitHints(placedHints(bindings, options), width);
	// Widths and names are few, but a long session resizes: keep the table small.
	if (lines.size >= cacheLimit) lines.clear();
	lines.set(key, line);
	return line;
}
