// Every fixture ticket's verdict, rules alone (no tags), counted: node bench/fixture-verdicts.mjs [--before DIST]
// Reads test/fixtures/*tickets*.json, classifies each ticket twice, with the tracker's own fields (type, priority,
// labels, components) and from its title alone, and prints right / wrong / no verdict over the scored tickets
// (`ambiguous` ones are not scored). With --before DIST (the dist folder of another build, e.g. an older commit's
// `npm run build` in a git worktree) it counts that build on the same tickets too and lists every ticket whose
// category differs. Build first: npm run build.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const beforeIndex = process.argv.indexOf('--before');
const builds = [['now', path.join(root, 'dist')]];
if (beforeIndex > 0) builds.unshift(['before', path.resolve(process.argv[beforeIndex + 1])]);

const fixtures = path.join(root, 'test', 'fixtures');
const items = [];
for (const file of readdirSync(fixtures).filter((name) => /tickets.*\.json$/.test(name)).sort()) {
	const data = JSON.parse(readFileSync(path.join(fixtures, file), 'utf8'));
	for (const [index, item] of (Array.isArray(data) ? data : data.tickets).entries()) items.push({...item, id: `${file}#${index}`, file});
}

function ticket(item, titleAlone) {
	return {
		id: item.id, key: item.key ?? item.id, title: item.title, url: null, type: titleAlone ? null : (item.type ?? null),
		priority: titleAlone ? null : (item.priority ?? null), labels: titleAlone ? [] : (item.labels ?? []),
		components: titleAlone ? [] : (item.components ?? []), project: item.project ?? null, team: item.team ?? null,
		status: 'Todo', statusCategory: 'unstarted', createdAt: 0, updatedAt: 0, startedAt: null, completedAt: null,
		canceledAt: null, dueDate: null, assigneeId: null, creatorId: null, iterationId: null, estimate: null, history: [],
		blockedSpells: [],
	};
}

const verdicts = {};
for (const [name, dist] of builds) {
	const {classifyAll, classifierVersion} = await import(pathToFileURL(path.join(dist, 'source', 'domain', 'classify', 'index.js')).href);
	verdicts[name] = {version: classifierVersion};
	for (const titleAlone of [false, true]) {
		const found = classifyAll(items.map((item) => ticket(item, titleAlone)), {tags: new Map(), rules: [], threshold: 0.6, learner: null});
		verdicts[name][titleAlone] = new Map([...found].map(([id, verdict]) => [id, verdict.category]));
	}
}

const scored = items.filter((item) => item.category !== 'ambiguous');
console.log(`${items.length} fixture tickets, ${scored.length} scored`);
for (const titleAlone of [false, true]) {
	for (const [name] of builds) {
		let right = 0, wrong = 0, none = 0;
		for (const item of scored) {
			const category = verdicts[name][titleAlone].get(item.id);
			if (category === 'unclassified') none++;
			else if (category === item.category) right++;
			else wrong++;
		}
		console.log(`${titleAlone ? 'title alone ' : 'with fields '} version ${verdicts[name].version} (${name}): right ${right}, wrong ${wrong}, no verdict ${none}`);
	}
	if (builds.length === 2) {
		for (const item of items) {
			const before = verdicts.before[titleAlone].get(item.id);
			const now = verdicts.now[titleAlone].get(item.id);
			if (before !== now) console.log(`  ${item.file} [${item.category}] ${before} → ${now}: ${item.title.slice(0, 90)}`);
		}
	}
}
