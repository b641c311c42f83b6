import {describe, expect, it} from 'vitest';
import {headerLabel, headerTitle} from '../../../source/ui/components/header-title.js';
import {parseWeekArgument} from '../../../source/domain/week.js';

const now = Date.parse('2026-12-05T12:00:00Z');
const week = parseWeekArgument('2026-W49', now, 'UTC');
const label = 'Demo organisation (Acme, offline)';

/** The header line as the shell draws it: name and label left, the week right, one line. */
function line(width: number, isCurrentWeek: boolean, providerLabel = label): string {
	const {weekTitle, labelRoom} = headerTitle(width, week, isCurrentWeek, providerLabel);
	const left = `director-review${` · ${providerLabel}`.slice(0, labelRoom)}`;
	return `${left}${' '.repeat(Math.max(1, width - left.length - weekTitle.length))}${weekTitle}`;
}

describe('the header line', () => {
	it('keeps the dates where the provider\'s name still has room to be read (80 columns)', () => {
		const {weekTitle, labelRoom} = headerTitle(80, week, true, label);
		expect(weekTitle).toBe('2026-W49 30 Nov – 6 Dec 2026 · so far');
		expect(labelRoom).toBeGreaterThanOrEqual(19);
	});

	it('drops the dates before cutting the provider\'s name to a stub (60 columns)', () => {
		const {weekTitle, labelRoom} = headerTitle(60, week, true, label);
		expect(weekTitle).toBe('2026-W49 · so far');
		expect(labelRoom).toBeGreaterThanOrEqual(19);
		expect(line(60, true).length).toBeLessThanOrEqual(60);
	});

	it('keeps the dates when a short name fits beside them', () => {
		expect(headerTitle(60, week, false, 'Linear').weekTitle).toBe('2026-W49 30 Nov – 6 Dec 2026');
	});

	it('never leaves less room than the line has', () => {
		for (let width = 40; width <= 140; width++) {
			for (const current of [true, false]) {
				const {weekTitle, labelRoom} = headerTitle(width, week, current, label);
				expect(labelRoom).toBeGreaterThanOrEqual(0);
				expect('director-review'.length + 2 + labelRoom + weekTitle.length).toBeLessThanOrEqual(Math.max(width, 'director-review'.length + 2 + weekTitle.length));
			}
		}
	});

	it('drops the label\'s parenthesis before cutting it mid-word ("Demo organisation (Acm…" at 80 columns)', () => {
		const {labelRoom} = headerTitle(80, week, true, 'Demo organisation (Acme)');
		expect(headerLabel('Demo organisation (Acme)', labelRoom)).toBe(' · Demo organisation');
		expect(headerLabel('Demo organisation (Acme)', 40)).toBe(' · Demo organisation (Acme)');
		expect(headerLabel('Demo organisation (Acme)', 12)).toBe(' · Demo org…');
		expect(headerLabel('Linear', 4)).toBe(' · …');
	});
});
