/**
 * doctor's roster check: every roster entry that matches no person seen in the tracker,
 * by name. Jira Cloud hides e-mail addresses by each user's privacy setting, so a roster
 * written with e-mails can silently match nobody; this says so before the numbers do.
 */
import {personMatches} from '../domain/roster.js';
import type {Person, RosterConfig} from '../domain/types.js';

export interface RosterEntry {
	/** Where the reference sits in config.json, e.g. `roster.reports[0].team[1]`. */
	readonly path: string;
	readonly reference: string;
}

export function rosterEntries(roster: RosterConfig): RosterEntry[] {
	const entries: RosterEntry[] = [{path: 'roster.director', reference: roster.director}];
	for (const [index, report] of roster.reports.entries()) {
		entries.push({path: `roster.reports[${index}].id`, reference: report.id});
		for (const [member, reference] of report.team.entries()) entries.push({path: `roster.reports[${index}].team[${member}]`, reference});
	}

	return entries.filter((entry) => entry.reference.trim() !== '');
}

/**
 * The people a roster may name, of those the tracker lists now and those the store holds from
 * syncs: never an app or agent user (a bot that holds tickets is nobody's report). An account
 * either side marks an app is left out: the store keeps the mark a sync saw (a Jira changelog's
 * author the user listing never names), and a listing that does not say is no evidence against it.
 */
export function rosterCandidates(listed: readonly Person[], stored: readonly Person[]): Person[] {
	const known = new Set(listed.map((person) => person.id));
	const apps = new Set([...listed, ...stored].filter((person) => person.app === true).map((person) => person.id));
	return [...listed, ...stored.filter((person) => !known.has(person.id))].filter((person) => !apps.has(person.id));
}

/** The entries no person matches, by id, e-mail, name or display name. */
export function unmatchedRosterEntries(roster: RosterConfig, people: readonly Person[]): RosterEntry[] {
	return rosterEntries(roster).filter((entry) => !people.some((person) => personMatches(entry.reference, person)));
}

export function describeUnmatched(unmatched: readonly RosterEntry[]): string {
	const listed = unmatched.map((entry) => `"${entry.reference}" (${entry.path})`).join(', ');
	return `${unmatched.length} ${unmatched.length === 1 ? 'entry matches' : 'entries match'} nobody seen in the tracker: ${listed}`;
}

export const unmatchedHint =
	'name people by display name or account id (Jira Cloud hides e-mail addresses by each user\'s privacy setting); director-review init lists the people it can see';
