import {marked, type Token, type Tokens} from 'marked';
import {describe, expect, it} from 'vitest';
import {noTalkingPoints} from '../../source/domain/talking-points.js';
import {buildOneOnOne, groupThemes, talkingPointsFor} from '../../source/export/one-on-one.js';
import {reportScope} from '../../source/export/report-scope.js';
import {assigneeChange, at, makeTicket} from '../support/ticket-builder.js';
import {alexKeptRate, currentDetails, currentMetrics, delegationRow, makeReport, makeSnapshot, metricsFor, counts, note, previousMetrics, tickets, withTicket} from './snapshot-fixture.js';

function headings(md: string, depth?: number): string[] {
	return marked
		.lexer(md)
		.filter((token): token is Tokens.Heading => token.type === 'heading' && (depth === undefined || token.depth === depth))
		.map((token) => plain(token.tokens));
}

/** The text a reader sees: inline tokens with their escapes resolved. */
function plain(tokens: readonly Token[] | undefined): string {
	return (tokens ?? []).map((token) => ('tokens' in token && token.tokens ? plain(token.tokens) : 'text' in token ? token.text : token.raw)).join('');
}

/** The blocks under one ## (or, in the appendix, ###) heading, up to the next heading of that depth or above. */
function section(md: string, title: string): Token[] {
	const tokens = marked.lexer(md);
	const start = tokens.findIndex((token) => token.type === 'heading' && token.depth <= 3 && plain((token as Tokens.Heading).tokens) === title);
	if (start < 0) throw new Error(`no section ${title}`);
	const depth = (tokens[start] as Tokens.Heading).depth;
	const end = tokens.findIndex((token, index) => index > start && token.type === 'heading' && token.depth <= depth);
	return tokens.slice(start + 1, end < 0 ? undefined : end);
}

const full = (s: ReturnType<typeof makeSnapshot>, slug: string) => buildOneOnOne(s, slug, 'full').content;

function sectionText(md: string, title: string): string {
	return section(md, title)
		.map((token) => token.raw)
		.join('');
}

/** The snapshot with PAY-4 (Alex Kim's taken-back ticket) given this assignee history, held now by its last assignee. */
function withHistory(history: ReturnType<typeof assigneeChange>[]) {
	return withTicket(makeSnapshot(), {...tickets.takenBack, assigneeId: history.at(-1)?.to ?? tickets.takenBack.assigneeId, history});
}

