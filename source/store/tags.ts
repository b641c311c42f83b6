import type {Category, ProviderName, Tag} from '../domain/types.js';
import type {Connection} from './connection.js';

/** One change of a manual tag; `category` null = the tag was cleared. */
export interface TagEvent {
	readonly ticketId: string;
	readonly category: Category | null;
	readonly at: number;
}

/** The director's manual tags and their history: never touched by a sync, written durably. */
export class TagRecord {
	private readonly s;

	constructor(private readonly connection: Connection) {
		const prepare = (sql: string) => connection.prepare(sql);
		this.s = {
			tags: prepare(`SELECT ticket_id, category, tagged_at FROM tags WHERE provider = ?`),
			tag: prepare(`SELECT category FROM tags WHERE provider = ? AND ticket_id = ?`).pluck(),
			upsertTag: prepare(`
			INSERT INTO tags (provider, ticket_id, category, tagged_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (provider, ticket_id) DO UPDATE SET category = excluded.category, tagged_at = excluded.tagged_at`),
			deleteTag: prepare(`DELETE FROM tags WHERE provider = ? AND ticket_id = ?`),
			addTagEvent: prepare(`INSERT INTO tag_events (provider, ticket_id, category, at) VALUES (?, ?, ?, ?)`),
			tagVersion: prepare(`SELECT COUNT(*) AS count, MAX(id) AS last FROM tag_events WHERE provider = ?`),
			tagEvents: prepare(`SELECT ticket_id, category, at FROM tag_events WHERE provider = ? AND ticket_id = ? ORDER BY at, id`),
		};
	}

	/** Keyed by ticket id. */
	all(provider: ProviderName): Map<string, Tag> {
		return this.connection.guard(() => {
			const tags = new Map<string, Tag>();
			for (const row of this.s.tags.all(provider) as Array<{ticket_id: string; category: Category; tagged_at: number}>) {
				tags.set(row.ticket_id, {ticketId: row.ticket_id, category: row.category, taggedAt: row.tagged_at});
			}
			return tags;
		});
	}

	/**
	 * Sets (or, with null, clears) tags and records each change in the tag history, as one
	 * durable (fsynced) transaction: all or none. Setting the tag a ticket already has changes nothing.
	 */
	set(provider: ProviderName, changes: ReadonlyMap<string, Category | null>): void {
		const {s, connection} = this;
		const at = connection.now();
		connection.write(() => {
			for (const [ticketId, category] of changes) {
				const current = (s.tag.get(provider, ticketId) as Category | undefined) ?? null;
				if (current === category) continue;
				if (category === null) s.deleteTag.run(provider, ticketId);
				else s.upsertTag.run(provider, ticketId, category, at);
				s.addTagEvent.run(provider, ticketId, category, at);
			}
		}, true);
	}

	/** Changes whenever any manual tag of the provider changes: a stamp for derived caches. */
	version(provider: ProviderName): string {
		return this.connection.guard(() => {
			const row = this.s.tagVersion.get(provider) as {count: number; last: number | null};
			return `${row.count}:${row.last ?? 0}`;
		});
	}

	/** Every change of a ticket's manual tag, oldest first. */
	history(provider: ProviderName, ticketId: string): TagEvent[] {
		return this.connection.guard(() =>
			(this.s.tagEvents.all(provider, ticketId) as Array<{ticket_id: string; category: Category | null; at: number}>).map((row) => ({
				ticketId: row.ticket_id,
				category: row.category,
				at: row.at,
			})),
		);
	}
}
