import {marked, type Token, type Tokens} from 'marked';
import {describe, expect, it} from 'vitest';
import {buildLeadership, leadershipWordLimit, targetVerdict, payoffReading, targetStatus} from '../../source/export/leadership.js';
import {pageWords} from '../../source/export/one-on-one.js';
import type {ReviewSnapshot} from '../../source/export/snapshot.js';
import {assigneeChange} from '../support/ticket-builder.js';
import {counts, currentMetrics, delegationRow, makeReport, makeSnapshot, metricsFor, tickets, withTicket} from './snapshot-fixture.js';

function headings(md: string, depth: number): string[] {
	return marked
		.lexer(md)
		.filter((token): token is Tokens.Heading => token.type === 'heading' && token.depth === depth)
		.map((token) => token.text);
}

/** The text a reader sees: inline tokens with their escapes resolved. */
function plain(tokens: readonly Token[]): string {
	return tokens.map((token) => ('tokens' in token && token.tokens ? plain(token.tokens) : 'text' in token ? token.text : token.raw)).join('');
}

function tableAfter(md: string, headingText: string): string[][] {
	return tableTokenAfter(md, headingText)?.rows.map((row) => row.map((cell) => plain(cell.tokens))) ?? [];
}

function tableHeaderAfter(md: string, headingText: string): string[][] {
	const header = tableTokenAfter(md, headingText)?.header;
	return header === undefined ? [] : [header.map((cell) => plain(cell.tokens))];
}

function tableTokenAfter(md: string, headingText: string): Tokens.Table | undefined {
	const tokens = marked.lexer(md);
	// The appendix's heading: the page has a section of the same name without a table.
	const start = tokens.findLastIndex((token) => token.type === 'heading' && (token as Tokens.Heading).text === headingText);
	return tokens.slice(start).find((token): token is Tokens.Table => token.type === 'table');
}

