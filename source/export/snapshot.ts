import type {SinceLastReview} from '../domain/briefing/since-types.js';
import type {IssuedNote} from '../domain/briefing/types.js';
import type {Classification, Note, Person, ProviderName, ResolvedRoster, Ticket, Week} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';

/**
 * Everything the exports read for one week: plain data, so every file can be built and tested
 * without a store. review/build-snapshot.ts builds it from a session.
 */
export interface ReviewSnapshot {
	readonly provider: ProviderName;
	readonly week: Week;
	readonly report: WeekReport;
	readonly ticketsById: ReadonlyMap<string, Ticket>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly roster: ResolvedRoster;
	/** Undiscussed notes. */
	readonly notes: readonly Note[];
	readonly targets: {readonly firefightingShare: number};
	readonly now: number;
	/** What changed since the previous review (briefing.md); absent where no store is behind the snapshot. */
	readonly since?: SinceLastReview;
	/** Each report's previous exported 1:1 note (its issued talking points), by report name; absent without a store. */
	readonly previousNotes?: ReadonlyMap<string, IssuedNote | null>;
}
