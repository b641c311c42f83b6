import {formatDays, formatPercent} from '../domain/figure-format.js';
import type {CountedTicket, Figure} from '../domain/metrics/figures.js';
import type {Version2Metrics} from '../domain/metrics/v2/types.js';
import type {Ticket} from '../domain/types.js';
import type {WeekReport} from '../domain/week-report.js';
import {weekWords, type WeekWords} from '../domain/figure-words.js';

/**
 * The figure at `path` with its tickets, for Enter and the `i` panel: a version 1 figure from
 * WeekDetails.figures, or a version 2 one from `version2.figures` (keys → the tickets they
 * name), each ticket with why it counts, read off the version 2 lists.
 */
export function findFigure(report: WeekReport, path: string, ticketsById: ReadonlyMap<string, Ticket>): Figure | undefined {
	const figure = report.details.figures.find((candidate) => candidate.path === path);
	if (figure) return figure;
	const keys = report.version2.figures[path];
	if (keys === undefined) return undefined;
	const byKey = new Map<string, Ticket>();
	for (const ticket of ticketsById.values()) byKey.set(ticket.key, ticket);
	const tickets: CountedTicket[] = [];
	for (const key of keys) {
		const ticket = byKey.get(key);
		if (ticket) tickets.push({ticketId: ticket.id, why: whyCounted(report.version2, path, key, weekWords(report.week.id, report.isCurrent))});
	}
	const value = valueAt(report.version2, path);
	if (typeof value !== 'number' && value !== null) return {path, unit: 'count', value: keys.length, tickets};
	return {path, unit: /(Share|Rate|Accuracy|scopeChange)$/.test(path) ? 'share' : path.startsWith('effort.') ? 'days' : 'count', value, tickets};
}

/** The value at a figure path: `effort.reports[Alex Kim].operational` names the element by its name or id. */
export function valueAt(version2: Version2Metrics, path: string): unknown {
	let value: unknown = version2;
	for (const match of path.matchAll(/([^.[\]]+)|\[((?:\\.|[^\]\\])*)\]/g)) {
		if (match[1] !== undefined) {
			value = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[match[1]] : undefined;
			continue;
		}
		const name = (match[2] ?? '').replaceAll(/\\(.)/g, '$1');
		value = Array.isArray(value) ? (value as Array<Record<string, unknown>>).find((item) => item.name === name || item.id === name) : undefined;
	}
	return value;
}

/** One line on why a ticket is in a version 2 figure. */
function whyCounted(version2: Version2Metrics, path: string, key: string, words: WeekWords): string {
	if (path.startsWith('promiseRisk')) {
		const risk = version2.promiseRisk.find((entry) => entry.key === key);
		if (risk) return `due ${risk.dueDate} · on time ${formatPercent(risk.onTimeProbability)} · kept ${formatPercent(risk.keptProbability)}${risk.atRisk ? ' · at risk' : ''}`;
	}
	if (path.startsWith('aging')) {
		const open = version2.aging.find((entry) => entry.key === key);
		if (open) return `open ${formatDays(open.ageDays)}${open.aging ? ' · aging' : ''}${open.stalled ? ' · stalled' : ''}`;
	}
	if (path === 'unownedFires') {
		const fire = version2.unownedFires.find((entry) => entry.key === key);
		if (fire) return `firefighting, ${fire.assignee === null ? 'unassigned' : `held by ${fire.assignee}`} for ${formatDays(fire.ageDays)}`;
	}
	if (path.startsWith('effort.')) return path.endsWith('keptRate') || path.endsWith('previousKeptRate') ? 'a promise of the group' : `has person-days of effort ${words.during}`;
	if (path.startsWith('iterations[')) return `${path.slice(path.lastIndexOf('.') + 1)} in the iteration`;
	if (path.startsWith('themes[')) return path.endsWith('.topResponder') ? 'completed by the top responder' : 'a completed ticket of the theme';
	return 'counted';
}
