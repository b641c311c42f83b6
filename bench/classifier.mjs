// Classifier figures, from the built code: npx tsc -p tsconfig.build.json && node bench/classifier.mjs
// 1. The real labelled tickets (test/fixtures/real-tickets.json), rules alone, no tags:
//    accuracy over the tickets decided and coverage, on the development and held-out parts.
// 2. Learning from the director: 20 tags chosen by the Triage order on the development part,
//    then coverage and accuracy on the rest of that part, before and after.
// 3. The hand-written set (test/fixtures/labelled-tickets.json): rules vs rules + learner by
//    k-fold cross-validation.
// 4. Timing over 20,000 tickets.
// Exits non-zero when a floor of docs/classification.md is not met.
import {readFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {classifyAll, teachingOrder, trainLearner} from '../dist/source/domain/classify/index.js';

const folds = Number(process.env.FOLDS ?? 5);
const threshold = Number(process.env.THRESHOLD ?? 0.6);
const tagBudget = Number(process.env.TAGS ?? 20);
const fixture = (name) => JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));

function toTicket(item, id = item.key) {
	return {
		id, key: item.key, title: item.title, url: item.url ?? null, type: item.type, priority: item.priority,
		labels: item.labels, components: item.components, project: item.project, team: item.team ?? item.org ?? null,
		status: 'Todo', statusCategory: 'unstarted', createdAt: 0, updatedAt: 0, startedAt: null, completedAt: null,
		canceledAt: null, dueDate: null, assigneeId: null, creatorId: null, iterationId: null, estimate: null,
		history: [], blockedSpells: [],
	};
}

const context = (learner = null, tags = new Map()) => ({tags, rules: [], threshold, learner});

/** Accuracy over the decided tickets and coverage over the scored ones (ambiguous excluded). */
function score(items, classifications) {
	let scored = 0, decided = 0, correct = 0;
	for (const item of items) {
		if (item.category === 'ambiguous') continue;
		scored++;
		const category = classifications.get(item.key).category;
		if (category === 'unclassified') continue;
		decided++;
		if (category === item.category) correct++;
	}
	return {scored, decided, correct, accuracy: decided === 0 ? 0 : correct / decided, coverage: decided / scored};
}
const show = (s) => `accuracy ${s.accuracy.toFixed(3)} (${s.correct}/${s.decided})  coverage ${s.coverage.toFixed(3)} (${s.decided}/${s.scored})`;

const real = fixture('real-tickets.json').tickets;
const parts = {development: real.filter((t) => t.split === 'development'), 'held-out': real.filter((t) => t.split === 'held-out')};
console.log(`real tickets: ${real.length} (${parts.development.length} development, ${parts['held-out'].length} held-out), threshold ${threshold}, no tags`);
const results = {};
for (const [name, items] of Object.entries(parts)) {
	results[name] = score(items, classifyAll(items.map((item) => toTicket(item)), context()));
	console.log(`  ${name.padEnd(12)} ${show(results[name])}`);
}

// The director tags the first `tagBudget` unsure tickets of the Triage order; the rest of the
// development part is then classified with the learner trained on those tags.
const dev = parts.development;
const devTickets = dev.map((item) => toTicket(item));
const truth = new Map(dev.map((item) => [item.key, item.category]));
const before = classifyAll(devTickets, context());
const unsure = devTickets.filter((ticket) => before.get(ticket.id).category === 'unclassified' || before.get(ticket.id).confidence < threshold + 0.15);
const chosen = teachingOrder(unsure, before).filter((id) => truth.get(id) !== 'ambiguous').slice(0, tagBudget);
const chosenSet = new Set(chosen);
const tagged = devTickets.filter((ticket) => chosenSet.has(ticket.id));
const learner = trainLearner(tagged.map((ticket) => ({ticket, category: truth.get(ticket.id)})));
const rest = dev.filter((item) => !chosenSet.has(item.key));
const restTickets = devTickets.filter((ticket) => !chosenSet.has(ticket.id));
const restBefore = score(rest, classifyAll(restTickets, context()));
const restAfter = score(rest, classifyAll(restTickets, context(learner)));
console.log(`learning: ${chosen.length} tags chosen by the Triage order on the development part; the other ${rest.length} tickets:`);
console.log(`  before tags  ${show(restBefore)}`);
console.log(`  after tags   ${show(restAfter)}`);
// What the tags alone teach, without the built-in rules: the learner's own verdicts on the rest.
const learnedAlone = new Map(restTickets.map((ticket) => {
	const verdict = learner?.suggest(ticket) ?? null;
	return [ticket.id, {category: verdict && verdict.confidence >= threshold ? verdict.category : 'unclassified'}];
}));
const alone = score(rest, learnedAlone);
console.log(`  learner alone ${show(alone)}`);
// The same budget spent by uncertainty alone (the old Triage order), for comparison.
const byUncertainty = [...unsure]
	.sort((a, b) => before.get(a.id).confidence - before.get(b.id).confidence || a.id.localeCompare(b.id))
	.map((ticket) => ticket.id)
	.filter((id) => truth.get(id) !== 'ambiguous')
	.slice(0, tagBudget);
