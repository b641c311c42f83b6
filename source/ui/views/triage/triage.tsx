import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {weekWords} from '../../../domain/figure-words.js';
import type {Classification, Person, Ticket} from '../../../domain/types.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {padEnd, percent, truncate} from '../../format.js';
import {NotePrompt} from '../../components/note-prompt.js';
import {textWidth} from '../../text-width.js';
import {useTheme, type Theme} from '../../theme.js';
import type {ViewProps} from '../../view-definition.js';
import {buildRow, countLeft, triageCounts, type TriageInput, type TriageRow} from './triage-rows.js';
import {useTriageActions} from './use-triage-actions.js';
import {keyOf} from '../../keymap.js';
import {triageBindings} from './triage-keys.js';

/** The keys the view's lines name in passing ("x clears it"), from the bindings. */
const key = {
	mode: keyOf(triageBindings, 'toggleMode'),
	escape: keyOf(triageBindings, 'escape'),
	clear: keyOf(triageBindings, 'clear'),
	accept: keyOf(triageBindings, 'accept'),
	operational: keyOf(triageBindings, 'operational'),
	strategic: keyOf(triageBindings, 'strategic'),
} as const;

/** Lines the view spends on anything but rows: counter, column header, detail (2), prompt. */
const chromeLines = 5;

/** The week's tickets the machine is unsure of, first; one key tags each. */
export function Triage({source, report, width, height, isActive, setStatus, setCapturesInput}: ViewProps) {
	const theme = useTheme();
	const review = source.review;
	const input: TriageInput = {
		tickets: report.tickets,
		classifications: review.classifications,
		tags: review.tags,
		peopleById: review.peopleById,
		threshold: review.settings.threshold,
	};
	const visible = Math.max(1, height - chromeLines);
	const {state, scroll, order, note} = useTriageActions({source, input, visible, isActive, setStatus, setCapturesInput, weekId: report.week.id});
	// A key press that only moves the cursor must not walk the week's tickets again.
	const left = useMemo(() => countLeft(input), [report.tickets, source.version]);
	const split = useMemo(() => triageCounts(input), [report.tickets, source.version]);
	const window = order.slice(scroll.offset, scroll.offset + visible);
	const current = order[scroll.selected];
	const currentTicket = current === undefined ? undefined : review.ticketsById.get(current);
	// Up to a Jira key like "PLATFORM-12345" and a space: a cut key loses its number.
	const keyWidth = Math.min(17, Math.max(7, ...window.map((id) => (review.ticketsById.get(id)?.key.length ?? 0) + 1)));
	const categoryWidth = 20;
	const rows = useMemo(() => window.map((id) => review.ticketsById.get(id)).filter((t) => t !== undefined).map((t) => buildRow(t, input)), [window.join(','), source.version]);
	// The title takes its share of the line, and on a wide terminal whatever the reasons shown
	// leave: a reason is a few words ("type Story"), a title often runs to 90 columns.
	const titleAndReason = width - 4 - keyWidth - categoryWidth - 1;
	const widestReason = Math.max(0, ...rows.map((row) => textWidth(reasonOf(row.classification, row.tag))));
	const titleWidth = Math.max(10, Math.floor(titleAndReason * (width >= 120 ? 0.55 : 0.6)), titleAndReason - widestReason);
	const reasonWidth = Math.max(0, titleAndReason - titleWidth);

	const counted = left === 0 ? `Nothing left to triage ${weekWords(report.week.id, report.isCurrent).during}` : `${left} left to triage`;
	const filterText = state.filter ? ` · filter "${truncate(state.filter, 20)}" (${key.escape} clears)` : '';
	const selectedText = state.selected.size > 0 ? ` · ${state.selected.size} selected` : '';

	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold>{counted}</Text>
				{/* What narrows or aims the keys goes first: a cut line must not hide a filter or a selection. */}
				{filterText ? <Text color={theme.accent}>{filterText}</Text> : null}
				{selectedText ? <Text color={theme.accent}>{selectedText}</Text> : null}
				<Text color={theme.muted}>{counterTail({split: left === 0 ? null : split, total: report.tickets.length, showsAll: state.mode === 'all', room: width - textWidth(counted + filterText + selectedText)})}</Text>
			</Text>
			<Text color={theme.muted}>{padEnd(`    ${padEnd('KEY', keyWidth)}${padEnd('TITLE', titleWidth)} ${padEnd('CATEGORY', categoryWidth)}WHY`, width)}</Text>
			{order.length === 0 ? (
				<Text color={theme.muted}>{state.filter ? `No ticket matches the filter (${key.escape} clears it).` : state.mode === 'toTriage' ? `Every ticket of the week is classified with confidence. Press ${key.mode} to see them all.` : `No tickets completed or active ${weekWords(report.week.id, report.isCurrent).during}.`}</Text>
			) : null}
			{rows.map((row, index) => (
				<TriageLine
					key={row.ticketId}
					row={row}
					isCursor={scroll.offset + index === scroll.selected}
					isSelected={state.selected.has(row.ticketId)}
					widths={{keyWidth, titleWidth, categoryWidth, reasonWidth}}
					theme={theme}
				/>
			))}
			<Box flexGrow={1} />
			{currentTicket ? (
				<>
					<Text color={theme.muted}>{truncate(ticketFacts(currentTicket, review.peopleById), width)}</Text>
					<Text>{explain(review.classifications.get(currentTicket.id), review.tags.has(currentTicket.id), width)}</Text>
				</>
			) : null}
			{note.ticketId === null ? null : (
				<NotePrompt about={review.ticketsById.get(note.ticketId)?.key ?? 'ticket'} width={width} onSave={note.save} onCancel={note.cancel} setCapturesInput={setCapturesInput} />
			)}
			{state.filterDraft === null ? null : (
				<Text>
					<Text color={theme.accent}>/</Text>
					{truncate(state.filterDraft, width - 3)}
					<Text inverse> </Text>
				</Text>
			)}
		</Box>
	);
}

