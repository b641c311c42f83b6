import type {Person, ResolvedReport, ResolvedRoster, RosterConfig} from './types.js';

/**
 * The configured roster turned into person ids. A reference names a person by provider
 * id, email, name or display name, case-insensitively (metrics.md "Delegation", Readings
 * "People"); one that matches nobody is kept as a raw id, so a roster written with ids
 * works before the first sync has brought the people in.
 */

function normalise(value: string): string {
	return value.trim().toLowerCase();
}

export function personMatches(reference: string, person: Person): boolean {
	const wanted = normalise(reference);
	if (wanted === '') return false;
	return [person.id, person.email, person.name, person.displayName].some((value) => value !== null && normalise(value) === wanted);
}

function resolveReference(reference: string, people: readonly Person[]): string[] {
	const matches = people.filter((person) => personMatches(reference, person)).map((person) => person.id);
	if (matches.length > 0) return matches;
	const raw = reference.trim();
	return raw === '' ? [] : [raw];
}

/** 'Alex Kim' → 'alex-kim': lowercase ASCII, runs of anything else become one '-'. */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug === '' ? 'report' : slug;
}

export function resolveRoster(config: RosterConfig, people: readonly Person[]): ResolvedRoster {
	const directorIds = new Set(resolveReference(config.director, people));
	const personIds: Array<ReadonlySet<string>> = [directorIds];
	const taken = new Set<string>();
	const reports: ResolvedReport[] = config.reports.map((report) => {
		const reportIds = new Set(resolveReference(report.id, people));
		personIds.push(reportIds);
		const groupIds = new Set(reportIds);
		for (const member of report.team) {
			const memberIds = resolveReference(member, people);
			personIds.push(new Set(memberIds));
			for (const id of memberIds) groupIds.add(id);
		}
		const base = slugify(report.name);
		let slug = base;
		for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
		taken.add(slug);
		return {name: report.name, slug, reportIds, groupIds};
	});
	return {directorIds, reports, personIds};
}
