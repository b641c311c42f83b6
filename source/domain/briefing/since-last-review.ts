import {SinceContext, type SinceInput} from './since-context.js';
import {eventItems} from './since-events.js';
import {restatedFigures} from './restated.js';
import {stateItems, themeItems} from './since-state.js';
import {sinceKinds, type SinceItem, type SinceKind, type SinceLastReview} from './since-types.js';

export type {SinceInput, ThemeNow} from './since-context.js';

/**
 * What changed since the previous review (briefing.md "Since last review"): every item
 * names its tickets, the person and the report; restated figures carry both values.
 */
export function sinceLastReview(input: SinceInput): SinceLastReview {
	const {previous} = input;
	if (previous === null) return {previousReview: null, items: [], restated: []};
	const c = new SinceContext(input, previous);
	const items: SinceItem[] = [];
	for (const ticket of input.tickets) {
		if (!c.isInView(ticket)) continue;
		items.push(...eventItems(ticket, c), ...stateItems(ticket, c));
	}
	items.push(...themeItems(previous.figures, previous.week, c));
	const order = new Map(sinceKinds.map((kind, index) => [kind, index]));
	items.sort(
		(a, b) =>
			(order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) ||
			(a.at ?? 0) - (b.at ?? 0) ||
			(a.tickets[0]?.key ?? a.theme ?? '').localeCompare(b.tickets[0]?.key ?? b.theme ?? '', 'en', {numeric: true}),
	);
	return {
		previousReview: {id: previous.id, week: previous.week, frozenAt: previous.frozenAt},
		items,
		restated: restatedFigures(previous.figures, input.figuresNow),
	};
}

/** How many items of each kind (every kind, zeros included): the Overview's counts. */
export function countByKind(since: SinceLastReview): ReadonlyMap<SinceKind, number> {
	const counts = new Map<SinceKind, number>(sinceKinds.map((kind) => [kind, 0]));
	for (const item of since.items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
	return counts;
}

/** The items grouped by report, roster order first, then items that belong to no report. */
export function groupByReport(since: SinceLastReview, reportOrder: readonly string[]): Array<{readonly report: string | null; readonly items: readonly SinceItem[]}> {
	const groups = new Map<string | null, SinceItem[]>();
	for (const report of reportOrder) groups.set(report, []);
	for (const item of since.items) {
		const list = groups.get(item.report) ?? [];
		list.push(item);
		groups.set(item.report, list);
	}
	return [...groups].filter(([, items]) => items.length > 0).map(([report, items]) => ({report, items}));
}
