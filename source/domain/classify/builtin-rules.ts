import type {Category, Ticket} from '../types.js';
import {titleTokens, type TicketText} from './tokens.js';

/** One piece of evidence: "label incident" says operational with weight 2.5. */
export interface Signal {
	readonly category: Category;
	readonly weight: number;
	readonly reason: string;
}

export interface RuleVerdict {
	readonly category: Category;
	readonly confidence: number;
	readonly reason: string;
}

const op = 'operational' as const;
const st = 'strategic' as const;
type Entry = readonly [Category, number];

/** Issue types (Jira), normalised. Task and Sub-task say nothing. */
export const typeSignals: Readonly<Record<string, Entry>> = {
	incident: [op, 3],
	'post-incident-review': [st, 1.5],
	support: [op, 2],
	'service-request': [op, 2],
	problem: [op, 1.5],
	'technical-debt': [st, 2.5],
	'tech-debt': [st, 2.5],
	improvement: [st, 1.2],
	epic: [st, 0.8],
	spike: [st, 0.8],
	story: [st, 0.3],
};

/** Labels, normalised; a label like "type/bug" is also tried by its last part. */
export const labelSignals: Readonly<Record<string, Entry>> = {
	incident: [op, 2.5],
	outage: [op, 2.5],
	hotfix: [op, 2.5],
	sev0: [op, 2.5],
	sev1: [op, 2.5],
	'sev-0': [op, 2.5],
	'sev-1': [op, 2.5],
	p0: [op, 2.5],
	sev2: [op, 2],
	'sev-2': [op, 2],
	p1: [op, 1.5],
	escalation: [op, 2],
	'customer-escalation': [op, 2.5],
	escalated: [op, 2],
	'customer-reported': [op, 2],
	'customer-issue': [op, 2],
	customer: [op, 1],
	support: [op, 2],
	'on-call': [op, 2],
	oncall: [op, 2],
	interrupt: [op, 2],
	firefighting: [op, 2.5],
	ktlo: [op, 2],
	toil: [op, 1.5],
	regression: [op, 2],
	security: [op, 1],
	vulnerability: [op, 2],
	cve: [op, 2],
	urgent: [op, 2],
	bug: [op, 1.5],
	defect: [op, 1.5],
	'prod-bug': [op, 2],
	'data-fix': [op, 2],
	'tech-debt': [st, 2.5],
	techdebt: [st, 2.5],
	'technical-debt': [st, 2.5],
	debt: [st, 2],
	refactor: [st, 2],
	refactoring: [st, 2],
	automation: [st, 2],
	ci: [st, 1.5],
	'ci-cd': [st, 2],
	cicd: [st, 2],
	observability: [st, 2],
	monitoring: [st, 1.5],
	platform: [st, 1.2],
	devex: [st, 2],
	dx: [st, 2],
	'developer-experience': [st, 2],
	tooling: [st, 2],
	'design-system': [st, 2],
	migration: [st, 1.5],
	reliability: [st, 1.5],
	'postmortem-action': [st, 2.5],
	'post-incident': [st, 2],
	'incident-follow-up': [st, 2.5],
	'follow-up': [st, 1],
	rfc: [st, 2],
	process: [st, 1.2],
	documentation: [st, 1.2],
	docs: [st, 1.2],
	testing: [st, 1.2],
	tests: [st, 1.2],
	infra: [st, 0.8],
	infrastructure: [st, 0.8],
	improvement: [st, 1.5],
	enhancement: [st, 1],
	feature: [st, 0.8],
	performance: [st, 0.5],
	'security-hardening': [st, 2],
	hardening: [st, 1.5],
	strategic: [st, 2.5],
	operational: [op, 2.5],
};

