import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {syncBeforeReading} from '../../source/commands/sync-first.js';
import {ConfigError} from '../../source/config/errors.js';
import {loadConfig} from '../../source/config/load.js';
import {FileExistsError, UsageError, type AppError} from '../../source/errors/app-error.js';
import {describeError, errorLine} from '../../source/errors/report.js';
import {ExportWriteError, writeExportFiles} from '../../source/export/write-files.js';
import {ProviderError, type Provider, type SyncPage} from '../../source/providers/provider.js';
import {TransientFault} from '../../source/providers/retry.js';
import {ReviewSession} from '../../source/review/session.js';
import {DamagedStoreError, StoreError} from '../../source/store/errors.js';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear} from '../fakes/linear/server.js';

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true});
});

function folder(): string {
	const made = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-errors-'));
	folders.push(made);
	return made;
}

const quiet = {env: {}};

describe('the one reporter', () => {
	const kinds: ReadonlyArray<readonly [string, AppError, 1 | 2]> = [
		['a usage error', new UsageError('unknown command "frob"', 'see director-review --help'), 2],
		['a config error', new ConfigError('trendWeeks', 'a whole number from 2 to 52', '/home/d/config.json'), 2],
		['a file that exists', new FileExistsError(['a.md'], 'file exists: a.md', 'pass --force to replace, or --out DIR to write elsewhere'), 2],
		['a provider error', new ProviderError('linear', 'auth', 'Linear rejected the API key', 'check LINEAR_API_KEY'), 1],
		['a store error', new StoreError('another director-review is using the store at /s.db', 'wait for it to finish'), 1],
		['a damaged store', new DamagedStoreError('/s.db is not a director-review store, or it is damaged', 'run director-review restore'), 1],
		['an export write error', new ExportWriteError('cannot write /out: permission denied', 'choose another folder with --out DIR'), 1],
	];

	it.each(kinds)('reports %s as its cause and hint, one line each, with its exit code', (_, error, exitCode) => {
		const {text, exitCode: code} = describeError(error, quiet);
		expect(code).toBe(exitCode);
		expect(text).toBe(`director-review: ${error.message}\n  hint: ${error.hint}\n`);
	});

	it('words a retryable fault that reached the user as the tracker failing, exit 1', () => {
		const {text, exitCode} = describeError(new TransientFault('Linear answered HTTP 503', 'server'), quiet);
		expect(exitCode).toBe(1);
		expect(text).toBe('director-review: the tracker kept failing (Linear answered HTTP 503)\n  hint: try again later, or pass --offline to use the last synced data\n');
	});

	it('reports anything else as a bug: one line, where to go next, no stack trace', () => {
		const {text, exitCode} = describeError(new TypeError('cannot read properties of undefined'), quiet);
		expect(exitCode).toBe(1);
		expect(text).toBe('director-review: unexpected error: cannot read properties of undefined\n  hint: rerun with DEBUG=director-review for details, and report it\n');
		expect(describeError('a thrown string', quiet).text).toContain('unexpected error: a thrown string');
		expect(describeError(new Error('x'), {env: {}, bugHint: 'your tags are saved; report it'}).text).toContain('  hint: your tags are saved; report it\n');
	});

	it('prints a bug’s stack, and its causes’, only when DEBUG asks for it', () => {
		const bug = new TypeError('pages is not iterable', {cause: new RangeError('offset out of range')});
		const debug = describeError(bug, {env: {DEBUG: 'director-review'}}).text;
		expect(debug).toMatch(/^\s+at /m);
		expect(debug).toContain('caused by: RangeError: offset out of range');
		expect(describeError(bug, quiet).text).not.toMatch(/^\s+at /m);
	});

	it('never prints a stack under an error the user can act on, DEBUG or not', () => {
		const error = new StoreError('another director-review is using the store', 'wait', {cause: new Error('SQLITE_BUSY: database is locked')});
		expect(describeError(error, {env: {DEBUG: 'director-review'}}).text).toBe('director-review: another director-review is using the store\n  hint: wait\n');
	});

	it('keeps a hostile message to one safe line', () => {
		const {text} = describeError(new UsageError('unknown ticket "\u001B]0;pwned\u0007EVIL\nNEXT"', 'check\tthe key'), quiet);
		expect(text.split('\n')).toEqual(['director-review: unknown ticket "EVIL NEXT"', '  hint: check the key', '']);
	});

	it('gives a screen "cause — hint" for an AppError and the message of anything else', () => {
		expect(errorLine(new UsageError('no report named "X"', 'reports: Alex Kim'))).toBe('no report named "X" — reports: Alex Kim');
		expect(errorLine(new Error('boom'))).toBe('boom');
	});
});

