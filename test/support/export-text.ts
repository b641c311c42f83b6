import type {AppConfig} from '../../source/config/schema.js';
import type {Week} from '../../source/domain/types.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import {issuedNotes} from '../../source/export/issue-points.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import {buildSnapshot} from '../../source/review/build-snapshot.js';
import {freezeReview} from '../../source/review/freeze.js';
import {openNarrowWeek} from '../../source/review/narrow-export.js';
import type {RosterConfig} from '../../source/domain/types.js';
import type {Store} from '../../source/store/store.js';

/** What an export of a snapshot writes, as text: every file of every format, the review it freezes and the talking points it issues. */
export interface ExportText {
	readonly files: string[];
	readonly frozen: string;
	readonly points: string;
}

export function exportText(snapshot: ReviewSnapshot): ExportText {
	const files = [
		...buildExportFiles(snapshot, {format: 'json', reports: [], leadership: false}),
		...buildExportFiles(snapshot, {format: 'md', reports: [], leadership: true}),
		...buildExportFiles(snapshot, {format: 'md', reports: [], leadership: true, detail: 'full'}),
		...buildExportFiles(snapshot, {format: 'csv', reports: [], leadership: false}),
	];
	let frozen = '';
	// The review the export freezes, as the store is handed it.
	freezeReview({reviews: {freeze: (_provider: string, review: unknown) => ((frozen = JSON.stringify(review)), 0)}} as unknown as Pick<Store, 'reviews'>, snapshot, 'export');
	const points = JSON.stringify(issuedNotes(snapshot, {format: 'md', reports: [], leadership: false}));
	return {files: files.map((file) => `${file.name}\n${file.content}`), frozen, points};
}

/**
 * The snapshot `director-review export` takes from a kept week's report without loading the
 * review (review/narrow-export.ts), or null when it would load the whole review instead.
 */
export function narrowSnapshot(store: Store, config: AppConfig, roster: RosterConfig | null, week: Week, now: () => number): ReviewSnapshot | null {
	const narrow = openNarrowWeek({store, providerName: 'demo', config, roster, now, week});
	return narrow === null ? null : buildSnapshot({providerName: 'demo', week, now: now(), config, store}, narrow);
}