const uncertaintySet = new Set(byUncertainty);
const uncertaintyLearner = trainLearner(devTickets.filter((ticket) => uncertaintySet.has(ticket.id)).map((ticket) => ({ticket, category: truth.get(ticket.id)})));
const uncertaintyRest = dev.filter((item) => !uncertaintySet.has(item.key));
const uncertaintyAlone = score(uncertaintyRest, new Map(uncertaintyRest.map((item) => {
	const verdict = uncertaintyLearner?.suggest(toTicket(item)) ?? null;
	return [item.key, {category: verdict && verdict.confidence >= threshold ? verdict.category : 'unclassified'}];
})));
console.log(`  learner alone, ${tagBudget} tags by uncertainty only ${show(uncertaintyAlone)}`);
const heldOut = parts['held-out'];
const heldWithTags = score(heldOut, classifyAll(heldOut.map((item) => toTicket(item)), context(learner)));
console.log(`  held-out part with the learner of those tags ${show(heldWithTags)}`);
console.log(`  coverage ${restAfter.coverage >= restBefore.coverage ? '+' : ''}${((restAfter.coverage - restBefore.coverage) * 100).toFixed(1)} points, accuracy ${((restAfter.accuracy - restBefore.accuracy) * 100).toFixed(1)} points`);

// The hand-written set, k-fold: the learner learns k−1 folds as tags.
const items = fixture('labelled-tickets.json');
const tickets = items.map((item) => toTicket(item));
let rulesCorrect = 0, learnedCorrect = 0, rulesClassified = 0, learnedClassified = 0;
for (let fold = 0; fold < folds; fold++) {
	const train = [], test = [];
	tickets.forEach((ticket, index) => (index % folds === fold ? test : train).push({ticket, category: items[index].category}));
	const foldLearner = trainLearner(train);
	const held = test.map((example) => example.ticket);
	const byRules = classifyAll(held, context());
	const byBoth = classifyAll(held, context(foldLearner));
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
console.log(`hand-written set: ${n} tickets, ${folds}-fold cross-validation (accuracy over every held-out ticket: unclassified counts as wrong)`);
console.log(`  rules alone      accuracy ${(rulesCorrect / n).toFixed(3)}  coverage ${(rulesClassified / n).toFixed(3)}`);
console.log(`  rules + learner  accuracy ${(learnedCorrect / n).toFixed(3)}  coverage ${(learnedClassified / n).toFixed(3)}`);

// Timing: 2,000 tags and 20,000 tickets drawn from both sets, ids made distinct. Fresh ticket
// objects for every cold run: the classifier remembers each ticket's reading (tickets are
// immutable), which only the warm run, a retrain after a tag, may use.
const pool = [...items, ...real.filter((item) => item.category !== 'ambiguous')];
const many = (count) => Array.from({length: count}, (_, index) => toTicket(pool[index % pool.length], `bench-${index}`));
const tags = many(2000).map((ticket, index) => ({ticket, category: pool[index % pool.length].category}));
if (process.env.SKIP_TIMING) process.exit(process.exitCode ?? 0);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fastest = (values) => Math.min(...values);
const trainTimes = [], classifyTimes = [], warmTimes = [], orderTimes = [];
for (let run = 0; run < 7; run++) {
	const corpus = many(20000);
	let start = performance.now();
	const timedLearner = trainLearner(tags);
	trainTimes.push(performance.now() - start);
	start = performance.now();
	const classified = classifyAll(corpus, context(timedLearner));
	classifyTimes.push(performance.now() - start);
	start = performance.now();
	classifyAll(corpus, context(timedLearner));
	warmTimes.push(performance.now() - start);
	start = performance.now();
	teachingOrder(corpus.slice(0, 5000), classified);
	orderTimes.push(performance.now() - start);
}
console.log(`timing over 7 runs, median (fastest):`);
console.log(`  train on 2,000 tags ${median(trainTimes).toFixed(1)} ms (${fastest(trainTimes).toFixed(1)})`);
console.log(`  classify 20,000 tickets with rules + learner ${median(classifyTimes).toFixed(1)} ms (${fastest(classifyTimes).toFixed(1)})`);
console.log(`  reclassify the same 20,000 after a retrain ${median(warmTimes).toFixed(1)} ms (${fastest(warmTimes).toFixed(1)})`);
console.log(`  Triage teaching order of 5,000 unsure tickets ${median(orderTimes).toFixed(1)} ms (${fastest(orderTimes).toFixed(1)})`);
const loopStart = performance.now();
let sum = 0; // read below, so the loop cannot be optimised away
for (let index = 0; index < 1e8; index++) sum += index;
console.log(`reference: 10^8 additions in ${(performance.now() - loopStart).toFixed(0)} ms (sum ${sum})`);

const floors = {accuracy: 0.9, coverage: 0.8, coverageGain: 0.1};
const failures = [];
if (results['held-out'].accuracy < floors.accuracy) failures.push(`held-out accuracy ${results['held-out'].accuracy.toFixed(3)} < ${floors.accuracy}`);
if (results['held-out'].coverage < floors.coverage) failures.push(`held-out coverage ${results['held-out'].coverage.toFixed(3)} < ${floors.coverage}`);
// The gain is bounded by what the rules leave undecided: the floor is 10 points or all of it.
if (restAfter.coverage < Math.min(1, restBefore.coverage + floors.coverageGain)) failures.push(`coverage gain after ${tagBudget} tags below ${floors.coverageGain * 100} points`);
if (restAfter.accuracy < restBefore.accuracy - 0.005) failures.push('accuracy fell after the tags');
for (const failure of failures) console.error(`below the floor: ${failure}`);
if (failures.length > 0) process.exitCode = 1;