describe('a file that exists is its own kind', () => {
	it('is refused before anything is written, exit 2 as cli.md gives a usage error', () => {
		const out = folder();
		fs.writeFileSync(path.join(out, 'leadership-2026-W47.md'), 'mine');
		let thrown: unknown;
		try {
			writeExportFiles([{name: 'leadership-2026-W47.md', content: 'new'}, {name: 'summary.json', content: '{}'}], out, false);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(FileExistsError);
		expect(thrown).not.toBeInstanceOf(UsageError);
		expect((thrown as FileExistsError).files).toEqual([path.join(out, 'leadership-2026-W47.md')]);
		expect(describeError(thrown, quiet).exitCode).toBe(2);
		expect(fs.readFileSync(path.join(out, 'leadership-2026-W47.md'), 'utf8')).toBe('mine');
		expect(fs.existsSync(path.join(out, 'summary.json'))).toBe(false);
	});
});

describe('a sync failure keeps its kind', () => {
	const options = (home: string) => ({provider: undefined, week: undefined, offline: false, home, demoWeek: 0});

	it('a tracker refusing the key stays that ProviderError through the session state to the report', {timeout: 60_000}, async () => {
		const {builder} = buildBulkOrg(5);
		const fake = await startFakeLinear({dataset: builder.dataset, apiKey: 'lin_api_right_0000'});
		try {
			const home = folder();
			fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({provider: 'linear', timezone: 'UTC', linear: {apiUrl: fake.url, teams: []}}));
			const context = openContext(options(home), {LINEAR_API_KEY: 'lin_api_wrong_0000'});
			try {
				const session = await context.openSession();
				const thrown = await syncBeforeReading(context, session, options(home)).then(() => null, (error: unknown) => error);
				const status = session.syncStatus();
				expect(status.phase).toBe('failed');
				if (status.phase !== 'failed') return;
				expect(thrown).toBe(status.error);
				expect(thrown).toBeInstanceOf(ProviderError);
				expect((thrown as ProviderError).kind).toBe('auth');
				const {text, exitCode} = describeError(thrown, quiet);
				expect(exitCode).toBe(1);
				expect(text).toBe(`director-review: ${(thrown as ProviderError).message}\n  hint: ${(thrown as ProviderError).hint}\n`);
				expect(status.message).toBe((thrown as ProviderError).message);
				expect(status.hint).toBe((thrown as ProviderError).hint);
			} finally {
				await context.close();
			}
		} finally {
			await fake.close();
		}
	});

	it('missing credentials stay a usage error (exit 2), not a network failure', async () => {
		const home = folder();
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({provider: 'linear', timezone: 'UTC'}));
		const context = openContext(options(home), {});
		try {
			const session = await context.openSession();
			const thrown = await syncBeforeReading(context, session, options(home)).then(() => null, (error: unknown) => error);
			expect(thrown).toBeInstanceOf(UsageError);
			expect(describeError(thrown, quiet)).toEqual({text: expect.stringMatching(/^director-review: no Linear API key\n {2}hint: set LINEAR_API_KEY/), exitCode: 2});
			const status = session.syncStatus();
			expect(status.phase === 'failed' && status.error).toBe(thrown);
		} finally {
			await context.close();
		}
	});

	it('a bug during a sync is still reported as a bug', async () => {
		const home = folder();
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({provider: 'linear', timezone: 'UTC'}));
		const context = openContext(options(home), {LINEAR_API_KEY: 'lin_api_x'});
		try {
			// An adapter with a bug: its pages are not what the sync expects.
			const buggy: Provider = {
				name: 'linear',
				description: 'Linear · all teams',
				pull: () => ({[Symbol.asyncIterator]: () => ({next: async () => ({done: false, value: undefined as unknown as SyncPage})})}),
				whoAmI: async () => ({id: 'me', name: 'Me', displayName: null, email: null, active: true}),
				listPeople: async () => [],
			};
			const session = new ReviewSession({store: context.store, providerName: 'linear', providerLabel: buggy.description, createProvider: async () => buggy, config: context.config, roster: null, now: () => context.now});
			const thrown = await syncBeforeReading(context, session, options(home)).then(() => null, (error: unknown) => error);
			expect(thrown).toBeInstanceOf(TypeError);
			expect(describeError(thrown, quiet).text).toMatch(/^director-review: unexpected error: .+\n {2}hint: rerun with DEBUG=director-review for details, and report it\n$/);
			const status = session.syncStatus();
			expect(status.phase === 'failed' && status.error).toBe(thrown);
			expect(status.phase === 'failed' && status.hint).toBe('press r to retry; the data shown is from the last sync');
		} finally {
			await context.close();
		}
	});
});

describe('a path with a name longer than the file system allows', () => {
	const tooLong = 'n'.repeat(300);

	it('export says so in words, not as an errno code', () => {
		let thrown: unknown;
		try {
			writeExportFiles([{name: 'summary.json', content: '{}'}], path.join(folder(), tooLong), false);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ExportWriteError);
		expect((thrown as ExportWriteError).message).toMatch(/: a name in the path is too long$/);
		expect(describeError(thrown, quiet).exitCode).toBe(1);
	});

	it('reading config.json from such a home says so in words, not as an errno code', () => {
		const home = path.join(folder(), tooLong);
		expect(() => loadConfig({configDir: home, dataDir: home}, {})).toThrow(/config\.json: a name in the path is too long$/);
	});
});
