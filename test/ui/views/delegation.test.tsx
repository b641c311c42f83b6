import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {WeekReport} from '../../../source/domain/week-report.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {delegationView} from '../../../source/ui/views/delegation/index.js';
import {delegationRows, rowTickets, rowTicketsTitle, ticketStateWords} from '../../../source/ui/views/delegation/delegation-rows.js';
import {delegationReducer, initialDelegationState} from '../../../source/ui/views/delegation/use-delegation-state.js';
import {globalBindings} from '../../../source/ui/keymap.js';
import {classification, FakeSource, keys, lines, person, press, reportDelegation, reportDetails, settle, ticket, version2Metrics, week, weekDetails, weekMetrics, weekReport, widestLine} from '../fixtures.js';

const people = [person('u-alex', 'Alex Kim'), person('u-sam', 'Sam Lee'), person('u-dir', 'Dana Director')];

const tickets = [
	ticket('t1', {key: 'ENG-1', title: 'Rotate the payment keys', assigneeId: 'u-alex', dueDate: '2026-11-12'}),
	ticket('t2', {key: 'ENG-2', title: 'Write the on-call runbook', assigneeId: 'u-alex'}),
	ticket('t3', {key: 'ENG-3', title: 'Flaky deploy pipeline', assigneeId: 'u-alex', statusCategory: 'completed', completedAt: Date.UTC(2026, 10, 18)}),
	ticket('t4', {key: 'ENG-4', title: 'Budget review', assigneeId: 'u-dir'}),
	ticket('t5', {key: 'ENG-5', title: 'Old stale thing', assigneeId: 'u-alex'}),
];

const classifications = new Map([
	['t1', classification('operational')],
	['t3', classification('strategic')],
]);

function delegationMetrics(alexDelegated: number, directorOpen: number) {
	return weekMetrics({
		delegation: {
			director: {open: directorOpen, completed: 2},
			delegated: alexDelegated + 1,
			takenBack: 1,
			delegationRate: 0.6,
			reports: [
				reportDelegation('Alex Kim', {delegated: alexDelegated, open: 3, completed: 1, overdue: 1, stale: 1, takenBack: 1, strategicShare: 0.5}),
				reportDelegation('Sam Lee', {delegated: 1}),
			],
		},
	});
}

function delegationReport(): WeekReport {
	return weekReport({
		trendMetrics: [delegationMetrics(1, 4), delegationMetrics(2, 6), delegationMetrics(4, 3), delegationMetrics(3, 1)],
		details: weekDetails({
			reports: [
				reportDetails('Alex Kim', {openIds: ['t2', 't1', 't5'], overdueIds: ['t1'], staleIds: ['t5'], completedIds: ['t3'], takenBackIds: ['t4']}),
				reportDetails('Sam Lee'),
			],
			directorOpenIds: ['t4'],
		}),
	});
}

interface Shell {
	status: string;
	capturesInput: boolean;
}

function renderView(report: WeekReport, source = new FakeSource({tickets, people, classifications}, report), width = 80, height = 21, shell: Shell = {status: '', capturesInput: false}) {
	const View = delegationView.component;
	return render(
		<ThemeProvider theme={plainTheme}>
			<View
				source={source}
				report={report}
				week={week}
				width={width}
				height={height}
				isActive
				setStatus={(message) => {
					shell.status = message;
				}}
				setCapturesInput={(captures) => {
					shell.capturesInput = captures;
				}}
			/>
		</ThemeProvider>,
	);
}

describe('delegation rows', () => {
	it('gives each report its figures and trends matched by name, then the director', () => {
		const rows = delegationRows(delegationReport());
		expect(rows.map((row) => row.label)).toEqual(['Alex Kim', 'Sam Lee', 'You (director)']);
		expect(rows[0]?.figures.delegated).toEqual({value: '3', trend: '▃▅█▆', isAlarming: false});
		expect(rows[0]?.figures.overdue.isAlarming).toBe(true);
		expect(rows[0]?.figures.strategicShare.value).toBe('50%');
		expect(rows[2]?.figures.open.value).toBe('1');
		expect(rows[2]?.figures.delegated.value).toBe('–');
	});

	it('shows a gap in the trend for a week the report was not in the roster', () => {
		const report = weekReport({trendMetrics: [weekMetrics(), delegationMetrics(2, 1)]});
		expect(delegationRows(report)[0]?.figures.delegated.trend).toBe('·█');
	});

	it('lists open tickets first (overdue, stale, then the rest), then done, then taken back', () => {
		const report = delegationReport();
		const alex = delegationRows(report)[0];
		if (!alex) throw new Error('no row');
		const list = rowTickets(alex, report, new FakeSource({tickets, people, classifications}).review);
		expect(list.map((t) => [t.key, t.state])).toEqual([
			['ENG-1', 'overdue'],
			['ENG-5', 'stale'],
			['ENG-2', 'open'],
			['ENG-3', 'done'],
			['ENG-4', 'takenBack'],
		]);
		expect(list[0]).toMatchObject({assignee: 'Alex Kim', due: '12 Nov', categoryWord: 'firefighting'});
	});
});

