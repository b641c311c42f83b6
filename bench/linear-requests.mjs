// Linear request counts: the adapter's one-document-per-page sync against the SDK's lazy
// approach (list issues, then await each relation), both against the fake Linear server on
// loopback. Counts requests, not time: the fake answers locally.
// Run after a build: npx tsc -p tsconfig.build.json && node bench/linear-requests.mjs
// ISSUES=230 sets the organisation size. Measured (230 issues): 7 requests against 1,615.
import {register} from 'node:module';
import {LinearClient} from '@linear/sdk';

// The fake is TypeScript under test/: Node strips its types; this hook maps its `.js` imports to `.ts`.
register(
	'data:text/javascript,' +
		encodeURIComponent(`
			export async function resolve(specifier, context, next) {
				try { return await next(specifier, context); }
				catch (error) {
					if (specifier.endsWith('.js') && context.parentURL?.includes('/test/fakes/')) return next(specifier.slice(0, -3) + '.ts', context);
					throw error;
				}
			}`),
);

const {createLinearProvider} = await import('../dist/source/providers/linear/index.js');
const {buildBulkOrg} = await import('../test/fakes/linear/dataset.ts');
const {startFakeLinear} = await import('../test/fakes/linear/server.ts');

const issueCount = Number(process.env.ISSUES ?? 230);

async function adapterRequests() {
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

async function lazySdkRequests() {
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

const adapter = await adapterRequests();
const lazy = await lazySdkRequests();
console.log(`Linear sync of ${issueCount} issues (fake server, loopback)`);
console.log(`  adapter (own documents, one per page): ${adapter.requests} requests for ${adapter.tickets} tickets`);
console.log(`  SDK lazy relations:                    ${lazy.requests} requests`);
console.log(`  ratio: ${(lazy.requests / adapter.requests).toFixed(1)}×`);
