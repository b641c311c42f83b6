import type {ToneCell} from '../../components/list-table.js';
import type {Column} from '../../components/table.js';

/** One table of the Predictability view as plain data; a leaf, shared by predictability-rows.ts and promise-risk-section.ts. */
export type SectionId = 'weekly' | 'teams' | 'slips' | 'cycles' | 'risk';

export interface Section {
	readonly id: SectionId;
	readonly title: string;
	readonly columns: readonly Column[];
	readonly rows: ReadonlyArray<readonly ToneCell[]>;
	/** What an empty section says, and why. */
	readonly emptyText: string;
}
