import {describe, expect, it} from 'vitest';
import {fixtureOf, heldOutAgreement, type HeldOutTicket} from './real-ticket-set.js';

/** Every fixture of real tickets: a held-out set shares no key, address or title with any other. */
const realTicketFixtures = [
	'labelled-tickets.json',
	'real-tickets.json',
	'red-team-tickets.json',
	...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59].map((set) => `held-out-tickets-${set}.json`),
];

export interface HeldOutSet {
	/** Its number: `held-out-tickets-<set>.json`. */
	readonly set: number;
	/** How many tickets it holds at least. */
	readonly atLeast: number;
	/** Accuracy over the tickets decided and coverage over the tickets scored, each a little under what is measured. */
	readonly floors: {readonly accuracy: number; readonly coverage: number};
	/** What each ticket of the set is, by where it came from: its tracker, type and address. */
	readonly source: (item: HeldOutTicket) => void;
}

/**
 * The two tests every held-out set has: the set is what it says (distinct real tickets, a reason
 * each, none in another set), and the classifier's agreement with its labels stays above its floors.
 */
export function describeHeldOutSet({set, atLeast, floors, source}: HeldOutSet): void {
	const file = `held-out-tickets-${set}.json`;
	const fixture = fixtureOf(file) as unknown as {tickets: HeldOutTicket[]};
	describe(`held-out set ${set} of real tickets`, () => {
		it(`holds ${atLeast}+ distinct real tickets with a reason each, none of them in the other sets`, () => {
			expect(fixture.tickets.length).toBeGreaterThanOrEqual(atLeast);
			expect(new Set(fixture.tickets.map((item) => item.url)).size).toBe(fixture.tickets.length);
			expect(new Set(fixture.tickets.map((item) => item.title.toLowerCase())).size).toBe(fixture.tickets.length);
			const others = realTicketFixtures.filter((name) => name !== file).flatMap((name) => fixtureOf(name).tickets);
			const keys = new Set(others.map((item) => item.key));
			const urls = new Set(others.map((item) => item.url).filter(Boolean));
			const titles = new Set(others.map((item) => item.title.toLowerCase()));
			for (const item of fixture.tickets) {
				expect(keys.has(item.key), item.key).toBe(false);
				expect(urls.has(item.url), item.url).toBe(false);
				expect(titles.has(item.title.toLowerCase()), item.title).toBe(false);
				expect(item.reason.length).toBeGreaterThan(10);
				expect([1, 2]).toContain(item.batch);
				source(item);
			}
		});

		it(`accuracy ≥ ${floors.accuracy} over the tickets decided, coverage ≥ ${floors.coverage}, no tags`, () => {
			const {correct, decided, scored, summary} = heldOutAgreement(`held-out set ${set}`, fixture.tickets);
			console.log(summary);
			expect(correct / decided).toBeGreaterThanOrEqual(floors.accuracy);
			expect(decided / scored).toBeGreaterThanOrEqual(floors.coverage);
		});
	});
}

/**
 * The source check of a set of one GitHub repository's issues: a GitHub ticket carries no type
 * and no priority, only the tracker's labels (at least one), its address and its key. A team's own
 * tracker where many issues carry no label (openstreetmap/operations, kubernetes/k8s.io) passes
 * `{unlabelled: true}`: its issues are kept with the labels they have, none included.
 */
export function gitHubIssuesOf(repository: string, options: {readonly unlabelled?: boolean} = {}): (item: HeldOutTicket) => void {
	const address = new RegExp(`^https://github\\.com/${repository.replaceAll('.', '\\.')}/issues/\\d+$`);
	return (item) => {
		expect(item.tracker).toBe('github');
		expect(item.project).toBe(repository);
		expect(item.type).toBe(null);
		expect(item.priority).toBe(null);
		expect(item.url).toMatch(address);
		expect(item.key).toBe(`${repository}#${item.url.split('/').pop()}`);
		if (options.unlabelled === true) expect(Array.isArray(item.labels)).toBe(true);
		else expect(item.labels.length).toBeGreaterThan(0);
	};
}

/**
 * The source check of a set of issues of GitLab's own projects on gitlab.com: a GitLab issue carries no type and
 * no priority, its address is its project's path and its number, and its key the project's path and "#number" as
 * GitLab writes a cross-project reference. The stored pages hold no labels (GitLab renders them by script).
 */
export function gitLabIssuesOf(projects: RegExp): (item: HeldOutTicket) => void {
	return (item) => {
		expect(item.tracker).toBe('gitlab');
		expect(item.type).toBe(null);
		expect(item.priority).toBe(null);
		expect(item.project).toMatch(projects);
		expect(item.url).toBe(`https://gitlab.com/${item.project}/-/issues/${item.key.split('#').pop()}`);
		expect(item.key).toMatch(/^[a-z0-9._/-]+#\d+$/);
		expect(item.labels).toEqual([]);
	};
}
