import type {Note, ProviderName} from '../domain/types.js';
import type {Connection} from './connection.js';
import {StoreError} from './errors.js';

export type NoteTarget = Note['target'];

interface NoteRow {
	id: number;
	target_kind: 'ticket' | 'report';
	target: string;
	text: string;
	created_at: number;
	discussed_at: number | null;
	follow_up_at: number | null;
}

const noteColumns = 'id, target_kind, target, text, created_at, discussed_at, follow_up_at';

/** The director's notes on tickets and reports, and whether a 1:1 took them yet: written durably. */
export class NoteRecord {
	private readonly s;

	constructor(private readonly connection: Connection) {
		const prepare = (sql: string) => connection.prepare(sql);
		this.s = {
			addNote: prepare(`INSERT INTO notes (provider, target_kind, target, text, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`).pluck(),
			notes: prepare(`SELECT ${noteColumns} FROM notes WHERE provider = ? ORDER BY created_at, id`),
			undiscussedNotes: prepare(
				`SELECT ${noteColumns} FROM notes WHERE provider = ? AND (discussed_at IS NULL OR follow_up_at IS NOT NULL) ORDER BY created_at, id`,
			),
			setFollowUp: prepare(`UPDATE notes SET follow_up_at = ? WHERE provider = ? AND id = ?`),
			clearFollowUp: prepare(`UPDATE notes SET follow_up_at = NULL WHERE provider = ? AND id = ?`),
			// A note keeps the time it was first taken into a 1:1.
			markNoteDiscussed: prepare(`UPDATE notes SET discussed_at = ? WHERE provider = ? AND id = ? AND discussed_at IS NULL`),
			deleteNote: prepare(`DELETE FROM notes WHERE provider = ? AND id = ?`),
		};
	}

	add(provider: ProviderName, target: NoteTarget, text: string): Note {
		const trimmed = text.trim();
		if (trimmed === '') throw new StoreError('an empty note was not saved', 'write something for the note first');
		const createdAt = this.connection.now();
		const targetId = target.kind === 'ticket' ? target.ticketId : target.reportSlug;
		const id = this.connection.write(() => this.s.addNote.get(provider, target.kind, targetId, trimmed, createdAt) as number, true);
		return {id, target, text: trimmed, createdAt, discussedAt: null, followUpAt: null};
	}

	/**
	 * Oldest first. `undiscussedOnly`: the notes the next 1:1 note carries — not yet
	 * discussed, or discussed and flagged for follow-up.
	 */
	list(provider: ProviderName, options: {readonly undiscussedOnly?: boolean} = {}): Note[] {
		return this.connection.guard(() => {
			const statement = options.undiscussedOnly ? this.s.undiscussedNotes : this.s.notes;
			return (statement.all(provider) as NoteRow[]).map(noteFromRow);
		});
	}

	/**
	 * Marks notes as taken into a 1:1. A note keeps the time it was first discussed; a
	 * follow-up, once carried into a note, is done. Other providers' ids change nothing.
	 */
	markDiscussed(provider: ProviderName, ids: readonly number[], at: number): void {
		if (ids.length === 0) return;
		this.connection.write(() => {
			for (const id of ids) {
				if (this.s.markNoteDiscussed.run(at, provider, id).changes === 0) this.s.clearFollowUp.run(provider, id);
			}
		}, true);
	}

	/** Flags (or unflags) a note for follow-up: it is carried into the next 1:1 note again. Returns whether the note exists. */
	setFollowUp(provider: ProviderName, id: number, followUp: boolean): boolean {
		return this.connection.write(() => this.s.setFollowUp.run(followUp ? this.connection.now() : null, provider, id).changes > 0, true);
	}

	/** Returns whether a note was deleted. */
	delete(provider: ProviderName, id: number): boolean {
		return this.connection.write(() => this.s.deleteNote.run(provider, id).changes > 0, true);
	}
}

function noteFromRow(row: NoteRow): Note {
	return {
		id: row.id,
		target: row.target_kind === 'ticket' ? {kind: 'ticket', ticketId: row.target} : {kind: 'report', reportSlug: row.target},
		text: row.text,
		createdAt: row.created_at,
		discussedAt: row.discussed_at,
		followUpAt: row.follow_up_at,
	};
}
