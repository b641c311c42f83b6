import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliPath} from './terminal.js';

let home: string;

beforeAll(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-tag-'));
});

afterAll(() => {
	fs.rmSync(home, {recursive: true, force: true});
});

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cliPath, ...args], {encoding: 'utf8', env: {...process.env, DIRECTOR_REVIEW_HOME: home}, maxBuffer: 64 * 1024 * 1024});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

interface ExportedTicket {
	readonly key: string;
	readonly category: string;
	readonly source: string | null;
	readonly reason: string;
}

interface Exported {
	readonly tickets: ExportedTicket[];
	readonly figures: Record<string, string[]>;
}

function exported(): Exported {
	const result = run('export', '--demo', '--format', 'json', '--week', 'last', '--out', '-');
	expect(result.code, result.stderr).toBe(0);
	return JSON.parse(result.stdout) as Exported;
}

function tickets(): ExportedTicket[] {
	return exported().tickets;
}

describe('director-review tag', () => {
	it('makes a manual tag win over a contradicting rule, through a sync', () => {
		// A ticket completed in the week, so the export lists it whatever its category (the JSON's
		// tickets are those some figure counts: one counted only by a firefighting theme would
		// leave the list once tagged improvement).
		const before = exported();
		const completed = new Set(before.figures['allocation.completed.operational'] ?? []);
		const byRule = before.tickets.find((ticket) => ticket.source === 'rule' && ticket.category === 'operational' && completed.has(ticket.key));
		expect(byRule, 'the demo has a ticket a rule calls firefighting').toBeDefined();
		const key = byRule?.key ?? '';

		const tagged = run('tag', key, 'strategic', '--demo');
		expect(tagged.code, tagged.stderr).toBe(0);
		expect(tagged.stdout).toContain(`${key} tagged strategic`);

		const synced = run('sync', '--demo', '--full');
		expect(synced.code, synced.stderr).toBe(0);

		const after = tickets().find((ticket) => ticket.key === key);
		expect(after).toMatchObject({key, category: 'strategic', source: 'manual'});
	});

	it('refuses an unknown key or category with exit 2 and a hint', () => {
		const unknownKey = run('tag', 'NOPE-99999', 'o', '--demo');
		expect(unknownKey.code).toBe(2);
		expect(unknownKey.stderr).toMatch(/unknown ticket "NOPE-99999"/);
		expect(unknownKey.stderr).toMatch(/hint:/);

		const unknownCategory = run('tag', 'PAY-1', 'banana', '--demo');
		expect(unknownCategory.code).toBe(2);
		expect(unknownCategory.stderr).toMatch(/unknown category "banana"/);
		expect(unknownCategory.stderr).not.toMatch(/at .*\.js:\d+/);
	});
});
