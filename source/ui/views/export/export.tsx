import os from 'node:os';
import path from 'node:path';
import {Box, Text} from 'ink';
import {useEffect, useMemo} from 'react';
import {FileExistsError} from '../../../errors/app-error.js';
import {errorLine} from '../../../errors/report.js';
import {writeExportFiles} from '../../../export/write-files.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {copyToClipboard} from '../../clipboard.js';
import {padEnd, truncate} from '../../format.js';
import {textWidth} from '../../text-width.js';
import {useTheme} from '../../theme.js';
import type {ViewProps} from '../../view-definition.js';
import {filesFor} from './export-files.js';
import {exportBindings, exportFooterBindings, exportFooterTexts, type ExportKeyAction} from './export-keys.js';
import {footerLine} from '../../components/footer.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {keyOf} from '../../keymap.js';
import {useExportState} from './use-export-state.js';
import {issuedNotes, issuedPointsByTicket} from '../../../export/issue-points.js';

const formatNames = {md: 'Markdown', json: 'JSON', csv: 'CSV'} as const;

/** The keys the view's lines name in passing ("Markdown (f)"), from the bindings. */
const key = {
	format: keyOf(exportBindings, 'format'),
	folder: keyOf(exportBindings, 'folder'),
	nextFile: keyOf(exportBindings, 'nextFile'),
	scroll: `${keyOf(exportBindings, 'scrollUp')}/${keyOf(exportBindings, 'scrollDown')}`,
	overwrite: keyOf(exportBindings, 'overwrite'),
} as const;

