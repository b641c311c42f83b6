import {describe, expect, it} from 'vitest';
import {personMatches, resolveRoster, slugify} from '../../source/domain/roster.js';
import {makePerson} from '../support/ticket-builder.js';

const dana = makePerson({id: 'u-dana', name: 'Dana Director', displayName: 'dana', email: 'dana@example.com'});
const alex = makePerson({id: 'u-alex', name: 'Alex Kim', displayName: 'alexk', email: 'alex@example.com'});
const sam = makePerson({id: 'u-sam', name: 'Sam Lee', displayName: null, email: 'Sam.Lee@Example.com'});
const people = [dana, alex, sam];

describe('personMatches', () => {
	it.each([
		['provider id', 'U-ALEX'],
		['email', 'ALEX@example.com'],
		['name', 'alex kim'],
		['display name', 'AlexK'],
		['surrounding spaces', '  Alex Kim '],
	])('matches by %s, ignoring case', (_what, reference) => {
		expect(personMatches(reference, alex)).toBe(true);
	});

	it('does not match someone else or an empty reference', () => {
		expect(personMatches('Sam Lee', alex)).toBe(false);
		expect(personMatches('', alex)).toBe(false);
	});
});

describe('resolveRoster', () => {
	it('resolves the director, each report and the team to person ids', () => {
		const roster = resolveRoster({director: 'dana@example.com', reports: [{name: 'Alex Kim', id: 'alexk', team: ['sam.lee@example.com']}]}, people);
		expect([...roster.directorIds]).toEqual(['u-dana']);
		expect(roster.reports).toHaveLength(1);
		expect(roster.reports[0]?.slug).toBe('alex-kim');
		expect([...(roster.reports[0]?.reportIds ?? [])]).toEqual(['u-alex']);
		expect([...(roster.reports[0]?.groupIds ?? [])]).toEqual(['u-alex', 'u-sam']);
	});

	it('keeps a reference that matches nobody as a raw id', () => {
		const roster = resolveRoster({director: 'acc-123', reports: [{name: 'Jo', id: 'acc-456', team: ['acc-789']}]}, people);
		expect([...roster.directorIds]).toEqual(['acc-123']);
		expect([...(roster.reports[0]?.groupIds ?? [])]).toEqual(['acc-456', 'acc-789']);
	});

	it('keeps slugs unique', () => {
		const roster = resolveRoster(
			{director: 'dana', reports: [{name: 'Alex Kim', id: 'u-alex', team: []}, {name: 'alex  kim!', id: 'u-sam', team: []}]},
			people,
		);
		expect(roster.reports.map((report) => report.slug)).toEqual(['alex-kim', 'alex-kim-2']);
	});
});

describe('slugify', () => {
	it.each([
		['Alex Kim', 'alex-kim'],
		['  Zoë O\'Brien ', 'zoe-o-brien'],
		['Platform & SRE', 'platform-sre'],
		['李', 'report'],
	])('%j → %j', (name, slug) => {
		expect(slugify(name)).toBe(slug);
	});
});
