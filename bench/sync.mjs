// Sync figures against the fake servers on loopback; prints one JSON line.
// Linear: requests for a full sync, against the page-count minimum and the SDK's lazy way; and
// for a 15,000-issue first sync that runs out of the hourly budget and finishes on the next sync.
// Jira Data Center: a 10,000-issue full sync with 50 ms of latency on every request, pages
// fetched one at a time (concurrency 1) against the provider's default bound; the runs of
// the two alternate so load elsewhere on the machine falls on both. The fake Jira runs in
// its own process, as a real server would.
// Run after a build: node bench/sync.mjs
import {fork} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {acrossBudgetRequests, adapterRequests, lazySdkRequests, minimumRequests} from './linear-requests.mjs';
import {median} from './lib/stats.mjs';

const {createJiraProvider} = await import('../dist/source/providers/jira/index.js');
const {fakeCredentials} = await import('../test/fakes/jira/server.ts');

const linearIssues = Number(process.env.LINEAR_ISSUES ?? 2000);
const lazyIssues = Number(process.env.LAZY_ISSUES ?? 230);
const budgetIssues = Number(process.env.BUDGET_ISSUES ?? 15_000);
const jiraIssues = Number(process.env.JIRA_ISSUES ?? 10_000);
const latencyMs = 50;
const jiraRuns = Number(process.env.JIRA_RUNS ?? 5);

const adapter = await adapterRequests(linearIssues);
if (adapter.tickets !== linearIssues) throw new Error(`the Linear adapter synced ${adapter.tickets} of ${linearIssues} issues`);
// The lazy SDK costs about nine requests an issue: the ratio is taken at one size for both.
const adapterSmall = await adapterRequests(lazyIssues);
const lazy = await lazySdkRequests(lazyIssues);
const acrossBudget = await acrossBudgetRequests(budgetIssues);
if (acrossBudget.tickets !== budgetIssues) throw new Error(`the sync across the budget stored ${acrossBudget.tickets} of ${budgetIssues} issues`);

const fake = fork(fileURLToPath(new URL('lib/fake-jira-process.mjs', import.meta.url)), [String(jiraIssues), String(latencyMs)], {stdio: ['ignore', 'inherit', 'inherit', 'ipc']});
const server = await new Promise((resolve, reject) => {
	fake.once('message', resolve);
	fake.once('exit', (code) => reject(new Error(`the fake Jira exited (${code})`)));
});

async function jiraSync(concurrency) {
	const provider = createJiraProvider({
		baseUrl: server.url,
		deployment: 'datacenter',
		jql: 'project = ENG',
		email: null,
		apiToken: null,
		pat: fakeCredentials.pat,
		timezone: 'UTC',
		...(concurrency === undefined ? {} : {concurrency}),
	});
	const startedAt = performance.now();
	let tickets = 0;
	for await (const page of provider.pull({updatedSince: null, resumeCursor: null})) tickets += page.tickets.length;
	const ms = performance.now() - startedAt;
	if (tickets !== jiraIssues) throw new Error(`the Jira provider synced ${tickets} of ${jiraIssues} issues`);
	return ms;
}

const sequential = [];
const concurrent = [];
try {
	await jiraSync(undefined);
	for (let run = 0; run < jiraRuns; run++) {
		sequential.push(await jiraSync(1));
		concurrent.push(await jiraSync(undefined));
	}
} finally {
	fake.send('close');
}

console.log(
	JSON.stringify({
		linear: {issues: linearIssues, requests: adapter.requests, minimum: minimumRequests(linearIssues), lazyIssues, lazyRequests: lazy.requests, adapterRequestsAtLazySize: adapterSmall.requests, acrossBudget},
		jira: {issues: jiraIssues, latencyMs, sequentialMs: median(sequential), concurrentMs: median(concurrent)},
	}),
);
