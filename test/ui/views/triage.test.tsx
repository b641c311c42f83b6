import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {Classification} from '../../../source/domain/types.js';
import {weekWords} from '../../../source/domain/figure-words.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {triageView} from '../../../source/ui/views/triage/index.js';
import {FakeSource, settle, ticket, week, weekReport, widestLine} from '../fixtures.js';

const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** A FakeSource with what Triage reads besides the maps: the tags and the threshold. */
function triageSource(source: FakeSource): FakeSource {
	Object.assign(source.review, {settings: {threshold: 0.6}});
	return source;
}

function renderView(source: FakeSource, width: number, height: number) {
	const View = triageView.component;
	const report = source.weekReport();
	return render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={report} week={week} width={width} height={height} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
}

describe('triage with untrusted tracker text', () => {
	it('shows a reason built from a tracker label without its escape sequences, within 60 columns', async () => {
		const label = '\u001B]8;;http://x\u0007\u001B[2J\u202Eon-call:incident';
		const tickets = [ticket('h1', {key: 'ENG-9', title: `Pay\u001B[2Jme ${'W'.repeat(90)}`, labels: [label]})];
		const unsure: Classification = {
			category: 'unclassified',
			source: null,
			reason: `unsure: label ${label}`,
			confidence: 0,
			suggestion: {category: 'operational', source: 'rule', reason: `label ${label}`, confidence: 0.5},
		};
		const source = triageSource(new FakeSource({tickets, classifications: new Map([['h1', unsure]])}, weekReport({tickets})));
		const {lastFrame} = renderView(source, 60, 20);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toContain('ENG-9');
		// At 60 columns the line under the list keeps its keys; the reason is the WHY column's.
		expect(frame).toContain('machine says firefighting 50% — enter accepts');
		expect(frame).toMatch(/firefighting 50% +label on-c/);
		expect(frame).not.toMatch(controls);
		expect(widestLine(frame)).toBeLessThanOrEqual(60);
	});

	it('shows a long tracker key whole', async () => {
		const tickets = [ticket('h1', {key: 'PLATFORM-12345', title: 'Payments'}), ticket('h2', {key: 'ENG-2', title: 'Ledger'})];
		const source = triageSource(new FakeSource({tickets}, weekReport({tickets})));
		const {lastFrame} = renderView(source, 80, 20);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toMatch(/PLATFORM-12345 +Payments/);
		expect(widestLine(frame)).toBeLessThanOrEqual(80);
	});

	it('gives a wide terminal\'s room to the title, the reasons column only as wide as its widest reason', async () => {
		const title = 'Data quality checks on payouts ingestion: remove the old path, phase 6 of the migration plan';
		const tickets = [ticket('h1', {key: 'DATA-6837', title}), ticket('h2', {key: 'PAY-2', title: 'Ledger'})];
		const guess: Classification = {category: 'unclassified', source: null, reason: 'unsure', confidence: 0, suggestion: {category: 'strategic', source: 'rule', reason: 'type Story', confidence: 0.5}};
		const source = triageSource(new FakeSource({tickets, classifications: new Map([['h1', guess]])}, weekReport({tickets})));
		const {lastFrame} = renderView(source, 160, 20);
		await settle();
		const frame = lastFrame() ?? '';
		expect(frame).toContain(`DATA-6837 ${title}`);
		expect(frame).toMatch(/improvement 50% +type Story/);
		expect(widestLine(frame)).toBeLessThanOrEqual(160);
	});
});

describe('the triage counter line', () => {
	/** `count` tickets, none classified: each is "unsorted", a `?` row. */
	const unsortedSource = (count: number) => {
		const tickets = Array.from({length: count}, (_, index) => ticket(`t${index}`, {key: `ENG-${index + 1}`, title: `Ticket ${index + 1}`}));
		return triageSource(new FakeSource({tickets}, weekReport({tickets})));
	};

	it('keeps the key that shows all tickets whole at 80 and 60 columns, the week\'s total giving way first', async () => {
		for (const width of [80, 60]) {
			const {lastFrame, unmount} = renderView(unsortedSource(236), width, 20);
			await settle();
			const counter = (lastFrame() ?? '').split('\n')[0] ?? '';
			expect(counter, `${width} columns`).toMatch(/· a: (show )?all$/);
			expect(counter).not.toContain('…');
			unmount();
		}
	});

	it('says the `?` rows are the unsorted ones, and what unsorted means in the ? overlay', async () => {
		const {lastFrame} = renderView(unsortedSource(3), 80, 20);
		await settle();
		expect((lastFrame() ?? '').split('\n')[0]).toContain('3 unsorted (?)');
		expect(triageView.figures?.(weekWords('2026-W49', true)).map((figure) => figure.label)).toEqual(['? unsorted', 'Unsure']);
	});

	it('keeps the keys of the line under the list at 60 columns, the rule\'s reason (in the WHY column) giving way', async () => {
		const tickets = [ticket('h1', {key: 'DATA-6837', title: 'Data quality checks on payouts'})];
		const unsure: Classification = {category: 'unclassified', source: null, reason: 'unsure', confidence: 0, suggestion: {category: 'strategic', source: 'rule', reason: 'type Story', confidence: 0.5}};
		const wide = renderView(triageSource(new FakeSource({tickets, classifications: new Map([['h1', unsure]])}, weekReport({tickets}))), 80, 20);
		await settle();
		expect(wide.lastFrame()).toContain('machine says improvement 50% (rule: type Story) — enter accepts, o / s decide.');
		wide.unmount();
		const {lastFrame} = renderView(triageSource(new FakeSource({tickets, classifications: new Map([['h1', unsure]])}, weekReport({tickets}))), 60, 20);
		await settle();
		expect(lastFrame()).toContain('machine says improvement 50% — enter accepts, o / s decide.');
	});
});
