import type {Person, RosterConfig} from '../../domain/types.js';

/**
 * Acme's engineering org: Dana Whitfield directs five teams, each led by one report.
 * A few people outside the roster (support, product, someone who left) file tickets too,
 * as they do in every real tracker.
 */
export type TeamKey = 'PAY' | 'PLAT' | 'GROW' | 'MOB' | 'DATA';

export interface DemoTeam {
	readonly key: TeamKey;
	readonly name: string;
	readonly lead: Person;
	readonly engineers: readonly Person[];
}

const domain = 'acme.example';

function person(name: string, options: {handle?: string; email?: string; active?: boolean} = {}): Person {
	const slug = name.toLowerCase().replaceAll(/[^a-z]+/g, '-');
	const [first = slug] = slug.split('-');
	return {
		id: `demo-user-${slug}`,
		name,
		displayName: options.handle ?? first,
		email: options.email ?? `${slug.replaceAll('-', '.')}@${domain}`,
		active: options.active ?? true,
	};
}

export const director = person('Dana Whitfield', {email: `dana@${domain}`});

function team(key: TeamKey, name: string, lead: string, engineers: readonly string[]): DemoTeam {
	return {key, name, lead: person(lead), engineers: engineers.map((engineer) => person(engineer))};
}

export const teams: readonly DemoTeam[] = [
	team('PAY', 'Payments', 'Priya Raman', ['Omar Haddad', 'Lena Vogel', 'Kenji Watanabe', 'Grace Mensah', 'Rui Costa', 'Ines Duarte']),
	team('PLAT', 'Platform', 'Marcus Chen', ['Aisha Bello', 'Felix Lindqvist', 'Nadia Petrova', 'Sam Lee', 'Tariq Aziz', 'Yuki Tanaka', 'Ben Carter']),
	team('GROW', 'Growth', 'Sofia Alvarez', ['Chloe Martin', 'Diego Romero', 'Hana Kim', 'Luca Bianchi', 'Maya Patel']),
	team('MOB', 'Mobile', 'Tom Okafor', ['Anya Sokolova', 'Ethan Brooks', 'Zara Ahmed', 'Noah Fischer', 'Lucia Moreno', 'Ravi Iyer']),
	team('DATA', 'Data', 'Hannah Berg', ['Oliver Grant', 'Mei Lin', 'Jonas Weber', 'Fatima Khan', 'Pablo Ruiz']),
];

/** Files customer-reported problems; not in the roster. */
export const supportLead = person('Jordan Blake');
/** Files growth experiments and feature requests; not in the roster. */
export const productManager = person('Ella Fischer');
/** Left Acme; still the creator of some mobile tickets, as in any tracker with history. */
export const formerEngineer = person('Leo Novak', {active: false});

export const demoPeople: readonly Person[] = [
	director,
	...teams.flatMap((entry) => [entry.lead, ...entry.engineers]),
	supportLead,
	productManager,
	formerEngineer,
];

export function teamByKey(key: TeamKey): DemoTeam {
	const found = teams.find((entry) => entry.key === key);
	if (found === undefined) throw new RangeError(`no demo team ${key}`);
	return found;
}

function byEmail(member: Person): string {
	return member.email ?? member.id;
}

function byName(member: Person): string {
	return member.name;
}

function byId(member: Person): string {
	return member.id;
}

// References mix ids, emails and display names, in several letter cases, because a
// hand-written config does: the demo exercises the same person matching as a real roster.
const referenceStyles: ReadonlyArray<(member: Person) => string> = [byEmail, byName, byId, (member) => byEmail(member).toUpperCase(), (member) => member.displayName ?? member.name];

export const demoRoster: RosterConfig = {
	director: byEmail(director),
	reports: teams.map((entry, index) => ({
		name: entry.lead.name,
		id: (referenceStyles[index] ?? byId)(entry.lead),
		team: entry.engineers.map((engineer, position) => (referenceStyles[(index + position) % referenceStyles.length] ?? byId)(engineer)),
	})),
};
