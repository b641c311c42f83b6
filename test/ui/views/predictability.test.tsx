import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {IterationIntegrity} from '../../../source/domain/metrics/v2/types.js';
import type {WeekReport} from '../../../source/domain/week-report.js';
import {globalBindings} from '../../../source/ui/keymap.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {predictabilityView} from '../../../source/ui/views/predictability/index.js';
import {placeSections} from '../../../source/ui/views/predictability/predictability-layout.js';
import {cyclesSection, headlineRows, slipsSection, weeklySection} from '../../../source/ui/views/predictability/predictability-rows.js';
import {initialPredictabilityState, predictabilityReducer} from '../../../source/ui/views/predictability/use-predictability-state.js';
import {FakeSource, keys, lines, person, predictability, press, settle, ticket, week, weekDetails, weekMetrics, version2Metrics, weekReport, widestLine} from '../fixtures.js';

const people = [person('u-alex', 'Alex Kim')];
const tickets = [
	ticket('s1', {key: 'PAY-7', title: 'Refund webhook retries', assigneeId: 'u-alex'}),
	ticket('s2', {key: 'PAY-9', title: 'Currency rounding', assigneeId: null}),
];

const weekly = [0.5, 0.6, null, 0.8, 0.9, 0.7, 1, 0.75].map((onTimeRate, index) =>
	weekMetrics({predictability: {due: 4, onTime: 3, late: 1, onTimeRate, committed: 5, kept: 4, broken: 1, keptRate: 0.8, postponements: index, medianSlipDays: index === 7 ? 2.5 : 1}}),
);

const iterations: IterationIntegrity[] = [
	{id: 'c1', name: 'Cycle 42', team: 'PAY', start: '2026-11-09', end: '2026-11-22', running: false, planned: 10, added: 2, removed: 1, completedPlanned: 6, planningAccuracy: 0.6, scopeChange: 0.3},
	{id: 'c2', name: 'Sprint 7', team: null, start: '2026-11-16', end: '2026-11-29', running: true, planned: 0, added: 0, removed: 0, completedPlanned: 0, planningAccuracy: null, scopeChange: null},
];

const noEffort = version2Metrics().effort.org;

function predictabilityReport(fields: Partial<Parameters<typeof weekReport>[0]> = {}): WeekReport {
	return weekReport({
		trendMetrics: weekly,
		details: weekDetails({
			teams: [
				{team: 'PAY', ...predictability({due: 3, onTime: 2, late: 1, onTimeRate: 2 / 3, committed: 2, kept: 1, broken: 1, keptRate: 0.5, medianSlipDays: 2})},
				{team: 'PLAT', ...predictability({due: 1, onTime: 1, onTimeRate: 1})},
			],
			slips: [
				{ticketId: 's1', slipDays: 4, dueDate: '2026-11-13', completedDate: '2026-11-17'},
				{ticketId: 's2', slipDays: 1, dueDate: '2026-11-17', completedDate: '2026-11-18'},
			],
		}),
		iterations,
		version2: {
			effort: {org: noEffort, reports: [{name: 'Alex Kim', ...noEffort, keptRate: null, previousKeptRate: null}, {name: 'Sam Lee', ...noEffort, keptRate: null, previousKeptRate: null}]},
			promiseRisk: [
				{key: 'PLAT-4', report: 'Sam Lee', dueDate: '2026-11-25', firstDueDate: null, onTimeProbability: 0, keptProbability: null, atRisk: true},
				{key: 'PAY-30', report: 'Alex Kim', dueDate: '2026-11-24', firstDueDate: '2026-11-20', onTimeProbability: 0.4, keptProbability: 0, atRisk: true},
				{key: 'PAY-31', report: 'Alex Kim', dueDate: '2026-11-27', firstDueDate: '2026-11-27', onTimeProbability: 0.1, keptProbability: 0, atRisk: true},
				{key: 'PAY-32', report: 'Alex Kim', dueDate: '2026-11-27', firstDueDate: '2026-11-27', onTimeProbability: 0.9, keptProbability: 0.9, atRisk: false},
			],
		},
		...fields,
	});
}

function renderView(report: WeekReport, source = new FakeSource({tickets, people}, report), width = 80, height = 21) {
	const View = predictabilityView.component;
	return render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={report} week={week} width={width} height={height} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
}

