import {describe, expect, it} from 'vitest';
import {mapIssue, type JiraHistory, type JiraIssue, type JiraSchema} from '../../../source/providers/jira/map.js';

const schema: JiraSchema = {
	deployment: 'cloud',
	siteUrl: 'https://acme.atlassian.net',
	sprintField: null,
	flaggedField: null,
	storyPointsFields: [],
	statusCategories: new Map([
		['1', 'new'],
		['2', 'indeterminate'],
		['3', 'indeterminate'],
		['4', 'indeterminate'],
	]),
	statusCategoriesByName: new Map([
		['to do', 'new'],
		['blocked', 'indeterminate'],
		['unblocked', 'indeterminate'],
		['in progress', 'indeterminate'],
	]),
	blockerLinkTypeIds: new Set(),
	blockerLinkNames: new Set(),
	blockerInwardPhrases: ['is blocked by'],
	outwardBlockerLinkTypeIds: new Set(),
	canceledResolutionIds: new Set(),
};

const statusChange = (id: string, created: string, from: [string, string], to: [string, string]): JiraHistory =>
	({id, created, items: [{field: 'status', fieldId: 'status', from: from[0], fromString: from[1], to: to[0], toString: to[1]}]}) as unknown as JiraHistory;

function issue(status: [string, string]): JiraIssue {
	return {
		id: '10001',
		key: 'ENG-1',
		fields: {summary: 'Waiting on the vendor', created: '2026-11-16T09:00:00.000+0000', updated: '2026-11-18T09:00:00.000+0000', status: {id: status[0], name: status[1], statusCategory: {key: 'indeterminate'}}, issuelinks: []},
	} as unknown as JiraIssue;
}

describe('Jira: a status named like "Blocked"', () => {
	it('ends the spell when the issue moves on to a status named "Unblocked": that status blocks nothing', () => {
		const histories = [statusChange('1', '2026-11-16T10:00:00.000+0000', ['1', 'To Do'], ['2', 'Blocked']), statusChange('2', '2026-11-17T10:00:00.000+0000', ['2', 'Blocked'], ['3', 'Unblocked'])];
		const {ticket} = mapIssue(issue(['3', 'Unblocked']), histories, schema, new Map());
		expect(ticket.blockedSpells).toEqual([{start: Date.parse('2026-11-16T10:00:00Z'), end: Date.parse('2026-11-17T10:00:00Z'), reason: 'status Blocked'}]);
	});
});
