import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {overviewView} from '../../../source/ui/views/overview/index.js';
import {overviewRows} from '../../../source/ui/views/overview/overview-rows.js';
import {Overview, triageText} from '../../../source/ui/views/overview/overview.js';
import {FakeSource, keys, press, reportDelegation, settle, ticket, week, weekDetails, weekMetrics, weekReport, widestLine} from '../fixtures.js';

const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function renderView(source: FakeSource, width: number, height: number) {
	const View = overviewView.component;
	const report = source.weekReport();
	return render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={report} week={week} width={width} height={height} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
}

const hostileMetrics = weekMetrics({
	delegation: {director: {open: 0, completed: 0}, delegated: 1, takenBack: 0, delegationRate: 1, reports: [reportDelegation('Eve\u001B[31m Red\u001B[2J', {delegated: 1, open: 1})]},
	blockers: {blocked: 1, blockedNow: 1, medianBlockedDays: null},
});

describe('the overview with untrusted tracker text', () => {
	it('shows a report name and a blocker reason from the tracker without their escape sequences', async () => {
		const report = weekReport({
			trendMetrics: [hostileMetrics],
			details: weekDetails({blocked: [{ticketId: 'h1', days: 4, isBlockedNow: true, reason: 'status Blo\u001B[2Jcked\u001B]8;;http://x\u0007\u202E'}]}),
		});
		const {lastFrame} = renderView(new FakeSource({tickets: [ticket('h1', {key: 'ENG-9', title: 'Payments'})]}, report), 100, 40);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toContain('Eve Red ');
		expect(frame).toContain('ENG-9 Payments — blocked 4 d (status Blocked)');
		expect(frame).not.toMatch(controls);
	});

	it('keeps titles with escapes, bidi overrides, long words and wide characters within 60 columns', async () => {
		const hostile = [
			ticket('h1', {key: 'ENG-9', title: `Pay\u001B[2J\u001B]8;;http://x\u0007me\u202E ${'W'.repeat(120)}`}),
			ticket('h2', {key: 'ENG-10', title: `\u009B31mLate\u2067 one ${'支払'.repeat(40)}`}),
		];
		const report = weekReport({
			trendMetrics: [hostileMetrics],
			details: weekDetails({
				blocked: [{ticketId: 'h1', days: 4, isBlockedNow: true, reason: 'flagged'}],
				slips: [{ticketId: 'h2', slipDays: 3, dueDate: '2026-11-16', completedDate: '2026-11-19'}],
			}),
		});
		const {lastFrame} = renderView(new FakeSource({tickets: hostile}, report), 60, 40);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toContain('● ENG-9 Payme WWW');
		expect(frame).toContain('⏱ ENG-10 Late one 支払');
		expect(frame).not.toMatch(controls);
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
	});

	it('names the top recurring theme, a component from the tracker, without its escape sequences', async () => {
		const report = weekReport({trendMetrics: [weekMetrics({themes: [{name: 'component:pay\u001B[2J\u001B]8;;http://x\u0007ments\u202E', count: 12, weeks: 3}]})]});
		const {lastFrame} = renderView(new FakeSource({}, report), 120, 24);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/Top recurring theme +12 +component:payments · 12 fires in 3 weeks/);
		expect(frame).not.toMatch(controls);
	});

	it('says what the top theme\'s number counts at 60 columns, where its detail column is hidden: "28", bare, said nothing', async () => {
		const report = weekReport({trendMetrics: [weekMetrics({themes: [{name: 'component:payments-gateway', count: 28, weeks: 4}]})]});
		const {lastFrame} = renderView(new FakeSource({}, report), 60, 20);
		await settle();
		const row = (lastFrame() ?? '').split('\n').find((line) => line.includes('Top recurring theme')) ?? '';
		expect(row).toMatch(/Top recurring theme +28 +fires in 4 weeks$/);
		expect(widestLine(lastFrame() ?? '')).toBeLessThanOrEqual(60);
	});
});

