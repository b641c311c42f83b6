import {afterAll, describe, expect, test} from 'vitest';
import {buildBulkOrg} from '../../fakes/linear/dataset.js';
import {startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';
import {expectCleanFailure, lines, makeHome, removeHomes, runCli, storedCount} from '../../reliability/cli.js';

/**
 * Issue 13, Linear's hourly budget through the real CLI (run `npm run build` first): a sync
 * that cannot finish within the budget stops with one line saying when it can go on and
 * exits 1; the next `sync`, once the budget is back, continues where it stopped.
 */

const hour = 3_600_000;
let server: FakeLinearServer | null = null;

afterAll(async () => {
	await server?.close();
	removeHomes();
});

describe('director-review sync across the budget', () => {
	test('stops with when it can go on (exit 1, a hint), and the next sync finishes the pull', {timeout: 120_000}, async () => {
		const probe = await startFakeLinear({dataset: buildBulkOrg(90).builder.dataset});
		const probeHome = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: probe.url, teams: []}});
		expect((await runCli(['sync'], {home: probeHome, env: {LINEAR_API_KEY: probe.apiKey}})).code).toBe(0);
		const cost = (name: string) => probe.requests.find((request) => request.operationName === name)!.complexity!;
		const [directory, page] = [cost('DirectorReviewDirectory'), cost('DirectorReviewIssues')];
		await probe.close();

		// The fake's clock runs with the real one, plus whatever the test adds (an hour later).
		let offset = 0;
		// 20 pages an hour: one page takes 3 minutes to come back, longer than the CLI waits.
		server = await startFakeLinear({
			dataset: buildBulkOrg(90).builder.dataset,
			budget: {complexityPerHour: 20 * page, complexityRemaining: directory + page + 100, now: () => Date.now() + offset},
		});
		const home = makeHome({provider: 'linear', timezone: 'UTC', linear: {apiUrl: server.url, teams: []}});
		const env = {LINEAR_API_KEY: server.apiKey};

		const stopped = await runCli(['sync'], {home, env});
		expectCleanFailure(stopped, {code: 1, cause: /Linear's hourly API budget for this key is spent until \w{3} \d\d:\d\d UTC \(in \d+ (h|min)/, names: /Linear/, secrets: [server.apiKey]});
		const errorLines = lines(stopped.stderr).filter((line) => !/^sync: \d+/.test(line));
		expect(errorLines).toHaveLength(2);
		expect(errorLines[1]).toMatch(/hint: run director-review sync again then: it continues where it stopped/);
		expect(server.requests.filter((request) => request.refused !== null)).toEqual([]);

		offset += hour;
		const finished = await runCli(['sync'], {home, env});
		expect(finished.code, finished.stderr).toBe(0);
		expect(finished.stderr).toMatch(/\(full, resumed\)/);
		expect(storedCount(finished)).toBe(90);
		const issuePages = server.requests.filter((request) => request.operationName === 'DirectorReviewIssues');
		expect(issuePages.map((request) => request.variables['after'])).toEqual([...new Set(issuePages.map((request) => request.variables['after']))]);
		expect(issuePages).toHaveLength(3);
	});
});