describe('leadership summary', () => {
	it('is named after the week and framed in the four sections', () => {
		const file = buildLeadership(makeSnapshot());
		expect(file.name).toBe('leadership-2026-W47.md');
		expect(headings(file.content, 1)).toEqual(['Engineering summary — 2026-W47 (16–22 Nov 2026)']);
		expect(headings(file.content, 2)).toEqual(['Headlines', 'Since last review', 'Asks', 'Risks to watch', 'Business alignment', 'Risks', 'Team development', 'Technical excellence']);
		expect(headings(buildLeadership(makeSnapshot(), 'full').content, 3)).toEqual(['Business alignment', 'Risks', 'Team development', 'Technical excellence']);
	});

	it('agrees the weeks with their count when one trend week has a figure: “of the last 1 week”, on the page and in the appendix', () => {
		const oneWeek = makeReport();
		const s = makeSnapshot({report: {...oneWeek, trend: oneWeek.trend.slice(-1), trendMetrics: oneWeek.trendMetrics.slice(-1)}});
		const md = buildLeadership(s, 'full').content;
		expect(md).toContain('of the last 1 week:');
		expect(md).toContain('of the 1 week with a figure;');
		expect(md).not.toMatch(/\b1 weeks\b/);
	});

	it('keeps each of the four seed sections to at most three bullets, and puts no table on the page', () => {
		const md = buildLeadership(makeSnapshot()).content;
		const tokens = marked.lexer(md);
		expect(tokens.some((token) => token.type === 'table')).toBe(false);
		for (const title of ['Business alignment', 'Risks', 'Team development', 'Technical excellence']) {
			const start = tokens.findIndex((token) => token.type === 'heading' && (token as Tokens.Heading).text === title);
			const list = tokens.slice(start + 1).find((token): token is Tokens.List => token.type === 'list');
			expect(list?.items.length ?? 0).toBeLessThanOrEqual(3);
		}
		const headlines = tokens.slice(tokens.findIndex((token) => token.type === 'heading' && (token as Tokens.Heading).text === 'Headlines') + 1).find((token): token is Tokens.List => token.type === 'list');
		expect(headlines?.items).toHaveLength(3);
	});

	it('stays on one page when the tickets the asks name have long titles: their titles are cut, their keys kept', () => {
		const base = makeSnapshot();
		// PAY-3, blocked for a month: the longest blocker, which the asks name with its title.
		const longTitle = Array.from({length: 300}, (_, index) => `word${index}`).join(' ');
		const s = withTicket({...base, report: {...base.report, details: {...base.report.details, blocked: [{ticketId: 't-overdue', days: 30, isBlockedNow: true, reason: 'blocked by PAY-9'}]}}}, {...tickets.overdue, title: longTitle});
		const md = buildLeadership(s).content;
		expect(pageWords(md)).toBeLessThanOrEqual(leadershipWordLimit);
		expect(md).toContain('Help to unblock PAY-3');
		expect(md).not.toContain('word299');
		// The page says which ticket it is: the key, and the title's start while the page has room for it.
		expect(md).toMatch(/PAY-3( “word0 word1[^”]*…”)?, blocked 30 days/);
	});

	it('measures firefighting against the configured target', () => {
		const over = buildLeadership(makeSnapshot(), 'full').content;
		expect(over).toContain('Firefighting took 67% of sorted completed work against a target of ≤ 40%: **over target** (previous week 25%, +42 pts).');
		expect(buildLeadership(makeSnapshot()).content).toContain('Firefighting took 67% of completed work (+42 pts on the week before) against a target of ≤ 40%: **over target**.');
		const generous = buildLeadership(makeSnapshot({targets: {firefightingShare: 0.7}})).content;
		expect(generous).toContain('against a target of ≤ 70%: **on target**');
		expect(tableAfter(over, 'Business alignment')).toEqual([
			['2026-W46', '25%', 'on target', '100%', '75%'],
			['2026-W47', '67%', 'over target', '50%', '33%'],
		]);
	});

	it('reads the target at the precision shown: 40.4% (shown 40%) is on a 40% target, 40.6% (41%) is over', () => {
		expect(targetStatus(0.4, 0.4)).toBe('on target');
		expect(targetStatus(0.404, 0.4)).toBe('on target');
		expect(targetStatus(0.406, 0.4)).toBe('over target');
		expect(targetStatus(null, 0.4)).toBe('no figure');
	});

	it('says “in progress” of work still open at the end of the week, not of the week’s completions', () => {
		const md = buildLeadership(makeSnapshot(), 'full').content;
		// currentMetrics: active (incl. completed) 3 · 2 · 1, still in progress 2 · 2 · 1.
		expect(md).toContain('In progress at the end of 2026-W47: 2 firefighting · 2 improvement · 1 unsorted');
		const running = buildLeadership(makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-18T12:00:00Z')})}), 'full').content;
		expect(running).toContain('In progress now: 2 firefighting · 2 improvement · 1 unsorted');
		expect(md).not.toMatch(/In progress: 3 firefighting/);
	});

	it('says the target verdict is over sorted work, and when the unsorted tickets could change it', () => {
		// 14 of 89 unsorted: 45 firefighting of 75 sorted is 60%, over a 40% target either way.
		expect(targetVerdict(counts(45, 30, 14), 0.4)).toBe('**over target** (14 unsorted not counted)');
		// 30 of 75 sorted is 40%, on target; 14 unsorted firefighting tickets would make it 49%.
		expect(targetVerdict(counts(30, 45, 14), 0.4)).toBe('**on target** (14 unsorted not counted, enough to change the verdict)');
		expect(targetVerdict(counts(30, 45, 0), 0.4)).toBe('**on target**');
	});

	it('lists risks: predictability figures, slips, broken promises, blockers and recurring themes', () => {
		const md = buildLeadership(makeSnapshot(), 'full').content;
		const p = currentMetrics.predictability;
		// "due" is every ticket due this week, in the notes as in the TUI; the rate is over the judged ones.
		expect(md).toContain(`Deadlines: ${p.due} due in 2026-W47: ${p.onTime} on time, ${p.late} late, ${p.pending} pending — on-time rate 50% of the ${p.onTime + p.late} judged.`);
		expect(md).toContain(`Promises: ${p.committed} first due in 2026-W47: ${p.kept} kept, ${p.broken} broken`);
		expect(tableAfter(md, 'Biggest slips')[0]).toEqual(['PAY-1', 'Checkout 500s after deploy', 'Sam Lee', '2026-11-16', '2026-11-17', '1 day']);
		expect(headings(md, 4)).toContain('Broken promises (2)');
		expect(tableAfter(md, 'Recurring firefighting themes')).toEqual([['component:payments-gateway', '4', '3', '2026-W45, 2026-W46, 2026-W47']]);
	});

	it('names in the slips and broken promises the person the figures credit, not who holds the ticket now, and says which it is', () => {
		// PAY-1 was completed late by Sam and handed to the director after; PAY-3, still open, went
		// to her after the week ended. The kept rate credits both to Sam (kept-rate.ts), so a reader
		// of the table must see Sam, not the director.
		const completedThenHandedOver = {...tickets.incident, assigneeId: 'dana', history: [assigneeChange('2026-11-20T09:00:00Z', 'sam', 'dana')]};
		const openThenHandedOver = {...tickets.overdue, assigneeId: 'dana', history: [assigneeChange('2026-11-24T09:00:00Z', 'sam', 'dana')]};
		const s = withTicket(withTicket(makeSnapshot(), completedThenHandedOver), openThenHandedOver);
		const md = buildLeadership(s, 'full').content;
		expect(tableHeaderAfter(md, 'Biggest slips')[0]).toEqual(['Key', 'Title', 'Completed by', 'Due', 'Completed', 'Slip']);
		expect(tableAfter(md, 'Biggest slips')[0]?.[2]).toBe('Sam Lee');
		expect(tableHeaderAfter(md, 'Broken promises (2)')[0]).toEqual(['Key', 'Title', 'Completed by (or held at week end)', 'First due', 'Due now']);
		expect(tableAfter(md, 'Broken promises (2)').map((row) => [row[0], row[2]])).toEqual([
			['PAY-1', 'Sam Lee'],
			['PAY-3', 'Sam Lee (held at week end)'],
		]);
	});

	it('says “held now” of an open broken promise while the week runs: its end has not come', () => {
		const running = makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-20T12:00:00Z')})});
		const md = buildLeadership(running, 'full').content;
		expect(tableHeaderAfter(md, 'Broken promises (2)')[0]?.[2]).toBe('Completed by (or held now)');
		expect(tableAfter(md, 'Broken promises (2)').map((row) => row[2])).toEqual(['Sam Lee', 'Sam Lee (held now)']);
		expect(md).not.toContain('week end');
	});

	it('credits a late completion after the week to whoever held it at the week’s end, and says so', () => {
		// Completed on the Wednesday after the week by the director, who took it over on the Monday.
		const lateAfterWeek = {
			...tickets.incident,
			assigneeId: 'dana',
			completedAt: Date.parse('2026-11-25T10:00:00Z'),
			history: [assigneeChange('2026-11-23T09:00:00Z', 'sam', 'dana')],
		};
		const md = buildLeadership(withTicket(makeSnapshot(), lateAfterWeek), 'full').content;
		expect(tableAfter(md, 'Biggest slips')[0]?.[2]).toBe('Sam Lee (held at week end)');
	});

	it('names a group with little improvement work as the report’s group, not as the report', () => {
		const md = buildLeadership(makeSnapshot()).content;
		expect(md).toMatch(/Little improvement work in Jo Park’s group \(0%\)/);
	});

	it('shows each report’s delegation and strategic share, as the JSON export has them', () => {
		const md = buildLeadership(makeSnapshot(), 'full').content;
		expect(md).toContain('Delegation rate 67%: 2 tickets delegated to reports’ groups, 1 completed by the director, 1 taken back.');
		expect(tableAfter(md, 'Team development')).toEqual([
			['Alex Kim', '1', '2', '1', '1', '0', '1', '50%'],
			['Jo Park', '1', '0', '1', '0', '0', '0', '0%'],
		]);
	});

	it('says what the delegation rate measures, with its own numerator and denominator (metrics.md: delegated / (delegated + director.completed))', () => {
		const md = buildLeadership(makeSnapshot()).content;
		const d = currentMetrics.delegation;
		// 2 delegated, 1 completed by the director: 2 of 3, 67% — not a share of all the week's work.
		expect(md).toContain(
			`Delegation: 67% delegated (2 delegated, 1 done by the director themself); ${d.takenBack} taken back, ${d.director.open} open on their desk.`,
		);
		expect(md).not.toContain('of the work went to the reports’ groups');
	});

	it('says how many tickets were blocked during the week, then how many are still blocked at its end, in the week’s words', () => {
		// 19 blocked at some moment of the week, 7 of them still blocked as of asOf(W).
		const withBlockers = (s: ReviewSnapshot): ReviewSnapshot => ({...s, report: {...s.report, metrics: {...s.report.metrics, blockers: {...s.report.metrics.blockers, blocked: 19, blockedNow: 7}}}});
		const past = buildLeadership(withBlockers(makeSnapshot())).content;
		expect(past).toContain('Blocked: 19 in 2026-W47, 7 still blocked at its end.');
		const running = buildLeadership(withBlockers(makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-18T12:00:00Z')})}))).content;
		expect(running).toContain('Blocked: 19 this week, 7 still blocked now.');
		expect(past + running).not.toContain('during the week');
	});

	it('names the week in the appendix’s blockers as the page does, never “during the week”', () => {
		const past = buildLeadership(makeSnapshot(), 'full').content;
		const running = buildLeadership(makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-18T12:00:00Z')})}), 'full').content;
		expect(past).toContain('1 ticket blocked in 2026-W47, 1 still blocked at its end, for a median 2 days;');
		expect(running).toContain('1 ticket blocked this week, 1 still blocked now, for a median 2 days so far;');
		expect(past + running).not.toContain('during the week');
	});

	it('tracks improvement work against firefighting over the trend weeks', () => {
		const md = buildLeadership(makeSnapshot(), 'full').content;
		expect(tableAfter(md, 'Technical excellence')).toEqual([
			['2026-W46', '3', '1', '25%'],
			['2026-W47', '1', '2', '67%'],
		]);
		expect(md).toContain('The firefighting share rose (+42 pts).');
	});
});

describe('is improvement paying off', () => {
	const weekOf = (operational: number, strategic: number) => metricsFor({completed: counts(operational, strategic, 0), reports: [delegationRow('A')]});

	it('compares the earlier and the later half of the trend', () => {
		const reading = payoffReading(['W1', 'W2', 'W3', 'W4'], [weekOf(6, 1), weekOf(4, 1), weekOf(2, 3), weekOf(1, 3)]);
		expect(reading).toBe(
			'W1–W2: 1 improvement ticket a week, firefighting 83% of completed work. W3–W4: 3 a week, firefighting 33%. The firefighting share fell (−50 pts).',
		);
	});

	it('says the firefighting share is of sorted completed work when some was unsorted (metrics.md: operational / (operational + strategic))', () => {
		const withUnsorted = (operational: number, strategic: number, unclassified: number) =>
			metricsFor({completed: counts(operational, strategic, unclassified), reports: [delegationRow('A')]});
		const reading = payoffReading(['W1', 'W2'], [withUnsorted(3, 1, 4), withUnsorted(1, 1, 0)]);
		expect(reading).toBe('W1: 1 improvement ticket a week, firefighting 75% of sorted completed work. W2: 1 a week, firefighting 50%. The firefighting share fell (−25 pts).');
	});

	it('writes improvement tickets a week in tenths by the one rounding rule (halves to even), as days are', () => {
		// 9 improvement tickets over 4 weeks: 2.25 a week reads 2.2 (toFixed made it 2.3); 1 over 4: 0.25 reads 0.2.
		const reading = payoffReading(['W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8'], [weekOf(1, 3), weekOf(1, 2), weekOf(1, 2), weekOf(1, 2), weekOf(1, 1), weekOf(1, 0), weekOf(1, 0), weekOf(1, 0)]);
		expect(reading).toContain('W1–W4: 2.2 improvement tickets a week');
		expect(reading).toContain('W5–W8: 0.2 a week');
	});

	it('agrees the unit with the number shown: 1 improvement ticket, 0.5 and 1.5 improvement tickets', () => {
		expect(payoffReading(['W1', 'W2'], [weekOf(1, 1), weekOf(1, 2)])).toContain('W1: 1 improvement ticket a week');
		expect(payoffReading(['W1', 'W2', 'W3', 'W4'], [weekOf(1, 1), weekOf(1, 0), weekOf(1, 2), weekOf(1, 1)])).toContain('W1–W2: 0.5 improvement tickets a week');
		expect(payoffReading(['W1', 'W2', 'W3', 'W4'], [weekOf(1, 1), weekOf(1, 2), weekOf(1, 2), weekOf(1, 1)])).toContain('W1–W2: 1.5 improvement tickets a week');
	});

	it('says when the halves cannot be compared, and when there is one week only', () => {
		expect(payoffReading(['W1', 'W2'], [weekOf(0, 0), weekOf(1, 1)])).toContain('cannot be compared');
		expect(payoffReading(['W1'], [weekOf(1, 1)])).toBe('One week of data: too little to say whether improvement work is paying off.');
	});
});

describe('the ask for an owner of an unowned fire', () => {
	/** The fixture's week with one unowned fire: held by `assignee` (null: nobody), open 3.5 days since its creation. */
	function withFire(assignee: string | null): string {
		const s = makeSnapshot();
		const [ticket] = s.ticketsById.values();
		const unownedFires = [{key: ticket!.key, assignee, ageDays: 3.5}];
		return buildLeadership({...s, report: {...s.report, version2: {...s.report.version2, unownedFires}}}).content;
	}

	it('says what the other unowned fires are when it counts them', () => {
		const s = makeSnapshot();
		const [first, second, third] = [...s.ticketsById.values()];
		const fire = (key: string) => ({key, assignee: null, ageDays: 3.5});
		const ask = (keys: string[]) => buildLeadership({...s, report: {...s.report, version2: {...s.report.version2, unownedFires: keys.map(fire)}}}).content;
		const pageOf = (keys: string[]) => ask(keys).replace(/“[^”]*”/g, '“…”');
		expect(pageOf([first!.key, second!.key])).toContain(`- Owners for 2 unowned fires, oldest ${first!.key} “…”, which nobody holds, open 3.5 days.`);
		expect(pageOf([first!.key, second!.key, third!.key])).toContain(`- Owners for 3 unowned fires, oldest ${first!.key} “…”, which nobody holds, open 3.5 days.`);
		expect(pageOf([first!.key])).toContain(`- An owner for ${first!.key} “…”, a fire nobody holds, open 3.5 days.`);
		expect(ask([first!.key, second!.key])).not.toMatch(/\(\d+ more\)/);
	});

	it('says nobody holds it only when nobody does; a fire on the director’s desk says so (metrics.md: no assignee or assigned to the director)', () => {
		expect(withFire(null)).toMatch(/a fire nobody holds, open 3\.5 days/);
		const held = withFire('Dana Director');
		expect(held).not.toContain('nobody holds');
		expect(held).toMatch(/a fire only the director \(Dana Director\) holds, open 3\.5 days/);
	});
});
