import {describe, expect, it} from 'vitest';
import {mapPriority} from '../../../source/providers/jira/values.js';

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
});
