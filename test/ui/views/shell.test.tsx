import {render} from 'ink-testing-library';
import {useEffect, type ReactNode} from 'react';
import {describe, expect, it} from 'vitest';
import {App, statusFadeMs} from '../../../source/ui/app.js';
import {colorTheme, plainTheme, ThemeProvider, type Theme} from '../../../source/ui/theme.js';
import {blockersView} from '../../../source/ui/views/blockers/index.js';
import {delegationView} from '../../../source/ui/views/delegation/index.js';
import {overviewView} from '../../../source/ui/views/overview/index.js';
import {predictabilityView} from '../../../source/ui/views/predictability/index.js';
import {shiftWeek} from '../../../source/domain/week.js';
import type {Week} from '../../../source/domain/types.js';
import type {WeekReport} from '../../../source/domain/week-report.js';
import {FakeSource, keys, person, predictability, press, reportDelegation, reportDetails, settle, ticket, week, weekDetails, weekMetrics, weekReport, widestLine} from '../fixtures.js';

const views = [overviewView, delegationView, predictabilityView, blockersView];

function source() {
	const metrics = weekMetrics({
		predictability: {due: 2, onTime: 1, late: 1, onTimeRate: 0.5},
		delegation: {director: {open: 2, completed: 1}, delegated: 2, takenBack: 0, delegationRate: 2 / 3, reports: [reportDelegation('Alex Kim', {delegated: 2, open: 1})]},
		blockers: {blocked: 1, blockedNow: 1, medianBlockedDays: null},
	});
	const delegated = ticket('t1', {key: 'ENG-1', title: 'A delegated ticket', assigneeId: 'u-alex'});
	const report = weekReport({
		tickets: [delegated],
		trendMetrics: [metrics, metrics],
		details: weekDetails({
			reports: [reportDetails('Alex Kim', {openIds: ['t1']})],
			blocked: [{ticketId: 't1', days: 3, isBlockedNow: true, reason: 'status Blocked'}],
			teams: [{team: 'ENG', ...predictability({due: 2})}],
		}),
	});
	return new FakeSource({tickets: [delegated], people: [person('u-alex', 'Alex Kim')]}, report);
}

function renderApp(theme: Theme = plainTheme, app: FakeSource = source()) {
	return render(
		<ThemeProvider theme={theme}>
			<App source={app} views={views} initialWeek={week} />
		</ThemeProvider>,
	);
}

/** The shell on its Delegation view with the note prompt open for Alex Kim; `app` records the notes saved. */
async function notePromptOpen(app: FakeSource) {
	const rendered = renderApp(plainTheme, app);
	await settle();
	await press(rendered.stdin, '3');
	await press(rendered.stdin, 'n');
	expect(rendered.lastFrame()).toContain('note on Alex Kim:');
	return rendered;
}