/** Words in component names and project names/keys; weaker than labels, a component is where, not what. */
export const areaSignals: Readonly<Record<string, Entry>> = {
	ci: [st, 0.8],
	build: [st, 0.8],
	pipeline: [st, 0.8],
	pipelines: [st, 0.8],
	infrastructure: [st, 0.6],
	infra: [st, 0.6],
	platform: [st, 0.8],
	observability: [st, 1],
	monitoring: [st, 0.8],
	tooling: [st, 1],
	devex: [st, 1],
	'design-system': [st, 1],
	reliability: [st, 0.8],
	migration: [st, 0.8],
	support: [op, 1],
	sup: [op, 1],
	'on-call': [op, 1],
	oncall: [op, 1],
	incident: [op, 1.2],
	incidents: [op, 1.2],
	inc: [op, 1],
	ops: [op, 0.4],
	escalations: [op, 1],
};

/** Title words and phrases, written as people write them; matched on stems. */
export const titleSignals: ReadonlyArray<readonly [string, Category, number]> = [
	['incident', op, 2],
	['outage', op, 2.5],
	['hotfix', op, 2.5],
	['hot fix', op, 2.5],
	['sev1', op, 2.5],
	['sev 1', op, 2.5],
	['sev0', op, 2.5],
	['sev 0', op, 2.5],
	['sev2', op, 2],
	['sev 2', op, 2],
	['p0', op, 2],
	['p1', op, 1.2],
	['escalation', op, 2],
	['escalated', op, 2],
	['customer reported', op, 2],
	['reported by customer', op, 2],
	['data loss', op, 2],
	['down', op, 1],
	['rollback', op, 1.5],
	['roll back', op, 1.5],
	['revert', op, 1.2],
	['on-call', op, 1],
	['oncall', op, 1],
	['pager', op, 1.5],
	['paged', op, 1.5],
	['pagerduty', op, 1.5],
	['security vulnerability', op, 2],
	['vulnerability', op, 1.5],
	['cve', op, 2],
	['exploit', op, 1.5],
	['regression', op, 1.5],
	['regressed', op, 1.5],
	['broken', op, 1.2],
	['crash', op, 1.2],
	['not working', op, 1.5],
	['fail', op, 1],
	['failure', op, 0.8],
	['error', op, 0.8],
	['500', op, 1],
	['502', op, 1.2],
	['503', op, 1.2],
	['504', op, 1.2],
	['timeout', op, 0.8],
	['timed out', op, 1],
	['urgent', op, 1.5],
	['asap', op, 1.5],
	['emergency', op, 2],
	['degraded', op, 1.5],
	['leak', op, 1],
	['stuck', op, 1],
	['unable', op, 1],
	['cannot', op, 1],
	['wrong', op, 0.8],
	['missing', op, 0.5],
	['bug', op, 1],
	['fix', op, 0.4],
	['flaky', op, 0.6],
	['support', op, 0.6],
	['support ticket', op, 1.5],
	['customer', op, 0.6],
	['refund', op, 1],
	['expired', op, 1.2],
	['firing', op, 1],
	['workaround', op, 1],
	['restart', op, 0.8],
	['unblock', op, 0.6],
	['investigate', op, 0.5],
	['production', op, 0.5],
	['prod', op, 0.5],
	['duplicate charge', op, 1.5],
	['automate', st, 2],
	['automation', st, 2],
	['migrate', st, 1.5],
	['migration', st, 1.5],
	['refactor', st, 2],
	['tech debt', st, 2],
	['technical debt', st, 2],
	['ci', st, 1.2],
	['ci cd', st, 1.5],
	['cicd', st, 1.5],
	['pipeline', st, 1.2],
	['observability', st, 2],
	['dashboard', st, 1.2],
	['alerting', st, 1],
	['runbook', st, 1.5],
	['playbook', st, 1],
	['design system', st, 2],
	['platform', st, 1.2],
	['postmortem action', st, 2.5],
	['postmortem', st, 1],
	['post-mortem', st, 1],
	['action item', st, 1.5],
	['follow up', st, 0.8],
	['follow-up', st, 0.8],
	['prevent', st, 1.5],
	['deprecate', st, 1.5],
	['decommission', st, 1.5],
	['legacy', st, 1],
	['upgrade', st, 1],
	['self-serve', st, 1.5],
	['self serve', st, 1.5],
	['self-service', st, 1.5],
	['tooling', st, 1.5],
	['tool', st, 0.6],
	['rfc', st, 2],
	['adr', st, 1.2],
	['design doc', st, 1.2],
	['proposal', st, 1],
	['architecture', st, 1],
	['monitoring', st, 1.2],
	['slo', st, 1.5],
	['sli', st, 1.2],
	['error budget', st, 2.5],
	['canary', st, 1.5],
	['feature flag', st, 1.2],
	['load test', st, 1.5],
	['chaos', st, 1.5],
	['game day', st, 1.5],
	['lint', st, 1.2],
	['linter', st, 1.2],
	['test coverage', st, 1.5],
	['coverage', st, 1],
	['e2e', st, 1],
	['integration test', st, 1],
	['unit test', st, 1],
	['tracing', st, 1.2],
	['metrics', st, 0.8],
	['structured logging', st, 1.5],
	['logging', st, 0.8],
	['documentation', st, 1.2],
	['docs', st, 1],
	['clean up', st, 1],
	['cleanup', st, 1],
	['dead code', st, 1.5],
	['rewrite', st, 1.2],
	['consolidate', st, 1],
	['standardize', st, 1.2],
	['standardise', st, 1.2],
	['template', st, 0.8],
	['onboarding', st, 0.8],
	['terraform', st, 1.2],
	['infrastructure as code', st, 2],
	['iac', st, 1.5],
	['helm', st, 0.8],
	['kubernetes', st, 0.6],
	['autoscaling', st, 1.2],
	['capacity planning', st, 1.5],
	['codemod', st, 1.5],
	['speed up', st, 0.8],
	['build time', st, 1],
	['reduce', st, 0.6],
	['improve', st, 0.6],
	['optimize', st, 0.6],
	['modularize', st, 1.2],
	['extract', st, 0.8],
	['guardrail', st, 1.5],
	['dependency', st, 0.8],
	['dependencies', st, 0.8],
	['renovate', st, 1.2],
	['dependabot', st, 1.2],
	['process', st, 1],
	['checklist', st, 1],
	['handbook', st, 1],
	['script', st, 0.8],
	['retry', st, 0.6],
	['proof of concept', st, 0.8],
	['poc', st, 0.8],
	['roadmap', st, 0.8],
];

