import {describe, expect, it} from 'vitest';
import type {SinceLastReview} from '../../source/domain/briefing/since-types.js';
import {buildExportFiles} from '../../source/export/build-exports.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import {at, makeTicket} from '../support/ticket-builder.js';
import {makeSnapshot} from './snapshot-fixture.js';

interface Parsed {
	schemaVersion: number;
	tickets: Array<{key: string}>;
	sinceLastReview: {
		previousReview: {week: string; frozenAt: string} | null;
		items: Array<{kind: string; key: string | null; report: string | null; person: string | null; blocker?: string}>;
		restated: Array<{figure: string; frozen: number | null; now: number | null}>;
	};
}

function exportJson(s: ReviewSnapshot): Parsed {
	const [file] = buildExportFiles(s, {format: 'json', reports: [], leadership: false});
	return JSON.parse(file?.content ?? '{}') as Parsed;
}

// A ticket no figure of the week counts: only the since-last-review section names it.
const lateFire = makeTicket({id: 't-late', key: 'OPS-77', title: 'Queue stuck', assigneeId: 'kai', createdAt: at('2026-11-21T09:00:00Z')});

describe('JSON export: sinceLastReview (schemaVersion 2)', () => {
	it('says there is no previous review as null, never as an empty list alone', () => {
		const parsed = exportJson(makeSnapshot({since: {previousReview: null, items: [], restated: []}}));
		expect(parsed.sinceLastReview).toEqual({previousReview: null, items: [], restated: []});
		expect(exportJson(makeSnapshot()).sinceLastReview.previousReview).toBeNull();
	});

	it('names the previous review, each item with its kind, key, person and report, and restated figures with both values', () => {
		const base = makeSnapshot();
		const ticketsById = new Map(base.ticketsById);
		ticketsById.set(lateFire.id, lateFire);
		const since: SinceLastReview = {
			previousReview: {id: 3, week: '2026-W46', frozenAt: at('2026-11-13T15:05:00Z')},
			items: [
				{kind: 'new-fire', tickets: [{id: lateFire.id, key: lateFire.key, title: lateFire.title}], person: 'Kai Moreno', report: 'Jo Park', at: lateFire.createdAt},
				{kind: 'newly-blocked', tickets: [{id: 't-overdue', key: 'PAY-3', title: 'Retry queue for webhooks'}], person: 'Sam Lee', report: 'Alex Kim', at: at('2026-11-20T10:00:00Z'), blocker: 'vendor \u001b[31mAPI'},
			],
			restated: [{figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6}],
		};
		const parsed = exportJson({...base, ticketsById, since});
		expect(parsed.schemaVersion).toBe(2);
		expect(parsed.sinceLastReview.previousReview).toEqual({week: '2026-W46', frozenAt: '2026-11-13T15:05:00.000Z'});
		expect(parsed.sinceLastReview.items.map((item) => [item.kind, item.key, item.person, item.report])).toEqual([
			['new-fire', 'OPS-77', 'Kai Moreno', 'Jo Park'],
			['newly-blocked', 'PAY-3', 'Sam Lee', 'Alex Kim'],
		]);
		expect(parsed.sinceLastReview.items[1]?.blocker).toBe('vendor API');
		expect(parsed.sinceLastReview.restated).toEqual([{figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6}]);
		const keys = new Set(parsed.tickets.map((ticket) => ticket.key));
		for (const item of parsed.sinceLastReview.items) expect(keys.has(item.key ?? '')).toBe(true);
	});
});
