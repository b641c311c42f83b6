import {describe, expect, it} from 'vitest';
import {mapPriority, mapPriorityName} from '../../../source/providers/jira/values.js';

/**
 * Jira's two stock priority schemes, by the ids they share (Cloud and Data Center): the new
 * one Highest, High, Medium (the default), Low, Lowest; the classic one Blocker, Critical,
 * Major (the default), Minor, Trivial. A ticket nobody prioritised carries the default.
 */
describe('Jira priorities', () => {
	it.each([
		['Highest', '1', 'urgent'],
		['High', '2', 'high'],
		['Medium', '3', 'medium'],
		['Low', '4', 'low'],
		['Lowest', '5', 'low'],
		['Blocker', '1', 'urgent'],
		['Critical', '2', 'urgent'],
		['Major', '3', 'medium'],
		['Minor', '4', 'low'],
		['Trivial', '5', 'low'],
	] as const)('%s (id %s) reads %s', (name, id, priority) => {
		expect(mapPriority({id, name})).toBe(priority);
	});

	it('reads the default priority of either scheme as medium, as its id does when the name is translated', () => {
		expect(mapPriority({id: '3', name: 'Major'})).toBe(mapPriority({id: '3', name: 'Wichtig'}));
		expect(mapPriority({id: '3', name: 'Medium'})).toBe('medium');
	});

	// Custom priorities get ids of 10000 and up, so only their names can say what they are: MongoDB's Jira names
	// them "Blocker - P1" … "Trivial - P5"; other instances "P1 - Critical", "Critical (P1)", "P2", "Sev 1".
	it.each([
		['Blocker - P1', 'urgent'],
		['Critical - P2', 'urgent'],
		['Major - P3', 'medium'],
		['Minor - P4', 'low'],
		['Trivial - P5', 'low'],
		['P1 - Critical', 'urgent'],
		['High (P2)', 'high'],
		['P0', 'urgent'],
		['P1', 'urgent'],
		['P2', 'high'],
		['P3', 'medium'],
		['P4', 'low'],
		['Sev 1', 'urgent'],
		['SEV-2', 'high'],
		['S3', 'medium'],
	] as const)('reads the custom priority %s as %s, whatever its id', (name, priority) => {
		expect(mapPriority({id: '10042', name})).toBe(priority);
	});

	it('reads nothing from a custom name that names no level', () => {
		for (const name of ['Not prioritized', 'None', 'Wichtig', 'Tier A', 'P', 'Sprint 3']) expect(mapPriorityName(name), name).toBeNull();
	});
});
