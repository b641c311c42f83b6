import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {Category, Tag} from '../../../source/domain/types.js';
import type {TagChange} from '../../../source/review/session-types.js';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {triageView} from '../../../source/ui/views/triage/index.js';
import {FakeSource, lines, now, press, settle, ticket, week, weekReport} from '../fixtures.js';

/** A FakeSource whose tags are kept and undone as the session keeps them: in the review's tag map. */
class TaggingSource extends FakeSource {
	override version = 0;
	private readonly undoStack: TagChange[] = [];
	private readonly tagMap = this.review.tags as Map<string, Tag>;

	override tag(ticketIds: readonly string[], category: Category | null): TagChange {
		const before = new Map(ticketIds.map((id) => [id, this.tagMap.get(id)?.category ?? null] as const));
		this.write(new Map(ticketIds.map((id) => [id, category])));
		const change: TagChange = {ticketIds: [...ticketIds], before, after: category};
		this.undoStack.push(change);
		return change;
	}

	override undoTag(): TagChange | null {
		const change = this.undoStack.pop();
		if (change) this.write(change.before);
		return change ?? null;
	}

	override undoDepth(): number {
		return this.undoStack.length;
	}

	private write(categories: ReadonlyMap<string, Category | null>): void {
		this.version++;
		for (const [id, category] of categories) {
			if (category === null) this.tagMap.delete(id);
			else this.tagMap.set(id, {ticketId: id, category, taggedAt: now} as Tag);
		}
	}
}

function renderTriage(source: FakeSource) {
	const View = triageView.component;
	return render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={source.weekReport()} week={week} width={80} height={20} isActive setStatus={() => undefined} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
}

const cursorLine = (frame: string | undefined) => lines(frame).find((line) => line.startsWith('›')) ?? '';

describe('undo in Triage', () => {
	it('brings back into the list, under the cursor, a ticket tagged before the view was last opened', async () => {
		const tickets = [ticket('h1', {key: 'ENG-1', title: 'Tagged earlier'}), ticket('h2', {key: 'ENG-2', title: 'Still unsure'}), ticket('h3', {key: 'ENG-3', title: 'Also unsure'})];
		const source = new TaggingSource({tickets}, weekReport({tickets}));
		Object.assign(source.review, {settings: {threshold: 0.6}});
		// Tagged on an earlier visit: Triage, opened again, lists only what still needs triage.
		source.tag(['h1'], 'operational');
		const {lastFrame, stdin} = renderTriage(source);
		await settle();
		expect(lastFrame()).not.toContain('ENG-1');

		await press(stdin, 'u');
		expect(lastFrame()).toContain('ENG-1');
		expect(cursorLine(lastFrame())).toContain('ENG-1');
		expect(lastFrame()).toMatch(/3 left to triage/);
	});
});

describe('the Triage header at 80 columns', () => {
	/** Twelve tickets, every other one a payout, in Triage with its filter prompt open. */
	async function payoutsWithFilterOpen() {
		const tickets = Array.from({length: 12}, (_, index) => ticket(`h${index}`, {key: `PAYMENTS-${1000 + index}`, title: index % 2 === 0 ? 'Payout retries' : 'Ledger'}));
		const source = new TaggingSource({tickets}, weekReport({tickets}));
		Object.assign(source.review, {settings: {threshold: 0.6}});
		const rendered = renderTriage(source);
		await settle();
		await press(rendered.stdin, '/');
		return rendered;
	}

	it('keeps a filter and a selection in sight, ahead of the counts it can cut', async () => {
		const {lastFrame, stdin} = await payoutsWithFilterOpen();
		for (const character of 'payout') await press(stdin, character);
		await press(stdin, '\r');
		await press(stdin, 'v');
		await press(stdin, 'v');
		const header = lines(lastFrame())[0] ?? '';
		expect(header).toContain('filter "payout"');
		expect(header).toContain('2 selected');
	});

	it('applies a filter whose text and Enter come in one read, and takes the keys after the Enter as keys', async () => {
		const {lastFrame, stdin} = await payoutsWithFilterOpen();
		// A paste ending in a line break, then two selections, all in one read.
		await press(stdin, 'payout\rvv');
		const header = lines(lastFrame())[0] ?? '';
		expect(header).toContain('filter "payout"');
		expect(header).toContain('2 selected');
	});
});
