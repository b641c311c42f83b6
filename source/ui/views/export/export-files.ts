import {buildExportFiles, notesIncluded} from '../../../export/build-exports.js';
import {buildLeadership, leadershipFileName} from '../../../export/leadership.js';
import {buildOneOnOne, oneOnOneFileName} from '../../../export/one-on-one.js';
import type {ReviewSnapshot} from '../../../export/snapshot.js';
import type {ExportFile} from '../../../export/write-files.js';
import type {Note} from '../../../domain/types.js';
import type {ExportState} from './use-export-state.js';

/**
 * The files the view's choices stand for, and the notes they carry into 1:1s. A Markdown
 * file's content is built when first read: the view previews one file at a time, and
 * building every report's note before the first is shown would make the view wait for all.
 */
export function filesFor(snapshot: ReviewSnapshot, state: Pick<ExportState, 'format' | 'reports' | 'leadership'>): {files: ExportFile[]; notes: Note[]} {
	if (state.format !== 'md') return {files: buildExportFiles(snapshot, {format: state.format, reports: [], leadership: false}), notes: []};
	const chosen = snapshot.roster.reports.filter((report) => state.reports.has(report.slug));
	const files = chosen.map((report) => builtWhenRead(oneOnOneFileName(snapshot, report), () => buildOneOnOne(snapshot, report.slug)));
	if (state.leadership) files.push(builtWhenRead(leadershipFileName(snapshot), () => buildLeadership(snapshot)));
	const notes = chosen.length === 0 ? [] : notesIncluded(snapshot, {format: 'md', reports: chosen.map((report) => report.slug), leadership: state.leadership});
	return {files, notes};
}

/** A file named at once whose content is built on its first read, once. */
function builtWhenRead(name: string, build: () => ExportFile): ExportFile {
	let content: string | undefined;
	return {
		name,
		get content() {
			content ??= build().content;
			return content;
		},
	};
}
