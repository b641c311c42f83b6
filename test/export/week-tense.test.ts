import {describe, expect, it} from 'vitest';
import {buildLeadership} from '../../source/export/leadership.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {makeReport, makeSnapshot} from './snapshot-fixture.js';

/**
 * A note exported for a week that has ended (`--week last`) is read the Friday after: "this
 * week" or "now" on its figures would say they are the current week's (figure-words.ts).
 */
describe('the week a note speaks of', () => {
	const pastWeek = makeSnapshot();
	const documents = (s: ReturnType<typeof makeSnapshot>) => [buildOneOnOne(s, 'alex-kim', 'full').content, buildOneOnOne(s, 'jo-park', 'full').content, buildLeadership(s, 'full').content];

	it('names an ended week by its id, never "this week" or "now"', () => {
		expect(pastWeek.report.isCurrent).toBe(false);
		for (const md of documents(pastWeek)) {
			expect(md).not.toMatch(/\bthis week\b/i);
			expect(md).not.toMatch(/\bright now\b/);
			expect(md).not.toMatch(/\b\d+ now\b/);
			expect(md).not.toMatch(/nothing of theirs now/);
		}
		const [alex, , leadership] = documents(pastWeek);
		expect(alex).toContain('Delegated: 1 in 2026-W47, 2 open');
		expect(alex).toContain('You took back 1 ticket from Alex Kim’s group in 2026-W47');
		expect(leadership).toContain('due in 2026-W47:');
	});

	it('says "this week" of the week running now', () => {
		const current = makeSnapshot({report: makeReport({isCurrent: true})});
		const [alex, , leadership] = documents(current);
		expect(alex).toContain('Delegated: 1 this week, 2 open');
		expect(leadership).toContain('due this week:');
	});
});
