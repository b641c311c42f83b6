import {teachingOrder, uncertaintyOf} from '../../../domain/classify/teaching.js';
import type {Category, Classification, Person, Tag, Ticket} from '../../../domain/types.js';
import {toTerminalLine} from '../../../text/sanitize.js';

/**
 * A classification this close above the threshold is still shown for triage: the director
 * sees what the machine is unsure of, not only what fell below the line.
 */
export const lowConfidenceMargin = 0.15;

export type TriageMode = 'toTriage' | 'all';

export interface TriageRow {
	readonly ticketId: string;
	readonly key: string;
	readonly title: string;
	readonly assignee: string;
	readonly classification: Classification | undefined;
	readonly tag: Category | null;
	readonly needsTriage: boolean;
}

export interface TriageInput {
	readonly tickets: readonly Ticket[];
	readonly classifications: ReadonlyMap<string, Classification>;
	readonly tags: ReadonlyMap<string, Tag>;
	readonly peopleById: ReadonlyMap<string, Person>;
	readonly threshold: number;
}

/** Untagged, and either unclassified or classified with little confidence to spare. */
export function needsTriage(classification: Classification | undefined, tag: Tag | undefined, threshold: number): boolean {
	if (tag) return false;
	if (!classification || classification.category === 'unclassified') return true;
	return classification.confidence < threshold + lowConfidenceMargin;
}

/** Triage's "left to triage", split: unsorted (no category, left out of every share) and unsure guesses (counted). */
export function triageCounts(input: Pick<TriageInput, 'tickets' | 'classifications' | 'tags' | 'threshold'>): {unsorted: number; lowConfidence: number} {
	let unsorted = 0;
	let lowConfidence = 0;
	for (const ticket of input.tickets) {
		const classification = input.classifications.get(ticket.id);
		if (!needsTriage(classification, input.tags.get(ticket.id), input.threshold)) continue;
		if (!classification || classification.category === 'unclassified') unsorted++;
		else lowConfidence++;
	}
	return {unsorted, lowConfidence};
}

/**
 * The ticket ids the list shows, in order: the tickets that need triage first, ordered by how
 * much a tag on each would teach the classifier (domain/classify/teaching.ts: uncertainty
 * times how many other unsure tickets share its words, labels and components, with
 * diminishing returns), then the rest, least sure first. Computed once per week, mode and filter
 * (not per key press), so rows do not jump under the cursor as tags are saved and the
 * learner retrains.
 */
export function triageOrder(input: TriageInput, mode: TriageMode, filter: string): string[] {
	const needle = filter.trim().toLowerCase();
	const unsure: Ticket[] = [];
	const settled: TriageRow[] = [];
	for (const ticket of input.tickets) {
		const row = buildRow(ticket, input);
		if ((mode === 'all' || row.needsTriage) && (needle === '' || matches(row, ticket, needle))) {
			if (row.needsTriage) unsure.push(ticket);
			else settled.push(row);
		}
	}
	settled.sort((a, b) => uncertaintyOf(b.classification) - uncertaintyOf(a.classification) || a.key.localeCompare(b.key, 'en', {numeric: true}));
	return [...teachingOrder(unsure, input.classifications), ...settled.map((row) => row.ticketId)];
}

/**
 * The list with the tickets an undo brought back that it had left out (tagged before the
 * list was built, so not "to triage" then): they go in at the cursor, where the director is
 * looking, if they are this week's and match the filter. The same array when none is missing.
 */
export function restoreIntoOrder(order: readonly string[], ticketIds: readonly string[], at: number, input: TriageInput, filter: string): readonly string[] {
	const shown = new Set(order);
	const missing = new Set(ticketIds.filter((id) => !shown.has(id)));
	if (missing.size === 0) return order;
	const needle = filter.trim().toLowerCase();
	const back = input.tickets.filter((ticket) => missing.has(ticket.id) && (needle === '' || matches(buildRow(ticket, input), ticket, needle))).map((ticket) => ticket.id);
	if (back.length === 0) return order;
	const cut = Math.max(0, Math.min(at, order.length));
	return [...order.slice(0, cut), ...back, ...order.slice(cut)];
}

export function buildRow(ticket: Ticket, input: TriageInput): TriageRow {
	const classification = input.classifications.get(ticket.id);
	const tag = input.tags.get(ticket.id);
	return {
		ticketId: ticket.id,
		key: toTerminalLine(ticket.key),
		title: toTerminalLine(ticket.title),
		assignee: ticket.assigneeId === null ? 'unassigned' : toTerminalLine(input.peopleById.get(ticket.assigneeId)?.name ?? ticket.assigneeId),
		classification,
		tag: tag?.category ?? null,
		needsTriage: needsTriage(classification, tag, input.threshold),
	};
}

function matches(row: TriageRow, ticket: Ticket, needle: string): boolean {
	const haystack = [row.key, row.title, row.assignee, ...ticket.labels, ...ticket.components, ticket.project ?? '', ticket.type ?? '']
		.join(' ')
		.toLowerCase();
	return needle.split(/\s+/).every((word) => haystack.includes(word));
}

/** How many of the week's tickets still need the director's eye. */
export function countLeft(input: TriageInput): number {
	let left = 0;
	for (const ticket of input.tickets) if (needsTriage(input.classifications.get(ticket.id), input.tags.get(ticket.id), input.threshold)) left++;
	return left;
}
