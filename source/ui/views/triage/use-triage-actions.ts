import {useEffect, useMemo, useRef, useState} from 'react';
import type {Category} from '../../../domain/types.js';
import type {ReviewSource, TagChange} from '../../../review/session-types.js';
import {isScrollMove} from '../../components/list-keys.js';
import {fitScroll, moveScroll, type ScrollMove, type ScrollState} from '../../components/scroll.js';
import {useBindings} from '../../hooks/use-bindings.js';
import {openInBrowser} from '../../open-url.js';
import {restoreIntoOrder, triageOrder, type TriageInput} from './triage-rows.js';
import {triageBindings, type TriageKeyAction} from './triage-keys.js';
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
	const built = useMemo(() => triageOrder(input, state.mode, state.filter), [source.review, weekId, state.mode, state.filter]);
	// An undo can bring back a ticket tagged before this list was built (on an earlier visit):
	// it joins the list until the list is built again.
	const [restored, setRestored] = useState<{readonly built: readonly string[]; readonly order: readonly string[]} | null>(null);
	const order = restored !== null && restored.built === built ? restored.order : built;
	// Read by keys that arrive in the same read as an undo, before the next render.
	const orderNow = useRef(order);
	orderNow.current = order;

	useEffect(() => dispatch({type: 'reset'}), [weekId]);
	useEffect(() => {
		setCapturesInput(state.filterDraft !== null);
		return () => setCapturesInput(false);
	}, [state.filterDraft !== null]);

	// Keys that arrive in one read run one after another before the next render: the scroll
	// they act on is tracked here, so "oo" tags two tickets rather than one twice. It is kept
	// fitted to the list, which a week, a mode or a filter can shorten under the cursor.
	const scroll = useRef<ScrollState>(state.scroll);
	scroll.current = fitScroll(state.scroll, order.length, visible);
	const scrollTo = (next: ScrollState) => {
		scroll.current = next;
		dispatch({type: 'scroll', scroll: next});
	};
	const move = (how: ScrollMove) => scrollTo(moveScroll(scroll.current, how, orderNow.current.length, visible));
	const moveTo = (index: number) => scrollTo(fitScroll({...scroll.current, selected: index}, orderNow.current.length, visible));

	const targets = (): string[] => {
		if (state.selected.size > 0) return orderNow.current.filter((id) => state.selected.has(id));
		const current = orderNow.current[scroll.current.selected];
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
		else move('down');
	};

	const onAction = (action: TriageKeyAction) => {
		if (isScrollMove(action)) return move(action);
		switch (action) {
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
				const next = restoreIntoOrder(orderNow.current, change.ticketIds, scroll.current.selected, input, state.filter);
				if (next !== orderNow.current) {
					orderNow.current = next;
					setRestored({built, order: next});
				}
				const index = next.indexOf(change.ticketIds[0] ?? '');
				if (index >= 0) moveTo(index);
				return setStatus(`undone: ${change.ticketIds.length === 1 ? restored[0] : `${change.ticketIds.length} tickets`} back to ${describeBefore(change)} (${source.undoDepth()} more to undo)`);
			}
			case 'filter': {
				// The shell stops taking keys now, not after the frame: a q typed next is text.
				setCapturesInput(true);
				return dispatch({type: 'openFilter'});
			}
			case 'toggleMode': return dispatch({type: 'toggleMode'});
			case 'select': {
				const current = orderNow.current[scroll.current.selected];
				if (current !== undefined) dispatch({type: 'toggleSelected', ticketId: current});
				return move('down');
			}
			case 'escape': {
				if (state.selected.size > 0) return dispatch({type: 'clearSelection'});
				return dispatch({type: 'cancelFilter'});
			}
			case 'note': {
				const current = orderNow.current[scroll.current.selected];
				if (current !== undefined) setNoteTicketId(current);
				return;
			}
			case 'open': {
				const ticket = source.review.ticketsById.get(orderNow.current[scroll.current.selected] ?? '');
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

	useBindings(triageBindings, onAction, {
		isActive: isActive && noteTicketId === null,
		opensPrompt: 'filter',
		prompt: {
			draft: state.filterDraft,
			type: (text) => dispatch({type: 'typeFilter', text}),
			erase: () => dispatch({type: 'eraseFilter'}),
			// The shell takes keys again from the key that closes the prompt, not from the frame after it.
			apply: () => {
				setCapturesInput(false);
				dispatch({type: 'applyFilter'});
			},
			cancel: () => {
				setCapturesInput(false);
				dispatch({type: 'cancelFilter'});
			},
		},
	});
	return {state, scroll: scroll.current, order, note};
}

function describeBefore(change: TagChange): string {
	const values = new Set(change.before.values());
	if (values.size !== 1) return 'their earlier tags';
	const [value] = values;
	return value === null || value === undefined ? 'no tag' : words[value];
}
