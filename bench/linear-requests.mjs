// Linear request counts: the adapter's one-document-per-page sync against the SDK's lazy
// approach (list issues, then await each relation), both against the fake Linear server on
// loopback. Counts requests, not time: the fake answers locally.
// Run after a build: npx tsc -p tsconfig.build.json && node bench/linear-requests.mjs
// ISSUES=230 sets the organisation size. Measured (230 issues): 7 requests against 1,615.
// bench/run.js imports the counters. `acrossBudgetRequests` is issue 13's figure: a first sync
// of a large workspace that runs out of Linear's hourly budget, stops, and finishes on the
// next sync an hour later.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import './lib/ts-fakes.mjs';
import {LinearClient} from '@linear/sdk';

const {createLinearProvider} = await import('../dist/source/providers/linear/index.js');
const {issuesPageSize} = await import('../dist/source/providers/linear/documents.js');
const {openStore} = await import('../dist/source/store/store.js');
const {runSync} = await import('../dist/source/sync/run-sync.js');
const {buildBulkOrg, datasetEpoch} = await import('../test/fakes/linear/dataset.ts');
const {startFakeLinear} = await import('../test/fakes/linear/server.ts');

/**
 * The fewest requests a full sync can make with the adapter's page size: one directory
 * document (people, teams, cycles, states fit one page here) and one per page of issues.
 * The page size is set by Linear's complexity limit on a document that embeds each issue's
 * history, labels and relations, not by choice.
 */
export const minimumRequests = (issueCount) => 1 + Math.max(1, Math.ceil(issueCount / issuesPageSize));

export async function adapterRequests(issueCount) {
	const {builder} = buildBulkOrg(issueCount);
	const server = await startFakeLinear({dataset: builder.dataset});
	try {
		const provider = createLinearProvider({apiKey: server.apiKey, apiUrl: server.url, teams: [], timezone: 'UTC'});
		let tickets = 0;
		for await (const page of provider.pull({updatedSince: null, resumeCursor: null})) tickets += page.tickets.length;
		return {tickets, requests: server.requestCount};
	} finally {
		await server.close();
	}
}

/**
 * A full sync of `issueCount` issues against a fake whose budget is a personal API key's
 * (3,000,000 points an hour) that only comes back at the hour's reset — the harsher of the
 * two readings of Linear's "per hour": the first `sync` runs out mid-way and stops, the
 * second, an hour later, resumes from its cursor. Time is virtual: the adapter's waits move
 * the fake's clock. Counts every request of both runs, refused ones included.
 */
export async function acrossBudgetRequests(issueCount) {
	const {builder} = buildBulkOrg(issueCount);
	let now = datasetEpoch;
	const clock = () => now;
	const server = await startFakeLinear({dataset: builder.dataset, budget: {refill: 'window', now: clock}});
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-bench-budget-'));
	const store = openStore(path.join(folder, 'director-review.db'));
	try {
		const retry = {sleep: async (ms) => void (now += ms)};
		const provider = createLinearProvider({apiKey: server.apiKey, apiUrl: server.url, teams: [], timezone: 'UTC', retry, now: clock});
		const runs = [];
		for (let run = 0; run < 3; run++) {
			try {
				await runSync({store, provider, full: false, now: clock});
				runs.push('finished');
				break;
			} catch (error) {
				if (error?.kind !== 'rate-limit') throw error;
				runs.push('stopped');
				now += 3_600_000;
			}
		}

		return {
			issues: issueCount,
			tickets: store.ticketCount('linear'),
			requests: server.requestCount,
			refused: server.requests.filter((request) => request.refused !== null).length,
			runs,
			minimum: minimumRequests(issueCount),
		};
	} finally {
		store.close();
		fs.rmSync(folder, {recursive: true, force: true});
		await server.close();
	}
}

export async function lazySdkRequests(issueCount) {
	const {builder} = buildBulkOrg(issueCount);
	const server = await startFakeLinear({dataset: builder.dataset});
	try {
		const client = new LinearClient({apiKey: server.apiKey, apiUrl: server.url});
		// fetchNext appends the next page's nodes to the same connection.
		const connection = await client.issues({first: 50});
		while (connection.pageInfo.hasNextPage) await connection.fetchNext();
		const issues = connection.nodes;

		// What the metrics need from each issue, the way the SDK's models hand it out.
		for (const issue of issues) {
			await issue.state;
			await issue.team;
			await issue.assignee;
			await issue.creator;
			await issue.cycle;
			await issue.project;
			await issue.labels();
			await issue.inverseRelations();
			await issue.history();
		}

		return {tickets: issues.length, requests: server.requestCount};
	} finally {
		await server.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const issueCount = Number(process.env.ISSUES ?? 230);
	const adapter = await adapterRequests(issueCount);
	const lazy = await lazySdkRequests(issueCount);
	console.log(`Linear sync of ${issueCount} issues (fake server, loopback)`);
	console.log(`  adapter (own documents, one per page): ${adapter.requests} requests for ${adapter.tickets} tickets (minimum ${minimumRequests(issueCount)})`);
	console.log(`  SDK lazy relations:                    ${lazy.requests} requests`);
	console.log(`  ratio: ${(lazy.requests / adapter.requests).toFixed(1)}×`);
	if (process.env.BUDGET_ISSUES) {
		const budget = await acrossBudgetRequests(Number(process.env.BUDGET_ISSUES));
		console.log(`Across the hourly budget, ${budget.issues} issues: ${budget.runs.join(', ')}; ${budget.requests} requests (${budget.refused} refused), minimum ${budget.minimum}, ${budget.tickets} tickets stored`);
	}
}
