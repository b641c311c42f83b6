import type {Person} from '../../domain/types.js';

/** What the wizard has gathered so far; turned into config.json at the end. */
export interface InitAnswers {
	readonly provider: 'linear' | 'jira' | null;
	readonly linearApiKey: string | null;
	readonly linearTeams: readonly string[];
	readonly jiraBaseUrl: string | null;
	readonly jiraAuth: 'cloud' | 'datacenter' | null;
	readonly jiraEmail: string | null;
	readonly jiraApiToken: string | null;
	readonly jiraPat: string | null;
	readonly jql: string | null;
	readonly director: Person | null;
	readonly reports: readonly Person[];
	/** Team members per report id. */
	readonly teams: ReadonlyMap<string, readonly Person[]>;
	readonly timezone: string;
}

export const emptyAnswers = (timezone: string): InitAnswers => ({
	provider: null,
	linearApiKey: null,
	linearTeams: [],
	jiraBaseUrl: null,
	jiraAuth: null,
	jiraEmail: null,
	jiraApiToken: null,
	jiraPat: null,
	jql: null,
	director: null,
	reports: [],
	teams: new Map(),
	timezone,
});

/**
 * The roster name of `reports[index]`: the tracker's display name, with its reference added
 * where an earlier report has the same name in any case — two people called "Alex Kim" are
 * two reports, and every export names a report by its name (the config refuses two of one).
 */
function reportName(reports: readonly Person[], index: number): string {
	const person = reports[index]!;
	const same = (other: Person) => other.name.toLowerCase() === person.name.toLowerCase();
	return reports.slice(0, index).some(same) ? `${person.name} (${personReference(person)})` : person.name;
}

/** A person reference for the roster: the email reads best in the file; the id always matches. */
export function personReference(person: Person): string {
	return person.email ?? person.id;
}

/**
 * config.json as the wizard writes it. Secrets typed into the wizard are stored (the file is
 * mode 0600); secrets found in the environment are not copied into the file.
 */
export function configFromAnswers(answers: InitAnswers): Record<string, unknown> {
	const config: Record<string, unknown> = {provider: answers.provider, timezone: answers.timezone};
	if (answers.provider === 'linear') {
		config['linear'] = {teams: answers.linearTeams, ...(answers.linearApiKey ? {apiKey: answers.linearApiKey} : {})};
	}
	if (answers.provider === 'jira') {
		config['jira'] = {
			baseUrl: answers.jiraBaseUrl,
			deployment: answers.jiraAuth === 'datacenter' ? 'datacenter' : answers.jiraAuth === 'cloud' ? 'cloud' : 'auto',
			...(answers.jql ? {jql: answers.jql} : {}),
			...(answers.jiraEmail ? {email: answers.jiraEmail} : {}),
			...(answers.jiraApiToken ? {apiToken: answers.jiraApiToken} : {}),
			...(answers.jiraPat ? {pat: answers.jiraPat} : {}),
		};
	}
	if (answers.director) {
		config['roster'] = {
			director: personReference(answers.director),
			reports: answers.reports.map((report, index) => ({
				name: reportName(answers.reports, index),
				id: personReference(report),
				team: (answers.teams.get(report.id) ?? []).map(personReference),
			})),
		};
	}
	return config;
}
