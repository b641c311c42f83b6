import {countByKind} from '../domain/briefing/since-last-review.js';
import {figureWords, headlineFigureNames} from '../domain/figure-words.js';
import {countsPhrase, formatLocalTime, sinceItemLine} from '../domain/briefing/since-format.js';
import type {SinceItem, SinceKind, SinceLastReview} from '../domain/briefing/since-types.js';
import {changesAsShown, formatDay, formatFigure, restatedBelowPrecision} from '../domain/figure-format.js';
import {bullets, heading, join, text, trusted} from './markdown.js';
import type {ReviewSnapshot} from './snapshot.js';

/** A 1:1 note stays one page (briefing.md): the rest is in the Overview's list and the JSON export. */
const maxReportItems = 4;
const maxLeadershipItems = 3;

/** What a leadership reader needs first: promises and people before routine flow. */
const importance: readonly SinceKind[] = ['newly-broken', 'taken-back', 'theme-recurring', 'single-responder', 'newly-blocked', 'newly-overdue', 'postponed', 'recategorised'];

const noPrevious = trusted('No previous review yet: this is the first, so there is nothing to compare with. Exporting records one; the next note lists what changed since.');

function intro(since: SinceLastReview, timezone: string, items: readonly SinceItem[]): string {
	const previous = since.previousReview;
	if (previous === null) return noPrevious;
	const counts = countByKind({...since, items});
	// Commas, not the Overview's middle dots: a page is read as prose.
	return join([trusted(`Since the ${previous.week} review (${formatLocalTime(previous.frozenAt, timezone)}): `), text(countsPhrase(counts, 0).replaceAll(' · ', ', ')), trusted('.')]);
}

function itemLine(item: SinceItem, withReport: boolean): ReturnType<typeof text> {
	return text(sinceItemLine(item, withReport, formatDay));
}

/** Earlier in `importance` first; the other kinds after, in their order. */
function rank(item: SinceItem): number {
	const at = importance.indexOf(item.kind);
	return at === -1 ? importance.length : at;
}

function more(count: number): string {
	return count > 0 ? `\n\n${count} more in the Overview's list (l) and the JSON export.` : '';
}

/**
 * "Since last review" for one report's 1:1 note: that report's items only, the most
 * important first. Items about tickets the talking points already name are counted, not
 * listed again (`named`: their keys).
 */
export function sinceSectionForReport(s: ReviewSnapshot, reportName: string, named: ReadonlySet<string> = new Set(), limit = maxReportItems): string[] {
	const since = s.since;
	const title = heading(2, trusted('Since last review'));
	if (since === undefined || since.previousReview === null) return [title, noPrevious];
	const items = since.items.filter((item) => item.report === reportName);
	const previous = since.previousReview;
	if (items.length === 0) return [title, join([trusted(`Since the ${previous.week} review (${formatLocalTime(previous.frozenAt, s.week.timezone)}): `), text(`nothing changed in ${reportName}’s group.`)])];
	const listable = items.filter((item) => !item.tickets.some((ticket) => named.has(ticket.key))).sort((a, b) => rank(a) - rank(b));
	const shown = listable.slice(0, limit);
	const head = intro(since, s.week.timezone, items);
	if (shown.length === 0) return [title, `${head} Each is in the Overview's list (l) and the JSON export.`];
	return [title, `${head}\n\n${bullets(shown.map((item) => itemLine(item, false)), trusted(''))}${more(items.length - shown.length)}`];
}

/** How much of "Since last review" a leadership page holds (leadership.ts fits the page with it). */
export interface LeadershipSinceFit {
	/** Items named, the most important first. */
	readonly items: number;
	/** Restated headline figures named with both values, before the items. */
	readonly restated: number;
	/** The counts of every kind (the Overview's line), or only the total and the most important kinds: room for items on a full page. */
	readonly counts: 'every kind' | 'most important';
}

const fullLeadershipSince: LeadershipSinceFit = {items: maxLeadershipItems, restated: maxLeadershipItems, counts: 'every kind'};

/**
 * "Since last review" for the leadership summary: the counts, then the restated headline
 * figures with both values (a figure leadership already saw has changed) and the most important
 * items by name — as many as the page has room for (`fit`).
 */
