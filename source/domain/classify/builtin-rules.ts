import type {Category, Ticket} from '../types.js';
import type {Signal} from './signal.js';
import {labelSignals, priorityLabels, typeSignals, workKindAreas} from './signal-tables.js';
import type {TitleIntent} from './title-intent.js';
import {titleSignals} from './title-words.js';
import {normaliseValue, titleTokens, type TicketText} from './tokens.js';
import {trackerSignals} from './tracker-signals.js';

export type {Signal} from './signal.js';

export interface RuleVerdict {
	readonly category: Category;
	readonly confidence: number;
	readonly reason: string;
}

const op = 'operational' as const;
const st = 'strategic' as const;

interface TitleEntry {
	readonly stems: readonly string[];
	readonly category: Category;
	readonly weight: number;
	readonly reason: string;
	readonly topic: boolean;
	/** A product's name: its stems joined by spaces, to be matched against the tracker's own names; null for other words. */
	readonly product: string | null;
}

// Indexed by first stem so a title costs one map lookup a word, whatever the table's size.
const titleIndex = new Map<string, TitleEntry[]>();
for (const [phrase, category, weight, topic] of titleSignals) {
	const stems = titleTokens(phrase).map((token) => token.stem);
	const first = stems[0];
	if (first === undefined) continue;
	const entries = titleIndex.get(first) ?? [];
	entries.push({stems, category, weight, reason: `title: ${phrase}`, topic: topic !== undefined, product: topic === 'product' ? stems.join(' ') : null});
	// Longer phrases first: "error budget" must be seen before "error".
	entries.sort((a, b) => b.stems.length - a.stems.length);
	titleIndex.set(first, entries);
}

const brokenTypes = new Set(['bug', 'defect', 'incident', 'problem']);
// In a ticket filed as a defect, "Ensure …", "Use … to avoid …" describe its repair, not planned work.
const repairTypes = new Set(['bug', 'defect']);
const wordingReasons = new Set(['title: opens with planned work', 'title: make sure … not', 'title: code style cleanup']);
// Said of a defect ("Prevent … from registering twice") the word is the repair's.
const repairWords = new Set(['title: prevent']);
// Work that is also a feature of the system: in a ticket that states breakage or is filed as
// broken, "decommissioning", "migration" name where it broke ("Losing datanodes in state decommissioning …"), and so does
// a product's automation feature ("Automations with Value Template Triggers Are Not Firing", "Automation rules stopped running").
const featureWork = new Set(['title: decommission', 'title: decommissioned', 'title: migrate', 'title: migration', 'title: automate', 'title: automation']);

// Once a title opens with planned work, the firefighting words after it name what the work
// is about ("Spike: better error messages") and count for this much of their weight.
const plannedDiscount = 0.3;
// Incident words in a title about incident tooling or process are not firefighting at all.
const toolingWords = new Set(['title: incident', 'title: on-call', 'title: oncall', 'title: pager', 'title: paged', 'title: pagerduty', 'title: escalation', 'title: escalated', 'title: support', 'title: firing', 'title: customer', 'title: hotfix', 'title: hot fix']);