describe('the views inside the shell', () => {
	it('reaches each view by its number key and keeps the view keys working', async () => {
		const {lastFrame, stdin} = renderApp();
		await settle();
		await press(stdin, '3');
		expect(lastFrame()).toContain('[3 Delegation]');
		expect(lastFrame()).toMatch(/› Alex Kim/);
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain("Alex Kim's tickets · 1 open");
		await press(stdin, '4');
		expect(lastFrame()).toContain('[4 Predictability]');
		await press(stdin, 's');
		expect(lastFrame()).toContain('[s slips]');
		await press(stdin, '5');
		expect(lastFrame()).toContain('[5 Blockers & themes]');
		expect(lastFrame()).toMatch(/ENG-1\s+A delegated ticket\s+3 d\s+● blocked/);
	});

	it('quits on q pressed right after Enter saves a note, before the frames that close the prompt', async () => {
		let quit = false;
		function WatchQuit({children}: {readonly children: ReactNode}) {
			// Quitting unmounts the app: this cleanup runs then, and only then.
			useEffect(() => () => {
				quit = true;
			}, []);
			return children;
		}
		const {lastFrame, stdin} = render(
			<ThemeProvider theme={plainTheme}>
				<WatchQuit>
					<App source={source()} views={views} initialWeek={week} />
				</WatchQuit>
			</ThemeProvider>,
		);
		await settle();
		await press(stdin, '3');
		await press(stdin, 'n');
		expect(lastFrame()).toContain('note on Alex Kim:');
		await press(stdin, 'ask about the rota');
		// Two reads back to back, as a quick typist's on a busy machine: the shell's keys are its own again at once.
		stdin.write(keys.enter);
		stdin.write('q');
		await settle();
		expect(quit).toBe(true);
	});

	it('saves a note whose letters and Enter come in one read, as a paste ending in a line break does', async () => {
		const app = source();
		const {lastFrame, stdin} = await notePromptOpen(app);
		await press(stdin, 'ask about ');
		await press(stdin, `the rota${keys.enter}`);
		expect(app.pendingNotes().map((note) => note.text)).toEqual(['ask about the rota']);
		expect(lastFrame()).not.toContain('note on Alex Kim:');
	});

	it("keeps a note's letters from the shell when they come in one read with its Enter, and acts on the keys after it", async () => {
		const app = source();
		const {lastFrame, stdin} = await notePromptOpen(app);
		// "5" is a view key and "?" opens the help: inside the note they are letters, and the "4" after the Enter is a key.
		await press(stdin, `are 5 rotas ok?${keys.enter}4`);
		expect(app.pendingNotes().map((note) => note.text)).toEqual(['are 5 rotas ok?']);
		const frame = lastFrame() ?? '';
		expect(frame).toContain('[4 Predictability]');
		expect(frame).not.toContain('Keys — ');
	});

	it('quits on q in the same read as the Enter that saves a note', async () => {
		let quit = false;
		function WatchQuit({children}: {readonly children: ReactNode}) {
			useEffect(() => () => {
				quit = true;
			}, []);
			return children;
		}
		const app = source();
		const {stdin} = render(
			<ThemeProvider theme={plainTheme}>
				<WatchQuit>
					<App source={app} views={views} initialWeek={week} />
				</WatchQuit>
			</ThemeProvider>,
		);
		await settle();
		await press(stdin, '3');
		await press(stdin, 'n');
		await press(stdin, `ask about the rota${keys.enter}q`);
		expect(app.pendingNotes().map((note) => note.text)).toEqual(['ask about the rota']);
		expect(quit).toBe(true);
	});

	it('saves what was typed when Enter comes before the frame that shows the last letters', async () => {
		const app = source();
		const {stdin} = await notePromptOpen(app);
		// Two reads back to back, no frame between them: the Enter must read the letters, not the empty frame's text.
		stdin.write('ask about the rota');
		stdin.write(keys.enter);
		await settle();
		expect(app.pendingNotes().map((note) => note.text)).toEqual(['ask about the rota']);
	});

	it("lists the view's own keys in the help overlay, and the view takes none while it is open", async () => {
		const {lastFrame, stdin} = renderApp();
		await settle();
		await press(stdin, '4');
		await press(stdin, '?');
		const help = lastFrame() ?? '';
		expect(help).toContain('Keys — Predictability');
		expect(help).toContain('worst slips of the week');
		await press(stdin, 's');
		await press(stdin, '?');
		expect(lastFrame()).toContain('[w weekly]');
	});

	it('lets a status message fade after a few seconds', async () => {
		const {lastFrame, stdin} = renderApp();
		await settle();
		// The last Overview row (no recurring theme here) counts no tickets: Enter says so in the status line.
		for (let step = 0; step < 20; step++) await press(stdin, 'j');
		await press(stdin, keys.enter);
		expect(lastFrame()).toContain('this figure counts no tickets this week');
		await new Promise((resolve) => setTimeout(resolve, statusFadeMs + 300));
		expect(lastFrame()).not.toContain('this figure counts no tickets this week');
	}, 15_000);

	it('keeps every line within the terminal, with colour on too', async () => {
		for (const theme of [plainTheme, colorTheme]) {
			const {lastFrame, stdin, stdout, unmount} = renderApp(theme);
			await settle();
			for (const key of ['3', '4', 'm', '5', 'f']) {
				await press(stdin, key);
				expect(widestLine(lastFrame())).toBeLessThanOrEqual(stdout.columns);
			}

			unmount();
		}
	});

	it('stops [ at a week without tickets, and says so, instead of walking on through empty weeks', async () => {
		// Tickets from the week before this one on; nothing earlier in the store.
		const firstWithData = shiftWeek(week, -1);
		const withTickets = weekReport({tickets: [ticket('t1', {key: 'ENG-1', title: 'A ticket'})]});
		class DataFrom extends FakeSource {
			override weekReport(shown: Week = week): WeekReport {
				return shown.startAt < firstWithData.startAt ? weekReport({week: shown}) : {...withTickets, week: shown};
			}
		}
		const {lastFrame, stdin} = render(
			<ThemeProvider theme={plainTheme}>
				<App source={new DataFrom({})} views={views} initialWeek={week} />
			</ThemeProvider>,
		);
		await settle();
		await press(stdin, '[');
		expect(lastFrame()).toContain(firstWithData.id);
		const empty = shiftWeek(week, -2).id;
		await press(stdin, '[');
		expect(lastFrame()).toContain(empty);
		expect(lastFrame()).toContain(`no tickets in ${empty}`);
		await press(stdin, '[');
		await press(stdin, '[');
		expect(lastFrame()).toContain(empty);
		expect(lastFrame()).not.toContain(shiftWeek(week, -3).id);
		expect(lastFrame()).toContain(`no tickets in ${empty}`);
		await press(stdin, 't');
		expect(lastFrame()).toContain(week.id);
		// Keys typed ahead arrive in one read: each press moves from where the last one left the week.
		await press(stdin, '[[[[[[');
		expect(lastFrame()).toContain(empty);
		expect(lastFrame()).not.toContain(shiftWeek(week, -3).id);
	});

	it('never passes the current week with ], however fast the keys come', async () => {
		const {lastFrame, stdin} = renderApp();
		await settle();
		await press(stdin, '[');
		await press(stdin, '[');
		expect(lastFrame()).toContain(shiftWeek(week, -2).id);
		await press(stdin, ']]]]]');
		expect(lastFrame()).toContain(week.id);
		expect(lastFrame()).not.toContain(shiftWeek(week, 1).id);
		expect(lastFrame()).toContain('already at the current week');
	});

	it('names an ended week in its figures\' words, where the current week says "this week" and "so far"', async () => {
		// A theme none of whose fires burned in the week shown: flagged quiet in that week.
		const lastWeek = shiftWeek(week, -1);
		const [w1, w2] = [shiftWeek(lastWeek, -3).id, shiftWeek(lastWeek, -2).id];
		const base = source().weekReport();
		const details = {...base.details, themes: [{name: 'component:payments', count: 3, weeks: 2, ticketIds: [], ticketWeekIds: [w1, w2, w2], weekIds: [w1, w2]}]};
		const metrics = weekMetrics({predictability: {postponements: 2}, blockers: {blocked: 1, blockedNow: 1, medianBlockedDays: 1, medianOpenBlockedDays: 3}});
		class Weeks extends FakeSource {
			override weekReport(shown: Week = week): WeekReport {
				return {...base, details, metrics, week: shown, isCurrent: shown.id === week.id};
			}
		}
		const {lastFrame, stdin} = render(
			<ThemeProvider theme={plainTheme}>
				<App source={new Weeks({tickets: [ticket('t1', {key: 'ENG-1', title: 'A delegated ticket', assigneeId: 'u-alex'})], people: [person('u-alex', 'Alex Kim')]})} views={views} initialWeek={week} />
			</ThemeProvider>,
		);
		await settle();
		// The "t" key's help says where it goes: the one "this week" an ended week keeps.
		const thisWeek = (frame: string | undefined) => (frame ?? '').replaceAll('back to this week', '').match(/.{0,30}(this week|so far).{0,30}/g) ?? [];
		await press(stdin, '[');
		expect(lastFrame()).toContain(lastWeek.id);
		const seen: string[] = [];
		for (const view of ['1', '3', '4', '5']) {
			await press(stdin, view);
			seen.push(lastFrame() ?? '');
			expect(thisWeek(lastFrame()), `view ${view}`).toEqual([]);
			await press(stdin, '?');
			seen.push(lastFrame() ?? '');
			expect(thisWeek(lastFrame()), `help of view ${view}`).toEqual([]);
			await press(stdin, '?');
		}
		const all = seen.join('\n');
		for (const words of [`tickets blocked at some point in ${lastWeek.id}`, `of spells ended in ${lastWeek.id}`, `quiet in ${lastWeek.id}`, `due dates moved later in ${lastWeek.id}`, `firefighting tickets completed in ${lastWeek.id}`, '(median 3 d at week end)']) {
			expect(all).toContain(words);
		}
		// Back on the current week, the words are the current week's again.
		await press(stdin, 't');
		await press(stdin, '5');
		expect(lastFrame()).toContain('tickets blocked at some point this week');
		expect(lastFrame()).toContain('quiet this week');
	});
});
