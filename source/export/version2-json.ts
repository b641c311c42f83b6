import type {Theme} from '../domain/metrics/types.js';
import type {AgingTicket, Effort, EffortTrend, EffortTrendRow, FigureTickets, IterationIntegrity, PromiseRisk, ThemeResponder, UnownedFire, Version2Metrics} from '../domain/metrics/v2/types.js';
import type {Ticket} from '../domain/types.js';
import {stripUnsafe} from '../text/sanitize.js';
import {builtOnce} from './member-texts.js';
import {ticketsByKey} from './tickets-by-key.js';

/** The version 2 figures a schemaVersion 2 export adds (cli.md "Version 2 fields"). */
export interface JsonVersion2Fields {
	readonly effort: Effort;
	readonly iterations: readonly IterationIntegrity[];
	readonly promiseRisk: readonly PromiseRisk[];
	readonly aging: readonly AgingTicket[];
	readonly unownedFires: readonly UnownedFire[];
	/** Extension: effort per week over `trendWeeks`, oldest first, ending with W (paths `effortTrend[<week>]…`). */
	readonly effortTrend: readonly EffortTrendRow[];
}

/** A theme of the export: the version 1 fields, plus who answered it (null when the week's version 2 figures are not given). */
export type JsonTheme = Theme & Pick<ThemeResponder, 'topResponder' | 'topResponderShare' | 'singleResponder'>;

/**
 * Left out of the export's `figures`:
 * - the promise-risk cycle-time samples (`promiseRisk.sample[<report>]`, `promiseRisk.orgSample`):
 *   a sample is every completion of 12 weeks — of a large org most of the store — and the
 *   probabilities it feeds are listed per ticket already;
 * - the lists' flagged entries (below), whose tickets the lists name entry by entry;
 * - the effort trend's weeks (`effortTrend[<week>]…`): like the version 1 `trend`, they are
 *   other weeks, each itemised by its own export (`--week`), and W's row is `effort` itself.
 *   Listing eight weeks' tickets doubled the file (the demo's went past 1 MB) for figures
 *   the screen opens from the week report anyway.
 */
export function isExportedPath(path: string): boolean {
	return !path.startsWith('promiseRisk.sample[') && path !== 'promiseRisk.orgSample' && !path.startsWith('effortTrend[') && !flaggedEntries.test(path);
}

/**
 * The lists' flagged entries (`promiseRisk.atRisk`, `aging.aging`, `aging.stalled`, per report
 * `[<report>]`): the dashboard's counts, no field of the file. The file's `figures` holds JSON
 * paths only (json-paths.ts); these tickets are the entries of `promiseRisk` and `aging` with
 * the flag (and the `report`) set, each listed there.
 */
const flaggedEntries = /^(promiseRisk\.atRisk|aging\.aging|aging\.stalled)(\[|$)/;

/**
 * Adds the version 2 figures' ticket keys to `figures` (and their tickets to `listed`, so
 * every key in `figures` is in `tickets`), each under its JSON path in the file
 * (`filePath`, json-paths.ts).
 */
export function addVersion2Figures(
	version2: Version2Metrics,
	effortTrend: EffortTrend,
	ticketsById: ReadonlyMap<string, Ticket>,
	listed: Map<string, Ticket>,
	figures: Record<string, string[]>,
	filePath: (path: string) => string,
): void {
	const byKey = ticketsByKey(ticketsById);
	const add = (source: FigureTickets) => {
		for (const [path, keys] of Object.entries(source)) {
			if (!isExportedPath(path)) continue;
			const exported: string[] = [];
			for (const key of keys) {
				const ticket = byKey.get(key);
				if (!ticket) continue;
				listed.set(ticket.id, ticket);
				exported.push(stripUnsafe(key));
			}
			figures[filePath(path)] = exported;
		}
	};
	add(version2.figures);
	add(effortTrend.figures);
}

/** Each week report's version 2 fields as built for its last effort trend: built once for "since last review" and the freeze alike. */
const builtFields = new WeakMap<Version2Metrics, {readonly effortTrend: EffortTrend; readonly fields: JsonVersion2Fields}>();

/**
 * The version 2 fields with ticket keys and people's display names made safe like the rest of
 * the file. The same figures give the same lists, registered (member-texts.ts) so that the
 * freeze stores the very text "since last review" compared.
 */
export function version2Fields(version2: Version2Metrics, effortTrend: EffortTrend): JsonVersion2Fields {
	const built = builtFields.get(version2);
	if (built !== undefined && built.effortTrend === effortTrend) return built.fields;
	const name = (text: string | null) => (text === null ? null : stripUnsafe(text));
	const fields: JsonVersion2Fields = {
		effort: version2.effort,
		iterations: builtOnce(version2.iterations.map((iteration) => ({...iteration, name: stripUnsafe(iteration.name), team: name(iteration.team)}))),
		promiseRisk: builtOnce(version2.promiseRisk.map((risk) => ({...risk, key: stripUnsafe(risk.key)}))),
		aging: builtOnce(version2.aging.map((ticket) => ({...ticket, key: stripUnsafe(ticket.key)}))),
		unownedFires: builtOnce(version2.unownedFires.map((fire) => ({...fire, key: stripUnsafe(fire.key), assignee: name(fire.assignee)}))),
		effortTrend: effortTrend.rows,
	};
	builtFields.set(version2, {effortTrend, fields});
	return fields;
}

/** The week's themes with their responders (matched by name; a theme version 2 did not read has none). */
export function themesWithResponders(themes: readonly Theme[], version2: Version2Metrics | undefined): JsonTheme[] {
	const responders = new Map((version2?.themes ?? []).map((theme) => [theme.name, theme]));
	return themes.map((theme) => {
		const responder = responders.get(theme.name);
		return {
			...theme,
			name: stripUnsafe(theme.name),
			topResponder: responder?.topResponder === null || responder === undefined ? null : stripUnsafe(responder.topResponder),
			topResponderShare: responder?.topResponderShare ?? null,
			singleResponder: responder?.singleResponder ?? false,
		};
	});
}
