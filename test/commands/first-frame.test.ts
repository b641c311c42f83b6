import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {openContext, type CommandContext} from '../../source/commands/context.js';
import {saveFirstFrameAfterSync, storedFirstFrame} from '../../source/commands/first-frame.js';

/**
 * `sync`'s part in the stored first frame (issue 18), on a real store with the demo's
 * generated data: the frame is saved for the week a bare start opens on, kept when it is
 * still valid, and a frame that cannot be computed is a warning, never a failed sync or a
 * frame written anyway.
 */

let home: string;
let context: CommandContext;
let stderr: string;

beforeEach(async () => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-first-frame-sync-'));
	context = openContext({provider: 'demo', week: 'last', offline: false, home, demoWeek: 0}, {DIRECTOR_REVIEW_HOME: home});
	const {runSync} = await import('../../source/sync/run-sync.js');
	await runSync({store: context.store, provider: await context.createProvider(), full: true, now: context.clock});
	stderr = '';
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
		stderr += String(chunk);
		return true;
	});
});

afterEach(async () => {
	vi.restoreAllMocks();
	await context.close();
	fs.rmSync(home, {recursive: true, force: true});
});

/** A bare start's view of the same store: this week, not the --week the sync was given. */
function startContext(): CommandContext {
	const start = openContext({provider: 'demo', week: undefined, offline: false, home, demoWeek: 0}, {DIRECTOR_REVIEW_HOME: home});
	start.store.close();
	return {...context, week: start.week};
}

describe('saveFirstFrameAfterSync', () => {
	it('saves the frame of the week a bare start opens on, whatever --week the sync had, and keeps a valid one', async () => {
		const start = startContext();
		expect(start.week.id).not.toBe(context.week.id);
		expect(storedFirstFrame(start)).toBeNull();
		await saveFirstFrameAfterSync(context);
		expect(stderr).toBe('');
		expect(storedFirstFrame(start)).not.toBeNull();
		// Still valid: no review is loaded to save it again.
		await saveFirstFrameAfterSync({...context, openSession: async () => Promise.reject(new Error('loaded again'))});
		expect(stderr).toBe('');
	});

	it('a frame that cannot be computed: a one-line warning, no frame, no failure', async () => {
		await saveFirstFrameAfterSync({...context, openSession: async () => Promise.reject(new Error('the review could not be loaded'))});
		expect(stderr).toMatch(/^director-review: warning: .*first screen.*not saved \(the review could not be loaded\)/);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(storedFirstFrame(startContext())).toBeNull();
	});
});

describe('storedFirstFrame', () => {
	it('keeps the session\'s clock, not the machine\'s: a pinned demo clock says the data is fresh and its week is running', async () => {
		const pinned = Date.parse('2026-06-05T16:00:00Z');
		const pinnedHome = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-first-frame-clock-'));
		const pinnedContext = openContext({provider: 'demo', week: undefined, offline: false, home: pinnedHome, demoWeek: 0, demoNow: pinned}, {DIRECTOR_REVIEW_HOME: pinnedHome});
		try {
			const {runSync} = await import('../../source/sync/run-sync.js');
			await runSync({store: pinnedContext.store, provider: await pinnedContext.createProvider(), full: true, now: pinnedContext.clock});
			await saveFirstFrameAfterSync(pinnedContext);
			const frame = storedFirstFrame(pinnedContext);
			expect(frame).not.toBeNull();
			// The pinned clock runs on from its instant: seconds past it, not months (the machine's).
			expect(frame!.now() - pinned).toBeGreaterThanOrEqual(0);
			expect(frame!.now() - pinned).toBeLessThan(60_000);
			expect(frame!.now() - frame!.lastSyncedAt()!).toBeLessThan(60_000);
		} finally {
			await pinnedContext.close();
			fs.rmSync(pinnedHome, {recursive: true, force: true});
		}
	});
});
