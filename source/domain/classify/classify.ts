import type {Category, Classification, Tag, Ticket} from '../types.js';
import {builtinSignals, combineSignals, round, type RuleVerdict, type Signal} from './builtin-rules.js';
import {sharedSignal} from './signal.js';
import type {Learner} from './learner.js';
import {defaultUserRuleConfidence, ruleMatches, ruleReason, type ClassificationRule} from './rules.js';
import {ticketFeatures, ticketText, type TicketText} from './tokens.js';

export interface ClassifyContext {
	/** The director's manual tags, by ticket id. */
	readonly tags: ReadonlyMap<string, Tag>;
	/** User rules from config, in order; they come before the built-in ones. */
	readonly rules: readonly ClassificationRule[];
	/** A suggestion at or above this confidence becomes the category. */
	readonly threshold: number;
	readonly learner: Learner | null;
}

type Suggestion = NonNullable<Classification['suggestion']>;

// Tickets are immutable values and the built-in rules never change, so a ticket's words and
// the rules' verdict are worked out once: retraining after a tag then only reruns the learner.
// The learner's features are worked out only once there is a learner to read them.
interface Reading {
	readonly text: TicketText;
	features: readonly string[] | null;
	readonly signals: readonly Signal[];
	readonly ruled: ReturnType<typeof combineSignals>;
}
const readings = new WeakMap<Ticket, Reading>();

function reading(ticket: Ticket): Reading {
	let found = readings.get(ticket);
	if (!found) {
		const text = ticketText(ticket);
		const signals = builtinSignals(ticket, text).map(sharedSignal);
		found = {text, features: null, signals, ruled: sharedVerdict(combineSignals(signals))};
		readings.set(ticket, found);
	}
	return found;
}

// The rules' verdicts are values too, and most tickets share one with many others.
const sharedVerdicts = new Map<string, RuleVerdict[]>();

function sharedVerdict(verdict: RuleVerdict | null): RuleVerdict | null {
	if (verdict === null) return null;
	let same = sharedVerdicts.get(verdict.reason);
	if (same === undefined) {
		if (sharedVerdicts.size >= 10_000) sharedVerdicts.clear();
		same = [];
		sharedVerdicts.set(verdict.reason, same);
	}
	const known = same.find((each) => each.category === verdict.category && each.confidence === verdict.confidence);
	if (known) return known;
	same.push(verdict);
	return verdict;
}

function featuresOf(ticket: Ticket, read: Reading): readonly string[] {
	read.features ??= ticketFeatures(ticket, read.text);
	return read.features;
}

const maxCombinedConfidence = 0.98;

/**
 * What the machine says about a ticket, ignoring any manual tag:
 * - the first matching user rule decides outright (the director wrote it);
 * - otherwise the built-in rules' verdict and the learner's are added as log-odds, as
 *   two independent witnesses: agreement raises the confidence, disagreement lowers it,
 *   and the more confident side wins. The source and reason are those of the side that
 *   carried the verdict.
 */
export function suggest(ticket: Ticket, rules: readonly ClassificationRule[], learner: Learner | null, parent: Signal | null = null): Suggestion | null {
	for (const rule of rules) {
		if (ruleMatches(rule, ticket)) {
			return {category: rule.category, confidence: rule.confidence ?? defaultUserRuleConfidence, reason: ruleReason(rule), source: 'rule'};
		}
	}
	const read = reading(ticket);
	const ruled = parent ? combineSignals([...read.signals, parent]) : read.ruled;
	const learned = learner ? learner.suggest(ticket, read.text, featuresOf(ticket, read)) : null;
	if (!ruled && !learned) return null;
	if (!learned) return {...ruled!, source: 'rule'};
	if (!ruled) return {...learned, source: 'learned'};

	const ruleVote = logit(ruled.confidence) * direction(ruled.category);
	const learnedVote = logit(learned.confidence) * direction(learned.category);
	const total = ruleVote + learnedVote;
	if (total === 0) {
		// A dead heat: keep the rules' word, at a confidence that classifies nothing.
		return {category: ruled.category, confidence: 0.5, reason: ruled.reason, source: 'rule'};
	}
	const category: Category = total > 0 ? 'operational' : 'strategic';
	const confidence = round(Math.min(maxCombinedConfidence, 1 / (1 + Math.exp(-Math.abs(total)))));
	// The side pulling hardest toward the verdict explains it.
	const sign = direction(category);
	const carrier = ruleVote * sign >= learnedVote * sign ? 'rule' : 'learned';
	const reason = carrier === 'rule' ? ruled.reason : learned.reason;
	return {category, confidence, reason, source: carrier};
}

/**
 * The effective classification of one ticket: a manual tag wins, then a confident suggestion.
 * `parent` is the ticket's parent (its epic, or the issue a sub-task belongs to) when known:
 * its category is evidence for the child's.
 */
export function classifyTicket(ticket: Ticket, context: ClassifyContext, parent: Ticket | null = null): Classification {
	const suggestion = suggest(ticket, context.rules, context.learner, parent ? parentSignal(parent, context) : null);
	const tag = context.tags.get(ticket.id);
	if (tag) return {category: tag.category, source: 'manual', reason: 'manual', confidence: 1, suggestion};
	if (suggestion && suggestion.confidence >= context.threshold) {
		return {category: suggestion.category, source: suggestion.source, reason: suggestion.reason, confidence: suggestion.confidence, suggestion};
	}
	if (suggestion) {
		return {
			category: 'unclassified',
			source: null,
			reason: `unsure: ${suggestion.reason} (${suggestion.confidence.toFixed(2)})`,
			confidence: suggestion.confidence,
			suggestion,
		};
	}
	return {category: 'unclassified', source: null, reason: 'no signal', confidence: 0, suggestion: null};
}

/**
 * Classifies every ticket, keyed by ticket id; a parent is found among the same tickets by key.
 * `known` holds verdicts already worked out under this same context (the store's, issue 18):
 * those tickets keep theirs and are not read again.
 */
export function classifyAll(tickets: readonly Ticket[], context: ClassifyContext, known?: ReadonlyMap<string, Classification>): Map<string, Classification> {
	const result = new Map<string, Classification>();
	let byKey: Map<string, Ticket> | null = null;
	for (const ticket of tickets) {
		const kept = known?.get(ticket.id);
		if (kept) {
			result.set(ticket.id, kept);
			continue;
		}
		let parent: Ticket | null = null;
		if (ticket.parentKey) {
			byKey ??= new Map(tickets.map((each) => [each.key, each]));
			parent = byKey.get(ticket.parentKey) ?? null;
			if (parent === ticket) parent = null;
		}
		result.set(ticket.id, classifyTicket(ticket, context, parent));
	}
	return result;
}

// A tagged parent speaks with the director's voice; an untagged one only when its own built-in
// reading is confident. One level only: a parent's parent is not consulted.
const taggedParentWeight = 1.5;
const readParentWeight = 1;

function parentSignal(parent: Ticket, context: ClassifyContext): Signal | null {
	const tag = context.tags.get(parent.id);
	if (tag) return {category: tag.category, weight: taggedParentWeight, reason: `parent tagged ${tag.category}`};
	const ruled = reading(parent).ruled;
	if (ruled && ruled.confidence >= context.threshold) return {category: ruled.category, weight: readParentWeight, reason: `parent reads ${ruled.category}`};
	return null;
}

function logit(p: number): number {
	const clamped = Math.min(0.999, Math.max(0.001, p));
	return Math.log(clamped / (1 - clamped));
}

function direction(category: Category): number {
	return category === 'operational' ? 1 : -1;
}