export function sinceSectionForLeadership(s: ReviewSnapshot, fit: LeadershipSinceFit = fullLeadershipSince): string[] {
	const since = s.since;
	const title = heading(2, trusted('Since last review'));
	if (since === undefined || since.previousReview === null) return [title, noPrevious];
	const important = since.items.filter((item) => importance.includes(item.kind)).sort((a, b) => rank(a) - rank(b));
	const shown = important.slice(0, fit.items);
	// A change below the precision shown would read "38% then, 38% now": the JSON export has it.
	const visible = since.restated.filter((figure) => changesAsShown(figure.figure, figure.frozen, figure.now));
	// The headline figures by name, both values; the others counted (every one is in the JSON export).
	const headline = visible.filter((figure) => headlineFigureNames[figure.figure] !== undefined);
	const restated = headline
		.slice(0, fit.restated)
		.map((figure) => text(`${figureWords(figure.figure)} of ${since.previousReview?.week ?? ''} restated: ${show(figure.figure, figure.frozen)} then, ${show(figure.figure, figure.now)} now`));
	const list = [...restated, ...shown.map((item) => itemLine(item, true))];
	// The shorter counts only to make room for names: a section naming nothing counts every kind. They say how many changes
	// there are in all, so a few named among hundreds need no pointer to the rest.
	if (fit.counts === 'most important' && list.length > 0) return [title, `${mostImportantIntro(since, s.week.timezone)}\n\n${bullets(list, trusted(''))}`];
	// Where the rest are, once some are named: counts of five kinds above one named item read as if the page had lost four.
	const rest = shown.length > 0 ? more(since.items.length - shown.length) : '';
	const head = intro(since, s.week.timezone, since.items);
	// Counted as the JSON export and the Overview count them: a change below the precision
	// shown is not named, but it is restated all the same, and the page's count agrees with the file.
	const others = since.restated.length - restated.length;
	// "other" only after the page named some: with none named (or none fitting the page) it read as if some had been.
	const counted = `${others}${restated.length > 0 ? ' other' : ''} ${others === 1 ? 'figure' : 'figures'}`;
	const restatedNote = others > 0 ? `\n\n${counted} of ${since.previousReview.week} restated by later changes: see the JSON export.` : '';
	return [title, list.length === 0 ? `${head}${restatedNote}` : `${head}\n\n${bullets(list, trusted(''))}${rest}${restatedNote}`];
}

/**
 * The counts in a few words, to leave a full page room for names: every change and every
 * restated figure counted, the most important kind by name — "Since the 2026-W49 review (Fri
 * 4 Dec, 19:30): 274 changes, 35 of them promises broken; 66 figures restated."
 */
function mostImportantIntro(since: SinceLastReview, timezone: string): string {
	const previous = since.previousReview;
	if (previous === null) return noPrevious;
	const counts = countByKind(since);
	const [top] = importance.filter((kind) => (counts.get(kind) ?? 0) > 0);
	const total = since.items.length;
	const topCount = top === undefined ? 0 : (counts.get(top) ?? 0);
	const among = top === undefined || topCount === total ? '' : `, ${topCount} of them ${countsPhrase(new Map([[top, topCount]]), 0).replace(/^\d+ /, '')}`;
	const restated = since.restated.length;
	const figures = restated === 0 ? '' : `; ${restated} ${restated === 1 ? 'figure' : 'figures'} restated`;
	return join([trusted(`Since the ${previous.week} review (${formatLocalTime(previous.frozenAt, timezone)}): `), text(`${total} ${total === 1 ? 'change' : 'changes'}${among}${figures}.`)]);
}

/** A restated figure as every surface shows it (figure-format.ts). */
function show(path: string, value: number | null): string {
	return formatFigure(path, value);
}

/**
 * The full list behind the page's counts (briefing.md: full ticket lists go to the appendix
 * with `--detail full`): every item of the report's group, the most important first.
 * Nothing when there is no previous review or nothing changed: the page says so.
 */
export function sinceAppendixForReport(s: ReviewSnapshot, reportName: string): string[] {
	const items = s.since?.previousReview ? s.since.items.filter((item) => item.report === reportName) : [];
	if (items.length === 0) return [];
	return [heading(3, trusted('Since last review')), bullets([...items].sort((a, b) => rank(a) - rank(b)).map((item) => itemLine(item, false)), trusted(''))];
}

/** The leadership appendix's full list: every item, by report in roster order, then every restated figure with both values. */
export function sinceAppendixForLeadership(s: ReviewSnapshot): string[] {
	const since = s.since;
	if (since === undefined || since.previousReview === null || (since.items.length === 0 && since.restated.length === 0)) return [];
	const order = new Map(s.roster.reports.map((report, index) => [report.name, index]));
	const place = (item: SinceItem) => (item.report === null ? order.size : (order.get(item.report) ?? order.size));
	const items = [...since.items].sort((a, b) => place(a) - place(b) || rank(a) - rank(b)).map((item) => itemLine(item, true));
	const week = since.previousReview.week;
	// As on the page: a change below the precision shown is the JSON export's alone.
	const visible = since.restated.filter((figure) => changesAsShown(figure.figure, figure.frozen, figure.now));
	const restated = visible.map((figure) => text(`${figureWords(figure.figure)} of ${week}: ${show(figure.figure, figure.frozen)} then, ${show(figure.figure, figure.now)} now`));
	// Said, not dropped: the page counts them, and the JSON export lists them.
	const hidden = since.restated.length - visible.length;
	const belowPrecision = hidden > 0 ? [trusted(restatedBelowPrecision(hidden))] : [];
	return [heading(3, trusted('Since last review')), bullets([...items, ...restated, ...belowPrecision], trusted(''))];
}
