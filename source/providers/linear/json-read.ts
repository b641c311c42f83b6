/**
 * The checked reads every Linear response goes through: a value at `path` of the type asked
 * for, or a `MalformedResponse` naming the path — never a silent `undefined` in the store.
 */

export class MalformedResponse extends Error {
	constructor(readonly path: string) {
		super(`unexpected value at ${path}`);
		this.name = 'MalformedResponse';
	}
}

export type Json = Record<string, unknown>;

export function object(value: unknown, path: string): Json {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedResponse(path);
	return value as Json;
}

export function nullableObject(value: unknown, path: string): Json | null {
	return value === null || value === undefined ? null : object(value, path);
}

export function array(value: unknown, path: string): readonly unknown[] {
	if (!Array.isArray(value)) throw new MalformedResponse(path);
	return value;
}

export function string(value: unknown, path: string): string {
	if (typeof value !== 'string') throw new MalformedResponse(path);
	return value;
}

/** Ids and keys: an empty one would make a ticket nobody can tag, link or tell apart. */
export function identity(value: unknown, path: string): string {
	if (typeof value !== 'string' || value.trim() === '') throw new MalformedResponse(path);
	return value;
}

export function nullableString(value: unknown, path: string): string | null {
	return value === null || value === undefined ? null : string(value, path);
}

export function number(value: unknown, path: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new MalformedResponse(path);
	return value;
}

export function nullableNumber(value: unknown, path: string): number | null {
	return value === null || value === undefined ? null : number(value, path);
}

export function boolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') throw new MalformedResponse(path);
	return value;
}

export function instant(value: unknown, path: string): number {
	const parsed = Date.parse(string(value, path));
	if (Number.isNaN(parsed)) throw new MalformedResponse(path);
	return parsed;
}

export function nullableInstant(value: unknown, path: string): number | null {
	return value === null || value === undefined ? null : instant(value, path);
}

const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

/** Linear's TimelessDate is already a calendar date: no time zone is involved. */
export function nullableDate(value: unknown, path: string): string | null {
	const text = nullableString(value, path);
	if (text !== null && !calendarDate.test(text)) throw new MalformedResponse(path);
	return text;
}

export function idOf(value: unknown, path: string): string | null {
	const node = nullableObject(value, path);
	return node === null ? null : string(node['id'], `${path}.id`);
}
