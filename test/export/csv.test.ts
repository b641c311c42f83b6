import {describe, expect, it} from 'vitest';
import {buildCsv} from '../../source/export/csv.js';
import {jsonInput} from '../../source/export/build-exports.js';
import {buildJsonExport} from '../../source/export/json.js';
import {parseCsv} from '../support/csv-reader.js';
import {assigneeChange, at} from '../support/ticket-builder.js';
import {makeSnapshot, tickets, withTicket} from './snapshot-fixture.js';

describe('CSV export', () => {
	it('is named after the week and starts with the header', () => {
		const file = buildCsv(makeSnapshot());
		expect(file.name).toBe('director-review-2026-W47.csv');
		expect(file.content.startsWith('key,title,category,source,reason,assignee,report,status,createdAt,startedAt,completedAt,dueDate,url\r\n')).toBe(true);
	});

	it('has one record per ticket of the week, sorted by key, every record the header’s width', () => {
		const records = parseCsv(buildCsv(makeSnapshot()).content);
		expect(records.slice(1).map((record) => record[0])).toEqual(['GROW-6', 'PAY-1', 'PAY-3', 'PAY-4', 'PLAT-2', 'PLAT-5']);
		for (const record of records) expect(record).toHaveLength(13);
	});

	it('carries the classification, assignee, the report whose group the ticket counted in, and ISO instants', () => {
		const records = parseCsv(buildCsv(makeSnapshot()).content);
		expect(records.find((record) => record[0] === 'PAY-1')).toEqual([
			'PAY-1',
			'Checkout 500s after deploy',
			'operational',
			'rule',
			'label incident',
			'Sam Lee',
			'Alex Kim',
			'Todo',
			'2026-01-05T09:00:00.000Z',
			'2026-11-16T09:00:00.000Z',
			'2026-11-17T10:00:00.000Z',
			'2026-11-16',
			'https://acme.example/PAY-1',
		]);
		// The director's own ticket belongs to no report.
		expect(records.find((record) => record[0] === 'PAY-4')?.slice(2, 7)).toEqual(['unclassified', '', '', 'Dana Director', '']);
	});

	it('names as report the group the ticket counted in for the week, as the JSON export does, not the group of whoever holds it now', () => {
		// PAY-1 was completed by Sam (Alex Kim's group) and handed to the director after; PAY-3,
		// open at the week's end with Sam, moved to Kai (Jo Park's group) after the week. The
		// week's figures count both in Alex Kim's group; the assignee column says who holds them now.
		const completedThenHandedOver = {...tickets.incident, assigneeId: 'dana', history: [assigneeChange('2026-11-20T09:00:00Z', 'sam', 'dana')]};
		const openThenMoved = {...tickets.overdue, assigneeId: 'kai', history: [assigneeChange('2026-11-24T09:00:00Z', 'sam', 'kai')]};
		const s = withTicket(withTicket(makeSnapshot(), completedThenHandedOver), openThenMoved);
		const records = parseCsv(buildCsv(s).content);
		const assigneeAndReport = (key: string) => records.find((record) => record[0] === key)?.slice(5, 7);
		expect(assigneeAndReport('PAY-1')).toEqual(['Dana Director', 'Alex Kim']);
		expect(assigneeAndReport('PAY-3')).toEqual(['Kai Moreno', 'Alex Kim']);
		const json = buildJsonExport(jsonInput(s));
		for (const record of records.slice(1)) {
			expect(json.tickets.find((ticket) => ticket.key === record[0])?.report ?? '', record[0]).toBe(record[6]);
		}
	});

	it('names as report the group a ticket was taken back from when the director held it at the week’s end, as its takenBack list does', () => {
		// PAY-4 was Sam's (Alex Kim's group) until the director took it back on Wednesday of W47,
		// and she still held it at the week's end (PLAT-7722 in the demo): Alex Kim's takenBack
		// figure counts it, and the director's open load, which is no report's. Handed back to
		// Sam after the week or not, its report for W47 is Alex Kim.
		const takenBack = {...tickets.takenBack, history: [assigneeChange('2026-11-18T09:00:00Z', 'sam', 'dana')]};
		const handedBackAfter = {...takenBack, assigneeId: 'sam', history: [...takenBack.history, assigneeChange('2026-11-25T09:00:00Z', 'dana', 'sam')]};
		for (const ticket of [takenBack, handedBackAfter]) {
			const s = withTicket(makeSnapshot(), ticket);
			const json = buildJsonExport(jsonInput(s));
			expect(s.report.details.reports[0]?.takenBackIds).toEqual(['t-back']);
			expect(json.tickets.find((entry) => entry.key === 'PAY-4')?.report).toBe('Alex Kim');
			expect(parseCsv(buildCsv(s).content).find((record) => record[0] === 'PAY-4')?.[6]).toBe('Alex Kim');
		}
	});

	it('names the holder’s group for a ticket taken back from one group and handed to another in the week', () => {
		// Taken back from Sam (Alex Kim) on Wednesday, handed to Kai (Jo Park) on Thursday: Jo
		// Park's figures hold it at the week's end, so its report is Jo Park (docs/exports.md).
		const moved = {...tickets.takenBack, assigneeId: 'kai', history: [assigneeChange('2026-11-18T09:00:00Z', 'sam', 'dana'), assigneeChange('2026-11-19T09:00:00Z', 'dana', 'kai')]};
		const json = buildJsonExport(jsonInput(withTicket(makeSnapshot(), moved)));
		expect(json.tickets.find((entry) => entry.key === 'PAY-4')?.report).toBe('Jo Park');
	});

	it('names the current holder’s report for a ticket created after the week (the JSON export lists such tickets for since last review)', () => {
		const later = {...tickets.observability, createdAt: at('2026-11-24T09:00:00Z'), assigneeId: 'kai', history: [assigneeChange('2026-11-25T09:00:00Z', 'sam', 'kai')]};
		const records = parseCsv(buildCsv(withTicket(makeSnapshot(), later)).content);
		expect(records.find((record) => record[0] === 'PLAT-5')?.slice(5, 7)).toEqual(['Kai Moreno', 'Jo Park']);
	});

	it('neutralises formulas and keeps quotes, commas and line breaks inside one field', () => {
		const hostile = '=cmd|\' /C calc\'!A0, "quoted"\r\nnext line';
		const s = withTicket(makeSnapshot(), {...tickets.overdue, title: hostile, key: '+SUM(A1)'});
		const content = buildCsv(s).content;
		const records = parseCsv(content);
		const row = records.find((record) => record[0] === "'+SUM(A1)");
		expect(row?.[1]).toBe('\'=cmd|\' /C calc\'!A0, "quoted" next line');
		for (const record of records) expect(record).toHaveLength(13);
		for (const field of records.flat()) expect(field).not.toMatch(/^[=+\-@]/);
	});

	it('lets no escape sequence or control character into the file', () => {
		const s = withTicket(makeSnapshot(), {...tickets.overdue, title: '\u001B[31mred\u001B[0m \u009B2J\u0007'});
		const content = buildCsv(s).content;
		expect(content.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		expect(content).toContain('"red "');
	});
});