describe('1:1 notes', () => {
	it('is named after the report slug and the week, titled with the name, week and dates', () => {
		const file = buildOneOnOne(makeSnapshot(), 'alex-kim');
		expect(file.name).toBe('1on1-alex-kim-2026-W47.md');
		expect(headings(file.content, 1)).toEqual(['1:1 with Alex Kim — 2026-W47 (16–22 Nov 2026)']);
	});

	it('lists under Open exactly the tickets the open figure counts: one delegated and taken back in the week is listed apart, not as open', () => {
		// PAY-4 (t-back): delegated to Alex's group in the week, then taken back by the director.
		const [alexDetails, ...others] = currentDetails.reports;
		const details = {...currentDetails, reports: [{...alexDetails!, delegatedIds: ['t-overdue', 't-back']}, ...others]};
		const md = full(makeSnapshot({report: makeReport({details})}), 'alex-kim');
		expect(headings(md, 4)).toContain('Open (2)');
		expect(md).toMatch(/Delegated in 2026-W47, not open or completed in their group at its end \(1\)/);
		const [, openList] = md.split('#### Open (2)');
		expect(openList?.split('####')[0]).not.toContain('PAY-4');
	});

	it('has every section the director expects, in order: one page, the full lists only with --detail full', () => {
		const file = buildOneOnOne(makeSnapshot(), 'alex-kim');
		expect(headings(file.content, 2)).toEqual(['Their week in figures', 'Since last review', 'Talking points', 'Your notes']);
		expect(headings(file.content, 3)).toEqual([]);
		const detailed = full(makeSnapshot(), 'alex-kim');
		expect(headings(detailed, 2)).toEqual(['Their week in figures', 'Since last review', 'Talking points', 'Your notes', 'Appendix: the full lists']);
		expect(headings(detailed, 3)).toEqual(['Team allocation', 'Delegated work', 'Deadlines', 'Blockers', 'Strategic work they own']);
	});

	it('lists a delegated ticket with its assignee at the week’s end, the one its figure counts, and says who holds it now', () => {
		// PLAT-5 was Sam's (Alex Kim's group) at the end of 2026-W47 and open; the director took it back on 25 Nov.
		const takenBackSince = {...tickets.observability, assigneeId: 'dana', history: [assigneeChange('2026-11-25T09:00:00Z', 'sam', 'dana')]};
		const all = Object.values(tickets).map((ticket) => (ticket.id === takenBackSince.id ? takenBackSince : ticket));
		const s = makeSnapshot({report: makeReport({tickets: all}), ticketsById: new Map(all.map((ticket) => [ticket.id, ticket]))});
		const open = sectionText(full(s, 'alex-kim'), 'Delegated work');
		const row = open.split('\n').find((line) => line.includes('PLAT-5'));
		expect(row).toContain('| Sam Lee (now Dana Director) |');
	});

	it('heads the page with the group’s figures and their change on the week before', () => {
		const text = sectionText(buildOneOnOne(makeSnapshot(), 'alex-kim').content, 'Their week in figures');
		expect(text).toContain('Firefighting: 50% of their group’s completed work (week before 20%, +30 pts); org 67%.');
		expect(text).toContain('Delegated: 1 in 2026-W47, 2 open — 1 overdue (week before 0), 0 stale, 1 taken back.');
	});

	it('gives the promises and blockers of the head their week before, as that week’s own figures', () => {
		const alexHead = sectionText(buildOneOnOne(makeSnapshot(), 'alex-kim').content, 'Their week in figures');
		expect(alexHead).toContain('Promises: 2 first due dates missed (week before 1), 1 postponed (week before 2), 0 at risk of missing (week before 1).');
		expect(alexHead).toContain('Blocked: 1 at the end of 2026-W47 (week before 2), the longest for 2.5 days.');
		const joHead = sectionText(buildOneOnOne(makeSnapshot(), 'jo-park').content, 'Their week in figures');
		expect(joHead).toContain('Promises: 0 first due dates missed (week before 0), 0 postponed (week before 1), 0 at risk of missing (week before 0).');
		expect(joHead).toContain('Blocked: nothing of theirs at the end of 2026-W47 (week before 0).');
	});

	it('lists every open delegated ticket once, saying which are overdue or stale', () => {
		const text = sectionText(full(makeSnapshot(), 'alex-kim'), 'Delegated work');
		expect(text.match(/PAY-3/g)).toHaveLength(1);
	});

	it('shows the delegation figures of the same metrics object the JSON export carries', () => {
		const s = makeSnapshot();
		const row = s.report.metrics.delegation.reports[0];
		const text = sectionText(full(s, 'alex-kim'), 'Delegated work');
		expect(text).toContain(
			`Delegated in 2026-W47: ${row?.delegated} · open: ${row?.open} · completed: ${row?.completed} · overdue: ${row?.overdue} · stale: ${row?.stale} · taken back: ${row?.takenBack}`,
		);
	});

	it('lists the delegated tickets with key, title and due date, and says none for an empty list', () => {
		const text = sectionText(full(makeSnapshot(), 'alex-kim'), 'Delegated work');
		expect(text).toMatch(/#### Open \(\d\)\n\n\| Key \| Title \| Assignee \| Due \| State \|\n\| --- [\s\S]*\| PAY-3 \| Retry queue for webhooks \| Sam Lee \| 2026-11-18 \| overdue/);
		expect(text).toContain('#### Taken back (1)');
		expect(sectionText(full(makeSnapshot(), 'jo-park'), 'Delegated work')).toContain('#### Taken back (0)\n\nnone');
	});

	it('shows the group allocation with the change against the previous week and a trend table', () => {
		const md = full(makeSnapshot(), 'alex-kim');
		const text = sectionText(md, 'Team allocation');
		expect(text).toContain('1 firefighting · 1 improvement · 0 unsorted — firefighting share 50% (previous week 20%, +30 pts)');
		const tableToken = section(md, 'Team allocation').find((token): token is Tokens.Table => token.type === 'table');
		expect(tableToken?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
			['2026-W46', '20%', '80%', '1'],
			['2026-W47', '50%', '50%', '1'],
		]);
	});

	it('keeps deadlines, blockers and strategic work to the report’s group', () => {
		const md = full(makeSnapshot(), 'jo-park');
		expect(sectionText(md, 'Deadlines')).toContain('In their group: 0 broken promises, 0 late completions, 0 postponements in 2026-W47.');
		expect(sectionText(md, 'Blockers')).toContain('0 tickets of their group blocked in 2026-W47, 0 still blocked at its end.');
		expect(sectionText(md, 'Strategic work they own')).toContain('0 improvement tickets completed by their group in 2026-W47, 0 in progress.');
		const alex = full(makeSnapshot(), 'alex-kim');
		expect(sectionText(alex, 'Deadlines')).toContain('In their group: 2 broken promises, 1 late completion, 1 postponement in 2026-W47.');
		expect(sectionText(alex, 'Strategic work they own')).toMatch(/#### In progress \(1\)\n\nnone\n\n1 more in progress among the delegated work above\./);
	});

	it('counts a group’s missed first due dates among the promises its kept rate judges, the domain’s one reading, not by who holds the ticket now', () => {
		// PAY-3's promise was Sam's (Alex Kim's group) at the week's end; it has since moved to Kai (Jo Park's group).
		const s = makeSnapshot();
		const moved = {...s.ticketsById.get('t-overdue')!, assigneeId: 'kai'};
		const snapshot = {...s, ticketsById: new Map(s.ticketsById).set(moved.id, moved)};
		expect(sectionText(full(snapshot, 'jo-park'), 'Deadlines')).toContain('In their group: 0 broken promises');
		expect(sectionText(full(snapshot, 'alex-kim'), 'Deadlines')).toContain('In their group: 2 broken promises');
		expect(sectionText(buildOneOnOne(snapshot, 'jo-park').content, 'Their week in figures')).toContain('Promises: 0 first due dates missed');
	});

	it('lists under late completions the group that held each ticket when it was completed, as the kept rate reads a promise, not who holds it now', () => {
		// GROW-9 was Kai's (Jo Park's group) when completed two days late; on the Saturday it went to Sam (Alex Kim's group).
		const late = makeTicket({
			id: 't-late',
			key: 'GROW-9',
			title: 'Trial banner flicker',
			assigneeId: 'sam',
			startedAt: at('2026-11-10T09:00:00Z'),
			completedAt: at('2026-11-19T15:00:00Z'),
			dueDate: '2026-11-17',
			history: [assigneeChange('2026-11-10T09:00:00Z', null, 'kai'), assigneeChange('2026-11-21T09:00:00Z', 'kai', 'sam')],
		});
		const details = {...currentDetails, slips: [{ticketId: 't-late', slipDays: 2, dueDate: '2026-11-17', completedDate: '2026-11-19'}, ...currentDetails.slips]};
		const all = [...Object.values(tickets), late];
		const s = makeSnapshot({report: makeReport({details, tickets: all}), ticketsById: new Map(all.map((ticket) => [ticket.id, ticket]))});
		const jo = sectionText(full(s, 'jo-park'), 'Deadlines');
		expect(jo).toContain('1 late completion,');
		expect(jo).toContain('GROW-9');
		const alex = sectionText(full(s, 'alex-kim'), 'Deadlines');
		expect(alex).toContain('1 late completion,');
		expect(alex).not.toContain('GROW-9');
	});

	it('lists every late completion its figure counts, biggest slip first, not the first five of them', () => {
		const lateTickets = [1, 2, 3, 4, 5, 6].map((n) =>
			makeTicket({id: `t-late-${n}`, key: `PAY-${20 + n}`, title: `Late fix ${n}`, assigneeId: 'sam', startedAt: at('2026-11-10T09:00:00Z'), completedAt: at('2026-11-20T15:00:00Z'), dueDate: '2026-11-16'}),
		);
		const slips = lateTickets.map((ticket, index) => ({ticketId: ticket.id, slipDays: 10 - index, dueDate: '2026-11-16', completedDate: '2026-11-20'}));
		const details = {...currentDetails, slips: [...slips, ...currentDetails.slips]};
		const all = [...Object.values(tickets), ...lateTickets];
		const s = makeSnapshot({report: makeReport({details, tickets: all}), ticketsById: new Map(all.map((ticket) => [ticket.id, ticket]))});
		const deadlines = section(full(s, 'alex-kim'), 'Deadlines');
		expect(sectionText(full(s, 'alex-kim'), 'Deadlines')).toContain('7 late completions,');
		const [slipTable] = deadlines.filter((token): token is Tokens.Table => token.type === 'table');
		expect(slipTable?.rows.map((row) => plain(row[0]?.tokens))).toEqual(['PAY-21', 'PAY-22', 'PAY-23', 'PAY-24', 'PAY-25', 'PAY-26', 'PAY-1']);
	});

	it('names in the appendix’s taken-back table whom the director took each ticket from, not who held it at the week’s end', () => {
		// Taken back from Sam on Wednesday and handed to Alex on Friday (PLAT-7742 in the demo, handed
		// back within the week), or kept by the director to the week's end: the takenBack figure
		// credits Sam either way.
		const rowOf = (history: Parameters<typeof withHistory>[0]) => {
			const text = sectionText(full(withHistory(history), 'alex-kim'), 'Delegated work');
			return text.slice(text.indexOf('#### Taken back (1)'));
		};
		const handedOn = rowOf([assigneeChange('2026-11-18T09:00:00Z', 'sam', 'dana'), assigneeChange('2026-11-20T09:00:00Z', 'dana', 'alex')]);
		expect(handedOn).toContain('| Key | Title | Taken back from | Due |');
		expect(handedOn).toMatch(/\| PAY-4 \| Vendor contract review \| Sam Lee \| – \|/);
		const kept = rowOf([assigneeChange('2026-11-18T09:00:00Z', 'sam', 'dana')]);
		expect(kept).toMatch(/\| PAY-4 \| Vendor contract review \| Sam Lee \| – \|/);
	});

	it('lists in the appendix the very blocked and postponed tickets the head counts, as of the week’s end, though one moved to another group since', () => {
		// PAY-8 is in none of the report's lists: Sam (Alex Kim's group) held it at the week's end,
		// blocked, its date moved in the week; two days after the week it went to Kai (Jo Park's group).
		const moved = makeTicket({
			id: 't-moved',
			key: 'PAY-8',
			title: 'Ledger export',
			assigneeId: 'kai',
			startedAt: at('2026-11-10T09:00:00Z'),
			dueDate: '2026-11-27',
			history: [assigneeChange('2026-11-24T09:00:00Z', 'sam', 'kai')],
		});
		const details = {
			...currentDetails,
			blocked: [...currentDetails.blocked, {ticketId: 't-moved', days: 1.5, isBlockedNow: true, reason: 'waiting on finance'}],
			postponements: [...currentDetails.postponements, {ticketId: 't-moved', at: at('2026-11-19T08:00:00Z'), from: '2026-11-20', to: '2026-11-27'}],
		};
		const all = [...Object.values(tickets), moved];
		const s = makeSnapshot({report: makeReport({details, tickets: all}), ticketsById: new Map(all.map((ticket) => [ticket.id, ticket]))});
		const alex = full(s, 'alex-kim');
		expect(sectionText(alex, 'Their week in figures')).toContain('2 postponed');
		expect(sectionText(alex, 'Their week in figures')).toContain('Blocked: 2 at the end of 2026-W47');
		expect(sectionText(alex, 'Blockers')).toContain('2 tickets of their group blocked in 2026-W47, 2 still blocked at its end.');
		expect(sectionText(alex, 'Blockers')).toContain('PAY-8');
		expect(sectionText(alex, 'Deadlines')).toContain('2 postponements in 2026-W47.');
		const jo = full(s, 'jo-park');
		expect(sectionText(jo, 'Their week in figures')).toContain('0 postponed');
		expect(sectionText(jo, 'Their week in figures')).toContain('Blocked: nothing of theirs at the end of 2026-W47');
		expect(sectionText(jo, 'Blockers')).toContain('0 tickets of their group blocked in 2026-W47, 0 still blocked at its end.');
		expect(sectionText(jo, 'Blockers')).not.toContain('PAY-8');
		expect(sectionText(jo, 'Deadlines')).toContain('0 postponements in 2026-W47.');
	});

	it('derives talking points from the numbers', () => {
		const points = section(buildOneOnOne(makeSnapshot(), 'alex-kim').content, 'Talking points').find((token): token is Tokens.List => token.type === 'list');
		const items = points?.items.map((item) => plain(item.tokens)) ?? [];
		expect(items[0]).toBe('new: Firefighting rose to 50% from 20%, most of it PAY-1 “Checkout 500s after deploy” (Sam Lee) — component:payments-gateway burned in 1 of the last 4 weeks: what systemic fix is planned?');
		expect(items).toContain('new: You took back 1 ticket from Alex Kim’s group in 2026-W47 — PAY-4 “Vendor contract review”: what would let Alex Kim own it?');
		expect(items).toContain('new: PAY-3 “Retry queue for webhooks” (due Wed 18 Nov, Sam Lee) is overdue: does it need help or a new date?');
	});

	it('says when a late ticket listed as open was completed only after the week, in both lists', () => {
		const s = makeSnapshot();
		const late = {...s.ticketsById.get('t-overdue')!, completedAt: Date.parse('2026-11-25T10:00:00Z'), statusCategory: 'completed' as const};
		const ticketsById = new Map(s.ticketsById).set(late.id, late);
		const slips = [{ticketId: 't-overdue', slipDays: 7, dueDate: '2026-11-18', completedDate: '2026-11-25'}];
		// The head's figures read the details and tickets given, as the domain computes them.
		const snapshot = {...s, ticketsById, report: makeReport({details: {...s.report.details, slips}, tickets: [...ticketsById.values()]})};
		const md = full(snapshot, 'alex-kim');
		expect(sectionText(md, 'Deadlines')).toContain('2026-11-25 (after the week)');
		expect(sectionText(md, 'Delegated work')).toContain('2026-11-18 (completed 2026-11-25, after the week)');
	});

	it('credits a report with their own share of an org-wide theme, and names their own top theme first', () => {
		const s = makeSnapshot();
		const themes = [
			// The org's biggest theme: 12 tickets, only one of them in Alex's group.
			{name: 'label:dns', count: 12, weeks: 4, ticketIds: ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'x11', 't-incident'], ticketWeekIds: Array.from({length: 12}, (_, i) => `2026-W4${4 + (i % 4)}`), weekIds: ['2026-W44', '2026-W45', '2026-W46', '2026-W47']},
			// Alex's own: 2 of its 4 tickets are theirs, in 2 weeks.
			{name: 'component:payments-gateway', count: 4, weeks: 3, ticketIds: ['y1', 't-overdue', 'y2', 't-obs'], ticketWeekIds: ['2026-W45', '2026-W46', '2026-W47', '2026-W47'], weekIds: ['2026-W45', '2026-W46', '2026-W47']},
		];
		const snapshot = {...s, report: {...s.report, details: {...s.report.details, themes}}};
		const scope = reportScope(snapshot, snapshot.roster.reports[0]!);
		expect(groupThemes(snapshot, scope)).toEqual([
			{name: 'component:payments-gateway', count: 2, weeks: 2, orgCount: 4},
			{name: 'label:dns', count: 1, weeks: 1, orgCount: 12},
		]);
		const texts = talkingPointsFor(snapshot, scope).map((point) => point.text);
		expect(texts.join('\n')).not.toContain('12 tickets');
		expect(texts.some((text) => text.includes('component:payments-gateway'))).toBe(true);
	});

	it('says plainly when no talking point applies', () => {
		const steady = metricsFor({completed: counts(1, 1, 0), keptRate: 1 / 3, reports: [delegationRow('Alex Kim', {strategicShare: 0.5}), delegationRow('Jo Park')]});
		// The quiet week's details given to the report, so its head figures (group-head.ts) are computed from them too.
		const quietDetails = {...makeReport().details, themes: [], blocked: [], brokenPromises: []};
		const quiet = makeSnapshot({
			report: makeReport({metrics: steady, details: quietDetails, trendMetrics: [{...previousMetrics, delegation: {...previousMetrics.delegation, reports: steady.delegation.reports}}, steady]}),
		});
		const text = sectionText(buildOneOnOne(quiet, 'alex-kim').content, 'Talking points');
		expect(text.trim()).toBe(noTalkingPoints);
	});

	it('takes the notes about the report and about its group’s tickets, and says none otherwise', () => {
		const s = makeSnapshot({
			notes: [
				note(1, {kind: 'report', reportSlug: 'alex-kim'}, 'Ask about the on-call rota'),
				note(2, {kind: 'ticket', ticketId: 't-overdue'}, 'Needs a new date'),
				note(3, {kind: 'report', reportSlug: 'jo-park'}, 'Promotion case'),
				note(4, {kind: 'ticket', ticketId: 't-kai'}, 'Kai fixed it fast'),
			],
		});
		const alex = section(buildOneOnOne(s, 'alex-kim').content, 'Your notes').find((token): token is Tokens.List => token.type === 'list');
		expect(alex?.items.map((item) => plain(item.tokens))).toEqual(['Ask about the on-call rota', 'PAY-3 Retry queue for webhooks: Needs a new date']);
		expect(sectionText(buildOneOnOne(makeSnapshot(), 'alex-kim').content, 'Your notes').trim()).toBe('none');
	});

	it('names the week in the appendix as the page does: an ended week by its id, the running one as this week and now', () => {
		const past = full(makeSnapshot(), 'alex-kim');
		const running = full(makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-18T12:00:00Z')})}), 'alex-kim');
		expect(sectionText(running, 'Blockers')).toContain('1 ticket of their group blocked this week, 1 still blocked now.');
		expect(past + running).not.toContain('during the week');
	});

	it('asks about a fall of the kept rate only when the group’s own rate fell, never for the org’s fall alone', () => {
		// The org's kept rate fell (75% → 33%, the fixture's); Alex Kim's group's own rose (20% → 50%), with its 2 broken promises.
		const rose = makeSnapshot({report: makeReport({version2: alexKeptRate(0.5, 0.2)})});
		const roseRules = talkingPointsFor(rose, reportScope(rose, rose.roster.reports[0]!)).map((point) => point.rule);
		expect(roseRules).not.toContain('kept-rate-fell');
		expect(roseRules).toContain('broken-promises');
		const fell = makeSnapshot({report: makeReport({version2: alexKeptRate(0, 0.5)})});
		const fellTexts = talkingPointsFor(fell, reportScope(fell, fell.roster.reports[0]!)).map((point) => point.text);
		expect(fellTexts.find((text) => text.startsWith('Promises kept'))).toMatch(/^Promises kept in Alex Kim’s group fell to 0% from 50%, with 2 broken promises/);
	});

	it('says the figures are so far for the current week', () => {
		const s = makeSnapshot({report: makeReport({isCurrent: true, asOf: Date.parse('2026-11-18T12:00:00Z')})});
		expect(buildOneOnOne(s, 'alex-kim').content).toContain('Figures for the week so far, as of Wed 18 Nov (Europe/Berlin)');
	});

	it('rejects a slug that is not in the roster', () => {
		expect(() => buildOneOnOne(makeSnapshot(), 'nobody')).toThrow(/nobody/);
	});

	it('uses the current metrics only: the figures change when the metrics do', () => {
		const changed = {...currentMetrics, delegation: {...currentMetrics.delegation, reports: [delegationRow('Alex Kim', {delegated: 7, overdue: 4}), delegationRow('Jo Park')]}};
		const md = full(makeSnapshot({report: makeReport({metrics: changed, trendMetrics: [previousMetrics, changed]})}), 'alex-kim');
		expect(sectionText(md, 'Delegated work')).toContain('Delegated in 2026-W47: 7 · open: 0 · completed: 0 · overdue: 4');
		expect(sectionText(md, 'Talking points')).toContain('4 delegated tickets are overdue');
	});
});
