import type {Connection} from './connection.js';

/** Named values the program keeps for itself (the stored first frame): not the director's record, not the tracker's. */
export class MetaRecord {
	private readonly s;

	constructor(private readonly connection: Connection) {
		this.s = {
			get: connection.prepare(`SELECT value FROM meta WHERE key = ?`).pluck(),
			set: connection.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
		};
	}

	get(key: string): string | null {
		return this.connection.guard(() => (this.s.get.get(key) as string | undefined) ?? null);
	}

	set(key: string, value: string): void {
		this.connection.write(() => void this.s.set.run(key, value));
	}
}
