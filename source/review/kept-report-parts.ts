import type {FigureTickets} from '../domain/metrics/v2/types.js';
import type {WeekReport} from '../domain/week-report.js';
import {isExportedPath} from '../export/version2-json.js';

/**
 * The figures' ticket lists no export reads (isExportedPath: the samples behind promise risk,
 * the trend's weeks of effort), kept apart from the rest of a kept report: about 40% of its
 * text at 100,000 tickets, which an export of the kept week (review/narrow-export.ts) need not
 * decompress or parse. Each figure map's paths are kept in their order, every path named, the
 * exported ones with null (their lists stay in the head), so the report joins back as it was.
 */
export interface UnexportedLists {
	readonly version2: ReadonlyArray<readonly [string, readonly string[] | null]>;
	readonly effortTrend: ReadonlyArray<readonly [string, readonly string[] | null]>;
}

type WithFigures = Pick<WeekReport, 'version2' | 'effortTrend'>;

/** The report without the lists no export reads, and those lists. */
export function splitLists<R extends WithFigures>(report: R): {readonly head: R; readonly lists: UnexportedLists} {
	const version2 = split(report.version2.figures);
	const effortTrend = split(report.effortTrend.figures);
	return {
		head: {...report, version2: {...report.version2, figures: version2.exported}, effortTrend: {...report.effortTrend, figures: effortTrend.exported}},
		lists: {version2: version2.entries, effortTrend: effortTrend.entries},
	};
}

/** The report as it was before `splitLists`, its figure maps in their order. */
export function joinLists<R extends WithFigures>(head: R, lists: UnexportedLists): R {
	return {
		...head,
		version2: {...head.version2, figures: join(head.version2.figures, lists.version2)},
		effortTrend: {...head.effortTrend, figures: join(head.effortTrend.figures, lists.effortTrend)},
	};
}

function split(figures: FigureTickets): {readonly exported: FigureTickets; readonly entries: Array<readonly [string, readonly string[] | null]>} {
	const exported: Record<string, readonly string[]> = {};
	const entries: Array<readonly [string, readonly string[] | null]> = [];
	for (const [path, keys] of Object.entries(figures)) {
		if (isExportedPath(path)) {
			exported[path] = keys;
			entries.push([path, null]);
		} else entries.push([path, keys]);
	}
	return {exported, entries};
}

function join(exported: FigureTickets, entries: UnexportedLists['version2']): FigureTickets {
	const figures: Record<string, readonly string[]> = {};
	for (const [path, keys] of entries) {
		const list = keys ?? exported[path];
		if (list !== undefined) figures[path] = list;
	}
	return figures;
}
