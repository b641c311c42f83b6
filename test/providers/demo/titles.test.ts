import {describe, expect, it} from 'vitest';
import {generateDemoOrg} from '../../../source/providers/demo/generate.js';
import type {Ticket} from '../../../source/domain/types.js';

const moments = ['2026-12-04T16:00:00Z', '2026-03-13T10:00:00Z', '2027-06-18T15:00:00Z'];

function repeatedOpenTitles(tickets: readonly Ticket[], atMost: number): string[] {
	const byTitle = new Map<string, string[]>();
	for (const ticket of tickets) {
		if (ticket.completedAt !== null || ticket.canceledAt !== null) continue;
		const line = `${ticket.team} · ${ticket.title}`;
		byTitle.set(line, [...(byTitle.get(line) ?? []), ticket.key]);
	}
	return [...byTitle].filter(([, keys]) => keys.length > atMost).map(([line, keys]) => `${line}: ${keys.join(', ')}`);
}

describe('the demo backlog reads like a real one', () => {
	for (const moment of moments) {
		it(`no team holds two open pieces of planned work or chores with one title, nor three reports of one fault (${moment})`, () => {
			const org = generateDemoOrg({now: Date.parse(moment), timezone: 'Europe/Berlin'});
			const isReport = (ticket: Ticket) => ticket.type === 'Incident' || ticket.type === 'Bug' || ticket.title.startsWith('Customer-reported');
			expect(org.tickets.filter((ticket) => ticket.completedAt === null && ticket.canceledAt === null).length).toBeGreaterThan(200);
			expect(repeatedOpenTitles(org.tickets.filter((ticket) => !isReport(ticket)), 1)).toEqual([]);
			expect(repeatedOpenTitles(org.tickets, 2)).toEqual([]);
		});
	}
});
