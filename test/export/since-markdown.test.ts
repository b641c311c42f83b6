import {describe, expect, it} from 'vitest';
import {sinceItemLine} from '../../source/domain/briefing/since-format.js';
import type {SinceItem, SinceLastReview} from '../../source/domain/briefing/since-types.js';
import {buildLeadership} from '../../source/export/leadership.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {sinceListLines} from '../../source/ui/views/overview/since-rows.js';
import {at} from '../support/ticket-builder.js';
import {makeSnapshot} from './snapshot-fixture.js';

function section(content: string): string {
	const start = content.indexOf('## Since last review');
	const end = content.indexOf('\n## ', start + 1);
	return content.slice(start, end);
}

const item = (kind: SinceItem['kind'], key: string, title: string, report: string | null, person: string | null, extra: Partial<SinceItem> = {}): SinceItem => ({kind, tickets: [{id: key, key, title}], person, report, at: null, ...extra});

const since: SinceLastReview = {
	previousReview: {id: 1, week: '2026-W46', frozenAt: at('2026-11-13T15:05:00Z')},
	items: [
		item('new-fire', 'OPS-1', 'Queue stuck', 'Jo Park', 'Kai Moreno'),
		item('finished', 'PLAT-2', 'Automate the deploy rollback', 'Alex Kim', 'Alex Kim'),
		item('newly-broken', 'PAY-3', 'Retry queue for webhooks', 'Alex Kim', 'Sam Lee', {from: '2026-11-18', to: '2026-11-25'}),
		item('taken-back', 'PAY-4', 'Vendor contract review', 'Alex Kim', 'Alex Kim'),
	],
	restated: [
		{figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6},
		{figure: 'allocation.completed.operationalShare', frozen: 0.4, now: 0.4001},
	],
};