describe('a report\'s tickets, overdue and stale at once', () => {
	it('says both of a ticket that is both, so the list reconciles with the row\'s overdue and stale figures', () => {
		const report = weekReport({trendMetrics: [delegationMetrics(2, 6)], details: weekDetails({reports: [reportDetails('Alex Kim', {openIds: ['t1', 't5', 't2'], overdueIds: ['t1'], staleIds: ['t1', 't5']})]})});
		const alex = delegationRows(report)[0];
		if (!alex) throw new Error('no row');
		const list = rowTickets(alex, report, new FakeSource({tickets, people, classifications}).review);
		const words = list.map((ticket) => [ticket.key, ticketStateWords[ticket.state]]);
		expect(words).toEqual([
			['ENG-1', '! overdue, stale'],
			['ENG-5', '~ stale'],
			['ENG-2', '  open'],
		]);
		expect(words.filter(([, word]) => word?.includes('stale'))).toHaveLength(2);
	});
});

describe('a report\'s tickets, taken back and handed back in the week', () => {
	it('lists a ticket both open and taken back under each, so the title counts what the figures count (PLAT-7742 in the demo)', () => {
		const report = weekReport({trendMetrics: [delegationMetrics(2, 6)], details: weekDetails({reports: [reportDetails('Alex Kim', {openIds: ['t1', 't2'], takenBackIds: ['t4', 't2']})]})});
		const alex = delegationRows(report)[0];
		if (!alex) throw new Error('no row');
		const list = rowTickets(alex, report, new FakeSource({tickets, people, classifications}).review);
		expect(list.filter((ticket) => ticket.state === 'takenBack').map((ticket) => ticket.key)).toEqual(['ENG-4', 'ENG-2']);
		expect(rowTicketsTitle('Alex Kim', list)).toBe("Alex Kim's tickets · 2 open · 2 taken back");
	});
});

describe('the delegation reducer', () => {
	it('moves the table selection, then the drill-down list once one is open', () => {
		let state = delegationReducer(initialDelegationState, {type: 'move', move: 'down', count: 3, rows: 10});
		expect(state.rows.selected).toBe(1);
		state = delegationReducer(state, {type: 'open', rowKey: 'Sam Lee'});
		state = delegationReducer(state, {type: 'move', move: 'down', count: 5, rows: 10});
		expect(state.drill).toEqual({rowKey: 'Sam Lee', list: {selected: 1, offset: 0}});
		expect(state.rows.selected).toBe(1);
	});

	it('goes back to the table where it was', () => {
		const open = delegationReducer({rows: {selected: 2, offset: 0}, drill: null, note: null}, {type: 'open', rowKey: 'x'});
		expect(delegationReducer(open, {type: 'back'})).toEqual({rows: {selected: 2, offset: 0}, drill: null, note: null});
	});

	it('opens and closes a note prompt about a report', () => {
		const noting = delegationReducer(initialDelegationState, {type: 'note', target: {kind: 'report', reportSlug: 'alex-kim'}, about: 'Alex Kim'});
		expect(noting.note).toEqual({target: {kind: 'report', reportSlug: 'alex-kim'}, about: 'Alex Kim'});
		expect(delegationReducer(noting, {type: 'closeNote'})).toEqual(initialDelegationState);
	});

	it('ignores back with nothing open', () => {
		expect(delegationReducer(initialDelegationState, {type: 'back'})).toBe(initialDelegationState);
	});
});