describe('predictability rows', () => {
	it('gives the four headline figures with trends over the trend weeks', () => {
		const rows = headlineRows(predictabilityReport());
		expect(rows.map((row) => [row.label, row.value])).toEqual([
			['On-time rate', '75%'],
			['Kept promises', '80%'],
			['Postponements', '7'],
			['Median slip', '2.5 d'],
		]);
		expect(rows[1]?.detail).toBe('4 kept · 1 broken · 0 open of 5 promised');
		expect(rows[0]?.trend).toBe('▅▅·▇▇▆█▆');
		expect(rows[2]?.trend).toBe('▁▂▃▄▅▆▇█');
	});

	it('counts the promises first due later this week and still open, so the parts add up to the whole', () => {
		const report = predictabilityReport();
		const open = {...report, metrics: {...report.metrics, predictability: {...report.metrics.predictability, committed: 62, kept: 30, broken: 29, keptRate: 30 / 59}}};
		expect(headlineRows(open)[1]?.detail).toBe('30 kept · 29 broken · 3 open of 62 promised');
	});

	it('stars the current week in the weekly table', () => {
		const section = weeklySection(predictabilityReport());
		expect(section.rows).toHaveLength(8);
		expect(section.rows[7]?.[1]?.text).toBe(`${week.id}*`);
		expect(section.rows[0]?.[1]?.text).not.toContain('*');
	});

	it('lists the slips with due → done and the days late', () => {
		const report = predictabilityReport();
		const rows = slipsSection(report, new FakeSource({tickets, people}, report).review).rows;
		expect(rows[0]?.map((cell) => cell.text)).toEqual(['', 'PAY-7', 'Refund webhook retries', '13 Nov → 17 Nov', '+4 d', 'Alex Kim']);
		expect(rows[1]?.[5]?.text).toBe('unassigned');
	});

	it('shows each cycle\'s commitment with its last day, a running one marked, and an unknown accuracy as a dash', () => {
		const rows = cyclesSection(predictabilityReport()).rows;
		expect(rows[0]?.map((cell) => cell.text)).toEqual(['', 'Cycle 42', 'PAY', '9 Nov – 22 Nov', '10', '2', '1', '6', '60%', '30%']);
		expect(rows[1]?.[1]?.text).toBe('Sprint 7 (running)');
		expect(rows[1]?.[8]?.text).toBe('–');
		expect(rows[1]?.[2]?.text).toBe('–');
	});
});

describe('section placement', () => {
	const sizes = [
		{id: 'weekly', rowCount: 8},
		{id: 'teams', rowCount: 2},
		{id: 'slips', rowCount: 2},
		{id: 'cycles', rowCount: 2},
	] as const;

	it('shows only the focused section at 80×24', () => {
		expect(placeSections(sizes, 'weekly', 13)).toEqual([{id: 'weekly', height: 10}]);
	});

	it('gives a long focused section all the room there is', () => {
		expect(placeSections([{id: 'slips', rowCount: 20_000}], 'slips', 13)).toEqual([{id: 'slips', height: 13}]);
	});

	it('adds the next sections, in their usual order, when the terminal is tall', () => {
		expect(placeSections(sizes, 'teams', 37)).toEqual([
			{id: 'weekly', height: 10},
			{id: 'teams', height: 4},
			{id: 'slips', height: 4},
			{id: 'cycles', height: 4},
		]);
	});

	it('fills the room after the focused section before wrapping to the ones before it', () => {
		expect(placeSections(sizes, 'slips', 14)).toEqual([
			{id: 'teams', height: 4},
			{id: 'slips', height: 4},
			{id: 'cycles', height: 4},
		]);
		expect(placeSections(sizes, 'cycles', 12)).toEqual([
			{id: 'weekly', height: 7},
			{id: 'cycles', height: 4},
		]);
		expect(placeSections(sizes, 'cycles', 11)).toEqual([
			{id: 'teams', height: 4},
			{id: 'cycles', height: 4},
		]);
	});
});