describe('the overview\'s words for a figure', () => {
	it('says what the on-time and kept-promise rates count as Predictability does: "15 postponed" beside "30 kept · 29 broken" is another figure', async () => {
		const p = {due: 58, onTime: 36, late: 20, pending: 2, onTimeRate: 36 / 56, committed: 62, kept: 30, broken: 29, keptRate: 30 / 59, postponements: 15};
		const source = new FakeSource({}, weekReport({trendMetrics: [weekMetrics({predictability: p})]}));
		const {lastFrame} = renderView(source, 140, 30);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/On-time rate +64% .* 36 on time · 20 late · 2 pending of 58 due/);
		expect(frame).toMatch(/Kept promises +51% .* 30 kept · 29 broken · 3 open of 62 promised/);
		expect(frame).not.toContain('postponed');
	});
});

describe('the overview at 80 columns', () => {
	it('shows every figure’s label whole: "Firefighting (acti…" hides which share it is', async () => {
		const metrics = weekMetrics();
		const source = new FakeSource({}, weekReport({trendMetrics: [metrics, metrics]}));
		const {lastFrame} = renderView(source, 80, 21);
		await settle();
		const frame = lastFrame() ?? '';
		for (const label of ['Firefighting (done)', 'Firefighting (active)', 'Firefighting effort', 'Top recurring theme']) expect(frame).toContain(label);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});

	it('cuts a figure\'s detail between words, never inside a word or a number ("61 firefighting · 33 i…")', async () => {
		const metrics = weekMetrics();
		const source = new FakeSource({}, weekReport({trendMetrics: [metrics, metrics]}));
		const {lastFrame} = renderView(source, 80, 21);
		await settle();
		const cuts = (lastFrame() ?? '').split('\n').flatMap((line) => /\s(\S+)…\s*$/.exec(line)?.[1] ?? []);
		expect(cuts.length).toBeGreaterThan(0);
		// A whole word ends each cut: letters or a closing mark, never a lone number parted from its noun.
		for (const cut of cuts) expect(cut, cut).not.toMatch(/^[\d.,%]+$|^\p{L}$/u);
	});
	it('shows the selected figure\'s whole detail under the table where its column cuts it, and drops a column too narrow for a count and its noun', async () => {
		const metrics = weekMetrics();
		const source = new FakeSource({}, weekReport({trendMetrics: [metrics, metrics]}));
		const rows = overviewRows(source.weekReport());
		const {lastFrame, stdin} = renderView(source, 60, 20);
		await settle();
		const frame = lastFrame() ?? '';
		// No row's detail is cut inside its first word ("61 firefight…"): at 60 columns the column goes.
		expect(frame).not.toMatch(/\S…/u);
		const whole = (row: (typeof rows)[number]) => `› ${row.label}: ${row.detail}`.replaceAll(/\s+/gu, ' ');
		const shown = (text: string) => text.split('\n').map((line) => line.trim()).join(' ');
		expect(shown(frame)).toContain(whole(rows[0]!));
		// Wrapped, its second row is indented under the text, past the "› " mark.
		const frameLines = frame.split('\n');
		const first = frameLines.findIndex((line) => line.startsWith(`› ${rows[0]!.label}:`));
		expect(frameLines[first + 1]).toMatch(/^ {2}\S/u);
		await press(stdin, 'j');
		expect(shown(lastFrame() ?? '')).toContain(whole(rows[1]!));
		expect(shown(lastFrame() ?? '')).not.toContain(whole(rows[0]!));
		expect(widestLine(lastFrame() ?? '')).toBeLessThanOrEqual(60);
	});
});

