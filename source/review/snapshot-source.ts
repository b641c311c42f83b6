import type {Category, Note, ProviderName, Week} from '../domain/types.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import type {OverviewSnapshot} from './overview-snapshot.js';
import type {ReviewSettings} from './settings.js';
import type {ReviewReadModel, ReviewSource, SyncStatus, TagChange} from './session-types.js';
import type {WeekReport} from '../domain/week-report.js';

/**
 * The first frame's data while the review loads: the stored Overview of the week and
 * nothing else. The shell takes no keys but quit while it is shown, so nothing here is
 * ever asked to change data.
 */
export class SnapshotSource implements ReviewSource {
	readonly version = 0;
	readonly review: ReviewReadModel;
	private readonly report: WeekReport;

	constructor(
		readonly providerName: ProviderName,
		readonly providerLabel: string,
		readonly timezone: string,
		snapshot: OverviewSnapshot,
		settings: ReviewSettings,
		private readonly syncedAt: number | null,
		// Required: the session's clock (a pinned demo's too); a default of the machine's was how the frame once read another time.
		private readonly clock: () => number,
	) {
		this.report = snapshot.report;
		// Only the tickets the Overview names (its watch list); nothing is classified or
		// computed here, so the first frame loads none of the domain's metric code.
		this.review = {
			ticketsById: new Map(snapshot.tickets.map((ticket) => [ticket.id, ticket])),
			peopleById: new Map(),
			roster: {directorIds: new Set(), reports: []},
			tags: new Map(),
			classifications: new Map(),
			settings,
		};
	}

	now(): number {
		return this.clock();
	}

	subscribe(): () => void {
		return () => undefined;
	}

	weekReport(_week: Week): WeekReport {
		return this.report;
	}

	lastSyncedAt(): number | null {
		return this.syncedAt;
	}

	syncStatus(): SyncStatus {
		return {phase: 'idle'};
	}

	async sync(): Promise<void> {
		throw loading();
	}

	tag(_ticketIds: readonly string[], _category: Category | null): TagChange {
		throw loading();
	}

	undoTag(): TagChange | null {
		throw loading();
	}

	undoDepth(): number {
		return 0;
	}

	addNote(_target: Note['target'], _text: string): Note {
		throw loading();
	}

	pendingNotes(): readonly Note[] {
		return [];
	}

	snapshot(_week: Week): ReviewSnapshot {
		throw loading();
	}

	markNotesDiscussed(_ids: readonly number[]): void {
		throw loading();
	}
}

function loading(): Error {
	return new Error('the review is still loading');
}
