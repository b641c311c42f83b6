import {countByKind, groupByReport} from '../../../domain/briefing/since-last-review.js';
import {countsPhrase, formatLocalTime, sinceItemLine} from '../../../domain/briefing/since-format.js';
import {changesAsShown, formatFigure, restatedBelowPrecision} from '../../../domain/figure-format.js';
import {figureWords} from '../../../domain/figure-words.js';
import type {SinceLastReview} from '../../../domain/briefing/since-types.js';
import {toTerminalLine} from '../../../text/sanitize.js';
import {textWidth} from '../../text-width.js';
import {truncate} from '../../format.js';
import {firstThatFits, wrapWords} from '../../text-wrap.js';
import {footerLine} from '../../components/footer.js';
import {overviewBindings} from './overview-keys.js';

const sinceHint = {state: 'since'} as const;

/**
 * The Overview's "since last review" lines (briefing.md): when the previous review was and
 * the count of each kind since then, wrapped to at most `maxLines`; or, with none, a line
 * that says so — never an empty list that reads as "nothing happened".
 */
export function sinceSummaryLines(since: SinceLastReview, timezone: string, width: number, maxLines = 2, keyHint = true): string[] {
	const previous = since.previousReview;
	if (previous === null) return [noPreviousReviewLine(width)];
	// The plain overview has no keys to press: it names the week alone.
	const hint = keyHint ? `, ${footerLine(overviewBindings, Number.POSITIVE_INFINITY, sinceHint)}` : '';
	const head = `Since ${formatLocalTime(previous.frozenAt, timezone)} (${previous.week}${hint}):`;
	return wrap(`${head} ${countsPhrase(countByKind(since), since.restated.length)}`, width, maxLines);
}

/** The first review's line, in fewer words where the full ones would be cut mid-word. */
function noPreviousReviewLine(width: number): string {
	return firstThatFits(['Since last review: no previous review yet — exporting or quitting records one', 'Since last review: none yet — quitting records one', 'No previous review yet'], width);
}

/** The since line's place while the review loads (the stored first frame has no previous review to compare with). */
export function sinceLoadingLine(width: number): string {
	return truncate('Changes since the last review: loading…', width);
}

/** Words into lines of `width` cells, the last one cut with "…" when there is more. */
function wrap(text: string, width: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		const next = line === '' ? word : `${line} ${word}`;
		if (textWidth(next) <= width || line === '') {
			line = next;
			continue;
		}
		lines.push(line);
		line = word;
	}
	if (line !== '') lines.push(line);
	if (lines.length <= maxLines) return lines.map((l) => truncate(l, width));
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = truncate(`${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`, width);
	return kept;
}

/**
 * The list's lines wrapped to `width` cells at spaces, each continuation indented two past
 * its line's own indent, so a long item or note is read whole rather than cut with "…".
 */
export function wrapSinceLines(lines: readonly SinceListLine[], width: number): SinceListLine[] {
	return lines.flatMap((line) => {
		const indent = /^ */.exec(line.text)?.[0] ?? '';
		const continuation = `${indent}  `;
		const rows = wrapWords(line.text.slice(indent.length), Math.max(1, width - indent.length), Math.max(1, width - continuation.length));
		return (rows.length === 0 ? [''] : rows).map((row, index) => ({text: truncate(`${index === 0 ? indent : continuation}${row}`, width), kind: line.kind}));
	});
}

export interface SinceListLine {
	readonly text: string;
	readonly kind: 'heading' | 'item' | 'note';
}

/**
 * The full list behind `l`: every item grouped by report (roster order, then the ones in
 * no report's group), each naming its ticket key and title and its person; then the
 * restated figures with both values. Ticket text is made safe for the terminal here.
 */
export function sinceListLines(since: SinceLastReview, reportOrder: readonly string[], timezone: string): SinceListLine[] {
	const previous = since.previousReview;
	if (previous === null) return [{text: 'No previous review yet: exporting, quitting or director-review review --mark records one, and the next session lists what changed since.', kind: 'note'}];
	const lines: SinceListLine[] = [{text: `Since the review of ${previous.week}, frozen ${formatLocalTime(previous.frozenAt, timezone)}`, kind: 'note'}];
	const groups = groupByReport(since, reportOrder);
	if (groups.length === 0 && since.restated.length === 0) lines.push({text: 'Nothing changed since then.', kind: 'note'});
	for (const group of groups) {
		lines.push({text: toTerminalLine(`${group.report ?? 'Outside every report'} (${group.items.length})`), kind: 'heading'});
		// Grouped by report: the group is the heading, each line names its ticket and person (the exports' words).
		for (const item of group.items) lines.push({text: `  ${toTerminalLine(sinceItemLine(item, false))}`, kind: 'item'});
	}
	if (since.restated.length > 0) {
		lines.push({text: `Restated figures of ${previous.week} (${since.restated.length})`, kind: 'heading'});
		// As in the exports: a change below the precision shown would read "47% then → 47% now"; counted, not named.
		const visible = since.restated.filter((figure) => changesAsShown(figure.figure, figure.frozen, figure.now));
		for (const figure of visible) lines.push({text: `  ${toTerminalLine(`${figureWords(figure.figure)}: ${show(figure.figure, figure.frozen)} then → ${show(figure.figure, figure.now)} now`)}`, kind: 'item'});
		const hidden = since.restated.length - visible.length;
		if (hidden > 0) lines.push({text: `  ${restatedBelowPrecision(hidden)}`, kind: 'note'});
	}
	return lines;
}

/** A restated figure as every surface shows it (figure-format.ts). */
function show(path: string, value: number | null): string {
	return formatFigure(path, value);
}
