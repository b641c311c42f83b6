import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {expect} from 'vitest';
import {retain} from '../../source/store/handles.js';

/**
 * Runs the built CLI (dist/cli.js) as a user or a cron job does, and checks a JSON export
 * against the contract of cli.md (schemaVersion 2, version 1's fields and figures). Asynchronous on purpose: the fakes
 * answer from this process, so a blocking spawn would starve them.
 */

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

export interface CliResult {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** The parent's environment minus anything that could reach a real tracker or carry a real secret. */
export function cleanEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined || /^(LINEAR_|JIRA_|DIRECTOR_REVIEW_|DEBUG$|FORCE_COLOR$)/.test(key)) continue;
		env[key] = value;
	}
	return {...env, NO_COLOR: '1', DIRECTOR_REVIEW_HOME: home, ...extra};
}

export async function runCli(args: readonly string[], home: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CliResult> {
	const child = spawn(process.execPath, [cliPath, ...args], {cwd: home, env: cleanEnv(home, env), stdio: ['pipe', 'pipe', 'pipe']});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	child.stdin.end();
	const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
		child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
	});
	clearTimeout(timer);
	return {code, signal, stdout, stderr};
}

export function makeHome(config?: unknown): string {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-acceptance-'));
	if (config !== undefined) fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config, null, '\t'));
	return home;
}

export interface ExportedTicket {
	readonly key: string;
	readonly title: string;
	readonly category: 'operational' | 'strategic' | 'unclassified';
	readonly source: 'manual' | 'rule' | 'learned' | null;
	readonly reason: string;
	readonly assignee: string | null;
	readonly completedAt: string | null;
	readonly dueDate: string | null;
}