interface LineProps {
	readonly row: TriageRow;
	readonly isCursor: boolean;
	readonly isSelected: boolean;
	readonly widths: {readonly keyWidth: number; readonly titleWidth: number; readonly categoryWidth: number; readonly reasonWidth: number};
	readonly theme: Theme;
}

function TriageLine({row, isCursor, isSelected, widths, theme}: LineProps) {
	const {label, color} = categoryCell(row, theme);
	return (
		<Text inverse={isCursor}>
			{isCursor ? '›' : ' '}
			{isSelected ? '◆ ' : row.needsTriage ? '• ' : '  '}
			{padEnd(row.key, widths.keyWidth)}
			{padEnd(row.title, widths.titleWidth)} <Text color={color}>{padEnd(label, widths.categoryWidth)}</Text>
			<Text color={theme.muted}>{padEnd(reasonOf(row.classification, row.tag), widths.reasonWidth)}</Text>
		</Text>
	);
}

/**
 * The counter's muted tail: the split ("= 36 unsorted (?) + 24 unsure", the `?` rows being the
 * unsorted ones), the week's total and the key that shows all or only the tickets to triage.
 * The key's hint is kept whole: where the line is short of room the total goes first, not it.
 */
export function counterTail({split, total, showsAll, room}: {split: {unsorted: number; lowConfidence: number} | null; total: number; showsAll: boolean; room: number}): string {
	const parts = split === null ? '' : ` = ${split.unsorted} unsorted (?) + ${split.lowConfidence} unsure`;
	const unmarked = split === null ? '' : ` = ${split.unsorted} unsorted + ${split.lowConfidence} unsure`;
	const mode = showsAll ? `showing all · ${key.mode}: to triage` : `${key.mode}: show all`;
	const shortMode = showsAll ? `${key.mode}: to triage` : `${key.mode}: all`;
	const candidates = [`${parts} of ${total} tickets · ${mode}`, `${parts} of ${total} · ${mode}`, `${parts} · ${mode}`, `${parts} · ${shortMode}`, `${unmarked} · ${shortMode}`];
	return candidates.find((candidate) => textWidth(candidate) <= room) ?? candidates.at(-1)!;
}

const words = {operational: 'firefighting', strategic: 'improvement'} as const;

/** ✓ = the director's tag, ? = a suggestion below the threshold; the word carries the category. */
function categoryCell(row: TriageRow, theme: Theme): {label: string; color: string | undefined} {
	if (row.tag) return {label: `✓ ${words[row.tag]}`, color: row.tag === 'operational' ? theme.operational : theme.strategic};
	const c = row.classification;
	if (!c) return {label: '? unsorted', color: theme.warn};
	if (c.category === 'unclassified') {
		return c.suggestion ? {label: `? ${words[c.suggestion.category]} ${percent(c.suggestion.confidence)}`, color: theme.warn} : {label: '? no signal', color: theme.warn};
	}
	return {label: `  ${words[c.category]} ${percent(c.confidence)}`, color: c.category === 'operational' ? theme.operational : theme.strategic};
}

function reasonOf(classification: Classification | undefined, tag: TriageRow['tag']): string {
	if (tag) return 'your tag';
	if (!classification) return '';
	// A reason can quote the ticket's own labels, components or project: tracker text.
	return toTerminalLine(classification.category === 'unclassified' ? (classification.suggestion?.reason ?? 'no rule matched') : classification.reason);
}

function ticketFacts(ticket: Ticket, people: ReadonlyMap<string, Person>): string {
	const parts = [
		ticket.key,
		ticket.type,
		ticket.priority,
		ticket.labels.length > 0 ? `labels ${ticket.labels.join(', ')}` : null,
		ticket.components.length > 0 ? `component ${ticket.components.join(', ')}` : null,
		ticket.project ? `project ${ticket.project}` : null,
		ticket.assigneeId ? (people.get(ticket.assigneeId)?.name ?? ticket.assigneeId) : 'unassigned',
		ticket.status,
	];
	return toTerminalLine(parts.filter((part) => part !== null).join(' · '));
}

/**
 * The machine's word on the ticket under the cursor and the keys that act on it. Where the line
 * is short of room the rule's reason goes first (the WHY column shows it): a cut line lost the keys.
 */
export function explain(classification: Classification | undefined, isTagged: boolean, width: number): string {
	const suggestion = classification?.suggestion;
	const said = suggestion ? `machine says ${words[suggestion.category]} ${percent(suggestion.confidence)}` : 'no rule or learned signal';
	const reasons = suggestion ? [`${said} (${suggestion.source}: ${toTerminalLine(suggestion.reason)})`, said] : [said];
	const candidates = reasons.map((machine) => (isTagged ? `Your tag stands. ${machine}. ${key.clear} clears it.` : `${machine} — ${key.accept} accepts, ${key.operational} / ${key.strategic} decide.`));
	return truncate(candidates.find((candidate) => textWidth(candidate) <= width) ?? candidates.at(-1)!, width);
}
