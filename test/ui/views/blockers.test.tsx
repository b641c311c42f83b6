import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {WeekReport} from '../../../source/domain/week-report.js';
import {globalBindings} from '../../../source/ui/keymap.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {splitLists} from '../../../source/ui/views/blockers/blockers-layout.js';
import {blockedRows, blockerHeadline, themeRows, themeTicketRows, themeWeeks} from '../../../source/ui/views/blockers/blockers-rows.js';
import {blockersView} from '../../../source/ui/views/blockers/index.js';
import {blockersReducer, initialBlockersState} from '../../../source/ui/views/blockers/use-blockers-state.js';
import {FakeSource, keys, lines, person, press, settle, ticket, week, weekDetails, weekMetrics, version2Metrics, weekReport, widestLine} from '../fixtures.js';
import {formatDaysLong} from '../../../source/domain/figure-format.js';
import {shiftWeek} from '../../../source/domain/week.js';

const [w44, w45, w46, w47] = themeWeeks(week).map((w) => w.id) as [string, string, string, string];

const people = [person('u-sam', 'Sam Lee')];
const tickets = [
	ticket('b1', {key: 'PAY-1', title: 'Settlement export', assigneeId: 'u-sam'}),
	ticket('b2', {key: 'PAY-2', title: 'Card vault migration'}),
	ticket('b3', {key: 'PAY-3', title: 'Ledger reconciliation'}),
	ticket('f1', {key: 'OPS-1', title: 'Payments 502s', completedAt: Date.UTC(2026, 10, 4, 10), assigneeId: 'u-sam'}),
	ticket('f2', {key: 'OPS-2', title: 'Payments timeouts', completedAt: Date.UTC(2026, 10, 18, 9)}),
	ticket('f3', {key: 'OPS-3', title: 'Payments retries storm', completedAt: Date.UTC(2026, 10, 17, 9)}),
];

function blockersReport(fields: {themes?: boolean} = {}): WeekReport {
	const metrics = (blocked: number, blockedNow: number, median: number | null) => weekMetrics({blockers: {blocked, blockedNow, medianBlockedDays: median}});
	return weekReport({
		trendMetrics: [metrics(1, 0, 1), metrics(4, 2, 3), metrics(2, 1, null), metrics(3, 2, 1.5)],
		details: weekDetails({
			blocked: [
				{ticketId: 'b1', days: 1.5, isBlockedNow: false, reason: 'blocked by PAY-9'},
				{ticketId: 'b2', days: 6.25, isBlockedNow: true, reason: 'status Blocked'},
				{ticketId: 'b3', days: 2, isBlockedNow: true, reason: 'flagged\u001B[31m red'},
			],
			themes:
				fields.themes === false
					? []
					: [
							{name: 'component:payments', count: 3, weeks: 2, ticketIds: ['f1', 'f2', 'f3'], ticketWeekIds: [w44, w47, w47], weekIds: [w44, w47]},
							{name: 'label:dns', count: 3, weeks: 3, ticketIds: [], ticketWeekIds: [], weekIds: [w45, w46, w47]},
						],
		}),
	});
}

function renderView(report: WeekReport, source = new FakeSource({tickets, people}, report), width = 80, height = 21, statuses: string[] = []) {
	const View = blockersView.component;
	return render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={report} week={week} width={width} height={height} isActive setStatus={(message) => statuses.push(message)} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
}

const review = (report: WeekReport) => new FakeSource({tickets, people}, report).review;