export interface ContractExport {
	readonly schemaVersion: 1 | 2;
	readonly provider: string;
	readonly week: {readonly id: string; readonly start: string; readonly end: string; readonly timezone: string};
	readonly allocation: Record<'completed' | 'active', {operational: number; strategic: number; unclassified: number; operationalShare: number | null}>;
	readonly predictability: Record<string, number | null>;
	readonly delegation: {
		readonly director: {readonly open: number; readonly completed: number};
		readonly delegated: number;
		readonly takenBack: number;
		readonly delegationRate: number | null;
		readonly reports: ReadonlyArray<Record<string, unknown> & {readonly name: string}>;
	};
	readonly blockers: {readonly blocked: number; readonly blockedNow: number; readonly medianBlockedDays: number | null};
	readonly themes: ReadonlyArray<{readonly name: string; readonly count: number; readonly weeks: number}>;
	readonly trend: ReadonlyArray<Record<string, unknown>>;
	readonly tickets: readonly ExportedTicket[];
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isShare = (value: unknown) => value === null || (typeof value === 'number' && value >= 0 && value <= 1);
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

/** Every field cli.md requires, with its type; shares and rates in [0, 1] or null. Returns the export typed. */
export function expectContractShape(json: unknown): ContractExport {
	const problems: string[] = [];
	const check = (condition: boolean, what: string) => {
		if (!condition) problems.push(what);
	};
	const object = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

	check(object(json), 'the export is an object');
	const root = (object(json) ? json : {}) as Record<string, unknown>;
	check(root['schemaVersion'] === 1 || root['schemaVersion'] === 2, 'schemaVersion is 1 or 2');
	if (root['schemaVersion'] === 2) {
		// Version 2: every key a figure counts is in tickets (cli.md "Additions (version 2)").
		const listed = new Set((Array.isArray(root['tickets']) ? (root['tickets'] as Array<{key?: unknown}>) : []).map((ticket) => ticket.key));
		const figures = (object(root['figures']) ? root['figures'] : {}) as Record<string, unknown>;
		check(object(root['figures']), 'figures maps figure paths to ticket keys');
		for (const [path, keys] of Object.entries(figures)) {
			check(Array.isArray(keys) && keys.every((key) => listed.has(key)), `figures["${path}"]: every key is in tickets`);
		}
	}
	check(['linear', 'jira', 'demo'].includes(root['provider'] as string), 'provider names a provider');

	const week = (object(root['week']) ? root['week'] : {}) as Record<string, unknown>;
	check(typeof week['id'] === 'string' && /^\d{4}-W\d{2}$/.test(week['id']), 'week.id is YYYY-Www');
	check(isDate(week['start']) && isDate(week['end']), 'week.start and week.end are dates');
	check(typeof week['timezone'] === 'string' && week['timezone'] !== '', 'week.timezone is a zone');
	if (isDate(week['start']) && isDate(week['end'])) {
		const start = new Date(`${week['start'] as string}T00:00:00Z`);
		check(start.getUTCDay() === 1, 'week.start is a Monday');
		check(Date.parse(`${week['end'] as string}T00:00:00Z`) - start.getTime() === 6 * 86_400_000, 'week.end is the Sunday after week.start');
	}

	const allocation = (object(root['allocation']) ? root['allocation'] : {}) as Record<string, unknown>;
	for (const part of ['completed', 'active']) {
		const counts = (object(allocation[part]) ? allocation[part] : {}) as Record<string, unknown>;
		for (const key of ['operational', 'strategic', 'unclassified']) check(isCount(counts[key]), `allocation.${part}.${key} is a count`);
		check(isShare(counts['operationalShare']) && 'operationalShare' in counts, `allocation.${part}.operationalShare is a share or null`);
		if (isCount(counts['operational']) && isCount(counts['strategic'])) {
			const decided = (counts['operational'] as number) + (counts['strategic'] as number);
			check((counts['operationalShare'] === null) === (decided === 0), `allocation.${part}.operationalShare is null exactly when nothing is sorted`);
		}
	}

	const predictability = (object(root['predictability']) ? root['predictability'] : {}) as Record<string, unknown>;
	for (const key of ['due', 'onTime', 'late', 'pending', 'committed', 'kept', 'broken', 'postponements']) check(isCount(predictability[key]), `predictability.${key} is a count`);
	for (const key of ['onTimeRate', 'keptRate']) check(key in predictability && isShare(predictability[key]), `predictability.${key} is a rate or null`);
	const slip = predictability['medianSlipDays'];
	check('medianSlipDays' in predictability && (slip === null || (typeof slip === 'number' && slip >= 0)), 'predictability.medianSlipDays is a number of days or null');
	if ([predictability['due'], predictability['onTime'], predictability['late'], predictability['pending']].every(isCount)) {
		check((predictability['onTime'] as number) + (predictability['late'] as number) + (predictability['pending'] as number) === predictability['due'], 'onTime + late + pending = due');
	}
	if ([predictability['committed'], predictability['kept'], predictability['broken']].every(isCount)) {
		check((predictability['kept'] as number) + (predictability['broken'] as number) <= (predictability['committed'] as number), 'kept + broken ≤ committed');
	}

	const delegation = (object(root['delegation']) ? root['delegation'] : {}) as Record<string, unknown>;
	const director = (object(delegation['director']) ? delegation['director'] : {}) as Record<string, unknown>;
	check(isCount(director['open']) && isCount(director['completed']), 'delegation.director.open/completed are counts');
	check(isCount(delegation['delegated']) && isCount(delegation['takenBack']), 'delegation.delegated/takenBack are counts');
	check('delegationRate' in delegation && isShare(delegation['delegationRate']), 'delegation.delegationRate is a rate or null');
	check(Array.isArray(delegation['reports']), 'delegation.reports is a list');
	for (const [index, report] of ((Array.isArray(delegation['reports']) ? delegation['reports'] : []) as unknown[]).entries()) {
		const row = (object(report) ? report : {}) as Record<string, unknown>;
		check(typeof row['name'] === 'string' && row['name'] !== '', `delegation.reports[${index}].name is a name`);
		for (const key of ['delegated', 'open', 'completed', 'overdue', 'stale']) check(isCount(row[key]), `delegation.reports[${index}].${key} is a count`);
		check('strategicShare' in row && isShare(row['strategicShare']), `delegation.reports[${index}].strategicShare is a share or null`);
		if (isCount(row['open']) && isCount(row['overdue']) && isCount(row['stale'])) {
			check((row['overdue'] as number) <= (row['open'] as number) && (row['stale'] as number) <= (row['open'] as number), `delegation.reports[${index}]: overdue and stale are open tickets`);
		}
	}

	const blockers = (object(root['blockers']) ? root['blockers'] : {}) as Record<string, unknown>;
	check(isCount(blockers['blocked']) && isCount(blockers['blockedNow']), 'blockers.blocked/blockedNow are counts');
	check((blockers['blockedNow'] as number) <= (blockers['blocked'] as number), 'blockedNow ≤ blocked');
	const blockedDays = blockers['medianBlockedDays'];
	check('medianBlockedDays' in blockers && (blockedDays === null || (typeof blockedDays === 'number' && blockedDays >= 0)), 'blockers.medianBlockedDays is days or null');

	check(Array.isArray(root['themes']), 'themes is a list');
	for (const [index, theme] of ((Array.isArray(root['themes']) ? root['themes'] : []) as unknown[]).entries()) {
		const row = (object(theme) ? theme : {}) as Record<string, unknown>;
		check(typeof row['name'] === 'string' && /^(label|component|project):.+/.test(row['name']), `themes[${index}].name is <kind>:<value>`);
		check(isCount(row['count']) && (row['count'] as number) >= 3, `themes[${index}].count is a count of at least 3`);
		check(isCount(row['weeks']) && (row['weeks'] as number) >= 2 && (row['weeks'] as number) <= 4, `themes[${index}].weeks is 2..4`);
	}

	check(Array.isArray(root['trend']) && (root['trend'] as unknown[]).length > 0, 'trend is a non-empty list');
	const trend = (Array.isArray(root['trend']) ? root['trend'] : []) as unknown[];
	for (const [index, point] of trend.entries()) {
		const row = (object(point) ? point : {}) as Record<string, unknown>;
		check(typeof row['week'] === 'string' && /^\d{4}-W\d{2}$/.test(row['week']), `trend[${index}].week is a week id`);
		for (const key of ['operationalShare', 'onTimeRate', 'keptRate']) check(key in row && isShare(row[key]), `trend[${index}].${key} is a share or null`);
		check(isCount(row['delegated']) && isCount(row['directorOpen']), `trend[${index}].delegated/directorOpen are counts`);
	}
	check((trend.at(-1) as Record<string, unknown> | undefined)?.['week'] === week['id'], 'the trend ends with the exported week');
	const weeks = trend.map((point) => (object(point) ? String(point['week']) : ''));
	check(weeks.every((id, index) => index === 0 || (weeks[index - 1] ?? '') < id), 'the trend is oldest first');

	check(Array.isArray(root['tickets']), 'tickets is a list');
	for (const [index, ticket] of ((Array.isArray(root['tickets']) ? root['tickets'] : []) as unknown[]).entries()) {
		const row = (object(ticket) ? ticket : {}) as Record<string, unknown>;
		check(typeof row['key'] === 'string' && row['key'] !== '' && typeof row['title'] === 'string', `tickets[${index}] has a key and a title`);
		check(['operational', 'strategic', 'unclassified'].includes(row['category'] as string), `tickets[${index}].category is a category`);
		check([null, 'manual', 'rule', 'learned'].includes(row['source'] as string | null), `tickets[${index}].source is a source or null`);
		check(typeof row['reason'] === 'string', `tickets[${index}].reason is text`);
		check(row['assignee'] === null || typeof row['assignee'] === 'string', `tickets[${index}].assignee is a name or null`);
		check(row['completedAt'] === null || isInstant(row['completedAt']), `tickets[${index}].completedAt is an ISO instant or null`);
		check(row['dueDate'] === null || isDate(row['dueDate']), `tickets[${index}].dueDate is a date or null`);
		for (const key of ['key', 'completedAt', 'dueDate', 'assignee', 'category', 'source', 'reason', 'title']) check(key in row, `tickets[${index}].${key} is present`);
	}

	expect(problems).toEqual([]);
	return json as ContractExport;
}

/** The report figures the contract names (plus `takenBack`, an extension the product adds). */
export function reportFigures(report: Record<string, unknown>) {
	const {name, delegated, open, completed, overdue, stale, strategicShare, takenBack} = report;
	return {name, delegated, open, completed, overdue, stale, strategicShare, takenBack};
}

/**
 * PRAGMA integrity_check on a store file opened read-only, so the check cannot be what
 * repairs it. Handles are retained as the store retains its own (see source/store/handles.ts:
 * better-sqlite3 aborts Node 24 when the collector frees one).
 */
export function integrityCheck(file: string): unknown {
	const db = retain(new Database(file, {readonly: true, fileMustExist: true}));
	const result = retain(db.prepare('PRAGMA integrity_check')).pluck().get();
	db.close();
	return result;
}

/** The numbers in `actual` equal `expected`'s to 6 places (day counts and shares are fractions), everything else exactly. */
export function expectCloseTo(actual: unknown, expected: unknown, path = '$'): void {
	if (typeof expected === 'number') {
		expect(typeof actual, path).toBe('number');
		expect(actual as number, path).toBeCloseTo(expected, 6);
		return;
	}
	if (Array.isArray(expected)) {
		expect(Array.isArray(actual), `${path} is a list`).toBe(true);
		expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
		expected.forEach((item, index) => expectCloseTo((actual as unknown[])[index], item, `${path}[${index}]`));
		return;
	}
	if (typeof expected === 'object' && expected !== null) {
		expect(typeof actual === 'object' && actual !== null, `${path} is an object`).toBe(true);
		for (const [key, value] of Object.entries(expected)) expectCloseTo((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
		return;
	}
	expect(actual, path).toBe(expected);
}
