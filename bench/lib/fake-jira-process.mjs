// The fake Jira Data Center in a process of its own, as a real server is: its CPU (JSON for
// 10,000 issues) is not charged to the process being measured. Started by bench/sync.mjs
// over IPC; sends {url} when listening, closes on 'close'.
import './ts-fakes.mjs';

const {fields, makeIssue, statuses, users} = await import('../../test/fakes/jira/fixtures.ts');
const {startFakeJira} = await import('../../test/fakes/jira/server.ts');

const issueCount = Number(process.argv[2]);
const latencyMs = Number(process.argv[3]);
const {dana, alex, sam} = users('datacenter');
const day = (n) => `2026-03-${String(n).padStart(2, '0')}T10:00:00Z`;
const issues = Array.from({length: issueCount}, (_, index) =>
	makeIssue('datacenter', {id: index + 1, created: day(1), updated: new Date(Date.UTC(2026, 2, 2) + index * 1000).toISOString(), assignee: index % 2 === 0 ? alex : sam, creator: dana}),
);
// Jira caps a search page; 100 is the provider's own page size.
const server = await startFakeJira({deployment: 'datacenter', issues, users: [dana, alex, sam], me: dana, statuses, fields, latencyMs, maxResultsCap: 100});
process.on('message', async (message) => {
	if (message !== 'close') return;
	await server.close();
	process.disconnect();
});
process.send({url: server.url});
