import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {marked, type Tokens} from 'marked';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {formatPercent as percent} from '../../source/domain/figure-format.js';
import {openStore} from '../../source/store/store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist/cli.js');

let home: string;
let out: string;

function run(args: readonly string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: out,
		env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'},
		encoding: 'utf8',
		timeout: 60_000,
		// The demo's JSON export is over a megabyte (spawnSync's default limit), every figure's tickets listed.
		maxBuffer: 64 * 1024 * 1024,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

interface JsonExport {
	week: {id: string};
	allocation: {completed: {operational: number; strategic: number; unclassified: number; operationalShare: number | null}};
	delegation: {
		delegationRate: number | null;
		reports: Array<{name: string; delegated: number; open: number; completed: number; overdue: number; stale: number; takenBack: number; strategicShare: number | null}>;
	};
}


function snapshotOf(folder: string): Map<string, Buffer> {
	return new Map(fs.readdirSync(folder).map((name) => [name, fs.readFileSync(path.join(folder, name))]));
}

describe('director-review export --demo', () => {
	let json: JsonExport;
	let firstRun: ReturnType<typeof run>;

	beforeAll(() => {
		home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-home-'));
		out = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-out-'));
		const jsonRun = run(['export', '--demo', '--week', 'last', '--format', 'json', '--out', '-']);
		expect(jsonRun.stderr).toBe('');
		expect(jsonRun.code).toBe(0);
		json = JSON.parse(jsonRun.stdout) as JsonExport;
		firstRun = run(['export', '--demo', '--week', 'last', '--out', out, '--leadership', '--detail', 'full']);
	});

	afterAll(() => {
		fs.rmSync(home, {recursive: true, force: true});
		fs.rmSync(out, {recursive: true, force: true});
	});

	it('writes one 1:1 file per report and the leadership summary', () => {
		expect(firstRun.code, firstRun.stderr).toBe(0);
		const names = fs.readdirSync(out).sort();
		expect(json.delegation.reports.length).toBeGreaterThanOrEqual(4);
		expect(names.filter((name) => name.startsWith('1on1-'))).toHaveLength(json.delegation.reports.length);
		expect(names).toContain(`leadership-${json.week.id}.md`);
		for (const name of names) expect(name.endsWith(`-${json.week.id}.md`)).toBe(true);
	});

	it('names the report and the week in every 1:1, with the same figures as the JSON export', () => {
		for (const row of json.delegation.reports) {
			const slug = row.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
			const content = fs.readFileSync(path.join(out, `1on1-${slug}-${json.week.id}.md`), 'utf8');
			const title = marked.lexer(content).find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1);
			expect(title?.text.replace(/\\/g, '')).toContain(`1:1 with ${row.name} — ${json.week.id}`);
			expect(content).toContain(
				`Delegated in ${json.week.id}: ${row.delegated} · open: ${row.open} · completed: ${row.completed} · overdue: ${row.overdue} · stale: ${row.stale} · taken back: ${row.takenBack}`,
			);
			expect(content).toContain(`Strategic share ${percent(row.strategicShare)} against`);
		}
	});

	it('puts the org figures of the JSON export in the leadership summary', () => {
		const content = fs.readFileSync(path.join(out, `leadership-${json.week.id}.md`), 'utf8');
		const {completed} = json.allocation;
		expect(content).toContain(`Completed: ${completed.operational} firefighting · ${completed.strategic} improvement · ${completed.unclassified} unsorted.`);
		if (completed.operationalShare !== null) expect(content).toContain(`Firefighting took ${percent(completed.operationalShare)} of sorted completed work`);
		expect(content).toContain(`Delegation rate ${percent(json.delegation.delegationRate)}:`);
	});

	it('refuses a second run without --force and leaves the files as they were', () => {
		const before = snapshotOf(out);
		const second = run(['export', '--demo', '--week', 'last', '--out', out, '--leadership']);
		expect(second.code).toBe(2);
		expect(second.stderr).toMatch(/exist/);
		const after = snapshotOf(out);
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
	});

	it('prints Markdown to stdout with --out -, each file announced by name', () => {
		const result = run(['export', '--demo', '--week', 'last', '--out', '-', '--report', json.delegation.reports[0]?.name ?? '']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout.startsWith('<!-- file: 1on1-')).toBe(true);
		expect(result.stdout.match(/<!-- file: /g)).toHaveLength(1);
	});

	it('refuses a week still to come, and an option given without its value, with exit code 2 and nothing written', () => {
		const before = snapshotOf(out);
		const future = run(['export', '--demo', '--offline', '--week', '2099-W10', '--format', 'json', '--out', '-']);
		expect(future.code).toBe(2);
		expect(future.stderr).toContain('has not started yet');
		const noOut = run(['export', '--demo', '--offline', '--week', 'last', '--out']);
		expect(noOut.code).toBe(2);
		expect(noOut.stderr).toContain('--out needs a value');
		const noWeek = run(['export', '--demo', '--offline', '--week', '--out', '-']);
		expect(noWeek.code).toBe(2);
		expect([...snapshotOf(out).keys()].sort()).toEqual([...before.keys()].sort());
	});

	it('refuses an option that takes one value given twice as a usage error in one line, not a stack trace', () => {
		const before = snapshotOf(out);
		for (const args of [
			['export', '--demo', '--offline', '--week', 'last', '--week', 'this', '--out', '-'],
			['export', '--demo', '--offline', '--format', 'json', '--format', 'csv', '--out', '-'],
			['export', '--demo', '--offline', '--week', 'last', '--out', '-', '--out', out],
		]) {
			const result = run(args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.stdout).toBe('');
			const lines = result.stderr.trimEnd().split('\n');
			expect(lines, result.stderr).toHaveLength(2);
			expect(lines[0]).toMatch(/^director-review: --(week|format|out) given more than once$/);
			expect(lines[1]).toMatch(/^ {2}hint: /);
		}
		expect([...snapshotOf(out).keys()].sort()).toEqual([...before.keys()].sort());
	});

	it('stops quietly when the reader of --out - goes away (`| head`): exit 0, no stack trace', async () => {
		// `sh -c '… | head -c 1'`: the pipe closes after one byte while the export still writes.
		const command = `"${process.execPath}" "${cli}" export --demo --offline --week last --format json --out - | head -c 1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
		const child = spawn('bash', ['-c', command], {cwd: out, env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'}});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		await new Promise((resolve) => child.on('close', resolve));
		expect(stderr).not.toContain('EPIPE');
		expect(stderr.trim()).toBe('exit=0');
	});

	it.skipIf(!fs.existsSync('/dev/full'))('says a full disk under --out - (stdout on /dev/full) in one line with a hint, exit 1, and freezes no review', () => {
		const reviews = () => run(['review', '--list', '--demo', '--offline']).stdout.split('\n').filter((line) => /^\d+\t/.test(line)).length;
		const before = reviews();
		const full = fs.openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cli, 'export', '--demo', '--offline', '--week', 'last', '--format', 'json', '--out', '-'], {
				cwd: out,
				env: {...process.env, DIRECTOR_REVIEW_HOME: home, NO_COLOR: '1'},
				encoding: 'utf8',
				stdio: ['ignore', full, 'pipe'],
				timeout: 60_000,
			});
			expect(result.status, result.stderr).toBe(1);
			const lines = result.stderr.trimEnd().split('\n');
			expect(lines[0]).toBe('director-review: cannot write to stdout: no space left on the device');
			expect(lines[1]).toMatch(/^ {2}hint: /);
			expect(lines).toHaveLength(2);
		} finally {
			fs.closeSync(full);
		}
		expect(reviews()).toBe(before);
	});

	it('writes schemaVersion 2 whose figures list only keys that are in tickets, and version 1 with --schema 1', () => {
		const v2 = JSON.parse(run(['export', '--demo', '--offline', '--week', 'last', '--format', 'json', '--out', '-']).stdout) as {schemaVersion: number; figures: Record<string, string[]>; tickets: Array<{key: string}>};
		expect(v2.schemaVersion).toBe(2);
		const keys = new Set(v2.tickets.map((ticket) => ticket.key));
		expect(Object.keys(v2.figures)).toContain('predictability.late');
		for (const [figure, counted] of Object.entries(v2.figures)) for (const key of counted) expect(keys.has(key), `${figure}: ${key}`).toBe(true);
		const v1 = run(['export', '--demo', '--offline', '--week', 'last', '--format', 'json', '--schema', '1', '--out', '-']);
		expect((JSON.parse(v1.stdout) as {schemaVersion: number}).schemaVersion).toBe(1);
	});

	it('rejects an unknown report with exit code 2, naming the reports', () => {
		const result = run(['export', '--demo', '--week', 'last', '--out', '-', '--report', 'Nobody Here']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('no report named "Nobody Here"');
		expect(result.stderr).toContain(json.delegation.reports[0]?.name ?? 'a report');
	});

	it('takes the director’s notes into the 1:1 and marks them discussed once written, not on a preview', () => {
		const row = json.delegation.reports[0];
		const slug = (row?.name ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
		const storeFile = path.join(home, 'director-review.db');
		let store = openStore(storeFile);
		const added = store.addNote('demo', {kind: 'report', reportSlug: slug}, 'Ask about the on-call rota');
		store.close();

		const preview = run(['export', '--demo', '--offline', '--week', 'last', '--out', '-', '--report', slug]);
		expect(preview.code, preview.stderr).toBe(0);
		expect(preview.stdout).toContain('Ask about the on-call rota');
		store = openStore(storeFile);
		expect(store.listNotes('demo', {undiscussedOnly: true}).map((n) => n.id)).toContain(added.id);
		store.close();

		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-notes-'));
		try {
			const written = run(['export', '--demo', '--offline', '--week', 'last', '--out', folder, '--report', slug]);
			expect(written.code, written.stderr).toBe(0);
			expect(written.stderr).toContain('1 note marked as discussed');
			expect(fs.readFileSync(path.join(folder, `1on1-${slug}-${json.week.id}.md`), 'utf8')).toContain('Ask about the on-call rota');
		} finally {
			fs.rmSync(folder, {recursive: true, force: true});
		}
		store = openStore(storeFile);
		expect(store.listNotes('demo', {undiscussedOnly: true}).map((n) => n.id)).not.toContain(added.id);
		store.close();
	});
});
