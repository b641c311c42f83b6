// The demo org's verdicts compared between two builds: node bench/demo-verdicts.mjs --before DIST [--now ISO]
// Generates the demo org (as `--demo` does, in UTC) at --now (default: the bench's Friday review, Fri 4 Dec 2026 16:00 UTC),
// classifies every ticket with this build (dist/) and with the build at DIST (another commit's `npm run build`, e.g. in a git
// worktree), rules alone, and lists every ticket whose category differs. Build first: npm run build.
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name) => {
	const index = process.argv.indexOf(name);
	return index > 0 ? process.argv[index + 1] : undefined;
};
const before = option('--before');
if (!before) throw new Error('usage: node bench/demo-verdicts.mjs --before DIST [--now ISO]');
const now = Date.parse(option('--now') ?? '2026-12-04T16:00:00Z');

const load = async (dist) => ({
	demo: await import(pathToFileURL(path.join(dist, 'source', 'providers', 'demo', 'index.js')).href),
	classify: await import(pathToFileURL(path.join(dist, 'source', 'domain', 'classify', 'index.js')).href),
});
const [then, current] = [await load(path.resolve(before)), await load(path.join(root, 'dist'))];
const {tickets} = current.demo.generateDemoOrg({now, timezone: 'UTC'});
const context = {tags: new Map(), rules: [], threshold: 0.6, learner: null};
const old = then.classify.classifyAll(tickets, context);
const fresh = current.classify.classifyAll(tickets, context);
let changed = 0;
for (const ticket of tickets) {
	const a = old.get(ticket.id);
	const b = fresh.get(ticket.id);
	if (a.category === b.category) continue;
	changed++;
	console.log(`${ticket.key}\t${a.category} → ${b.category}\t${ticket.title}\t(${b.reason})`);
}
console.log(`demo org at ${new Date(now).toISOString()}: ${tickets.length} tickets, ${changed} changed category (version ${then.classify.classifierVersion} → ${current.classify.classifierVersion})`);
