import {reportOfTicketInWeek} from '../domain/metrics/ticket-facts.js';
import type {Ticket} from '../domain/types.js';
import {toCsvField} from '../text/sanitize.js';
import type {ExportFile} from './write-files.js';
import type {ReviewSnapshot} from './snapshot.js';

export const csvHeader = ['key', 'title', 'category', 'source', 'reason', 'assignee', 'report', 'status', 'createdAt', 'startedAt', 'completedAt', 'dueDate', 'url'] as const;

export function csvFileName(s: ReviewSnapshot): string {
	return `director-review-${s.week.id}.csv`;
}

/**
 * The week's tickets (completed or active in W, as in the JSON export) for a spreadsheet:
 * RFC 4180 with CRLF rows, every text field quoted and guarded against formula injection.
 */
export function buildCsv(s: ReviewSnapshot): ExportFile {
	const rows = [...s.report.tickets]
		.sort((a, b) => a.key.localeCompare(b.key, 'en', {numeric: true}))
		.map((ticket) => csvRow(s, ticket).join(','));
	return {name: csvFileName(s), content: [csvHeader.join(','), ...rows].map((row) => `${row}\r\n`).join('')};
}

function csvRow(s: ReviewSnapshot, ticket: Ticket): string[] {
	const classification = s.classifications.get(ticket.id);
	const assignee = ticket.assigneeId === null ? null : (s.peopleById.get(ticket.assigneeId)?.name ?? ticket.assigneeId);
	return [
		toCsvField(ticket.key),
		toCsvField(ticket.title),
		toCsvField(classification?.category ?? 'unclassified'),
		toCsvField(classification?.source ?? null),
		toCsvField(classification?.reason ?? ''),
		toCsvField(assignee),
		toCsvField(reportOfTicketInWeek(s.roster, ticket, s.week, s.report.asOf)?.name ?? null),
		toCsvField(ticket.status),
		toCsvField(instant(ticket.createdAt)),
		toCsvField(instant(ticket.startedAt)),
		toCsvField(instant(ticket.completedAt)),
		toCsvField(ticket.dueDate),
		toCsvField(ticket.url),
	];
}

function instant(value: number | null): string | null {
	return value === null ? null : new Date(value).toISOString();
}
