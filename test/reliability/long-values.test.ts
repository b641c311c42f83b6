import {afterAll, describe, expect, it} from 'vitest';
import {expectCleanFailure, makeHome, removeHomes, runCli} from './cli.js';

afterAll(() => removeHomes());

/**
 * A value the user typed is echoed in the error that refuses it, sanitised; a 100 KB value
 * (pasted by mistake, or a script's runaway variable) is cut to its first characters and an
 * ellipsis, so the one error line stays a line.
 */
const long = `${'x'.repeat(50)}\u001B[31m${'y'.repeat(100_000)}`;
const cases: Record<string, readonly string[]> = {
	'--report': ['export', '--demo', '--report', long],
	'--week': ['--demo', '--week', long],
	'a tag’s ticket key': ['tag', long, 'strategic', '--demo'],
	'a tag’s category': ['tag', 'X-1', long, '--demo'],
	'--format': ['export', '--demo', '--format', long],
	'--schema': ['export', '--demo', '--schema', long],
	'--detail': ['export', '--demo', '--detail', long],
	'--provider': ['--provider', long],
	'--demo-week': ['--demo', '--demo-week', long],
	'an unknown command': [`frobnicate${long}`],
	'an unknown flag': ['--demo', `--bogus${long}`],
	'a stray argument': ['export', '--demo', long],
	'backup’s argument': ['backup', long],
	'restore’s file': ['restore', long, '--yes'],
};

describe.concurrent('a 100 KB value on the command line', () => {
	for (const [what, args] of Object.entries(cases)) {
		it(`${what}: one short line naming its start, sanitised`, async () => {
			const result = await runCli(args, {home: makeHome()});
			expectCleanFailure(result, {code: 2, cause: /xxxxx/});
			const [cause] = result.stderr.split('\n');
			expect(cause!.length, cause!.slice(0, 300)).toBeLessThan(300);
			expect(cause).toMatch(/x{20}.*…/);
			expect(result.stderr).not.toContain('\u001B');
			expect(result.stderr.length).toBeLessThan(1000);
		});
	}
});