/** All the built-in evidence a ticket carries. */
export function builtinSignals(ticket: Ticket, text: TicketText): Signal[] {
	const signals: Signal[] = trackerSignals(ticket, text);

	// A tracker with no issue type (GitHub) files a ticket as broken with a label: "bug", "kind/bug", "C-bug".
	let labelledBroken = false;
	const scoped = slashScopedValues(ticket.labels);
	const scopes = gitLabScopes(ticket.labels);
	for (const label of text.labels) {
		// "integration: automation", "integration: hue": home-assistant/core's label for the integration a ticket is about names a
		// part of the product, not a kind of work; its value is not read as a label of its own would be.
		if (label.startsWith('integration:')) continue;
		const value = scoped.get(label);
		const scope = scopes.get(label);
		const key = known(label) ? label : known(afterPrefix(label)) ? afterPrefix(label) : value !== undefined && known(value) ? value : rankedScope(label) ?? (scope !== undefined && known(scope) ? scope : known(afterLetterPrefix(label)) ? afterLetterPrefix(label) : regressionFamily(label) ?? testFailureFamily(label) ?? lastPart(label));
		if (key === null) continue;
		if (brokenTypes.has(key)) labelledBroken = true;
		if (priorityLabels.has(key)) {
			signals.push({category: op, weight: 1.5, reason: `label ${label}`, supporting: true});
			continue;
		}
		const entry = labelSignals[key];
		if (entry) signals.push({category: entry[0], weight: entry[1], reason: `label ${label}`});
	}

	const areas: Array<[string, string]> = text.components.map((component) => ['component', component]);
	if (text.project !== null) areas.push(['project', text.project]);
	const seenAreas = new Set<string>();
	for (const [kind, value] of areas) {
		const entry = workKindAreas[value];
		if (entry && !seenAreas.has(`${kind}:${value}`)) {
			seenAreas.add(`${kind}:${value}`);
			signals.push({category: entry[0], weight: entry[1], reason: `${kind} ${value}`});
		}
	}

	const intent = text.intent;
	const repairType = text.type !== null && repairTypes.has(text.type);
	const repairWording = intent.plannedByWording && repairType;
	const planned = intent.planned && !repairWording;
	// A slow kind of component in a ticket whose type names planned work is the feature's subject: "Exclude slow disks …"; so is
	// what is done wrongly ("RangerAuditFields generic type is incorrectly specified" filed as an Improvement).
	const plannedType = text.type !== null && typeSignals[text.type]?.[0] === st;
	// A ticket the tracker files as broken (a Bug) names what broke with its topic words, as a
	// title stating breakage does: "Documentation continues to refer to removed methods".
	const broken = intent.breakage || (!planned && text.type !== null && brokenTypes.has(text.type));
	// Labelled broken where the tracker has no type: incident tooling in the title names what broke too
	// ("[Alerting] … cannot save the rule" labelled bug). Topic words are not silenced by a label alone:
	// a tracker that labels every imported ticket "type:bug" (edk2) files planned CI work under it.
	const labelledAsBroken = !planned && text.type === null && labelledBroken;
	// "This option prevented Grafana from starting": the word names the failure, not a guard built against it.
	const keptFromWorking = intent.signals.some((signal) => signal.reason === 'title: kept from working');
	const seenPhrases = new Set<string>();
	const tokens = text.tokens;
	// The words of a package path opening the title name where the work is: "tools" in "x/tools/gopls: high memory consumption".
	const placeWords = intent.place === '' ? 0 : titleTokens(intent.place).length;
	for (let index = placeWords; index < tokens.length; index++) {
		const entries = titleIndex.get(tokens[index]!.stem);
		if (!entries) continue;
		for (const entry of entries) {
			if (!entry.stems.every((stem, offset) => tokens[index + offset]?.stem === stem)) continue;
			// "Bug 1811", "(Bugzilla Bug 1811)": a tracker's record number, which a planned feature has too.
			if (entry.reason === 'title: bug' && /^\d+$/.test(tokens[index + 1]?.word ?? '')) break;
			// A product that is the tracker's own name ("prometheus" in prometheus/prometheus) names the product, not the work;
			// a common noun does not ("port runbooks from openshift" in a runbooks repository is still runbook work).
			const ownName = entry.product !== null && text.ownNames.has(entry.product);
			if (!seenPhrases.has(entry.reason) && !ownName) {
				seenPhrases.add(entry.reason);
				const repairWord = repairWords.has(entry.reason) && ((repairType && !planned) || keptFromWorking);
				const signal = repairWord ? null : adjusted(entry, intent, planned, broken);
				if (signal) signals.push(signal);
			}
			// The longest phrase at a position speaks for it: "error budget" is not also "error".
			index += entry.stems.length - 1;
			break;
		}
	}
	for (const signal of intent.signals) {
		if (plannedType && (signal.reason === 'title: slow component' || signal.reason === 'title: done wrongly')) continue;
		// A capability missing is the one asked for only in a ticket filed as planned work: "… does not support session" filed as a
		// New Feature; filed as a Bug or untyped it may be a defect ("HttpBinding does not support concurrent … requests").
		if (signal.reason === 'title: a capability missing' && !plannedType) continue;
		// Incident tooling in a ticket filed or worded as broken names what broke, as a topic word does:
		// "Alert rule editor is enabled when template variables are used" filed as a Bug is a repair.
		// So does the log level a broken ticket is about: "Messages logged at info level flood the disk".
		if ((broken || labelledAsBroken) && topicReadings.has(signal.reason)) continue;
		// A title that opens with planned work names breakage as its subject, not its state.
		if (planned && signal.category === op) signals.push({...signal, weight: signal.weight * plannedDiscount});
		// In a Bug the wording is the repair's: it says nothing of the kind of work.
		else if (!(repairWording && wordingReasons.has(signal.reason))) signals.push(signal);
	}
	// Jira's "Test" is work on the tests; a test that fails, hangs or flakes says so in its title ("… hangs on call to …",
	// "Flaky pip installation test"), and then the type only says where the failure is.
	if (text.type === 'test' && signals.some((signal) => signal.category === op && signal.supporting !== true)) return signals.filter((signal) => signal.reason !== 'type Test');
	return signals;
}

