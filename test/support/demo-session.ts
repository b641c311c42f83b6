import type {AppConfig} from '../../source/config/schema.js';
import type {RosterConfig, Week} from '../../source/domain/types.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {retain} from '../../source/store/handles.js';
import type {Store} from '../../source/store/store.js';
import {rawDatabase} from '../store/fixtures.js';

/** The demo organisation a store was synced from: the instant and zone it was generated at, its size. */
export interface DemoOrigin {
	readonly started: number;
	readonly timezone: string;
	readonly ticketCount: number;
}

export interface DemoSessionOptions {
	readonly config: AppConfig;
	/** The session's clock, read at every call (a test moves it). */
	readonly now: () => number;
	readonly roster?: RosterConfig;
	readonly week?: Week;
	readonly indexWhileLoading?: boolean;
}

/** A review session on a store synced from the demo organisation, as the TUI and exports open one. */
export function openDemoSession(store: Store, origin: DemoOrigin, {config, now, roster = demoRoster, week, indexWhileLoading}: DemoSessionOptions): ReviewSession {
	return new ReviewSession({
		store,
		providerName: 'demo',
		providerLabel: 'Demo organisation (Acme)',
		createProvider: async () => createDemoProvider({now: origin.started, timezone: origin.timezone, ticketCount: origin.ticketCount}),
		config,
		roster,
		now,
		relearnDelayMs: 60_000,
		...(week === undefined ? {} : {week}),
		...(indexWhileLoading === undefined ? {} : {indexWhileLoading}),
	});
}

/**
 * A review session whose demo organisation lives at the session's own clock (a test moves it
 * from Friday to Friday): the provider and the session both read `clock()` when asked.
 */
export function demoSessionOnClock(store: Store, clock: () => number, config: AppConfig): ReviewSession {
	return new ReviewSession({
		store,
		providerName: 'demo',
		providerLabel: 'Demo organisation (Acme)',
		createProvider: async () => createDemoProvider({now: clock(), timezone: config.timezone}),
		config,
		roster: demoRoster,
		now: clock,
	});
}

/** A full sync through one session (which must not fail), then a fresh session on what it stored, as the next start of the app opens it. */
export async function afterFullSync(open: () => ReviewSession): Promise<ReviewSession> {
	const syncing = open();
	await syncing.sync(true);
	const status = syncing.syncStatus();
	if (status.phase === 'failed') throw new Error(`the sync failed: ${status.message}`);
	syncing.dispose();
	return open();
}

/** One number from the store file, read by a connection of its own (what the app would not show). */
export function rawCount(file: string, sql: string): number {
	const raw = rawDatabase(file, {readonly: true});
	try {
		return retain(raw.prepare(sql)).pluck().get() as number;
	} finally {
		raw.close();
	}
}

/** One statement on the store file by a connection of its own: another instance's write, or damage. */
export function rawRun(file: string, sql: string): void {
	const raw = rawDatabase(file);
	try {
		retain(raw.prepare(sql)).run();
	} finally {
		raw.close();
	}
}
