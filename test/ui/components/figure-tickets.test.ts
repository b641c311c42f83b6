import {describe, expect, it} from 'vitest';
import {fitReason} from '../../../source/ui/components/figure-tickets.js';
import {textWidth} from '../../../source/ui/text-width.js';

describe('a figure ticket\'s reason in a narrow column', () => {
	const late = 'due Tue 1 Dec, completed Fri 4 Dec: late by 3 d';

	it('stays whole where it fits', () => {
		expect(fitReason(late, 60)).toBe(late);
	});

	it('drops the weekdays before it cuts anything', () => {
		expect(fitReason(late, 40)).toBe('due 1 Dec, completed 4 Dec: late by 3 d');
	});

	it('keeps the verdict and drops whole clauses before it', () => {
		expect(fitReason(late, 30)).toBe('due 1 Dec…: late by 3 d');
		expect(fitReason('due Tue 1 Dec, not completed by Sun 6 Dec: late, still open', 41)).toBe('due 1 Dec…: late, still open');
	});

	it('takes no ": " inside brackets for a verdict, and cuts such a reason between words', () => {
		const fitted = fitReason('started Mon 23 Nov, completed Mon 30 Nov, firefighting (rule: title: timed out)', 40);
		expect(fitted).toBe('started 23 Nov, completed 30 Nov…');
		expect(textWidth(fitted)).toBeLessThanOrEqual(40);
	});
});