interface TitleEntry {
	readonly stems: readonly string[];
	readonly category: Category;
	readonly weight: number;
	readonly reason: string;
}

// Indexed by first stem so a title costs one map lookup a word, whatever the table's size.
const titleIndex = new Map<string, TitleEntry[]>();
for (const [phrase, category, weight] of titleSignals) {
	const stems = titleTokens(phrase).map((token) => token.stem);
	const first = stems[0];
	if (first === undefined) continue;
	const entries = titleIndex.get(first) ?? [];
	entries.push({stems, category, weight, reason: `title: ${phrase}`});
	// Longer phrases first: "error budget" must be seen before "error".
	entries.sort((a, b) => b.stems.length - a.stems.length);
	titleIndex.set(first, entries);
}

const priorityName = {urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low'} as const;

/** All the built-in evidence a ticket carries. */
export function builtinSignals(ticket: Ticket, text: TicketText): Signal[] {
	const signals: Signal[] = [];
	let priorityUsed = false;

	const type = text.type;
	if (type === 'bug' || type === 'defect') {
		const name = capitalise(type);
		if (ticket.priority === 'urgent' || ticket.priority === 'high') {
			signals.push({category: op, weight: ticket.priority === 'urgent' ? 3 : 2, reason: `type ${name} + priority ${priorityName[ticket.priority]}`});
			priorityUsed = true;
		} else {
			signals.push({category: op, weight: 1.2, reason: `type ${name}`});
		}
	} else if (type !== null) {
		const entry = typeSignals[type];
		if (entry) signals.push({category: entry[0], weight: entry[1], reason: `type ${capitalise(type)}`});
	}

	if (!priorityUsed) {
		if (ticket.priority === 'urgent') signals.push({category: op, weight: 1.2, reason: 'priority Urgent'});
		else if (ticket.priority === 'high') signals.push({category: op, weight: 0.3, reason: 'priority High'});
		else if (ticket.priority === 'low') signals.push({category: st, weight: 0.3, reason: 'priority Low'});
	}

	for (const label of text.labels) {
		const key = label in labelSignals ? label : lastPart(label);
		const entry = key === null ? undefined : labelSignals[key];
		if (entry) signals.push({category: entry[0], weight: entry[1], reason: `label ${label}`});
	}

	const areas: Array<[string, string]> = text.components.map((component) => ['component', component]);
	if (text.project !== null) areas.push(['project', text.project]);
	const seenAreas = new Set<string>();
	for (const [kind, value] of areas) {
		const entry = areaSignals[value] ?? value.split(/[-_.]/).map((part) => areaSignals[part]).find((found) => found !== undefined);
		if (entry && !seenAreas.has(`${kind}:${value}`)) {
			seenAreas.add(`${kind}:${value}`);
			signals.push({category: entry[0], weight: entry[1], reason: `${kind} ${value}`});
		}
	}

	const seenPhrases = new Set<string>();
	const tokens = text.tokens;
	for (let index = 0; index < tokens.length; index++) {
		const entries = titleIndex.get(tokens[index]!.stem);
		if (!entries) continue;
		for (const entry of entries) {
			if (!entry.stems.every((stem, offset) => tokens[index + offset]?.stem === stem)) continue;
			if (!seenPhrases.has(entry.reason)) {
				seenPhrases.add(entry.reason);
				signals.push({category: entry.category, weight: entry.weight, reason: entry.reason});
			}
			// The longest phrase at a position speaks for it: "error budget" is not also "error".
			index += entry.stems.length - 1;
			break;
		}
	}
	return signals;
}

// Steepness and offset put a single weak signal (weight ≤ 0.8) under the default 0.6
// threshold and a strong one (label incident, 2.5) at 0.91.
const steepness = 1.1;
const offset = 0.475;
const maxRuleConfidence = 0.97;

/**
 * Weighs the signals: the side with more weight wins, with a confidence that grows with
 * its weight and shrinks with the other side's share. "label incident" alone: 0.91;
 * "label incident" against "title: refactor": 0.55.
 */
export function combineSignals(signals: readonly Signal[]): RuleVerdict | null {
	if (signals.length === 0) return null;
	let operational = 0;
	let strategic = 0;
	for (const signal of signals) {
		if (signal.category === op) operational += signal.weight;
		else strategic += signal.weight;
	}
	const strongest = [...signals].sort((a, b) => b.weight - a.weight);
	const category: Category = operational === strategic ? strongest[0]!.category : operational > strategic ? op : st;
	const winning = Math.max(operational, strategic);
	const losing = Math.min(operational, strategic);
	const strength = 1 / (1 + Math.exp(-(steepness * winning - offset)));
	const agreement = (winning - losing) / (winning + losing);
	const confidence = Math.min(maxRuleConfidence, 0.5 + Math.max(0, strength - 0.5) * agreement);
	const reasons = strongest.filter((signal) => signal.category === category).slice(0, 2).map((signal) => signal.reason);
	return {category, confidence: round(confidence), reason: reasons.join(', ')};
}

export function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

function lastPart(label: string): string | null {
	const parts = label.split(/[-:.]/);
	return parts.length > 1 ? (parts[parts.length - 1] ?? null) : null;
}

// The normalised value, not the tracker's text: reasons never echo untrusted bytes.
function capitalise(value: string): string {
	return value.charAt(0).toUpperCase() + value.slice(1);
}
