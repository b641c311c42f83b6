import type {Person, ResolvedRoster} from '../../types.js';

/** Who the roster holds, by person id: the reports whose group(R) has them, and whether they direct. */
export interface RosterPeople {
	/** Every roster person (director included), each once. */
	readonly everyone: ReadonlySet<string>;
	/** Person id → indexes into roster.reports whose group holds them. */
	readonly groupsOf: ReadonlyMap<string, readonly number[]>;
	/**
	 * Every roster id → its person's number 0…count−1, for dense per-person arrays. The ids one
	 * roster reference resolved to (ResolvedRoster.personIds) share a number: one person, one day a day.
	 */
	readonly indexOf: ReadonlyMap<string, number>;
	/** How many roster people there are. */
	readonly count: number;
	/** By person number: the reports whose group holds them, ascending. */
	readonly groupsByIndex: ReadonlyArray<readonly number[]>;
}

const cache = new WeakMap<ResolvedRoster, RosterPeople>();
const none: readonly number[] = [];

export function rosterPeople(roster: ResolvedRoster): RosterPeople {
	let people = cache.get(roster);
	if (!people) {
		const everyone = new Set<string>(roster.directorIds);
		const groupsOf = new Map<string, number[]>();
		roster.reports.forEach((report, position) => {
			for (const id of report.groupIds) {
				everyone.add(id);
				const groups = groupsOf.get(id) ?? [];
				groups.push(position);
				groupsOf.set(id, groups);
			}
		});
		const indexOf = personNumbers(everyone, roster.personIds ?? []);
		const count = new Set(indexOf.values()).size;
		const groupsByIndex = Array.from({length: count}, () => new Set<number>());
		for (const [id, person] of indexOf) for (const group of groupsOf.get(id) ?? none) groupsByIndex[person]?.add(group);
		people = {
			everyone,
			groupsOf,
			indexOf,
			count,
			groupsByIndex: groupsByIndex.map((groups) => (groups.size === 0 ? none : [...groups].sort((a, b) => a - b))),
		};
		cache.set(roster, people);
	}
	return people;
}

/**
 * Numbers the roster's ids by person, in the order of `everyone`: ids that one reference
 * resolved to are one person, and so is every id linked to them through another reference
 * that shares an id (the same person listed twice, once by a name that matched two accounts).
 */
function personNumbers(everyone: ReadonlySet<string>, references: ReadonlyArray<ReadonlySet<string>>): Map<string, number> {
	const parent = new Map<string, string>();
	const root = (id: string): string => {
		let top = id;
		while (parent.has(top) && parent.get(top) !== top) top = parent.get(top) ?? top;
		parent.set(id, top);
		return top;
	};
	for (const ids of references) {
		let first: string | null = null;
		for (const id of ids) {
			if (!everyone.has(id)) continue;
			if (first === null) first = root(id);
			else parent.set(root(id), first);
		}
	}
	const numbers = new Map<string, number>();
	const byRoot = new Map<string, number>();
	for (const id of everyone) {
		const top = root(id);
		let number = byRoot.get(top);
		if (number === undefined) {
			number = byRoot.size;
			byRoot.set(top, number);
		}
		numbers.set(id, number);
	}
	return numbers;
}

export function groupsOfPerson(people: RosterPeople, personId: string | null): readonly number[] {
	return personId === null ? none : (people.groupsOf.get(personId) ?? none);
}

const namesByList = new WeakMap<readonly Person[], ReadonlyMap<string, string>>();

/** A person's display name (Person.name) when the people list knows them, else the id as configured. */
export function displayName(personId: string, people: readonly Person[] | undefined): string {
	if (!people) return personId;
	let names = namesByList.get(people);
	if (!names) {
		names = new Map(people.map((person) => [person.id, person.name]));
		namesByList.set(people, names);
	}
	return names.get(personId) ?? personId;
}

