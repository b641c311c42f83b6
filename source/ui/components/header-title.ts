import {truncate, weekRange} from '../format.js';
import {textWidth} from '../text-width.js';
import type {Week} from '../../domain/types.js';

/** "director-review" and the space the two halves of the header line keep between them. */
const productWidth = 'director-review'.length + 2;
/**
 * Columns of the provider's name worth keeping before the week's dates: "Demo organisati…" still
 * says whose tickets these are, where "De…" says nothing. Below it, the dates go first.
 */
const usefulLabelWidth = 16;

export interface HeaderTitle {
	/** The week half: "2026-W49 30 Nov – 6 Dec 2026 · so far", or without the dates when narrow. */
	readonly weekTitle: string;
	/** Columns left for " · <provider label>" after the product's name. */
	readonly labelRoom: number;
}

/**
 * The header's one line at `width` columns: the product's name and the provider's label on
 * the left, the week on the right. When room runs out, the week's dates go first (the week
 * id stays), so the provider's label keeps a readable length; then the label is cut.
 */
export function headerTitle(width: number, week: Week, isCurrentWeek: boolean, providerLabel: string): HeaderTitle {
	const soFar = isCurrentWeek ? ' · so far' : '';
	const withDates = `${week.id} ${weekRange(week.start, week.end)}${soFar}`;
	const label = textWidth(` · ${providerLabel}`);
	const roomWithDates = width - textWidth(withDates) - productWidth;
	const weekTitle = roomWithDates >= Math.min(label, usefulLabelWidth + 3) ? withDates : `${week.id}${soFar}`;
	return {weekTitle, labelRoom: Math.max(0, width - textWidth(weekTitle) - productWidth)};
}

/**
 * " · <provider label>" in `room` columns: whole when it fits; else without its trailing
 * parenthesis ("Demo organisation (Acme)" reads "Demo organisation", not "Demo organisation
 * (Acm…"); only then cut.
 */
export function headerLabel(providerLabel: string, room: number): string {
	const whole = ` · ${providerLabel}`;
	if (textWidth(whole) <= room) return whole;
	const shorter = ` · ${providerLabel.replace(/\s*\([^()]*\)$/, '')}`;
	return truncate(shorter, room);
}
