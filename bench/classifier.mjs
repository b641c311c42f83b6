// Classifier figures: rules alone vs rules + learner by k-fold cross-validation on the
// hand-labelled set, and the training/classifying times against the issue-8 budgets.
// Run after a build: npx tsc -p tsconfig.build.json && node bench/classifier.mjs
// Exits non-zero when the learner does not beat the rules.
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {classifyAll, trainLearner} from '../dist/source/domain/classify/index.js';

const folds = Number(process.env.FOLDS ?? 5);
const threshold = Number(process.env.THRESHOLD ?? 0.6);
const items = JSON.parse(readFileSync(new URL('../test/fixtures/labelled-tickets.json', import.meta.url), 'utf8'));

function toTicket(item, id = item.key) {
	return {
		id,
		key: item.key,
		title: item.title,
		url: null,
		type: item.type,
		priority: item.priority,
		labels: item.labels,
		components: item.components,
		project: item.project,
		team: item.team,
		status: 'Todo',
		statusCategory: 'unstarted',
		createdAt: 0,
		updatedAt: 0,
		startedAt: null,
		completedAt: null,
		canceledAt: null,
		dueDate: null,
		assigneeId: null,
		creatorId: null,
		iterationId: null,
		estimate: null,
		history: [],
		blockedSpells: [],
	};
}

const tickets = items.map((item) => toTicket(item));
let rulesCorrect = 0;
let learnedCorrect = 0;
let rulesClassified = 0;
let learnedClassified = 0;
for (let fold = 0; fold < folds; fold++) {
	const train = [];
	const test = [];
	tickets.forEach((ticket, index) => (index % folds === fold ? test : train).push({ticket, category: items[index].category}));
	const learner = trainLearner(train);
	const held = test.map((example) => example.ticket);
	const byRules = classifyAll(held, {tags: new Map(), rules: [], threshold, learner: null});
	const byBoth = classifyAll(held, {tags: new Map(), rules: [], threshold, learner});
	for (const {ticket, category} of test) {
		const ruled = byRules.get(ticket.id).category;
		const both = byBoth.get(ticket.id).category;
		if (ruled !== 'unclassified') rulesClassified++;
		if (both !== 'unclassified') learnedClassified++;
		if (ruled === category) rulesCorrect++;
		if (both === category) learnedCorrect++;
	}
}
const n = tickets.length;
const rules = rulesCorrect / n;
const learned = learnedCorrect / n;
console.log(`labelled set: ${n} tickets, ${folds}-fold cross-validation, threshold ${threshold}`);
console.log(`  rules alone      accuracy ${rules.toFixed(3)}  coverage ${(rulesClassified / n).toFixed(3)}`);
console.log(`  rules + learner  accuracy ${learned.toFixed(3)}  coverage ${(learnedClassified / n).toFixed(3)}`);
console.log('  (accuracy over every held-out ticket: unclassified counts as wrong)');

// Timing: 2,000 tags and 20,000 tickets drawn from the labelled set, ids made distinct.
const many = (count) => Array.from({length: count}, (_, index) => toTicket(items[index % n], `bench-${index}`));
const tags = many(2000).map((ticket, index) => ({ticket, category: items[index % n].category}));
// Fresh ticket objects for every cold run: the classifier remembers each ticket's words and
// rule verdict (tickets are immutable), which only the warm run, a retrain after a tag, may use.
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// On a shared machine the minimum is the run least disturbed by other processes.
const fastest = (values) => Math.min(...values);
const trainTimes = [];
const classifyTimes = [];
const warmTimes = [];
for (let run = 0; run < 7; run++) {
	const corpus = many(20000);
	let start = performance.now();
	const learner = trainLearner(tags);
	trainTimes.push(performance.now() - start);
	start = performance.now();
	classifyAll(corpus, {tags: new Map(), rules: [], threshold, learner});
	classifyTimes.push(performance.now() - start);
	start = performance.now();
	classifyAll(corpus, {tags: new Map(), rules: [], threshold, learner});
	warmTimes.push(performance.now() - start);
}
const trainMs = median(trainTimes);
const classifyMs = median(classifyTimes);
console.log(`timing over 7 runs, median (fastest):`);
console.log(`  train on 2,000 tags ${trainMs.toFixed(1)} ms (${fastest(trainTimes).toFixed(1)}), budget 50`);
console.log(`  classify 20,000 tickets with rules + learner ${classifyMs.toFixed(1)} ms (${fastest(classifyTimes).toFixed(1)}), budget 150`);
console.log(`  reclassify the same 20,000 after a retrain ${median(warmTimes).toFixed(1)} ms (${fastest(warmTimes).toFixed(1)})`);
// The budgets assume an ordinary laptop; a plain loop shows how fast this machine is right now
// (about 70 ms on an unloaded 2020s laptop core) so a figure over budget can be judged.
const loopStart = performance.now();
let sum = 0; // read below, so the loop cannot be optimised away
for (let index = 0; index < 1e8; index++) sum += index;
const loopMs = performance.now() - loopStart;
console.log(`reference: 10^8 additions in ${loopMs.toFixed(0)} ms (sum ${sum})`);
if (trainMs > 50 || classifyMs > 150) console.log('  over budget on this machine: compare with the reference loop before concluding');

if (!(learned > rules)) {
	console.error(`the learner does not beat the rules: ${learned.toFixed(3)} ≤ ${rules.toFixed(3)}`);
	process.exit(1);
}