describe('a figure\'s tickets (enter on an Overview figure)', () => {
	const title = 'Card payments time out behind the new load balancer';
	const why = 'completed Thu 3 Dec, firefighting';
	const report = weekReport({details: weekDetails({figures: [{path: 'allocation.completed.operationalShare', unit: 'share', value: 1, tickets: [{ticketId: 'f1', why}]}]})});
	const source = () => new FakeSource({tickets: [ticket('f1', {key: 'PAY-8361', title})]}, report);

	it('shows each ticket\'s title beside its key and reason on a wide terminal', async () => {
		const {lastFrame, stdin} = renderView(source(), 160, 40);
		await settle();
		await press(stdin, keys.enter);
		const frame = lastFrame() ?? '';
		expect(frame).toContain('why it counts');
		expect(frame).toMatch(new RegExp(`PAY-8361 .*${title}.* ${why}`));
		expect(widestLine(frame)).toBeLessThanOrEqual(160);
	});

	it('heads the list with the figure\'s value as it is now: a tag from the list changes it while it is open', async () => {
		const twoTickets = [ticket('f1', {key: 'PAY-8361', title}), ticket('f2', {key: 'PAY-8362', title})];
		// The row and the figure agree, as the review's week does: both read the week's allocation.
		const figureAt = (operational: number) => {
			const completed = {operational, strategic: 2 - operational, unclassified: 0, operationalShare: operational / 2};
			const metrics = weekMetrics();
			return weekReport({
				trendMetrics: [{...metrics, allocation: {...metrics.allocation, completed}}],
				details: weekDetails({figures: [{path: 'allocation.completed.operationalShare', unit: 'share', value: completed.operationalShare, tickets: [{ticketId: 'f1', why}, {ticketId: 'f2', why}]}]}),
			});
		};
		const tagged = new FakeSource({tickets: twoTickets}, figureAt(1));
		const View = overviewView.component;
		const frameOf = (report: ReturnType<typeof weekReport>) => (
			<ThemeProvider theme={plainTheme}>
				<View source={tagged} report={report} week={week} width={100} height={24} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
			</ThemeProvider>
		);
		const {lastFrame, stdin, rerender} = render(frameOf(figureAt(2)));
		await settle();
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('Firefighting (done) 100% · 2 tickets');
		// The review recomputes the week after the tag: the same figure, now at 50%.
		rerender(frameOf(figureAt(1)));
		await settle();
		expect(lastFrame()).toContain('Firefighting (done) 50% · 2 tickets');
	});

	it('keeps a reason\'s verdict at 80 columns: "completed Fri 4 Dec: late …" lost how late', async () => {
		const late = (id: string, why: string) => ({ticketId: id, why});
		const lateReport = weekReport({
			details: weekDetails({
				figures: [
					{
						path: 'allocation.completed.operationalShare',
						unit: 'share',
						value: 1,
						tickets: [late('f1', 'due Tue 1 Dec, completed Fri 4 Dec: late by 3 d'), late('f2', 'due Tue 1 Dec, not completed by Sun 6 Dec: late, still open')],
					},
				],
			}),
		});
		const tickets = [ticket('f1', {key: 'PAY-8361', title}), ticket('f2', {key: 'PAY-8362', title})];
		const {lastFrame, stdin} = renderView(new FakeSource({tickets}, lateReport), 80, 24);
		await settle();
		await press(stdin, keys.enter);
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/PAY-8361 .* due 1 Dec, completed 4 Dec: late by 3 d /);
		expect(frame).toMatch(/PAY-8362 .* due 1 Dec…: late, still open /);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});

	it('keeps the reason rather than a cut title at 80 columns', async () => {
		const {lastFrame, stdin} = renderView(source(), 80, 24);
		await settle();
		await press(stdin, keys.enter);
		const frame = lastFrame() ?? '';
		expect(frame).toContain(why);
		expect(frame).not.toContain('Card payments');
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});
});

describe("the overview's line of what is left to triage", () => {
	const counts = {unsorted: 41, lowConfidence: 19};
	it('says the split with its reading where it fits, and the split alone, never cut, where it does not', () => {
		const report = weekReport({});
		expect(triageText(report, counts, 100)).toBe('Triage (2): 60 left = 41 unsorted (not in the shares) + 19 unsure guesses (in the shares)');
		expect(triageText(report, counts, 60)).toBe('Triage (2): 60 left = 41 unsorted + 19 unsure guesses');
		expect(triageText(report, counts, 30)).toBe('Triage (2): 60 left');
	});

	it('shows the whole split at 60 columns', async () => {
		const {lastFrame} = render(
			<ThemeProvider theme={plainTheme}>
				<Overview report={weekReport({})} width={60} height={20} triage={counts} />
			</ThemeProvider>,
		);
		await settle();
		expect(lastFrame()).toContain('Triage (2): 60 left = 41 unsorted + 19 unsure guesses');
		expect(widestLine(lastFrame() ?? '')).toBeLessThanOrEqual(60);
	});
});
