import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {AppConfig} from '../../source/config/schema.js';
import {validateConfig} from '../../source/config/validate.js';
import {parseWeekArgument, weeksUpTo} from '../../source/domain/week.js';
import type {RosterConfig, Week} from '../../source/domain/types.js';
import type {WeekReport} from '../../source/domain/week-report.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import type {ReviewSession} from '../../source/review/session.js';
import {retain} from '../../source/store/handles.js';
import {openStore, type Store} from '../../source/store/store.js';
import {runSync} from '../../source/sync/run-sync.js';
import {openDemoSession} from '../support/demo-session.js';
import {copyOfStore, rawDatabase, temporaryFolder} from '../store/fixtures.js';

/**
 * Kept week facts (week-facts.ts) against a fresh computation where week-facts.test.ts does not
 * look: a trend across a 53-week ISO year (2026-W53), and settings a week's figures read that
 * no data change moves — the trend's length, the stale age and the roster.
 */
const timezone = 'Pacific/Auckland';
const started = Date.parse('2027-01-08T03:00:00Z');
const ticketCount = 400;
const configOf = (extra: Record<string, unknown> = {}): AppConfig => validateConfig({timezone, ...extra}, {}, null);
const plain = configOf();

let folder: ReturnType<typeof temporaryFolder>;
let store: Store;
const now = started;

function open(on: Store, config: AppConfig, roster: RosterConfig): ReviewSession {
	return openDemoSession(on, {started, timezone, ticketCount}, {config, now: () => now, roster});
}

function shown(on: Store, config: AppConfig, roster: RosterConfig): readonly WeekReport[] {
	return (['this', 'last'] as const).map((which) => {
		const week: Week = parseWeekArgument(which, now, config.timezone);
		const session = open(on, config, roster);
		try {
			const report = session.weekReport(week);
			session.keepWeekReport(week, true);
			return report;
		} finally {
			session.dispose();
		}
	});
}

function raw(sql: string, file = folder.file): unknown {
	const db = rawDatabase(file);
	try {
		const statement = retain(db.prepare(sql));
		return statement.reader ? statement.pluck().get() : statement.run();
	} finally {
		db.close();
	}
}

async function expectKeptEqualToScratch(config: AppConfig, roster: RosterConfig = demoRoster): Promise<readonly WeekReport[]> {
	raw(`DELETE FROM week_reports`);
	const kept = shown(store, config, roster);
	const copy = await copyOfStore(folder.file, `DELETE FROM week_facts`);
	let scratch: readonly WeekReport[];
	try {
		raw(`DELETE FROM week_reports`, copy.file);
		const copied = openStore(copy.file, {now: () => now});
		try {
			scratch = shown(copied, config, roster);
		} finally {
			copied.close();
		}
	} finally {
		copy.cleanup();
	}
	expect(kept).toStrictEqual(scratch);
	raw(`DELETE FROM week_reports`);
	expect(shown(store, config, roster)).toStrictEqual(scratch);
	return kept;
}

beforeAll(async () => {
	folder = temporaryFolder();
	store = openStore(folder.file, {now: () => now});
	await runSync({store, provider: createDemoProvider({now: started, timezone, ticketCount}), full: true, now: () => now});
	shown(store, plain, demoRoster);
}, 120_000);

afterAll(() => {
	store?.close();
	folder?.cleanup();
});

describe('kept week facts at the edges', () => {
	it('across a 53-week ISO year: 2026-W53 is kept under its own id and read back', async () => {
		const trend = weeksUpTo(parseWeekArgument('this', now, timezone), plain.trendWeeks).map((week) => week.id);
		expect(trend).toContain('2026-W53');
		expect(trend.at(-1)).toBe('2027-W01');
		await expectKeptEqualToScratch(plain);
		expect(raw(`SELECT count(*) FROM week_facts WHERE week = '2026-W53'`)).toBe(1);
	});

	it('after the trend length, the stale age or the roster changes', async () => {
		const base = await expectKeptEqualToScratch(plain);
		expect(await expectKeptEqualToScratch(configOf({trendWeeks: 4}))).not.toStrictEqual(base);
		expect(await expectKeptEqualToScratch(configOf({staleDays: 2}))).not.toStrictEqual(base);
		const fewer: RosterConfig = {...demoRoster, reports: demoRoster.reports.slice(1)};
		expect(await expectKeptEqualToScratch(plain, fewer)).not.toStrictEqual(base);
		const otherDirector: RosterConfig = {...demoRoster, director: demoRoster.reports[0]?.id ?? ''};
		expect(await expectKeptEqualToScratch(plain, otherDirector)).not.toStrictEqual(base);
		expect(await expectKeptEqualToScratch(plain)).toStrictEqual(base);
	});
});
