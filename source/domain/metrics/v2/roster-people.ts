import type {Person, ResolvedRoster} from '../../types.js';

/** Who the roster holds, by person id: the reports whose group(R) has them, and whether they direct. */
export interface RosterPeople {
	/** Every roster person (director included), each once. */
	readonly everyone: ReadonlySet<string>;
	/** Person id → indexes into roster.reports whose group holds them. */
	readonly groupsOf: ReadonlyMap<string, readonly number[]>;
	/** Every roster person numbered 0…n−1, for dense per-person arrays. */
	readonly indexOf: ReadonlyMap<string, number>;
	/** By person number: the reports whose group holds them. */
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
		const ids = [...everyone];
		people = {
			everyone,
			groupsOf,
			indexOf: new Map(ids.map((id, index) => [id, index])),
			groupsByIndex: ids.map((id) => groupsOf.get(id) ?? none),
		};
		cache.set(roster, people);
	}
	return people;
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

