import type {Category, Priority, Ticket} from '../types.js';

/** A user rule from config.json `classification.rules`. */
export interface ClassificationRule {
	/** All given conditions must hold. */
	readonly when: RuleCondition;
	readonly category: Category;
	/** Default 0.95: the director wrote it, so it is meant. */
	readonly confidence?: number;
	/** Default derived from the conditions: "rule: label customer-escalation". */
	readonly reason?: string;
}

export interface RuleCondition {
	readonly label?: string;
	readonly type?: string;
	readonly priority?: Priority;
	readonly component?: string;
	readonly project?: string;
	readonly team?: string;
	/** Case-insensitive substring of the title. */
	readonly title?: string;
}

export const defaultUserRuleConfidence = 0.95;

const conditionKeys = ['label', 'type', 'priority', 'component', 'project', 'team', 'title'] as const;
const ruleKeys = ['when', 'category', 'confidence', 'reason'] as const;
const priorities: readonly Priority[] = ['urgent', 'high', 'medium', 'low'];

/**
 * Validates `classification.rules` from config.json. Errors read
 * "classification.rules[2].when.priority: expected one of urgent, high, medium, low":
 * the key path, then what is expected, as the config validator reports them.
 */
export function validateRules(raw: unknown): {rules: ClassificationRule[]} | {error: string} {
	const base = 'classification.rules';
	if (!Array.isArray(raw)) return {error: `${base}: expected a list of rules`};
	const rules: ClassificationRule[] = [];
	for (const [index, item] of raw.entries()) {
		const at = `${base}[${index}]`;
		if (!isRecord(item)) return {error: `${at}: expected an object with "when" and "category"`};
		for (const key of Object.keys(item)) {
			if (!(ruleKeys as readonly string[]).includes(key)) return {error: `${at}.${key}: expected one of the rule keys (${ruleKeys.join(', ')})`};
		}
		const when = item['when'];
		if (!isRecord(when) || Object.keys(when).length === 0) {
			return {error: `${at}.when: expected an object with at least one of ${conditionKeys.join(', ')}`};
		}
		const condition: Record<string, string> = {};
		for (const [key, value] of Object.entries(when)) {
			if (!(conditionKeys as readonly string[]).includes(key)) return {error: `${at}.when.${key}: expected one of the conditions (${conditionKeys.join(', ')})`};
			if (typeof value !== 'string' || value.trim() === '') return {error: `${at}.when.${key}: expected a non-empty string`};
			const trimmed = value.trim();
			if (key === 'priority') {
				const priority = trimmed.toLowerCase();
				if (!(priorities as readonly string[]).includes(priority)) return {error: `${at}.when.priority: expected one of ${priorities.join(', ')}`};
				condition[key] = priority;
			} else {
				condition[key] = trimmed;
			}
		}
		const category = item['category'];
		if (category !== 'operational' && category !== 'strategic') return {error: `${at}.category: expected "operational" or "strategic"`};
		const confidence = item['confidence'];
		if (confidence !== undefined && (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1)) {
			return {error: `${at}.confidence: expected a number from 0 to 1`};
		}
		const reason = item['reason'];
		if (reason !== undefined && (typeof reason !== 'string' || reason.trim() === '')) return {error: `${at}.reason: expected a non-empty string`};
		rules.push({
			when: condition as RuleCondition,
			category,
			...(confidence === undefined ? {} : {confidence}),
			...(reason === undefined ? {} : {reason: reason.trim()}),
		});
	}
	return {rules};
}

/** Whether every condition of the rule holds for the ticket (all comparisons case-insensitive). */
export function ruleMatches(rule: ClassificationRule, ticket: Ticket): boolean {
	const {when} = rule;
	const same = (a: string | null, b: string): boolean => a !== null && a.toLowerCase() === b.toLowerCase();
	if (when.label !== undefined && !ticket.labels.some((label) => same(label, when.label as string))) return false;
	if (when.component !== undefined && !ticket.components.some((component) => same(component, when.component as string))) return false;
	if (when.type !== undefined && !same(ticket.type, when.type)) return false;
	if (when.priority !== undefined && ticket.priority !== when.priority) return false;
	if (when.project !== undefined && !same(ticket.project, when.project)) return false;
	if (when.team !== undefined && !same(ticket.team, when.team)) return false;
	if (when.title !== undefined && !ticket.title.toLowerCase().includes(when.title.toLowerCase())) return false;
	return true;
}

/** "rule: label customer-escalation + priority urgent", or the rule's own reason. */
export function ruleReason(rule: ClassificationRule): string {
	if (rule.reason !== undefined) return rule.reason;
	const parts = conditionKeys.flatMap((key) => (rule.when[key] === undefined ? [] : [`${key} ${rule.when[key]}`]));
	return `rule: ${parts.join(' + ')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