describe('Markdown: since last review', () => {
	it('says plainly in each note and in the summary when there is no previous review', () => {
		const s = makeSnapshot({since: {previousReview: null, items: [], restated: []}});
		expect(section(buildOneOnOne(s, 'alex-kim').content)).toContain('No previous review yet');
		expect(section(buildLeadership(s).content)).toContain('No previous review yet');
	});

	it("gives each 1:1 note its report's items only, with when the previous review was", () => {
		const s = makeSnapshot({since});
		const alex = section(buildOneOnOne(s, 'alex-kim').content);
		expect(alex).toContain('Since the 2026-W46 review (Fri 13 Nov, 16:05): 1 finished, 1 promise broken, 1 taken back.');
		expect(alex).toContain('PLAT-2 Automate the deploy rollback');
		expect(alex).not.toContain('OPS-1');
		// PAY-3 and PAY-4 are counted, not listed again: the talking points name them.
		const note = buildOneOnOne(s, 'alex-kim').content;
		expect(alex).not.toContain('PAY-3');
		expect(note).toContain('PAY-3 “Retry queue for webhooks”');
		const jo = section(buildOneOnOne(s, 'jo-park').content);
		expect(jo).toContain('OPS-1 Queue stuck');
		expect(jo).not.toContain('PAY-3');
	});

	it('says when the previous review was also when nothing changed in the report’s group', () => {
		const onlyJo = makeSnapshot({since: {...since, items: since.items.filter((entry) => entry.report === 'Jo Park')}});
		expect(section(buildOneOnOne(onlyJo, 'alex-kim').content)).toContain('Since the 2026-W46 review (Fri 13 Nov, 16:05): nothing changed in Alex Kim’s group.');
		// One apostrophe in a note: the talking points say "Alex Kim’s group" too.
		expect(buildOneOnOne(onlyJo, 'alex-kim').content).not.toMatch(/[A-Za-z]'s\b/);
	});

	it('gives the leadership summary the counts, the most important items first, and restated figures shown differently', () => {
		const text = section(buildLeadership(makeSnapshot({since})).content);
		expect(text).toContain('1 new fire, 1 finished, 1 promise broken, 1 taken back');
		expect(text.indexOf('promise broken PAY')).toBeLessThan(text.indexOf('you took back PAY'));
		// A figure leadership already saw, now different, comes first.
		expect(text.indexOf('On-time rate of 2026-W46 restated')).toBeLessThan(text.indexOf('promise broken PAY'));
		expect(text).not.toContain('new fire OPS');
		expect(text).toContain('On-time rate of 2026-W46 restated: 50% then, 60% now');
		// 40% then and 40% now reads as no change: left to the JSON export.
		expect(text).not.toContain('operationalShare restated');
		// The two changes it does not name (a new fire, a finished ticket) are pointed to, not lost.
		expect(text).toContain("2 more in the Overview's list (l) and the JSON export.");
	});

	it('counts the restated figures it does not name as "other" only when it named some, so a page naming none does not read as if it had', () => {
		const unnamed = [
			{figure: 'delegation.reports[Alex Kim].open', frozen: 4, now: 5},
			{figure: 'blockers.blocked', frozen: 2, now: 3},
		];
		const noneNamed = section(buildLeadership(makeSnapshot({since: {...since, restated: unnamed}})).content);
		expect(noneNamed).toContain('2 figures of 2026-W46 restated by later changes: see the JSON export.');
		expect(noneNamed).not.toContain('other figures');
		const oneNamed = section(buildLeadership(makeSnapshot({since: {...since, restated: [...unnamed, {figure: 'predictability.onTimeRate', frozen: 0.5, now: 0.6}]}})).content);
		expect(oneNamed).toContain('On-time rate of 2026-W46 restated: 50% then, 60% now');
		expect(oneNamed).toContain('2 other figures of 2026-W46 restated by later changes');
	});

	it('counts every restated figure the JSON export lists, those that change only below the precision shown too, so the page and the file agree', () => {
		const restated = [
			{figure: 'blockers.blocked', frozen: 2, now: 3},
			// 32% then and 32% now: not named on the page, but restated in the JSON export all the same.
			{figure: 'allocation.inProgress.operationalShare', frozen: 0.3238, now: 0.3235},
		];
		const text = section(buildLeadership(makeSnapshot({since: {...since, restated}})).content);
		expect(text).toContain('2 figures of 2026-W46 restated by later changes');
		const full = buildLeadership(makeSnapshot({since: {...since, restated}}), 'full').content;
		const appendix = full.slice(full.indexOf('## Appendix'));
		expect(appendix).toContain('Blockers › blocked of 2026-W46: 2 then, 3 now');
		expect(appendix).not.toContain('32% then, 32% now');
		expect(appendix).toContain('1 more changed by less than the precision shown here: see the JSON export');
	});
});

describe('a take-back since last review, in the same words on every surface', () => {
	// The director took PAY-5 back from Sam Lee, in Alex Kim's group.
	const takeBack = item('taken-back', 'PAY-5', 'Vendor contract renewal', 'Alex Kim', 'Sam Lee');
	const withTakeBack: SinceLastReview = {...since, items: [takeBack]};

	it('says who took which ticket back from whom, and from whose group, in the leadership summary', () => {
		const text = section(buildLeadership(makeSnapshot({since: withTakeBack})).content);
		expect(text).toContain('you took back PAY-5 Vendor contract renewal from Sam Lee (Alex Kim’s group)');
		expect(text).not.toMatch(/taken back PAY-5[^\n]*— Sam Lee/);
	});

	it('says it in the report’s 1:1 note and the TUI’s list, where the group is the note’s or the heading', () => {
		const note = buildOneOnOne(makeSnapshot({since: withTakeBack}), 'alex-kim', 'full').content;
		expect(note.slice(note.indexOf('## Appendix'))).toContain('you took back PAY-5 Vendor contract renewal from Sam Lee');
		const lines = sinceListLines(withTakeBack, ['Alex Kim', 'Jo Park'], 'Europe/London').map((line) => line.text);
		expect(lines).toContain('  you took back PAY-5 Vendor contract renewal from Sam Lee');
	});
});

describe('a delegation since last review, in the same words on every surface', () => {
	// The director handed PAY-6 to Sam Lee, in Alex Kim's group.
	const delegation = item('delegated', 'PAY-6', 'Rotate the vendor keys', 'Alex Kim', 'Sam Lee');
	const withDelegation: SinceLastReview = {...since, items: [delegation]};

	it('says the director delegated which ticket to whom, and in whose group where the surface does not group by report', () => {
		expect(sinceItemLine(delegation, true)).toBe('you delegated PAY-6 Rotate the vendor keys to Sam Lee (Alex Kim’s group)');
		expect(sinceItemLine(delegation, false)).toBe('you delegated PAY-6 Rotate the vendor keys to Sam Lee');
	});

	it('says it in the report’s 1:1 note and the TUI’s list', () => {
		const note = buildOneOnOne(makeSnapshot({since: withDelegation}), 'alex-kim', 'full').content;
		expect(note.slice(note.indexOf('## Appendix'))).toContain('you delegated PAY-6 Rotate the vendor keys to Sam Lee');
		const lines = sinceListLines(withDelegation, ['Alex Kim', 'Jo Park'], 'Europe/London').map((line) => line.text);
		expect(lines).toContain('  you delegated PAY-6 Rotate the vendor keys to Sam Lee');
	});
});

describe('Markdown: since last review in full with --detail full', () => {
	const appendix = (content: string) => content.slice(content.indexOf('## Appendix'));

	it("lists every item of the report's group in the 1:1 appendix, those the page left out too", () => {
		const s = makeSnapshot({since});
		expect(buildOneOnOne(s, 'alex-kim').content).not.toContain('## Appendix');
		const full = appendix(buildOneOnOne(s, 'alex-kim', 'full').content);
		expect(full).toContain('### Since last review');
		for (const key of ['PLAT-2', 'PAY-3', 'PAY-4']) expect(full, key).toMatch(new RegExp(`### Since last review[\\s\\S]*- [^\\n]*${key}`));
		expect(full).not.toContain('OPS-1');
	});

	it('lists every item, with its report, and every restated figure with both values in the leadership appendix', () => {
		const full = appendix(buildLeadership(makeSnapshot({since}), 'full').content);
		expect(full).toContain('### Since last review');
		for (const key of ['OPS-1', 'PLAT-2', 'PAY-3', 'PAY-4']) expect(full, key).toContain(key);
		expect(full).toContain('Jo Park');
		expect(full).toContain('On-time rate of 2026-W46: 50% then, 60% now');
		expect(full).not.toContain('40% then, 40% now');
	});

	it('shows a restated probability, accuracy or scope change as the percentage every surface shows, as the Overview does', () => {
		const restated = [
			{figure: 'promiseRisk[ENG-9].onTimeProbability', frozen: 5 / 12, now: 0.5},
			{figure: 'iterations[Sprint 42].planningAccuracy', frozen: 0.5, now: 0.7},
			{figure: 'iterations[Sprint 42].scopeChange', frozen: 0.25, now: 0.4},
			{figure: 'effort.org.personDays', frozen: 12.25, now: 12.5},
		];
		const full = appendix(buildLeadership(makeSnapshot({since: {...since, restated}}), 'full').content);
		expect(full).toContain('Promise risk › ENG-9 › chance on time of 2026-W46: 42% then, 50% now');
		expect(full).toContain('Iterations › Sprint 42 › planning accuracy of 2026-W46: 50% then, 70% now');
		expect(full).toContain('Iterations › Sprint 42 › scope change of 2026-W46: 25% then, 40% now');
		expect(full).toContain('Effort › org › person-days of 2026-W46: 12.2 person-days then, 12.5 person-days now');
		const overview = sinceListLines({...since, restated}, ['Alex Kim'], 'Europe/Berlin').map((line) => line.text);
		expect(overview).toContain('  Promise risk › ENG-9 › chance on time: 42% then → 50% now');
		expect(overview).toContain('  Iterations › Sprint 42 › planning accuracy: 50% then → 70% now');
		expect(overview).toContain('  Effort › org › person-days: 12.2 person-days then → 12.5 person-days now');
	});

	it('adds nothing when there is no previous review (the page says so)', () => {
		const s = makeSnapshot({since: {previousReview: null, items: [], restated: []}});
		expect(appendix(buildOneOnOne(s, 'alex-kim', 'full').content)).not.toContain('### Since last review');
	});
});
