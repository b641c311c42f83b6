import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {expectCleanFailure, makeHome, removeHomes, runCli} from '../reliability/cli.js';

afterAll(() => removeHomes());

interface ExportedTicket {
	readonly key: string;
	readonly category: string;
	readonly source: string | null;
}

async function demoTickets(home: string): Promise<ExportedTicket[]> {
	const result = await runCli(['export', '--demo', '--format', 'json', '--out', '-'], {home});
	expect(result.code, result.stderr).toBe(0);
	return (JSON.parse(result.stdout) as {tickets: ExportedTicket[]}).tickets;
}

async function frozenReviews(home: string): Promise<string[]> {
	const result = await runCli(['review', '--list', '--demo', '--offline'], {home});
	expect(result.code, result.stderr).toBe(0);
	return result.stdout.split('\n').filter((line) => /^\d+\t/.test(line));
}

function damage(file: string, how: 'truncate' | 'flip'): void {
	const bytes = fs.readFileSync(file);
	if (how === 'truncate') {
		fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
		return;
	}
	for (let index = 8192; index < bytes.length; index += 3) bytes[index] = bytes[index]! ^ 0x5a;
	fs.writeFileSync(file, bytes);
}

describe('the director’s record survives a damaged store', () => {
	for (const how of ['truncate', 'flip'] as const) {
		it(`${how}: the next start names the damage and the way out; restore brings back every tag, note and review; a sync the tickets`, async () => {
			const home = makeHome();
			const [first, second] = (await demoTickets(home)).filter((ticket) => ticket.source !== 'manual');
			expect((await runCli(['tag', first!.key, 'strategic', '--demo'], {home})).code).toBe(0);
			expect((await runCli(['tag', second!.key, 'operational', '--demo'], {home})).code).toBe(0);
			const mark = await runCli(['review', '--mark', '--demo', '--week', 'last'], {home});
			expect(mark.code, mark.stderr).toBe(0);
			const reviews = await frozenReviews(home);
			expect(reviews.length).toBeGreaterThanOrEqual(2);

			const backup = await runCli(['backup'], {home});
			expect(backup.code, backup.stderr).toBe(0);
			expect(fs.existsSync(backup.stdout.trim())).toBe(true);

			damage(path.join(home, 'director-review.db'), how);
			const start = await runCli(['--demo', '--offline'], {home});
			expectCleanFailure(start, {code: 1, cause: /director-review\.db is not a director-review store, or it is damaged/});
			expect(start.stderr).toMatch(/hint: run director-review restore/);

			const refused = await runCli(['restore'], {home});
			expectCleanFailure(refused, {code: 2, cause: /no terminal to ask/});

			const restore = await runCli(['restore', '--yes'], {home});
			expect(restore.code, restore.stderr).toBe(0);
			expect(restore.stdout).toContain(`restored from ${backup.stdout.trim()}: 2 tags, 2 tag changes, 0 notes, ${reviews.length} frozen reviews`);
			expect(restore.stdout).toMatch(/moved the damaged store aside/);

			expect(await frozenReviews(home)).toEqual(reviews);
			const after = await demoTickets(home);
			expect(after.find((ticket) => ticket.key === first!.key)).toMatchObject({category: 'strategic', source: 'manual'});
			expect(after.find((ticket) => ticket.key === second!.key)).toMatchObject({category: 'operational', source: 'manual'});
		});
	}
});