describe('the Delegation view', () => {
	it('shows every report with its figures, the director and the selected report\'s trends within 80 columns', async () => {
		const {lastFrame} = renderView(delegationReport());
		await settle();
		const frame = lastFrame();
		expect(frame).toContain('Delegation rate   60%');
		expect(frame).toContain('Your open load');
		expect(frame).toMatch(/› Alex Kim\s+3\s+3\s+1\s+1\s+1\s+1\s+50%/);
		expect(frame).toMatch(/You \(director\)\s+–\s+1\s+2/);
		expect(frame).toContain('Alex Kim · last 4 weeks');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(lines(frame).length).toBeLessThanOrEqual(21);
	});

	it('cuts the selected report\'s effort line between words, never inside one ("firefighti…" at 80 columns)', async () => {
		const effort = {operational: 12, strategic: 23, unclassified: 1, operationalShare: 12 / 35, interruptShare: 0.49, personDays: 35, fteWeeks: 7, unplanned: 17};
		const report = {...delegationReport(), version2: version2Metrics({effort: {org: effort, reports: [{name: 'Alex Kim', ...effort, keptRate: 0.5, previousKeptRate: 0.57}]}})};
		const {lastFrame} = renderView(report);
		await settle();
		const line = lines(lastFrame()).find((entry) => entry.startsWith('Alex Kim: ')) ?? '';
		expect(line).toMatch(/^Alex Kim: interrupts 49% of days · kept promises 50% \(week before 57%\)/);
		expect(line.trimEnd()).toMatch(/(?:[a-z)]…|[a-z])$/);
		expect(line.trimEnd()).not.toMatch(/firefighti…$/);
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(80);
	});

	it('names every figure whole in 60 columns, in its short header, none by another figure\'s name', async () => {
		const {lastFrame} = renderView(delegationReport(), undefined, 60, 20);
		await settle();
		const header = lines(lastFrame()).find((line) => line.includes('report')) ?? '';
		// "o/due" was hard to read: overdue keeps its word.
		expect(header.split(/\s+/).filter(Boolean)).toEqual(['report', 'deleg', 'open', 'done', 'overdue', 'stale', 'back', 'strat']);
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(60);
	});

	it('puts the sparklines beside the figures on a wide terminal', async () => {
		const {lastFrame} = renderView(delegationReport(), undefined, 160, 45);
		await settle();
		if (process.env['SHOW']) console.log(lastFrame());
		expect(lastFrame()).toMatch(/Alex Kim\s+3 ▃▅█▆/);
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(160);
	});

	it('drills into the selected report\'s tickets and back', async () => {
		const {lastFrame, stdin} = renderView(delegationReport());
		await settle();
		await press(stdin, keys.enter);
		let frame = lastFrame() ?? '';
		// Named in the words of the row's figures: the list is not "delegated this week".
		expect(frame).toContain("Alex Kim's tickets · 3 open · 1 done · 1 taken back");
		expect(frame).not.toMatch(/delegated tickets · 5/);
		expect(frame).toMatch(/› ENG-1\s+Rotate the payment ke…\s+Alex Kim\s+12 Nov\s+! overdue\s+firefighting/);
		expect(frame).toContain('↩ taken back');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		await press(stdin, 'j');
		expect(lastFrame()).toMatch(/› ENG-5/);
		await press(stdin, keys.escape);
		frame = lastFrame() ?? '';
		expect(frame).toContain('Delegation rate');
		expect(frame).toMatch(/› Alex Kim/);
	});

	it('shows a long tracker key whole in the drill-down', async () => {
		const report = delegationReport();
		const long = tickets.map((t) => (t.id === 't1' ? {...t, key: 'PLATFORM-12345'} : t));
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: long, people, classifications}, report));
		await settle();
		await press(stdin, keys.enter);
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/› PLATFORM-12345 +Rotate/);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});

	it('says plainly when a report has no delegated tickets', async () => {
		const {lastFrame, stdin} = renderView(delegationReport());
		await settle();
		await press(stdin, 'j');
		expect(lastFrame()).toContain('Sam Lee · last 4 weeks');
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('No delegated tickets for Sam Lee this week');
	});

	it("lists the director's own open tickets from the director's row", async () => {
		const {lastFrame, stdin} = renderView(delegationReport());
		await settle();
		await press(stdin, 'G');
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('Your open tickets · 1');
		expect(lastFrame()).toContain('ENG-4');
	});

	it('renders only a screenful of a 20,000-ticket drill-down', async () => {
		const many = Array.from({length: 20_000}, (_, index) => ticket(`m${index}`, {key: `ENG-${index + 1}`, title: `Ticket number ${index + 1}`, assigneeId: 'u-alex'}));
		const report = weekReport({
			trendMetrics: [delegationMetrics(20_000, 0)],
			details: weekDetails({reports: [reportDetails('Alex Kim', {openIds: many.map((t) => t.id)})]}),
		});
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: many, people}, report));
		await settle();
		await press(stdin, keys.enter);
		await press(stdin, 'G');
		const frame = lastFrame() ?? '';
		expect(lines(frame).length).toBeLessThanOrEqual(21);
		expect(frame).toContain('› ENG-20000');
		expect(frame).not.toContain('ENG-1 ');
		expect(frame).toContain('of 20,000');
		await press(stdin, keys.pageUp);
		expect(lastFrame()).toMatch(/› ENG-1998\d/);
	});

	it('never renders untrusted names or titles with their escape sequences', async () => {
		const hostile = [ticket('h1', {key: 'ENG-9', title: 'Pay\u001B[2J\u001B]8;;http://x\u0007me\u202E', assigneeId: 'u-x'})];
		const report = weekReport({
			trendMetrics: [weekMetrics({delegation: {director: {open: 0, completed: 0}, delegated: 1, takenBack: 0, delegationRate: 1, reports: [reportDelegation('Eve\u001B[31m Red')]}})],
			details: weekDetails({reports: [reportDetails('Eve\u001B[31m Red', {openIds: ['h1']})]}),
		});
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: hostile, people: [person('u-x', 'Mal\u0007lory')]}, report));
		await settle();
		expect(lastFrame()).toContain('Eve Red');
		await press(stdin, keys.enter);
		const frame = lastFrame() ?? '';
		expect(frame).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]/);
		expect(frame).toContain('Payme');
		expect(frame).toContain('Mallory');
	});

	it('keeps a note about the selected report for the next 1:1, the prompt taking every key', async () => {
		const report = delegationReport();
		const source = new FakeSource({tickets, people, classifications}, report);
		const shell = {status: '', capturesInput: false};
		const {lastFrame, stdin} = renderView(report, source, 80, 21, shell);
		await settle();
		await press(stdin, 'n');
		expect(lastFrame()).toContain('note on Alex Kim:');
		expect(shell.capturesInput).toBe(true);
		for (const key of ['a', 's', 'k', ' ', 'j', 'q']) await press(stdin, key);
		expect(lastFrame()).toContain('note on Alex Kim: ask jq');
		expect(lastFrame()).toMatch(/› Alex Kim/);
		await press(stdin, keys.enter);
		expect(source.pendingNotes().map((note) => [note.target, note.text])).toEqual([[{kind: 'report', reportSlug: 'alex-kim'}, 'ask jq']]);
		expect(shell.status).toBe('note saved on Alex Kim: it goes into the next 1:1 export');
		expect(shell.capturesInput).toBe(false);
		expect(lastFrame()).not.toContain('note on');
	});

	it('notes a ticket from the drill-down, and Esc cancels without saving', async () => {
		const report = delegationReport();
		const source = new FakeSource({tickets, people, classifications}, report);
		const {lastFrame, stdin} = renderView(report, source);
		await settle();
		await press(stdin, keys.enter);
		await press(stdin, 'n');
		expect(lastFrame()).toContain('note on ENG-1:');
		await press(stdin, 'x');
		await press(stdin, keys.escape);
		expect(source.pendingNotes()).toEqual([]);
		expect(lastFrame()).toContain("Alex Kim's tickets · ");
		await press(stdin, 'n');
		await press(stdin, 'y');
		await press(stdin, keys.enter);
		expect(source.pendingNotes().map((note) => note.target)).toEqual([{kind: 'ticket', ticketId: 't1'}]);
	});

	it('keeps lines within 80 columns when titles and names are double-width', async () => {
		const wide = [ticket('w1', {key: 'ENG-7', title: '支払いの再試行が失敗する問題を修正する必要があります本当に長いタイトル', assigneeId: 'u-w'})];
		const report = weekReport({
			trendMetrics: [delegationMetrics(1, 0)],
			details: weekDetails({reports: [reportDetails('Alex Kim', {openIds: ['w1']})]}),
		});
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: wide, people: [person('u-w', '山田太郎山田太郎')]}, report));
		await settle();
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('ENG-7');
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(80);
	});

	it('keeps the selection in range when another week has fewer rows', async () => {
		const source = new FakeSource({tickets, people, classifications});
		const View = delegationView.component;
		const view = (report: WeekReport) => (
			<ThemeProvider theme={plainTheme}>
				<View source={source} report={report} week={week} width={80} height={21} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
			</ThemeProvider>
		);
		const {lastFrame, stdin, rerender} = render(view(delegationReport()));
		await settle();
		await press(stdin, 'G');
		expect(lastFrame()).toMatch(/› You \(director\)/);
		const fewer = weekReport({trendMetrics: [weekMetrics({delegation: {director: {open: 0, completed: 0}, delegated: 0, takenBack: 0, delegationRate: null, reports: [reportDelegation('Alex Kim')]}})]});
		rerender(view(fewer));
		await settle();
		expect(lastFrame()).toMatch(/› You \(director\)/);
		await press(stdin, 'k');
		expect(lastFrame()).toMatch(/› Alex Kim/);
	});

	it('binds no key that the shell already uses', () => {
		const global = new Set(globalBindings.flatMap((binding) => binding.keys));
		expect(delegationView.bindings.flatMap((binding) => binding.keys).filter((key) => global.has(key))).toEqual([]);
	});
});
