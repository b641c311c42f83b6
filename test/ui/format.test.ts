import {describe, expect, it} from 'vitest';
import {sparkline} from '../../source/text/sparkline.js';
import {age, countDelta, percent, shareDelta, truncate, weekRange} from '../../source/ui/format.js';

describe('format', () => {
	it('formats shares as whole percentages and missing values as a dash', () => {
		expect(percent(0.632)).toBe('63%');
		expect(percent(null)).toBe('–');
	});

	it('says the change in points, with a sign', () => {
		expect(shareDelta(0.7, 0.45)).toBe('+25 pts');
		expect(shareDelta(0.4, 0.45)).toBe('−5 pts');
		expect(shareDelta(0.4, null)).toBe('');
		expect(countDelta(3, 5)).toBe('−2');
	});

	it('cuts long titles with an ellipsis', () => {
		expect(truncate('Checkout 500s after deploy', 10)).toBe('Checkout …');
		expect(truncate('short', 10)).toBe('short');
	});

	it('names week ranges across months and years', () => {
		expect(weekRange('2026-11-16', '2026-11-22')).toBe('16–22 Nov 2026');
		expect(weekRange('2026-11-30', '2026-12-06')).toBe('30 Nov – 6 Dec 2026');
		expect(weekRange('2026-12-28', '2027-01-03')).toBe('28 Dec 2026 – 3 Jan 2027');
	});

	it('tells the data age in words', () => {
		const now = Date.parse('2026-11-24T12:00:00Z');
		expect(age(null, now)).toBe('never synced');
		expect(age(now - 30_000, now)).toBe('just now');
		expect(age(now - 5 * 60_000, now)).toBe('5 min ago');
		expect(age(now - 3 * 3_600_000, now)).toBe('3 h ago');
		expect(age(now - 3 * 86_400_000, now)).toBe('3 days ago');
	});
});

describe('sparkline', () => {
	it('scales shares to a fixed 0..1 range and shows gaps', () => {
		expect(sparkline([0, 0.5, 1, null], 'share')).toBe('▁▅█·');
	});

	it('scales counts to their maximum', () => {
		expect(sparkline([0, 2, 4], 'count')).toBe('▁▅█');
	});
});
