import {createRequire} from 'node:module';
import type * as XtermHeadless from '@xterm/headless';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openContext, type CommandContext} from '../../source/commands/context.js';
import {storedFirstFrame} from '../../source/commands/first-frame.js';
import {weekOf} from '../../source/domain/week.js';
import {iso, LinearDatasetBuilder, type FakeIssue} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';
import {startCli} from './terminal.js';

/**
 * Issue 18: a director's cron job runs `director-review sync`; the next start must draw its
 * first frame from the store at once, with the synced figures. Through the built CLI (run
 * `npm run build` first) against the fake Linear: after each sync the stored frame is the
 * one a bare start looks for, and the frame the TUI draws first shows what was synced.
 * The config's zone is UTC+14, so a stamp taken with the machine's (UTC) day or week is not
 * the one the TUI computes for most of the day.
 */

const require = createRequire(import.meta.url);
const {Terminal} = require('@xterm/headless') as typeof XtermHeadless;

const timezone = 'Pacific/Kiritimati';
const hour = 3_600_000;
let server: FakeLinearServer;
let home: string;
let builder: LinearDatasetBuilder;
const done: FakeIssue[] = [];

beforeAll(async () => {
	builder = new LinearDatasetBuilder();
	const dana = builder.user('Dana Director');
	const iva = builder.user('Iva Engineer');
	const eng = builder.team('ENG', 'Engineering');
	const now = Date.now();
	const weekStart = weekOf(now, timezone).startAt;
	// Done this week (in the config's zone), whatever the hour the test runs at.
	const completedAt = weekStart + Math.floor((now - weekStart) / 2);
	const titles = ['Checkout 500s after the deploy', 'Design the new onboarding flow', 'Build the usage dashboard', 'Write the billing migration plan'];
	for (const [index, title] of titles.entries()) {
		const createdAt = now - 20 * 24 * hour;
		const issue = builder.issue(eng, {title, labels: index === 0 ? ['incident'] : ['feature'], state: 'Done', creatorId: dana.id, assigneeId: iva.id, createdAt: iso(createdAt), startedAt: iso(createdAt + hour), completedAt: iso(completedAt)});
		issue.updatedAt = iso(completedAt);
		done.push(issue);
	}
	server = await startFakeLinear({dataset: builder.dataset});
	home = makeHome({provider: 'linear', timezone, linear: {apiUrl: server.url, teams: []}});
});

afterAll(async () => {
	await server.close();
	removeHomes();
});

const env = () => ({LINEAR_API_KEY: server.apiKey});

/** What a bare `director-review` start opens: its context, as the TUI builds it. */
function startContext(): CommandContext {
	return openContext({provider: undefined, week: undefined, offline: true, home, demoWeek: 0}, {DIRECTOR_REVIEW_HOME: home, LINEAR_API_KEY: server.apiKey});
}

function figureRows(screen: string): string[] {
	return screen.split('\n').filter((line) => /^[›\s]*(Firefighting|On-time|Kept promises|Delegation rate|Your open load|Blocked)/.test(line));
}

/** Replays what the TUI wrote, one synchronized frame at a time, and returns the first screen `accept` takes. */
function firstScreen(raw: string, accept: (screen: string) => boolean): Promise<string | null> {
	const terminal = new Terminal({cols: 100, rows: 30, allowProposedApi: true});
	const frames = raw.split('\u001B[?2026l');
	return new Promise((resolve) => {
		const next = (index: number) => {
			if (index >= frames.length) return resolve(null);
			terminal.write(`${frames[index]!}\u001B[?2026l`, () => {
				const buffer = terminal.buffer.active;
				const lines: string[] = [];
				for (let row = 0; row < terminal.rows; row++) lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
				const screen = lines.join('\n');
				if (accept(screen)) resolve(screen);
				else next(index + 1);
			});
		};
		next(0);
	});
}

/** Starts the TUI on the store as it is (--offline: no sync behind it), and returns the first frame drawn and the loaded one. */
async function startAndRead(): Promise<{stored: string | null; loaded: string}> {
	const session = startCli({args: ['--offline'], columns: 100, rows: 30, env: {DIRECTOR_REVIEW_HOME: home, LINEAR_API_KEY: server.apiKey, NO_COLOR: '1'}});
	try {
		// The whole loaded frame: xterm may show a frame half drawn, so wait for its last figure and the footer too.
		const loaded = await session.waitFor((screen) => figureRows(screen).length > 0 && !screen.includes('loading the review') && screen.includes('Top recurring theme') && screen.includes('q quit'), 30_000);
		const stored = await firstScreen(session.raw(), (screen) => figureRows(screen).length > 0);
		await session.press('q');
		expect(await session.exited()).toBe(0);
		// The first frame with figures is the stored one only if it was drawn before the load.
		return {stored: stored !== null && stored.includes('figures as last shown') ? stored : null, loaded};
	} finally {
		session.kill('SIGKILL');
	}
}

async function sync(): Promise<void> {
	const result = await runCli(['sync'], {home, env: env()});
	expect(result.code, result.stderr).toBe(0);
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^synced \d+ changed tickets? from Linear/m);
	expect(result.stderr).not.toMatch(/warning/);
}

describe('a sync run by cron leaves the first frame of the next start', () => {
	it('stores the frame a bare start looks for, showing the synced figures; the next sync replaces it', {timeout: 180_000}, async () => {
		await sync();
		const context = startContext();
		try {
			expect(storedFirstFrame(context), 'the frame stored by sync is the one the start looks for').not.toBeNull();
		} finally {
			await context.close();
		}
		const first = await startAndRead();
		expect(first.stored, 'the TUI drew the stored frame first').not.toBeNull();
		expect(figureRows(first.stored!)).toEqual(figureRows(first.loaded));

		// The tracker changes: a second fire. The next cron sync must leave a frame showing it.
		const relabelled = done[1]!;
		relabelled.labelIds = [builder.label('incident').id];
		relabelled.updatedAt = iso(Date.now() - 60_000);
		await sync();
		const second = await startAndRead();
		expect(second.stored, 'the TUI drew the stored frame first').not.toBeNull();
		expect(figureRows(second.stored!)).toEqual(figureRows(second.loaded));
		expect(figureRows(second.stored!).find((row) => /Firefighting \(done\)/.test(row))).not.toEqual(figureRows(first.stored!).find((row) => /Firefighting \(done\)/.test(row)));
	});
});
