import {buildExportFiles, notesIncluded} from '../export/build-exports.js';
import type {ReviewSnapshot} from '../export/snapshot.js';
import {buildSnapshot} from '../review/build-snapshot.js';
import {freezeReview} from '../review/freeze.js';
import {issuedNotes, issuedPointsByTicket} from '../export/issue-points.js';
import {writeExportFiles, type ExportFile} from '../export/write-files.js';
import type {ExportOptions} from '../export/export-options.js';
import {parseExportOptions, type GlobalOptions, type ParsedFlags} from './arguments.js';
import {openContext, type CommandContext} from './context.js';
import {requireTickets} from './require-tickets.js';
import {needsSync, syncBeforeReading} from './sync-first.js';
import {writeToStdout} from './entry-guards.js';

/** `director-review export`: summaries for the selected week, to files or stdout. */
export async function runExport(options: GlobalOptions, flags: ParsedFlags): Promise<number> {
	const exportOptions = parseExportOptions(flags);
	const context = openContext(options);
	try {
		const snapshot = (await keptWeekSnapshot(context, options)) ?? (await wholeSnapshot(context, options));
		const files = buildExportFiles(snapshot, exportOptions);

		if (exportOptions.out === '-') {
			// A preview on stdout: the notes stay undiscussed until a file is written. Written
			// before the review is frozen: an export that did not get out (a full disk) freezes none.
			await writeToStdout(toStdout(files, exportOptions));
			freezeReview(context.store, snapshot, 'export');
			return 0;
		}

		const written = writeExportFiles(files, exportOptions.out ?? process.cwd(), exportOptions.force);
		// Only a note written to a file was issued; a preview on stdout leaves the next note's comparison alone.
		const issued = issuedNotes(snapshot, exportOptions);
		// The director's notes the written 1:1 notes carried: discussed now, and kept in this review.
		const notes = notesIncluded(snapshot, exportOptions);
		freezeReview(context.store, snapshot, 'export', issuedPointsByTicket(snapshot, issued), notes);
		for (const note of issued) context.store.reviews.issue(context.providerName, note);
		for (const file of written) process.stderr.write(`wrote ${file}\n`);
		if (notes.length > 0) {
			context.store.markNotesDiscussed(
				context.providerName,
				notes.map((note) => note.id),
				context.now,
			);
			process.stderr.write(`${notes.length} ${notes.length === 1 ? 'note' : 'notes'} marked as discussed\n`);
		}
		return 0;
	} finally {
		await context.close();
	}
}

/** The snapshot read from the whole review: synced first unless --offline, its week's report kept for the next export. */
async function wholeSnapshot(context: CommandContext, options: GlobalOptions): Promise<ReviewSnapshot> {
	// The week's report may be kept from an earlier run: the indexes its computation reads wait until read.
	const session = await context.openSession({indexWhileLoading: false});
	try {
		await syncBeforeReading(context, session, options);
		requireTickets(context, options, 'export');
		const snapshot = buildSnapshot(context, session);
		// An ended week's report, for the next export of the same data (review/stored-report.ts).
		session.keepWeekReport(context.week, true);
		return snapshot;
	} finally {
		session.dispose();
	}
}

/**
 * The same snapshot from only what it reads, when the week's report is kept and no sync is
 * due (review/narrow-export.ts); null when that cannot be shown equal to the whole one.
 */
async function keptWeekSnapshot(context: CommandContext, options: GlobalOptions): Promise<ReviewSnapshot | null> {
	if (needsSync(context, options)) return null;
	const {openNarrowWeek, NarrowMiss} = await import('../review/narrow-export.js');
	const {store, providerName, config, roster, clock, week} = context;
	try {
		const narrow = openNarrowWeek({store, providerName, config, roster, now: clock, week});
		if (narrow === null) return null;
		requireTickets(context, options, 'export');
		return buildSnapshot(context, narrow);
	} catch (error) {
		if (error instanceof NarrowMiss) return null;
		throw error;
	}
}

/** Markdown files are concatenated, each announced by a comment naming the file it would be. */
function toStdout(files: readonly ExportFile[], options: ExportOptions): string {
	if (options.format !== 'md') return files.map((file) => file.content).join('');
	return files.map((file) => `<!-- file: ${file.name} -->\n${file.content}`).join('\n');
}