function adjusted(entry: TitleEntry, intent: TitleIntent, planned: boolean, broken: boolean): Signal | null {
	if (entry.category === st && (entry.topic || featureWork.has(entry.reason)) && broken) return null;
	if (entry.category === op && intent.tooling && toolingWords.has(entry.reason)) return null;
	if (entry.reason === 'title: support' && (intent.capability || intent.supportMissing)) return null;
	if (entry.reason === 'title: paged' && intent.pagination) return null;
	if (entry.reason === 'title: error' && intent.errorCapability) return null;
	if ((entry.reason === 'title: rollback' || entry.reason === 'title: roll back') && intent.transactionOutcome) return null;
	if ((entry.reason === 'title: automate' || entry.reason === 'title: automation') && intent.autoFiled) return null;
	if (entry.category === op && planned) return {category: op, weight: entry.weight * plannedDiscount, reason: entry.reason};
	return {category: entry.category, weight: entry.weight, reason: entry.reason};
}

// Readings that name what a ticket is about, as topic words do: silent in a ticket filed or worded as broken.
const topicReadings = new Set(['title: incident tooling', 'title: log level', 'title: error reporting or handling']);

// Steepness and offset put a single weak signal (weight ≤ 0.8) under the default 0.6
// threshold and a strong one (label incident, 2.5) at 0.91.
const steepness = 1.1;
const offset = 0.475;
const maxRuleConfidence = 0.97;
// Supporting evidence against a verdict (a Blocker priority on a spike) counts this much.
const opposingSupport = 0.25;

/**
 * Weighs the signals: the side with more primary weight wins, with a confidence that grows
 * with its weight (supporting evidence included) and shrinks as the other side's weight
 * approaches it: `0.5 + (strength − 0.5) × (1 − (losing ÷ winning)²)`. Conflicting evidence
 * lowers the confidence rather than cancelling the verdict: "type Bug" (1.2) against a weak
 * contrary word (0.6) still reads operational at 0.65. With only supporting evidence (a
 * priority) there is no verdict.
 */