describe('blockers rows', () => {
	it('gives blocked, still blocked and the median with their trends', () => {
		expect(blockerHeadline(blockersReport()).map((row) => [row.label, row.value, row.trend])).toEqual([
			['Blocked', '3', '▃█▅▆'],
			['Still blocked', '2', '▁█▅█'],
			['Median blocked', '1.5 d', '▃█·▅'],
			['Unowned fires', '0', ''],
		]);
	});

	it('counts the unowned fires and names the oldest; flags a single responder on its theme', () => {
		const base = blockersReport();
		const theme = base.details.themes[0]!;
		const report = {
			...base,
			version2: version2Metrics({
				unownedFires: [
					{key: 'PAY-9', assignee: null, ageDays: 12.26},
					{key: 'PAY-10', assignee: 'Dana Director', ageDays: 3},
				],
				themes: [{name: theme.name, count: theme.count, weeks: theme.weeks, topResponder: 'Sam Lee', topResponderShare: 0.8, singleResponder: true}],
			}),
		};
		const fires = blockerHeadline(report).at(-1);
		expect([fires?.label, fires?.value, fires?.detail]).toEqual(['Unowned fires', '2', 'oldest PAY-9, 12.3 d; no owner but you']);
		expect(themeRows(report)[0]?.cells.at(-1)?.text).toContain('single responder: Sam Lee 80%');
		expect(themeRows(base)[0]?.cells.at(-1)?.text).not.toContain('single responder');
	});

	it('lists the tickets still blocked first, the longest first, with the reason made safe', () => {
		const report = blockersReport();
		const rows = blockedRows(report, review(report));
		const withoutPeople = (cells: readonly string[]) => [...cells.slice(0, 5), cells[7]];
		expect(rows.map((row) => withoutPeople(row.cells.map((cell) => cell.text)))).toEqual([
			['', 'PAY-2', 'Card vault migration', '6.2 d', '● blocked', 'status Blocked'],
			['', 'PAY-3', 'Ledger reconciliation', '2 d', '● blocked', 'flagged red'],
			['', 'PAY-1', 'Settlement export', '1.5 d', '○ ended', 'blocked by PAY-9'],
		]);
	});

	it('shows a long tracker key whole, the key column as wide as the longest key', async () => {
		const long = tickets.map((t) => (t.id === 'b2' ? {...t, key: 'PLATFORM-12345'} : t));
		const report = blockersReport();
		const {lastFrame} = renderView(report, new FakeSource({tickets: long, people}, report), 80);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/› PLATFORM-12345 +Card vault/);
		expect(frame).toMatch(/ {2}PAY-3 +Ledger/);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});

	it('shows a spell’s days as every surface does (the 1:1 and the leadership summary say the same tenths)', () => {
		const base = blockersReport();
		const spells = [{ticketId: 'b1', days: 100.64, isBlockedNow: true, reason: 'status Blocked'}, {ticketId: 'b2', days: 6.25, isBlockedNow: true, reason: 'status Blocked'}];
		const report = {...base, details: {...base.details, blocked: spells}};
		const shown = blockedRows(report, review(report)).map((row) => row.cells[3]?.text);
		expect(shown).toEqual(['100.6 d', '6.2 d']);
		expect(shown.map((text) => text?.replace(' d', ''))).toEqual(spells.map((spell) => formatDaysLong(spell.days).replace(' days', '')));
	});

	it('names each blocked ticket’s assignee and the report whose group holds it', () => {
		const report = blockersReport();
		const source = new FakeSource({tickets, people}, report);
		const roster = {directorIds: new Set<string>(), reports: [{name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set<string>(), groupIds: new Set(tickets.map((t) => t.assigneeId ?? ''))}]};
		const rows = blockedRows(report, source.review, roster);
		for (const row of rows) {
			const ticket = tickets.find((t) => t.id === row.ticketId);
			expect(row.cells[6]?.text).toBe(ticket?.assigneeId ? 'Alex Kim' : '–');
			expect(row.cells[5]?.text).not.toBe('');
		}
	});


	it('marks the weeks a theme burned in, a dot for the weeks it did not', () => {
		const rows = themeRows(blockersReport());
		expect(rows[0]?.cells.map((cell) => cell.text)).toEqual(['', 'component:payments', '3', '2', `${w44.slice(5)}  ·   ·  ${w47.slice(5)}`, 'newly recurring · rising']);
		expect(rows[1]?.cells[4]?.text).toBe(` ·  ${w45.slice(5)} ${w46.slice(5)} ${w47.slice(5)}`);
	});

	it("lists a theme's tickets, the latest fire first, with the week it burned in", () => {
		const report = blockersReport();
		expect(themeTicketRows(report, 'component:payments', review(report)).map((row) => row.map((cell) => cell.text))).toEqual([
			['', 'OPS-2', 'Payments timeouts', 'unassigned', '18 Nov', w47.slice(5)],
			['', 'OPS-3', 'Payments retries storm', 'unassigned', '17 Nov', w47.slice(5)],
			['', 'OPS-1', 'Payments 502s', 'Sam Lee', '4 Nov', w45.slice(5)],
		]);
	});
});

describe('list heights', () => {
	it('gives both lists what they need when they fit', () => {
		expect(splitLists(3, 2, 'blocked', 16)).toEqual({blocked: 5, themes: 4});
	});

	it('lets the focused list take the room, the other keeping a few rows', () => {
		expect(splitLists(200, 30, 'blocked', 16)).toEqual({blocked: 10, themes: 5});
		expect(splitLists(200, 30, 'themes', 16)).toEqual({blocked: 5, themes: 10});
	});

	it('leaves a cut-short list room for a row and its position line, so a 60×20 screen never overflows', () => {
		// 60×20: 12 lines below the headline; 11 blocked and 23 themes (the demo's last week).
		const heights = splitLists(11, 23, 'blocked', 12);
		expect(heights.themes).toBeGreaterThanOrEqual(4);
		expect(heights.blocked + heights.themes).toBeLessThanOrEqual(11);
	});

	it('gives the other list back what a short focused one does not use', () => {
		expect(splitLists(2, 30, 'blocked', 16)).toEqual({blocked: 4, themes: 11});
	});
});