describe('the predictability reducer', () => {
	it('shows a section by its key and keeps each section\'s scroll apart', () => {
		let state = predictabilityReducer(initialPredictabilityState, {type: 'move', move: 'up', count: 8, rows: 8});
		state = predictabilityReducer(state, {type: 'show', section: 'slips'});
		expect(state.section).toBe('slips');
		expect(state.scroll.slips.selected).toBe(0);
		expect(state.scroll.weekly.selected).toBe(6);
	});

	it('cycles through the sections both ways, wrapping', () => {
		const back = predictabilityReducer(initialPredictabilityState, {type: 'cycle', by: -1});
		expect(back.section).toBe('risk');
		expect(predictabilityReducer(back, {type: 'cycle', by: 1}).section).toBe('weekly');
	});
});

describe('the Predictability view', () => {
	it('fits 80×21 with the headline and the weekly table', async () => {
		const {lastFrame} = renderView(predictabilityReport());
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/On-time rate\s+75%\s+▅▅·▇▇▆█▆/);
		expect(frame).toContain('[w weekly]');
		expect(frame).toMatch(new RegExp(`${week.id}\\*\\s+4\\s+3\\s+1\\s+75%\\s+5\\s+4\\s+1\\s+80%\\s+7\\s+2.5 d`));
		expect(frame).not.toContain('Worst slips');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
		expect(lines(frame).length).toBeLessThanOrEqual(21);
	});

	it('opens the weekly table on the week under review at 60×20, where the table cannot show all its weeks', async () => {
		// 60×20 leaves the view 16 lines under the header and above the status line.
		const {lastFrame, stdin} = renderView(predictabilityReport(), undefined, 60, 16);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(new RegExp(`^› ${week.id}\\*`, 'm'));
		expect(frame).toMatch(/[↑↓] \d+–8 of 8/);
		expect(frame).not.toContain('2026-W40');
		// k walks back to the weeks before it.
		await press(stdin, 'k');
		expect(lastFrame()).toMatch(new RegExp(`^  ${week.id}\\*`, 'm'));
	});

	it('says a figure\'s count once in the figure panel and its ticket list: "On time 2", not "2 · 2 tickets"', async () => {
		const both = [{ticketId: 's1', why: 'done on its due date'}, {ticketId: 's2', why: 'done before its due date'}];
		const report = predictabilityReport({
			details: weekDetails({
				figures: [
					{path: 'predictability.onTimeRate', unit: 'share', value: 0.75, tickets: both},
					{path: 'predictability.onTime', unit: 'count', value: 2, tickets: both},
				],
			}),
		});
		const {lastFrame, stdin} = renderView(report);
		await settle();
		await press(stdin, 'i');
		const panel = lines(lastFrame() ?? '');
		expect(panel.find((line) => line.includes('On-time rate'))).toMatch(/On-time rate +75% +2 tickets$/);
		expect(panel.find((line) => line.includes('On time '))).toMatch(/On time +2$/);
		await press(stdin, 'j');
		await press(stdin, 'j');
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('On time 2 · ');
		expect(lastFrame()).not.toContain('2 · 2 tickets');
	});

	it('heads the rate columns as rates and the promises as the headline names them: "on time" beside "on-time" read as one figure twice', async () => {
		const {lastFrame} = renderView(predictabilityReport());
		await settle();
		const header = lines(lastFrame() ?? '').find((line) => /^ +week +due/.test(line)) ?? '';
		expect(header).toMatch(/^ +week +due +on time +late +on time % +promised +kept +broken +kept % +postp\. +slip$/);
		expect(lastFrame()).toContain('of 5 promised');
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(80);
	});

	it('switches sections by key and with the arrows', async () => {
		const {lastFrame, stdin} = renderView(predictabilityReport());
		await settle();
		await press(stdin, 's');
		expect(lastFrame()).toContain('[s slips]');
		expect(lastFrame()).toMatch(/› PAY-7\s+Refund webhook retries\s+13 Nov → 17 Nov\s+\+4 d/);
		await press(stdin, keys.right);
		expect(lastFrame()).toContain('[c cycles]');
		expect(lastFrame()).toMatch(/Cycle 42\s+PAY\s+9 Nov – 22 Nov/);
		await press(stdin, keys.right);
		expect(lastFrame()).toContain('[a at risk]');
		// At risk only, by report in roster order, the least likely first; the safe ticket is not listed.
		expect(lastFrame()).toMatch(/Alex Kim\s+PAY-31\s+27 Nov\s+10%\s+0%[\s\S]*Alex Kim\s+PAY-30\s+24 Nov\s+40%[\s\S]*Sam Lee\s+PLAT-4\s+25 Nov\s+0%/);
		expect(lastFrame()).not.toContain('PAY-32');
		await press(stdin, keys.right);
		expect(lastFrame()).toContain('[w weekly]');
		await press(stdin, keys.left);
		await press(stdin, keys.left);
		await press(stdin, keys.left);
		expect(lastFrame()).toContain('[s slips]');
		await press(stdin, 'm');
		expect(lastFrame()).toMatch(/PAY\s+3\s+2\s+1\s+67%/);
		expect(widestLine(lastFrame())).toBeLessThanOrEqual(80);
	});

	it('keeps the team names and whole figures in the per-team table at 60 columns, dropping the rightmost columns', async () => {
		const {lastFrame, stdin} = renderView(predictabilityReport(), undefined, 60, 20);
		await settle();
		await press(stdin, 'm');
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/› PAY +3 +2 +1 +67%/);
		expect(frame).toMatch(/ {2}PLAT +1 +1 +0 +100%/);
		// Every header whole: no column cut to a few characters, where "12" would read "1".
		const header = frame.split('\n').find((line) => /^ +team +due/.test(line)) ?? '';
		expect(header).toMatch(/team +due +on time +late/);
		expect(header).not.toContain('…');
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
	});

	it('keeps each cycle’s planning accuracy and whole name at 60 columns, the added and removed counts giving way', async () => {
		const {lastFrame, stdin} = renderView(predictabilityReport(), undefined, 60, 20);
		await settle();
		await press(stdin, 'c');
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/› Cycle 42 +9 Nov – 22 Nov +10 +6 +60%/);
		expect(frame).toMatch(/accuracy/);
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
	});

	it('shows several sections at once on a tall, wide terminal', async () => {
		const {lastFrame} = renderView(predictabilityReport(), undefined, 160, 45);
		await settle();
		const frame = lastFrame() ?? '';
		for (const title of ['Weekly', 'Per team', 'Worst slips', 'Commitment per cycle']) expect(frame).toContain(title);
		expect(frame).toMatch(/PAY\s+3\s+2\s+1\s+0\s+67%/);
		expect(widestLine(frame)).toBeLessThanOrEqual(160);
	});

	it('says plainly when nothing slipped and no cycle ended or ran in the week', async () => {
		const report = weekReport({trendMetrics: [weekMetrics()]});
		const {lastFrame, stdin} = renderView(report);
		await settle();
		await press(stdin, 's');
		expect(lastFrame()).toContain(`Nothing completed late in ${week.id}: no slips`);
		await press(stdin, 'c');
		expect(lastFrame()).toContain(`No cycle or sprint ended or ran in ${week.id}`);
		expect(lastFrame()).toMatch(/On-time rate\s+–/);
	});

	it('windows 20,000 slips to a screenful and scrolls through them', async () => {
		const many = Array.from({length: 20_000}, (_, index) => ticket(`x${index}`, {key: `OPS-${index + 1}`, title: `Late thing ${index + 1}`}));
		const report = predictabilityReport({
			details: weekDetails({slips: many.map((t, index) => ({ticketId: t.id, slipDays: 20_000 - index, dueDate: '2026-11-01', completedDate: '2026-11-18'}))}),
		});
		const {lastFrame, stdin} = renderView(report, new FakeSource({tickets: many, people}, report));
		await settle();
		await press(stdin, 's');
		await press(stdin, keys.pageDown);
		const frame = lastFrame() ?? '';
		expect(lines(frame).length).toBeLessThanOrEqual(21);
		expect(frame).toMatch(/› OPS-\d+/);
		expect(frame).not.toContain('OPS-1 ');
		expect(frame).toContain('of 20,000');
		await press(stdin, 'G');
		expect(lastFrame()).toContain('› OPS-20000');
	});

	it('binds no key that the shell already uses', () => {
		const global = new Set(globalBindings.flatMap((binding) => binding.keys));
		expect(predictabilityView.bindings.flatMap((binding) => binding.keys).filter((key) => global.has(key))).toEqual([]);
	});
});
