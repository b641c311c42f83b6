import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildBulkOrg} from '../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../fakes/linear/server.js';
import {cleanEnv, cliPath, expectNoSecrets, lines, runCli} from '../reliability/cli.js';

/**
 * The contract of /work/shared/spec/cli.md, read on its own and driven black-box through
 * the built CLI: commands, global and export flags, the exit codes, the JSON export
 * (schemaVersion 2, and 1 with `--schema 1`), Markdown file names and never overwriting
 * without `--force`, `--week` values (future weeks refused), and bad input — every
 * malformed invocation or config ends with a one-line cause and a hint on stderr, a
 * non-zero exit (2 usage/config, 1 run time), no stack trace and no hang. Secrets are never
 * printed or exported. The clock is pinned (DIRECTOR_REVIEW_DEMO_NOW) to Friday 4 December
 * 2026 19:00 UTC: "this" week is 2026-W49, "last" is 2026-W48, 2026-W50 is the future.
 */

const now = '2026-12-04T19:00:00Z';
const thisWeek = '2026-W49';
const lastWeek = {id: '2026-W48', start: '2026-11-23', end: '2026-11-29'};
const homes: string[] = [];

function tempDir(prefix: string): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	homes.push(dir);
	return dir;
}

interface Result {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** Synchronous: nothing in this process needs to answer the child. A hang is killed and shows as signal SIGKILL. */
function run(args: readonly string[], options: {home: string; env?: Record<string, string>; cwd?: string; noHomeEnv?: boolean}): Result {
	const env = cleanEnv(options.home, {TZ: 'UTC', DIRECTOR_REVIEW_DEMO_NOW: now, ...options.env});
	if (options.noHomeEnv) delete env['DIRECTOR_REVIEW_HOME'];
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? os.tmpdir(),
		env,
		encoding: 'utf8',
		input: '',
		timeout: 30_000,
		killSignal: 'SIGKILL',
		maxBuffer: 64 * 1024 * 1024,
	});
	return {code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr};
}

function context(result: Result): string {
	return `exit ${String(result.code)} signal ${String(result.signal)}\nstderr:\n${result.stderr}\nstdout:\n${result.stdout.slice(0, 1500)}`;
}

/** Exit `codes`, a one-line cause and a hint on stderr (two lines at most), nothing of a stack trace, no hang. */
function expectUsableFailure(result: Result, codes: readonly number[], cause?: RegExp): void {
	const why = context(result);
	expect(result.signal, why).toBeNull();
	expect(codes, why).toContain(result.code);
	const errorLines = lines(result.stderr);
	expect(errorLines.length, why).toBeGreaterThan(0);
	expect(errorLines.length, why).toBeLessThanOrEqual(2);
	expect(result.stderr, why).toMatch(/hint/i);
	expect(result.stderr, why).not.toMatch(/^\s+at /m);
	expect(result.stderr, why).not.toMatch(/node:internal|\.js:\d+|Error: .*\n/);
	if (cause) expect(errorLines[0], why).toMatch(cause);
}

function slug(name: string): string {
	return name
		.toLowerCase()
		.replaceAll(/[^a-z0-9]+/g, '-')
		.replaceAll(/^-|-$/g, '');
}