/** Pick reports, the leadership summary and a format; preview; write or copy. */
export function ExportView({source, report, width, height, isActive, setStatus, setCapturesInput}: ViewProps) {
	const theme = useTheme();
	const snapshot = useMemo(() => source.snapshot(report.week), [source, report]);
	const reports = snapshot.roster.reports;
	const [state, dispatch] = useExportState(
		reports.map((r) => r.slug),
		// The folder the session names (under the director-review home), else one under the user's home — never the current directory.
		source.exportFolder ?? path.join(os.homedir(), 'director-review-exports'),
	);
	const {files, notes, problem} = useMemo(() => {
		try {
			return {...filesFor(snapshot, state), problem: null};
		} catch (error) {
			return {files: [], notes: [], problem: error instanceof Error ? error.message : String(error)};
		}
	}, [snapshot, state.format, state.reports, state.leadership]);
	const file = files[Math.min(state.previewFile, Math.max(0, files.length - 1))];
	// The previewed file is built here (filesFor builds each file when first read).
	const preview = useMemo(() => {
		try {
			return {lines: file ? file.content.split('\n').map((line) => previewLine(line)) : [], problem: null};
		} catch (error) {
			return {lines: [], problem: error instanceof Error ? error.message : String(error)};
		}
	}, [file]);
	const lines = preview.lines;
	const rowCount = reports.length + 1;
	const isMarkdown = state.format === 'md';
	const choiceLines = isMarkdown ? rowCount : 1;
	// Above the preview: the title, the choices and the file's rule; below it: the hint line.
	const previewHeight = Math.max(3, height - choiceLines - 3);

	const write = (force: boolean) => {
		if (files.length === 0) return setStatus('nothing chosen to export');
		try {
			// Every file built before the first is written: a file that cannot be built writes none.
			const built = files.map((each) => ({name: each.name, content: each.content}));
			const written = writeExportFiles(built, state.folder, force);
			source.markNotesDiscussed(notes.map((note) => note.id));
			// The 1:1 notes written issued their talking points: the next note compares with them,
			// and the review frozen now holds them on the rows of the tickets they are about, and
			// the director's notes those 1:1 notes discussed.
			const chosen = snapshot.roster.reports.filter((report) => state.reports.has(report.slug)).map((report) => report.slug);
			const issued = state.format === 'md' && chosen.length > 0 ? issuedNotes(snapshot, {format: 'md', reports: chosen, leadership: false}) : [];
			source.freezeReview?.(snapshot.week, 'export', issuedPointsByTicket(snapshot, issued), notes);
			if (issued.length > 0) source.issueNotes?.(issued);
			dispatch({type: 'settled'});
			const where = path.dirname(written[0] ?? state.folder);
			setStatus(`wrote ${written.length} file${written.length === 1 ? '' : 's'} to ${where}${notes.length > 0 ? ` · ${notes.length} note${notes.length === 1 ? '' : 's'} marked discussed` : ''}`);
		} catch (error) {
			if (error instanceof FileExistsError && !force) {
				dispatch({type: 'askOverwrite'});
				// The folder is on screen: the files go by their names (the command line's message
				// names them relative to the directory the app started in: "../../../tmp/…").
				const names = error.files.map((target) => toTerminalLine(path.basename(target)));
				const one = names.length === 1;
				setStatus(`${one ? 'file exists' : `${names.length} files exist`} in the folder: ${names.join(', ')} — ${key.overwrite} replaces ${one ? 'it' : 'them'}`);
				return;
			}
			setStatus(errorLine(error));
		}
	};

	const onAction = (action: ExportKeyAction) => {
		// "Files exist: W replaces them, any other choice keeps them": another choice settles it.
		if (state.confirmOverwrite && action !== 'overwrite' && action !== 'write') dispatch({type: 'settled'});
		switch (action) {
			case 'down': return dispatch({type: 'move', by: 1, rowCount});
			case 'up': return dispatch({type: 'move', by: -1, rowCount});
			case 'toggle': return isMarkdown ? dispatch({type: 'toggleRow', slugs: reports.map((r) => r.slug)}) : undefined;
			case 'format': return dispatch({type: 'cycleFormat'});
			case 'nextFile': return dispatch({type: 'nextFile', fileCount: files.length});
			case 'scrollDown': return dispatch({type: 'scrollPreview', by: previewHeight - 1, lineCount: lines.length});
			case 'scrollUp': return dispatch({type: 'scrollPreview', by: -(previewHeight - 1), lineCount: lines.length});
			case 'folder': {
				// The shell stops taking keys now, not after the frame: a q typed next is text.
				setCapturesInput(true);
				return dispatch({type: 'openFolder'});
			}
			case 'write': return write(false);
			case 'overwrite': return write(true);
			case 'copy': return setStatus(file && preview.problem === null ? `${file.name}: ${copyToClipboard(file.content)}` : 'nothing to copy');
		}
	};

	useBindings(exportBindings, onAction, {
		isActive,
		opensPrompt: 'folder',
		prompt: {
			draft: state.folderDraft,
			type: (text) => dispatch({type: 'typeFolder', text}),
			erase: () => dispatch({type: 'eraseFolder'}),
			// The shell takes keys again from the key that closes the prompt, not from the frame after it.
			apply: () => {
				setCapturesInput(false);
				dispatch({type: 'applyFolder'});
			},
			cancel: () => {
				setCapturesInput(false);
				dispatch({type: 'cancelFolder'});
			},
		},
	});
	useEffect(() => {
		setCapturesInput(state.folderDraft !== null);
		return () => setCapturesInput(false);
	}, [state.folderDraft !== null]);
	return (
		<Box flexDirection="column" width={width}>
			<Text>
				<Text bold>Export {report.week.id}</Text>
				<Text color={theme.muted}>{headingFacts(`${formatNames[state.format]} (${key.format})`, snapshot.notes.length, state.folder, width - 16)}</Text>
			</Text>
			{isMarkdown ? (
				[...reports.map((r) => ({label: `1:1 notes for ${toTerminalLine(r.name)}`, on: state.reports.has(r.slug)})), {label: 'Leadership summary', on: state.leadership}].map((row, index) => (
					<Text key={row.label} inverse={index === state.cursor}>
						{padEnd(`${index === state.cursor ? '›' : ' '} [${row.on ? 'x' : ' '}] ${row.label}`, Math.min(width, 60))}
					</Text>
				))
			) : (
				<Text color={theme.muted}>{truncate(`${formatNames[state.format]} covers the whole org in one file; the choices apply to Markdown.`, width)}</Text>
			)}
			<Text color={theme.muted}>
				{truncate(file && preview.problem === null ? `── ${file.name} (${state.previewFile + 1} of ${files.length}; ${files.length > 1 ? `${key.nextFile} next, ` : ''}${key.scroll} scroll) ${'─'.repeat(width)}` : `── ${problem ?? preview.problem ?? 'nothing chosen'}`, width)}
			</Text>
			<Box flexDirection="column" height={previewHeight} overflow="hidden">
				{lines.slice(state.previewOffset, state.previewOffset + previewHeight).map((line, index) => (
					// An empty Text takes no row: a blank line of the file would vanish and leave one empty at the bottom.
					<Text key={index}>{truncate(line, width) || ' '}</Text>
				))}
			</Box>
			{state.folderDraft === null ? (
				<Text color={state.confirmOverwrite ? theme.warn : theme.muted}>{truncate(state.confirmOverwrite ? `Files exist: ${key.overwrite} replaces them, any other choice keeps them.` : footerLine(exportFooterBindings, width, {texts: exportFooterTexts}), width)}</Text>
			) : (
				<Text>
					<Text color={theme.accent}>folder: </Text>
					{truncate(state.folderDraft, width - 10)}
					<Text inverse> </Text>
				</Text>
			)}
		</Box>
	);
}

/** A file line made safe for the terminal; its indentation, the shape of JSON, is kept as spaces. */
function previewLine(line: string): string {
	const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
	return `${' '.repeat(indent.replace(/\t/g, '  ').length)}${toTerminalLine(line)}`;
}

/**
 * The heading after the week: format, folder, pending notes. Where the line is too narrow,
 * the notes go shorter ("1 note") and then the folder loses its start ("…/home/exports"):
 * a plain cut fell inside a word ("1 pending n…"). Too narrow even for a folder's end, the
 * line is cut at its end.
 */
function headingFacts(format: string, count: number, folder: string, room: number): string {
	const line = (shownFolder: string, notes: string) => ` · ${format} · into ${shownFolder} (${key.folder}) · ${notes}`;
	const short = count === 0 ? 'no notes' : `${count} note${count === 1 ? '' : 's'}`;
	for (const notes of [notesLabel(count), short]) if (textWidth(line(folder, notes)) <= room) return line(folder, notes);
	const folderRoom = room - textWidth(line('', short));
	if (folderRoom < 12) return truncate(line(folder, short), room);
	const chars = [...folder];
	let tail = '';
	for (let index = chars.length - 1; index >= 0 && textWidth(`…${chars[index]}${tail}`) <= folderRoom; index--) tail = `${chars[index]}${tail}`;
	return line(`…${tail}`, short);
}

function notesLabel(count: number): string {
	return count === 0 ? 'no pending notes' : `${count} pending note${count === 1 ? '' : 's'}`;
}
