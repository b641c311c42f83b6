// Sums a V8 CPU profile (`node --cpu-prof --cpu-prof-dir=DIR dist/cli.js …`) by function:
// self time and inclusive time (each function counted once per sample, however deep it
// recurs), the largest first. What bench/README.md's profile figures come from:
//   node bench/cpu-profile.mjs DIR/<file>.cpuprofile [rows]
import {readFileSync} from 'node:fs';

const [file, rowsArgument = '30'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/cpu-profile.mjs <file.cpuprofile> [rows]');
const rows = Number(rowsArgument);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const name = (node) => {
	const frame = node.callFrame;
	return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
};

const sampled = new Map();
profile.samples.forEach((id, index) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const [id, micros] of sampled) {
	total += micros;
	const own = name(nodes.get(id));
	self.set(own, (self.get(own) ?? 0) + micros);
	const seen = new Set();
	for (let current = id; current !== undefined; current = parentOf.get(current)) {
		const each = name(nodes.get(current));
		if (seen.has(each)) continue;
		seen.add(each);
		inclusive.set(each, (inclusive.get(each) ?? 0) + micros);
	}
}

const table = (title, values) => {
	console.log(`--- ${title}`);
	for (const [each, micros] of [...values].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(micros / 1000).toFixed(1).padStart(8)} ms  ${each}`);
};

console.log(`sampled ${(total / 1000).toFixed(0)} ms`);
table('self', self);
table('inclusive', inclusive);
