import {useEffect, useMemo, useRef, useState} from 'react';
import type {Category} from '../../../domain/types.js';
import type {ReviewSource, TagChange} from '../../../review/session-types.js';
import {openInBrowser} from '../../open-url.js';
import {triageOrder, type TriageInput} from './triage-rows.js';
import {useTriageInput, type TriageKeyAction} from './use-triage-input.js';
import {useTriageState} from './use-triage-state.js';

interface Options {
	readonly source: ReviewSource;
	readonly input: TriageInput;
	readonly weekId: string;
	readonly visible: number;
	readonly isActive: boolean;
	readonly setStatus: (message: string) => void;
	readonly setCapturesInput: (captures: boolean) => void;
}

const words = {operational: 'firefighting', strategic: 'improvement'} as const;

/** Wires keys to the list state and to the session's durable, undoable tags. */
export function useTriageActions({source, input, weekId, visible, isActive, setStatus, setCapturesInput}: Options) {
	const [state, dispatch] = useTriageState();
	/** The ticket a 1:1 note is being written about; the note prompt then has the keys. */
	const [noteTicketId, setNoteTicketId] = useState<string | null>(null);
	// The order is fixed per week, mode, filter and loaded data, not per tag: rows stay put
	// under the cursor while the director works down the list.
	const order = useMemo(() => triageOrder(input, state.mode, state.filter), [source.review, weekId, state.mode, state.filter]);

	useEffect(() => dispatch({type: 'reset'}), [weekId]);
	useEffect(() => {
		setCapturesInput(state.filterDraft !== null);
		return () => setCapturesInput(false);
	}, [state.filterDraft !== null]);

	// Keys that arrive in one read run one after another before the next render: the cursor
	// they act on is tracked here, so "oo" tags two tickets rather than one twice.
	const cursor = useRef(state.cursor);
	cursor.current = state.cursor;
	const clampCursor = (index: number) => Math.min(Math.max(0, index), Math.max(0, order.length - 1));

	const targets = (): string[] => {
		if (state.selected.size > 0) return order.filter((id) => state.selected.has(id));
		const current = order[cursor.current];
		return current === undefined ? [] : [current];
	};

	const describe = (change: TagChange, verb: string): string => {
		const keys = change.ticketIds.map((id) => source.review.ticketsById.get(id)?.key ?? id);
		const what = change.ticketIds.length === 1 ? keys[0] : `${change.ticketIds.length} tickets`;
		return `${verb}: ${what} → ${change.after === null ? 'no tag' : words[change.after]}`;
	};

	const tag = (category: Category | null) => {
		const ids = targets();
		if (ids.length === 0) return;
		const change = source.tag(ids, category);
		setStatus(`${describe(change, 'saved')} (${source.undoDepth()} to undo)`);
		if (state.selected.size > 0) dispatch({type: 'clearSelection'});
		else {
			cursor.current = clampCursor(cursor.current + 1);
			dispatch({type: 'move', by: 1, rowCount: order.length, visible});
		}
	};

	const onAction = (action: TriageKeyAction) => {
		const move = (by: number) => {
			cursor.current = clampCursor(cursor.current + by);
			dispatch({type: 'move', by, rowCount: order.length, visible});
		};
		const moveTo = (index: number) => {
			cursor.current = clampCursor(index);
			dispatch({type: 'moveTo', index, rowCount: order.length, visible});
		};
		switch (action) {
			case 'down': return move(1);
			case 'up': return move(-1);
			case 'pageDown': return move(visible);
			case 'pageUp': return move(-visible);
			case 'first': return moveTo(0);
			case 'last': return moveTo(order.length - 1);
			case 'operational': return tag('operational');
			case 'strategic': return tag('strategic');
			case 'clear': return tag(null);
			case 'accept': {
				const ids = targets();
				const suggested = new Set(ids.map((id) => source.review.classifications.get(id)?.suggestion?.category ?? null));
				const [category] = suggested;
				if (suggested.size !== 1 || category === null || category === undefined) {
					setStatus(ids.length > 1 ? 'the selected tickets have different or no suggestions: use o or s' : 'no suggestion to accept: use o or s');
					return;
				}
				return tag(category);
			}
			case 'undo': {
				const change = source.undoTag();
				if (!change) return setStatus('nothing to undo');
				const restored = change.ticketIds.map((id) => source.review.ticketsById.get(id)?.key ?? id);
				const index = order.indexOf(change.ticketIds[0] ?? '');
				if (index >= 0) moveTo(index);
				return setStatus(`undone: ${change.ticketIds.length === 1 ? restored[0] : `${change.ticketIds.length} tickets`} back to ${describeBefore(change)} (${source.undoDepth()} more to undo)`);
			}
			case 'filter': return dispatch({type: 'openFilter'});
			case 'toggleMode': return dispatch({type: 'toggleMode'});
			case 'select': {
				const current = order[cursor.current];
				if (current !== undefined) dispatch({type: 'toggleSelected', ticketId: current});
				return move(1);
			}
			case 'escape': {
				if (state.selected.size > 0) return dispatch({type: 'clearSelection'});
				return dispatch({type: 'cancelFilter'});
			}
			case 'note': {
				const current = order[cursor.current];
				if (current !== undefined) setNoteTicketId(current);
				return;
			}
			case 'open': {
				const ticket = source.review.ticketsById.get(order[cursor.current] ?? '');
				if (ticket) setStatus(openInBrowser(ticket.url, ticket.key, setStatus));
				return;
			}
		}
	};

	const note = {
		ticketId: noteTicketId,
		save: (text: string) => {
			if (noteTicketId === null) return;
			source.addNote({kind: 'ticket', ticketId: noteTicketId}, text);
			setStatus(`note saved on ${source.review.ticketsById.get(noteTicketId)?.key ?? noteTicketId}: it goes into the next 1:1 export`);
			setNoteTicketId(null);
		},
		cancel: () => setNoteTicketId(null),
	};

	useTriageInput(
		isActive && noteTicketId === null,
		{
			draft: state.filterDraft,
			type: (text) => dispatch({type: 'typeFilter', text}),
			erase: () => dispatch({type: 'eraseFilter'}),
			apply: () => dispatch({type: 'applyFilter'}),
			cancel: () => dispatch({type: 'cancelFilter'}),
		},
		onAction,
	);
	return {state, order, note};
}

function describeBefore(change: TagChange): string {
	const values = new Set(change.before.values());
	if (values.size !== 1) return 'their earlier tags';
	const [value] = values;
	return value === null || value === undefined ? 'no tag' : words[value];
}
