import {describe, expect, it} from 'vitest';
import {carriedBecause, continuePoints, issuedNote, pointIdentity, statusLabel, weeksSpanned, type RaisedPoint} from '../../../source/domain/briefing/continuity.js';
import type {Note} from '../../../source/domain/types.js';

const overdue9: RaisedPoint = {rule: 'overdue', subject: 'ENG-9', text: 'ENG-9 Fix the export is 3 days overdue', ticketIds: ['9']};
const theme: RaisedPoint = {rule: 'recurring-theme', subject: 'component:payments', text: 'payments burned again', ticketIds: ['1', '2']};
const stale4: RaisedPoint = {rule: 'stale', subject: 'ENG-4', text: 'ENG-4 untouched for 15 days', ticketIds: ['4']};

describe('1:1 continuity over three Fridays (hand-worked)', () => {
	// Friday 1 (W47): two points, no previous note.
	const friday1 = continuePoints([overdue9, theme], null, '2026-W47');
	// Friday 2 (W48): the theme still burns, ENG-9 was done, ENG-4 went stale.
	const friday2 = continuePoints([theme, stale4], issuedNote('sam-lee', '2026-W47', 1, friday1), '2026-W48');
	// Friday 3 (W49): nothing changed since Friday 2.
	const friday3 = continuePoints([theme, stale4], issuedNote('sam-lee', '2026-W48', 2, friday2), '2026-W49');

	it('Friday 1: everything is new', () => {
		expect(friday1.map((point) => [point.identity, point.status, point.sinceWeek, point.weeks])).toEqual([
			['overdue:ENG-9', 'new', '2026-W47', 1],
			['recurring-theme:component:payments', 'new', '2026-W47', 1],
		]);
	});

	it('Friday 2: a point still true continues since Friday 1; one whose condition cleared is resolved', () => {
		expect(friday2.map((point) => [point.identity, point.status, point.sinceWeek, point.weeks])).toEqual([
			['recurring-theme:component:payments', 'continuing', '2026-W47', 2],
			['stale:ENG-4', 'new', '2026-W48', 1],
			['overdue:ENG-9', 'resolved', '2026-W47', 2],
		]);
		expect(friday2.map(statusLabel)).toEqual(['continuing (since 2026-W47, 2 weeks)', 'new', 'resolved']);
	});

	it('Friday 3: a resolved point is listed once, then dropped', () => {
		expect(friday3.map((point) => [point.identity, point.status, point.sinceWeek, point.weeks])).toEqual([
			['recurring-theme:component:payments', 'continuing', '2026-W47', 3],
			['stale:ENG-4', 'continuing', '2026-W48', 2],
		]);
	});

	it('a point that comes back after it was resolved is new again', () => {
		const back = continuePoints([overdue9], issuedNote('sam-lee', '2026-W48', 2, friday2), '2026-W49');
		expect(back.find((point) => point.identity === 'overdue:ENG-9')).toMatchObject({status: 'new', sinceWeek: '2026-W49'});
	});

	it('keys on rule and subject, not wording: a reworded point continues; the same rule about another ticket is new', () => {
		const reworded = {...overdue9, text: 'ENG-9 is now 10 days overdue'};
		const other = {...overdue9, subject: 'ENG-10', ticketIds: ['10']};
		const next = continuePoints([reworded, other], issuedNote('sam-lee', '2026-W47', 1, friday1), '2026-W48');
		expect(next.map((point) => [point.identity, point.status, point.text])).toEqual([
			['overdue:ENG-9', 'continuing', 'ENG-9 is now 10 days overdue'],
			['overdue:ENG-10', 'new', 'ENG-9 Fix the export is 3 days overdue'],
			['recurring-theme:component:payments', 'resolved', 'payments burned again'],
		]);
		expect(pointIdentity('overdue', 'ENG-9')).toBe('overdue:ENG-9');
	});
});

describe('weeks spanned', () => {
	it('counts both ends, across a year boundary (2026 has 53 ISO weeks)', () => {
		expect(weeksSpanned('2026-W47', '2026-W47')).toBe(1);
		expect(weeksSpanned('2026-W52', '2027-W01')).toBe(3);
		expect(weeksSpanned('2026-W49', '2026-W47')).toBe(1);
	});
});

describe('carried notes', () => {
	const note = (discussedAt: number | null, followUpAt: number | null): Note => ({id: 1, target: {kind: 'report', reportSlug: 'sam-lee'}, text: 'x', createdAt: 0, discussedAt, followUpAt});
	it('carries undiscussed notes, and discussed ones flagged for follow-up', () => {
		expect(carriedBecause(note(null, null))).toBe('undiscussed');
		expect(carriedBecause(note(5, 9))).toBe('follow-up');
		expect(carriedBecause(note(5, null))).toBeNull();
	});
});
