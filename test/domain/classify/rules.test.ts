import {describe, expect, it} from 'vitest';
import {validateRules} from '../../../source/domain/classify/index.js';
import {stem, titleTokens} from '../../../source/domain/classify/tokens.js';

describe('validateRules', () => {
	it('accepts rules, normalising priority and keeping optional fields', () => {
		expect(
			validateRules([
				{when: {label: 'customer-escalation'}, category: 'operational'},
				{when: {priority: 'Urgent', title: ' postmortem '}, category: 'strategic', confidence: 0.8, reason: 'postmortems prevent the next one'},
			]),
		).toEqual({
			rules: [
				{when: {label: 'customer-escalation'}, category: 'operational'},
				{when: {priority: 'urgent', title: 'postmortem'}, category: 'strategic', confidence: 0.8, reason: 'postmortems prevent the next one'},
			],
		});
	});

	it.each([
		[{}, 'classification.rules: expected a list of rules'],
		[['x'], 'classification.rules[0]: expected an object with "when" and "category"'],
		[[{when: {label: 'x'}, category: 'operational', weight: 2}], 'classification.rules[0].weight: expected one of the rule keys (when, category, confidence, reason)'],
		[[{category: 'operational'}], 'classification.rules[0].when: expected an object with at least one of label, type, priority, component, project, team, title'],
		[[{when: {}, category: 'operational'}], 'classification.rules[0].when: expected an object with at least one of label, type, priority, component, project, team, title'],
		[[{when: {assignee: 'sam'}, category: 'operational'}], 'classification.rules[0].when.assignee: expected one of the conditions (label, type, priority, component, project, team, title)'],
		[[{when: {label: 'a'}, category: 'operational'}, {when: {label: 'b'}, category: 'operational'}, {when: {priority: 'p1'}, category: 'operational'}], 'classification.rules[2].when.priority: expected one of urgent, high, medium, low'],
		[[{when: {label: ''}, category: 'operational'}], 'classification.rules[0].when.label: expected a non-empty string'],
		[[{when: {label: 3}, category: 'operational'}], 'classification.rules[0].when.label: expected a non-empty string'],
		[[{when: {label: 'x'}, category: 'firefighting'}], 'classification.rules[0].category: expected "operational" or "strategic"'],
		[[{when: {label: 'x'}, category: 'strategic', confidence: 1.5}], 'classification.rules[0].confidence: expected a number from 0 to 1'],
		[[{when: {label: 'x'}, category: 'strategic', reason: ''}], 'classification.rules[0].reason: expected a non-empty string'],
	])('reports %j as the key path and what is expected', (raw, error) => {
		expect(validateRules(raw)).toEqual({error});
	});
});

describe('title tokens', () => {
	it('fold inflections onto one stem', () => {
		for (const group of [
			['migrate', 'migrated', 'migrating', 'migration', 'migrations'],
			['automate', 'automated', 'automating', 'automation'],
			['outage', 'outages'],
			['hotfix', 'hotfixes'],
			['deprecate', 'deprecated', 'deprecation'],
		]) {
			expect(new Set(group.map(stem)).size, group.join(' ')).toBe(1);
		}
	});

	it('drop stop words and punctuation, keep digits', () => {
		expect(titleTokens("Can't log in to the EU region (sev 1)").map((token) => token.word)).toEqual(['log', 'eu', 'region', 'sev', '1']);
	});
});