describe('the blockers reducer', () => {
	it('switches focus between the lists and moves only the focused one', () => {
		let state = blockersReducer(initialBlockersState, {type: 'move', move: 'down', count: 3, rows: 3});
		state = blockersReducer(state, {type: 'focus'});
		state = blockersReducer(state, {type: 'move', move: 'last', count: 5, rows: 3});
		expect(state.focus).toBe('themes');
		expect(state.blocked.selected).toBe(1);
		expect(state.themes).toEqual({selected: 4, offset: 2});
		expect(blockersReducer(state, {type: 'focus', to: 'themes'})).toBe(state);
	});

	it('opens a theme only from the themes list, and goes back', () => {
		expect(blockersReducer(initialBlockersState, {type: 'open', theme: 'label:dns'})).toBe(initialBlockersState);
		const themes = blockersReducer(initialBlockersState, {type: 'focus', to: 'themes'});
		const open = blockersReducer(themes, {type: 'open', theme: 'label:dns'});
		expect(open.drill).toEqual({theme: 'label:dns', list: {selected: 0, offset: 0}});
		expect(blockersReducer(open, {type: 'focus'})).toBe(open);
		expect(blockersReducer(open, {type: 'back'})).toEqual(themes);
	});
});

describe('the Blockers & themes view', () => {
	it('fits 80×21 with the counts, the blocked tickets and the themes', async () => {
		const {lastFrame} = renderView(blockersReport());
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/Blocked\s+3\s+▃█▅▆/);
		expect(frame).toMatch(/▸ Blocked this week · 3/);
		expect(frame).toMatch(/› PAY-2\s+Card vault migration\s+6.2 d\s+● blocked\s+\S/);
		expect(frame).toMatch(/PAY-1\s+Settlement export\s+1.5 d\s+○ ended/);
		expect(frame).toContain('Firefighting themes · 4 weeks · 3+ fires in 2+ weeks');
		expect(frame).not.toContain('candidate');
		expect(frame).toMatch(/component:payments\s+3\s+2\s+W\d\d {2}· {3}· {2}W\d\d newly recurring/);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(lines(frame).length).toBeLessThanOrEqual(21);
	});

	it('shows each headline figure\'s words whole at 80 columns, on the current week and an ended one', async () => {
		const base = blockersReport();
		const long = {
			...base,
			metrics: weekMetrics({blockers: {blocked: 1234, blockedNow: 123, medianBlockedDays: 123.4, medianOpenBlockedDays: 123.4}}),
			version2: version2Metrics({unownedFires: [{key: 'PLAT-12345', assignee: null, ageDays: 123.4}]}),
		};
		const ended = {...long, week: shiftWeek(week, -1), isCurrent: false};
		for (const report of [long, ended]) {
			const {lastFrame, unmount} = renderView(report);
			const headline = lines(lastFrame()).slice(0, 4);
			expect(headline.filter((line) => line.includes('…')), report.week.id).toEqual([]);
			unmount();
		}
		const details = (report: WeekReport) => blockerHeadline(report).map((row) => row.detail);
		expect(details(long)).toEqual(['tickets blocked at some point this week', 'right now, for a median 123.4 d so far', 'of spells ended this week', 'oldest PLAT-12345, 123.4 d; no owner but you']);
		expect(details(ended)).toEqual([`tickets blocked at some point in ${ended.week.id}`, `at the end of ${ended.week.id}, for a median 123.4 d`, `of spells ended in ${ended.week.id}`, 'oldest PLAT-12345, 123.4 d; no owner but you']);
	});

	it('cuts a headline detail between words at 60 columns, never inside a number (\'for a median 6…\' read as six days)', async () => {
		const base = blockersReport();
		const report = {...base, metrics: weekMetrics({blockers: {blocked: 13, blockedNow: 5, medianBlockedDays: 2, medianOpenBlockedDays: 60}}), version2: version2Metrics({unownedFires: [{key: 'PAY-8078', assignee: null, ageDays: 96.8}]})};
		const {lastFrame} = renderView(report, undefined, 60, 17);
		await settle();
		const headline = lines(lastFrame()).slice(0, 4);
		for (const line of headline) {
			expect(line.length, line).toBeLessThanOrEqual(60);
			// What precedes an ellipsis is a whole word: the full detail has it followed by a space or its end.
			const cut = /(\S+)…$/.exec(line)?.[1];
			if (cut !== undefined) expect(blockerHeadline(report).some((row) => new RegExp(`(^|\\s)${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`).test(row.detail)), line).toBe(true);
		}
		expect(headline.join('\n')).toContain('60 d');
	});

	it('fits 60×17 (the body of a 60×20 terminal): every line within the width, no more lines than the height', async () => {
		const {lastFrame} = renderView(blockersReport(), undefined, 60, 17);
		await settle();
		const frame = lastFrame() ?? '';
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
		expect(lines(frame).length).toBeLessThanOrEqual(17);
		expect(frame).toMatch(/^Blocked\s+3/);
	});

	it('switches focus with f and the arrows, and drills into a theme', async () => {
		const statuses: string[] = [];
		const report = blockersReport();
		const {lastFrame, stdin} = renderView(report, undefined, 80, 21, statuses);
		await settle();
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('▸ Blocked this week');
		expect(statuses).toEqual(["enter lists a theme's tickets: f moves to the themes"]);
		await press(stdin, 'f');
		expect(lastFrame()).toMatch(/▸ Firefighting themes · 4 weeks/);
		expect(lastFrame()).toMatch(/› component:payments/);
		await press(stdin, keys.enter);
		let frame = lastFrame() ?? '';
		expect(frame).toContain('▸ component:payments · 3 fires in 2 weeks');
		expect(frame).toContain('esc back to the lists');
		expect(frame).toMatch(/› OPS-2\s+Payments timeouts/);
		expect(frame).not.toContain('PAY-2');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		await press(stdin, keys.escape);
		frame = lastFrame() ?? '';
		expect(frame).toContain('PAY-2');
		await press(stdin, keys.left);
		expect(lastFrame()).toMatch(/▸ Blocked this week/);
		await press(stdin, keys.right);
		await press(stdin, 'j');
		expect(lastFrame()).toMatch(/› label:dns/);
	});

	it('says plainly when nothing was blocked and no theme recurs', async () => {
		const report = weekReport({trendMetrics: [weekMetrics()]});
		const {lastFrame} = renderView(report);
		await settle();
		expect(lastFrame()).toContain('No ticket was blocked this week');
		expect(lastFrame()).toContain(`No theme recurred in the 4 weeks to ${week.id} (3+ fires in 2+ weeks)`);
	});

	it('uses a wide terminal for longer titles and reasons', async () => {
		const report = blockersReport();
		const long = tickets.map((t) => (t.id === 'b2' ? {...t, title: 'Card vault migration to the new HSM cluster in the second region'} : t));
		const {lastFrame} = renderView(report, new FakeSource({tickets: long, people}, report), 160, 45);
		await settle();
		expect(lastFrame()).toContain('Card vault migration to the new HSM cluster in the second region');
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(160);
	});

	it('shows a theme\'s flags whole on a wide terminal: a single responder is not cut to "newly recurring · r…"', async () => {
		const base = blockersReport();
		const theme = base.details.themes[0]!;
		const report = {
			...base,
			version2: version2Metrics({themes: [{name: theme.name, count: theme.count, weeks: theme.weeks, topResponder: 'Sam Lee', topResponderShare: 1, singleResponder: true}]}),
		};
		const flags = themeRows(report)[0]?.cells.at(-1)?.text ?? '';
		expect(flags).toBe('newly recurring · rising · single responder: Sam Lee 100%');
		const {lastFrame} = renderView(report, new FakeSource({tickets, people}, report), 160, 45);
		await settle();
		expect(lastFrame()).toContain(flags);
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(160);
		// At 80 columns the column keeps its narrow width, and no line overflows.
		const narrow = renderView(report, new FakeSource({tickets, people}, report), 80, 21);
		await settle();
		expect(widestLine(narrow.lastFrame())).toBeLessThanOrEqual(80);
	});

	it('windows 20,000 blocked tickets to a screenful', async () => {
		const many = Array.from({length: 20_000}, (_, index) => ticket(`k${index}`, {key: `INF-${index + 1}`, title: `Blocked ${index + 1}`}));
		const report = weekReport({
			trendMetrics: [weekMetrics({blockers: {blocked: 20_000, blockedNow: 20_000, medianBlockedDays: null}})],
			details: weekDetails({blocked: many.map((t, index) => ({ticketId: t.id, days: 20_000 - index, isBlockedNow: true, reason: 'status Blocked'}))}),
		});
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: many}, report));
		await settle();
		await press(stdin, 'G');
		const frame = lastFrame() ?? '';
		expect(lines(frame).length).toBeLessThanOrEqual(21);
		expect(frame).toContain('› INF-20000');
		expect(frame).toContain('of 20,000');
	});

	it('binds no key that the shell already uses', () => {
		const global = new Set(globalBindings.flatMap((binding) => binding.keys));
		expect(blockersView.bindings.flatMap((binding) => binding.keys).filter((key) => global.has(key))).toEqual([]);
	});
});