export function combineSignals(signals: readonly Signal[]): RuleVerdict | null {
	const primary = {operational: 0, strategic: 0};
	const support = {operational: 0, strategic: 0};
	for (const signal of signals) (signal.supporting ? support : primary)[signal.category] += signal.weight;
	if (primary.operational === 0 && primary.strategic === 0) return null;
	const strongest = signals.filter((signal) => !signal.supporting).sort((a, b) => b.weight - a.weight);
	const category: Category =
		primary.operational === primary.strategic ? strongest[0]!.category : primary.operational > primary.strategic ? op : st;
	const other: Category = category === op ? st : op;
	const winning = primary[category] + support[category];
	const losing = primary[other] + opposingSupport * support[other];
	const strength = 1 / (1 + Math.exp(-(steepness * winning - offset)));
	const ratio = losing / winning;
	const confidence = Math.min(maxRuleConfidence, 0.5 + Math.max(0, strength - 0.5) * (1 - ratio * ratio));
	const reasons = [...signals]
		.sort((a, b) => b.weight - a.weight)
		.filter((signal) => signal.category === category)
		.map((signal) => signal.reason);
	return {category, confidence: round(confidence), reason: [...new Set(reasons)].slice(0, 2).join(', ')};
}

export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

function known(label: string): boolean {
	return label in labelSignals || priorityLabels.has(label);
}

// "type:feature-request", "kind:tech-debt": the value after a prefix, read whole before its last part ("request").
function afterPrefix(label: string): string {
	return label.slice(label.indexOf(':') + 1);
}

// "kind/failing-test", "priority/failing-test" (the prow label families of kubernetes/kubernetes and the projects that
// share its tooling): a slash-scoped label, read by its value whole as "type:feature-request" is, before its last part
// ("test"). Normalising folds the slash into a dash, so the value is taken from the tracker's own text.
function slashScopedValues(labels: readonly string[]): Map<string, string> {
	const values = new Map<string, string>();
	for (const label of labels) {
		const slash = label.indexOf('/');
		if (slash > 0) values.set(normaliseValue(label), normaliseValue(label.slice(slash + 1)));
	}
	return values;
}

// GitLab's scoped labels name the kind of work by their scope where the value only refines it: "bug::performance",
// "bug::availability", "feature::addition". Read by the scope when the value says nothing ("bug::ux" is a bug), and only for
// GitLab's "::": a single colon is as often a product area under a kind's name (elastic/kibana's "Feature:Alerting").
function gitLabScopes(labels: readonly string[]): Map<string, string> {
	const scopes = new Map<string, string>();
	for (const label of labels) {
		const colons = label.indexOf('::');
		if (colons > 0) scopes.set(normaliseValue(label), normaliseValue(label.slice(0, colons)));
	}
	return scopes;
}

// A rank in a scoped label is the tracker's priority or severity: GitLab's "priority::1", "severity::2", "Priority: 0". Read as
// "p1", "sev2" are, so the most urgent ranks support a verdict and the others say nothing, as the priority field does.
function rankedScope(label: string): string | null {
	const match = /^(priority|prio|pri|severity|sev):(\d)$/.exec(label);
	if (!match) return null;
	const key = `${match[1]!.startsWith('p') ? 'p' : 'sev'}${match[2]}`;
	return known(key) ? key : null;
}

// "C-tracking-issue", "C-feature-request": a kind of work after a one- or two-letter category
// prefix (rust-lang/rust's C- kind, I- severity, WG- group), read whole before its last part ("issue").
function afterLetterPrefix(label: string): string {
	const match = /^[a-z]{1,2}-(.+-.+)$/.exec(label);
	return match?.[1] ?? label;
}

// "regression-from-stable-to-nightly", "regression-untriaged": a family of regression labels
// whose last part names a release channel or a triage state, not the kind of work.
function regressionFamily(label: string): string | null {
	return label.startsWith('regression-') ? 'regression' : null;
}

// "integration-test-failure", "unit-test-failure", "smoke-test-failure" (microsoft/vscode): a failing test of one
// kind, whose last part alone ("failure") says nothing.
function testFailureFamily(label: string): string | null {
	return label.endsWith('-test-failure') ? 'test-failure' : null;
}

function lastPart(label: string): string | null {
	const parts = label.split(/[-:.]/);
	return parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
}
