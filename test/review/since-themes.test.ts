import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import type {SinceLastReview} from '../../source/domain/briefing/since-types.js';
import {weekOf} from '../../source/domain/week.js';
import type {ReviewSession} from '../../source/review/session.js';
import {openStore, type Store} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';
import {afterFullSync, demoSessionOnClock} from '../support/demo-session.js';

/**
 * The theme kinds of "since last review" (briefing.md: themes that became or stopped being
 * recurring; single responders that appeared) against the themes the JSON export shows, a
 * week apart on the demo org: Friday 4 Dec 2026 frozen, Friday 11 Dec compared with it.
 */
const timezone = 'UTC';
const config = validateConfig({timezone}, {}, null);
const friday1 = Date.parse('2026-12-04T16:00:00Z');
const weekMs = 7 * 86_400_000;

interface JsonTheme {
	readonly name: string;
	readonly singleResponder: boolean;
	readonly topResponder: string | null;
}

let clock = friday1;
let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
let frozenThemes: JsonTheme[];
let themesNow: JsonTheme[];
let since: SinceLastReview;

function session(): ReviewSession {
	return demoSessionOnClock(store, () => clock, config);
}

async function synced(): Promise<ReviewSession> {
	return afterFullSync(session);
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => clock});
	const first = await synced();
	const id = first.freezeReview(weekOf(clock, timezone), 'export')!;
	frozenThemes = (store.reviews.get('demo', id)?.figures as {themes: JsonTheme[]}).themes;
	first.dispose();

	clock = friday1 + weekMs;
	const second = await synced();
	const week = weekOf(clock, timezone);
	since = second.sinceLastReview(week);
	const {buildJsonExportFigures} = await import('../../source/export/json.js');
	const snapshot = second.snapshot(week);
	const figures = buildJsonExportFigures({provider: 'demo', week, metrics: snapshot.report.metrics, trend: snapshot.report.trend, version2: snapshot.report.version2, effortTrend: snapshot.report.effortTrend, now: clock}) as unknown as {themes: JsonTheme[]};
	themesNow = figures.themes;
	second.dispose();
}, 120_000);

afterAll(() => {
	store.close();
	folder.cleanup();
});

describe('since last review: themes and single responders, a week on', () => {
	it('lists a single responder for every theme that has one now and had none in the frozen review, naming the person', () => {
		const singleThen = new Set(frozenThemes.filter((theme) => theme.singleResponder).map((theme) => theme.name));
		const appeared = themesNow.filter((theme) => theme.singleResponder && !singleThen.has(theme.name));
		// The demo's week brings one (a theme whose fires one person now answers): not a vacuous check.
		expect(appeared.length).toBeGreaterThan(0);
		const items = since.items.filter((item) => item.kind === 'single-responder');
		expect(items.map((item) => [item.theme, item.person]).sort()).toEqual(appeared.map((theme) => [theme.name, theme.topResponder]).sort());
	});

	it('lists themes that became recurring and those that stopped, exactly as the two theme lists differ', () => {
		const then = new Set(frozenThemes.map((theme) => theme.name));
		const now = new Set(themesNow.map((theme) => theme.name));
		const kindThemes = (kind: string) => since.items.filter((item) => item.kind === kind).map((item) => item.theme).sort();
		expect(kindThemes('theme-recurring')).toEqual([...now].filter((name) => !then.has(name)).sort());
		expect(kindThemes('theme-ended')).toEqual([...then].filter((name) => !now.has(name)).sort());
	});
});