afterAll(() => {
	for (const dir of homes.splice(0)) {
		fs.chmodSync(dir, 0o700);
		fs.rmSync(dir, {recursive: true, force: true});
	}
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const shareKey = /(Share|Rate|Probability|planningAccuracy)$/;

/** Every number under a share-, rate- or probability-named key, with its path. */
function shares(value: unknown, at = ''): Array<[string, unknown]> {
	if (Array.isArray(value)) return value.flatMap((item, index) => shares(item, `${at}[${index}]`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const here = at === '' ? key : `${at}.${key}`;
		if (at === 'figures') return [];
		return shareKey.test(key) && (child === null || typeof child !== 'object') ? [[here, child] as [string, unknown]] : shares(child, here);
	});
}

function expectVersion1Fields(json: Json): void {
	expect(typeof json['provider']).toBe('string');
	expect(json['week']).toMatchObject({id: expect.any(String), start: expect.any(String), end: expect.any(String), timezone: expect.any(String)});
	for (const part of ['completed', 'active']) {
		expect(Object.keys(json['allocation'][part])).toEqual(expect.arrayContaining(['operational', 'strategic', 'unclassified', 'operationalShare']));
	}

	expect(Object.keys(json['predictability'])).toEqual(
		expect.arrayContaining(['due', 'onTime', 'late', 'pending', 'onTimeRate', 'committed', 'kept', 'broken', 'keptRate', 'postponements', 'medianSlipDays']),
	);
	expect(Object.keys(json['delegation'])).toEqual(expect.arrayContaining(['director', 'delegated', 'takenBack', 'delegationRate', 'reports']));
	expect(Object.keys(json['delegation']['director'])).toEqual(expect.arrayContaining(['open', 'completed']));
	expect(json['delegation']['reports'].length).toBeGreaterThan(0);
	for (const report of json['delegation']['reports']) {
		expect(Object.keys(report)).toEqual(expect.arrayContaining(['name', 'delegated', 'open', 'completed', 'overdue', 'stale', 'strategicShare']));
	}

	expect(Object.keys(json['blockers'])).toEqual(expect.arrayContaining(['blocked', 'blockedNow', 'medianBlockedDays']));
	for (const theme of json['themes']) expect(Object.keys(theme)).toEqual(expect.arrayContaining(['name', 'count', 'weeks']));
	expect(json['trend'].length).toBeGreaterThan(0);
	for (const point of json['trend']) {
		expect(Object.keys(point)).toEqual(expect.arrayContaining(['week', 'operationalShare', 'onTimeRate', 'keptRate', 'delegated', 'directorOpen']));
	}

	expect(json['tickets'].length).toBeGreaterThan(0);
	for (const ticket of json['tickets']) {
		expect(Object.keys(ticket)).toEqual(expect.arrayContaining(['key', 'title', 'category', 'source', 'reason', 'assignee', 'completedAt', 'dueDate']));
	}

	for (const [where, value] of shares(json)) {
		expect(value === null || (typeof value === 'number' && value >= 0 && value <= 1), `${where} = ${String(value)}`).toBe(true);
	}
}

describe('the demo organisation through the contract', () => {
	let home: string;
	let v2: Json;
	let v2Run: Result;

	beforeAll(() => {
		home = tempDir('cli-contract-home-');
		v2Run = run(['export', '--demo', '--week', 'last', '--format', 'json', '--out', '-'], {home});
		expect(v2Run.code, context(v2Run)).toBe(0);
		v2 = JSON.parse(v2Run.stdout) as Json;
	});

	it('--version and --help exit 0 on stdout', () => {
		const version = run(['--version'], {home});
		expect(version.code, context(version)).toBe(0);
		expect(version.stdout).toMatch(/\d+\.\d+\.\d+/);
		const help = run(['--help'], {home});
		expect(help.code, context(help)).toBe(0);
		for (const command of ['sync', 'export', 'tag', 'init', 'doctor', '--demo', '--week', '--format', '--report', '--leadership', '--out', '--home', '--offline', '--provider']) {
			expect(help.stdout, command).toContain(command);
		}
	});

	it('without a TTY the bare command prints the overview as text and exits, never waiting for keys', () => {
		const result = run(['--demo'], {home});
		expect(result.code, context(result)).toBe(0);
		expect(result.stdout.trim().length).toBeGreaterThan(0);
		expect(result.stdout).not.toMatch(/\u001B/);
	});

	it('export --format json writes schemaVersion 2 with every version 1 field, for the week asked', () => {
		expect(v2['schemaVersion']).toBe(2);
		expectVersion1Fields(v2);
		expect(v2['week']).toMatchObject(lastWeek);
		expect(['linear', 'jira', 'demo']).toContain(v2['provider']);
	});

	it('version 2 fields have the contract names and shapes', () => {
		expect(Object.keys(v2['effort']['org'])).toEqual(expect.arrayContaining(['operational', 'strategic', 'unclassified', 'operationalShare', 'interruptShare']));
		for (const report of v2['effort']['reports']) {
			expect(Object.keys(report)).toEqual(expect.arrayContaining(['name', 'operational', 'strategic', 'unclassified', 'operationalShare', 'interruptShare']));
		}

		for (const iteration of v2['iterations']) {
			expect(Object.keys(iteration)).toEqual(
				expect.arrayContaining(['name', 'team', 'start', 'end', 'running', 'planned', 'added', 'removed', 'completedPlanned', 'planningAccuracy', 'scopeChange']),
			);
		}

		for (const risk of v2['promiseRisk']) {
			expect(Object.keys(risk)).toEqual(expect.arrayContaining(['key', 'report', 'dueDate', 'firstDueDate', 'onTimeProbability', 'keptProbability', 'atRisk']));
		}

		for (const aging of v2['aging']) expect(Object.keys(aging)).toEqual(expect.arrayContaining(['key', 'report', 'ageDays', 'aging', 'stalled']));
		for (const fire of v2['unownedFires']) expect(Object.keys(fire)).toEqual(expect.arrayContaining(['key', 'assignee', 'ageDays']));
		for (const theme of v2['themes']) {
			expect(Object.keys(theme)).toEqual(expect.arrayContaining(['name', 'count', 'weeks', 'topResponder', 'topResponderShare', 'singleResponder']));
		}

		const since = v2['sinceLastReview'];
		expect(since).toHaveProperty('previousReview');
		if (since['previousReview'] !== null) expect(since['previousReview']).toMatchObject({week: expect.any(String), frozenAt: expect.any(String)});
		const kinds = ['new-fire', 'finished', 'newly-overdue', 'newly-broken', 'postponed', 'newly-blocked', 'unblocked', 'delegated', 'taken-back', 'recategorised', 'theme-recurring', 'theme-ended', 'single-responder'];
		for (const item of since['items']) expect(kinds).toContain(item['kind']);
		expect(Array.isArray(since['restated'])).toBe(true);
	});

	it('effort reports and every report field name a roster report as delegation.reports does', () => {
		const names = new Set((v2['delegation']['reports'] as Json[]).map((report) => report['name'] as string));
		const named = [
			...(v2['effort']['reports'] as Json[]).map((report) => report['name'] as string),
			...[...v2['promiseRisk'], ...v2['aging'], ...v2['sinceLastReview']['items']]
				.map((item: Json) => item['report'] as unknown)
				.filter((name): name is string => typeof name === 'string'),
		];
		expect(named.length).toBeGreaterThan(0);
		for (const name of named) expect(names, name).toContain(name);
	});

	it('figures map every figure to ticket keys that are all in tickets, and counts recompute from them', () => {
		const keys = new Set((v2['tickets'] as Json[]).map((ticket) => ticket['key'] as string));
		const figures = v2['figures'] as Record<string, string[]>;
		expect(Object.keys(figures)).toEqual(expect.arrayContaining(['predictability.late', 'allocation.completed.operational']));
		for (const [figure, ticketKeys] of Object.entries(figures)) {
			for (const key of ticketKeys) expect(keys.has(key), `${figure}: ${key}`).toBe(true);
		}

		const counts = [
			...['completed', 'active'].flatMap((part) => ['operational', 'strategic', 'unclassified'].map((category) => `allocation.${part}.${category}`)),
			...['due', 'onTime', 'late', 'pending'].map((figure) => `predictability.${figure}`),
		];
		for (const figure of counts) {
			const [group, ...rest] = figure.split('.');
			const value = rest.reduce<Json>((object, key) => object[key], v2[group!]) as unknown as number;
			expect(figures[figure]?.length, figure).toBe(value);
		}
	});

	it('--schema 1 still writes version 1', () => {
		const result = run(['export', '--demo', '--week', 'last', '--format', 'json', '--schema', '1', '--out', '-'], {home});
		expect(result.code, context(result)).toBe(0);
		const v1 = JSON.parse(result.stdout) as Json;
		expect(v1['schemaVersion']).toBe(1);
		expectVersion1Fields(v1);
		expect(v1['week']).toMatchObject(lastWeek);
		// Version 1's tickets are the ones completed or active in the week: none completed before it starts.
		// (Version 2's hold every ticket any figure counts, the trend's weeks' among them.)
		const weekStart = Date.parse(`${lastWeek.start}T00:00:00Z`) - 24 * 3_600_000; // A day's slack for the org's time zone.
		for (const ticket of v1['tickets'] as Json[]) {
			if (ticket['completedAt'] !== null) expect(Date.parse(ticket['completedAt']), ticket['key']).toBeGreaterThanOrEqual(weekStart);
		}
	});

	it.each([
		['this', thisWeek],
		['2026-11-25', lastWeek.id],
	])('--week %s selects %s', (week, id) => {
		const result = run(['export', '--demo', '--week', week, '--format', 'json', '--schema', '1', '--out', '-'], {home});
		expect(result.code, context(result)).toBe(0);
		expect((JSON.parse(result.stdout) as Json)['week']['id']).toBe(id);
	});

	it('global flags go before the command too, --provider demo is the demo, and --week takes an ISO week', () => {
		const result = run(['--provider', 'demo', '--week', lastWeek.id, 'export', '--format', 'json', '--schema', '1', '--out', '-'], {home});
		expect(result.code, context(result)).toBe(0);
		expect((JSON.parse(result.stdout) as Json)['week']['id']).toBe(lastWeek.id);
	});

	it('--home DIR is the folder for config and store, as DIRECTOR_REVIEW_HOME is', () => {
		const other = tempDir('cli-contract-other-');
		const result = run(['export', '--demo', '--home', other, '--week', 'last', '--format', 'csv', '--out', '-'], {home, noHomeEnv: true});
		expect(result.code, context(result)).toBe(0);
		expect(fs.readdirSync(other).length).toBeGreaterThan(0);
		expect(result.stdout.split('\n')[0], 'CSV on stdout with --out -').toContain(',');
	});

	describe('Markdown files', () => {
		let out: string;
		let reportNames: string[];

		beforeAll(() => {
			out = tempDir('cli-contract-out-');
			reportNames = (v2['delegation']['reports'] as Json[]).map((report) => report['name'] as string);
		});

		it('are named 1on1-<report-slug>-<week>.md and leadership-<week>.md (md is the default format)', () => {
			const result = run(['export', '--demo', '--week', 'last', '--leadership', '--out', out], {home});
			expect(result.code, context(result)).toBe(0);
			const expected = [...reportNames.map((name) => `1on1-${slug(name)}-${lastWeek.id}.md`), `leadership-${lastWeek.id}.md`];
			expect(fs.readdirSync(out).sort()).toEqual(expected.sort());
		});

		it('an existing file is never overwritten without --force, and is with it', () => {
			const file = path.join(out, `leadership-${lastWeek.id}.md`);
			fs.writeFileSync(file, 'the director edited this\n');
			const refused = run(['export', '--demo', '--week', 'last', '--leadership', '--out', out], {home});
			expect(fs.readFileSync(file, 'utf8')).toBe('the director edited this\n');
			expect(refused.stderr, context(refused)).toContain('--force');
			if (refused.code !== 0) expectUsableFailure(refused, [1, 2]);
			const forced = run(['export', '--demo', '--week', 'last', '--leadership', '--force', '--out', out], {home});
			expect(forced.code, context(forced)).toBe(0);
			expect(fs.readFileSync(file, 'utf8')).not.toContain('the director edited this');
		});

		it('--report NAME is repeatable and selects those reports only', () => {
			const only = tempDir('cli-contract-reports-');
			const [first, second] = reportNames;
			const result = run(['export', '--demo', '--week', 'last', '--report', first!, '--report', second!, '--out', only], {home});
			expect(result.code, context(result)).toBe(0);
			expect(fs.readdirSync(only).sort()).toEqual([`1on1-${slug(first!)}-${lastWeek.id}.md`, `1on1-${slug(second!)}-${lastWeek.id}.md`].sort());
		});
	});

	it('tag KEY CATEGORY sets a manual tag the export shows, and clear removes it', () => {
		const ticket = (v2['tickets'] as Json[]).find((candidate) => candidate['category'] !== 'operational')!;
		const tagged = run(['tag', ticket['key'], 'o', '--demo'], {home});
		expect(tagged.code, context(tagged)).toBe(0);
		const after = run(['export', '--demo', '--week', 'last', '--format', 'json', '--schema', '1', '--out', '-'], {home});
		const shown = (JSON.parse(after.stdout) as Json)['tickets'].find((candidate: Json) => candidate['key'] === ticket['key']) as Json;
		expect(shown['category']).toBe('operational');
		const cleared = run(['tag', ticket['key'], 'clear', '--demo'], {home});
		expect(cleared.code, context(cleared)).toBe(0);
	});

	it('sync [--full] writes its progress on stderr, nothing on stdout', () => {
		const result = run(['sync', '--full', '--demo'], {home});
		expect(result.code, context(result)).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/\d/);
	});

	it('review --mark freezes a week and review --list lists it', () => {
		const marked = run(['review', '--mark', '--week', 'last', '--demo'], {home});
		expect(marked.code, context(marked)).toBe(0);
		const listed = run(['review', '--list', '--demo'], {home});
		expect(listed.code, context(listed)).toBe(0);
		expect(listed.stdout).toContain(lastWeek.id);
	});

	it('backup prints the path of a backup it wrote; restore without --yes and without a terminal does not wait', () => {
		const backup = run(['backup', '--demo'], {home});
		expect(backup.code, context(backup)).toBe(0);
		const printed = backup.stdout.trim().split('\n').at(-1)!.trim();
		expect(fs.existsSync(printed), printed).toBe(true);
		const restore = run(['restore', '--demo'], {home});
		expect(restore.signal, context(restore)).toBeNull();
		expectUsableFailure(restore, [2]);
	});
});

describe('malformed invocations: exit 2, one-line cause and a hint, no stack trace, no hang', () => {
	let home: string;
	beforeAll(() => {
		home = tempDir('cli-contract-bad-');
	});

	const exportJson = ['export', '--demo', '--format', 'json', '--out', '-'];
	const fifo = path.join(tempDir('cli-contract-fifo-'), 'backup.db');
	spawnSync('mkfifo', [fifo]);
	it.each<[string, string[], RegExp?]>([
		['an unknown command', ['frobnicate', '--demo']],
		['an unknown flag', ['export', '--demo', '--frobnicate']],
		['--out without a value', ['export', '--demo', '--out']],
		['--week without a value', ['export', '--demo', '--out', '-', '--week']],
		['--report without a value', ['export', '--demo', '--out', '-', '--report']],
		['--home without a value', ['export', '--demo', '--out', '-', '--home']],
		['--week 2026-W54 (no such week)', [...exportJson, '--week', '2026-W54'], /2026-W54/],
		['--week 2026-W00', [...exportJson, '--week', '2026-W00'], /2026-W00/],
		['--week next', [...exportJson, '--week', 'next'], /next/],
		['--week 2026-W53 (exists, in the future)', [...exportJson, '--week', '2026-W53'], /2026-W53/],
		['--week far in the future', [...exportJson, '--week', '2099-W01'], /2099-W01/],
		['--week a future date', [...exportJson, '--week', '2026-12-25'], /2026-W52/],
		['--format xml', ['export', '--demo', '--format', 'xml', '--out', '-'], /xml/],
		['--provider gitlab', ['export', '--provider', 'gitlab', '--out', '-'], /gitlab/],
		['--detail bogus', ['export', '--demo', '--detail', 'bogus', '--out', '-'], /bogus/],
		['tag with a category it does not know', ['tag', 'ENG-1', 'urgent', '--demo'], /urgent/],
		['--week followed by another flag', ['export', '--demo', '--week', '--format', 'json', '--out', '-']],
		['--out with an empty value', ['export', '--demo', '--out', '']],
		['--report naming no report', ['export', '--demo', '--report', 'Nobody Here', '--out', '-'], /Nobody Here/],
		['review --mark of a future week', ['review', '--mark', '--week', '2026-W50', '--demo'], /2026-W50/],
		['restore of a named pipe (a FIFO), which would never end', ['restore', fifo, '--yes', '--demo'], /not a regular file/],
	])('%s', (_name, args, cause) => {
		const result = run(args, {home});
		expectUsableFailure(result, [2], cause);
		expect(result.stdout, context(result)).toBe('');
	});
});

describe('bad configuration: exit 2 naming the offending key', () => {
	const command = ['export', '--offline', '--week', 'last', '--format', 'json', '--out', '-'];
	const good = {provider: 'jira', timezone: 'UTC', jira: {baseUrl: 'https://acme.atlassian.net', deployment: 'cloud', jql: 'project = ENG'}, roster: {director: 'dana@acme.example', reports: [{name: 'Alex Kim', id: 'alex@acme.example', team: []}]}};

	it.each<[string, string | object, RegExp]>([
		['invalid JSON', '{"provider": "jira",', /config/i],
		['YAML instead of JSON', 'provider: jira\ntimezone: UTC\n', /config/i],
		['trendWeeks of the wrong type', {...good, trendWeeks: 'eight'}, /trendWeeks/],
		['an unknown provider', {...good, provider: 'gitlab'}, /provider/],
		['an unknown deployment', {...good, jira: {...good.jira, deployment: 'onprem'}}, /deployment/],
		['a threshold above 1', {...good, classification: {threshold: 2, rules: []}}, /threshold/],
		['an unknown time zone', {...good, timezone: 'Mars/Olympus'}, /timezone/],
		['an unknown key', {...good, trendweeks: 8}, /trendweeks/],
	])('%s', (_name, config, cause) => {
		const home = tempDir('cli-contract-config-');
		fs.writeFileSync(path.join(home, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
		const result = run(command, {home});
		expectUsableFailure(result, [2], cause);
	});

	it('an unreadable config file (a folder named config.json)', () => {
		const home = tempDir('cli-contract-config-');
		fs.mkdirSync(path.join(home, 'config.json'));
		expectUsableFailure(run(command, {home}), [2], /config/i);
	});

	it('a config.json that is a named pipe (a FIFO) is refused, not waited on', () => {
		const home = tempDir('cli-contract-config-');
		spawnSync('mkfifo', [path.join(home, 'config.json')]);
		expectUsableFailure(run(command, {home}), [2], /config\.json.*not a regular file/);
	});

	it('a home that is a file', () => {
		const dir = tempDir('cli-contract-file-');
		const home = path.join(dir, 'home');
		fs.writeFileSync(home, 'not a folder');
		expectUsableFailure(run(['export', '--demo', '--week', 'last', '--format', 'json', '--out', '-'], {home}), [1, 2], /home|folder|director-review/i);
	});

	it('a read-only home', () => {
		// Root writes through a mode of 0555; sysfs refuses everyone a new file.
		let home = '/sys/kernel';
		if (process.getuid?.() !== 0) {
			home = tempDir('cli-contract-readonly-');
			fs.chmodSync(home, 0o555);
		}

		expectUsableFailure(run(['export', '--demo', '--week', 'last', '--format', 'json', '--out', '-'], {home}), [1, 2]);
	});
});

describe('run-time failures and secrets against a Linear tenant', () => {
	let server: FakeLinearServer;
	const wrongKey = 'lin_api_WRONG_secret_0000000000000000';
	const esc = '\u001B';
	const hostile = `=HYPERLINK("https://evil.example") ${esc}[2J Payments ${esc}]8;;https://evil.example\u0007down\u202E again`;
	/** C0 and C1 controls (tab and line feed aside), ESC among them, and bidi overrides. */
	const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

	beforeAll(async () => {
		const {builder, teams, users} = buildBulkOrg(12);
		const rui = users[1]!;
		const hostileIssue = builder.issue(teams[0]!, {title: hostile, priority: 1, createdAt: '2026-09-01T09:00:00.000Z', creatorId: users[0]!.id, labels: ['incident'], state: 'Done'});
		hostileIssue.assigneeId = rui.id;
		hostileIssue.completedAt = '2026-09-08T12:00:00.000Z';
		hostileIssue.updatedAt = hostileIssue.completedAt;
		server = await startFakeLinear({dataset: builder.dataset});
	});

	afterAll(async () => {
		await server.close();
	});

	function linearHome(apiKey: string): string {
		const home = tempDir('cli-contract-linear-');
		const config = {provider: 'linear', timezone: 'UTC', linear: {teams: ['ENG'], apiKey}, roster: {director: 'dana@example.test', reports: [{name: 'Rui Report', id: 'rui@example.test', team: ['iva@example.test']}]}};
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config), {mode: 0o600});
		return home;
	}

	it('LINEAR_API_KEY overrides the config key; no export holds the key', async () => {
		const home = linearHome(wrongKey);
		const synced = await runCli(['sync'], {home, env: {LINEAR_API_URL: server.url, LINEAR_API_KEY: server.apiKey}, timeoutMs: 60_000});
		expect(synced.code, synced.stderr).toBe(0);
		expectNoSecrets(`${synced.stdout}${synced.stderr}`, [server.apiKey, wrongKey]);
		const exported = await runCli(['export', '--offline', '--week', 'this', '--format', 'json', '--out', '-'], {home, env: {DIRECTOR_REVIEW_DEMO_NOW: now}});
		expect(exported.code, exported.stderr).toBe(0);
		expectNoSecrets(`${exported.stdout}${exported.stderr}`, [server.apiKey, wrongKey]);
		const backup = await runCli(['backup'], {home});
		expect(backup.code, backup.stderr).toBe(0);
		// Only the config holds a secret, and it stays 0600; no store, backup or log beside it carries one.
		expect(fs.statSync(path.join(home, 'config.json')).mode & 0o777).toBe(0o600);
		const files = fs.readdirSync(home, {recursive: true, encoding: 'utf8'}).filter((name) => name !== 'config.json' && fs.statSync(path.join(home, name)).isFile());
		expect(files.length).toBeGreaterThan(1);
		for (const name of files) {
			const bytes = fs.readFileSync(path.join(home, name));
			for (const secret of [server.apiKey, wrongKey]) expect(bytes.includes(secret), `${name} holds a secret`).toBe(false);
		}
	});

	it('ticket text is sanitized in the terminal overview, the Markdown notes and the CSV', async () => {
		const home = linearHome(server.apiKey);
		const env = {LINEAR_API_URL: server.url};
		const synced = await runCli(['sync'], {home, env, timeoutMs: 60_000});
		expect(synced.code, synced.stderr).toBe(0);
		const outputs = {
			overview: await runCli(['--offline', '--week', '2026-W37'], {home, env}),
			markdown: await runCli(['export', '--offline', '--week', '2026-W37', '--detail', 'full', '--out', '-'], {home, env}),
			csv: await runCli(['export', '--offline', '--week', '2026-W37', '--format', 'csv', '--out', '-'], {home, env}),
		};
		for (const [name, result] of Object.entries(outputs)) {
			expect(result.code, `${name}: ${result.stderr}`).toBe(0);
			// CSV records end in CRLF (RFC 4180); a carriage return anywhere else is a control character.
			const text = name === 'csv' ? result.stdout.replaceAll('\r\n', '\n') : result.stdout;
			expect(unsafe.test(text), `${name} hands on a control or bidi character`).toBe(false);
		}

		expect(outputs.markdown.stdout).toMatch(/Payments/);
		expect(outputs.csv.stdout).toMatch(/Payments/);
		// No CSV cell starts a formula.
		for (const line of outputs.csv.stdout.split('\n')) expect(line, line).not.toMatch(/(^|,)"?[=+@]/);
	});

	it('person references match id, email or display name case-insensitively; user rules come before the built-in ones', async () => {
		const home = linearHome(server.apiKey);
		const env = {LINEAR_API_URL: server.url};
		const synced = await runCli(['sync'], {home, env, timeoutMs: 60_000});
		expect(synced.code, synced.stderr).toBe(0);
		const exportJson = async () => {
			const result = await runCli(['export', '--offline', '--week', '2026-W37', '--format', 'json', '--out', '-'], {home, env});
			expect(result.code, result.stderr).toBe(0);
			return JSON.parse(result.stdout) as Json;
		};

		const byEmail = await exportJson();
		const config = JSON.parse(fs.readFileSync(path.join(home, 'config.json'), 'utf8')) as Json;
		config['roster'] = {director: 'DANA DIRECTOR', reports: [{name: 'Rui Report', id: 'rui report', team: ['IVA@EXAMPLE.TEST']}]};
		config['classification'] = {rules: [{when: {label: 'incident'}, category: 'strategic'}]};
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config), {mode: 0o600});
		const byName = await exportJson();

		// Who is whose: the same people matched either way (the rule moves the incident, so shares of categories may differ).
		const counts = (json: Json) => ({
			director: json['delegation']['director'],
			reports: (json['delegation']['reports'] as Json[]).map(({strategicShare: _share, ...rest}) => rest),
		});
		expect(counts(byName)).toEqual(counts(byEmail));
		expect(byEmail['delegation']['reports'][0]['open'] + byEmail['delegation']['reports'][0]['completed']).toBeGreaterThan(0);
		const incident = (json: Json) => (json['tickets'] as Json[]).find((ticket) => String(ticket['title']).includes('Payments'))!;
		expect(incident(byEmail)['category']).toBe('operational');
		expect(incident(byName)).toMatchObject({category: 'strategic', source: 'rule'});
	});

	it('two reports whose names make the same slug, or a name with a path in it, write distinct files inside --out', async () => {
		const home = tempDir('cli-contract-slugs-');
		const reports = [
			{name: 'Rui Report', id: 'rui@example.test', team: []},
			{name: 'Rui-Report', id: 'iva@example.test', team: []},
			{name: '../../Omar', id: 'omar@example.test', team: []},
		];
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({provider: 'linear', timezone: 'UTC', linear: {teams: ['ENG', 'PLAT']}, roster: {director: 'dana@example.test', reports}}));
		const parent = tempDir('cli-contract-slug-out-');
		const out = path.join(parent, 'notes');
		fs.mkdirSync(out);
		const env = {LINEAR_API_URL: server.url, LINEAR_API_KEY: server.apiKey};
		const result = await runCli(['export', '--week', '2026-W37', '--out', out], {home, env, timeoutMs: 60_000});
		if (result.code === 0) {
			expect(fs.readdirSync(out).filter((name) => name.startsWith('1on1-')).length, result.stderr).toBe(3);
			expect(fs.readdirSync(parent)).toEqual(['notes']);
		} else {
			expectUsableFailure(result, [2]);
		}
	});

	it('a refused key is exit 1 with a one-line cause and a hint, the key not printed', async () => {
		const home = linearHome(server.apiKey);
		const result = await runCli(['sync'], {home, env: {LINEAR_API_URL: server.url, LINEAR_API_KEY: wrongKey}, timeoutMs: 60_000});
		expectUsableFailure(result, [1]);
		expectNoSecrets(`${result.stdout}${result.stderr}`, [server.apiKey, wrongKey]);
	});
});
