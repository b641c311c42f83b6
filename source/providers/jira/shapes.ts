/** The parts of Jira's JSON we read, and the vocabulary mapping needs. */
import type {JiraFieldIds, JiraLinkVocabulary, JiraResolutionVocabulary, JiraStatusVocabulary} from './vocabulary-types.js';

export type JiraDeploymentKind = 'cloud' | 'datacenter';

/** Only the parts of Jira's shapes we read; everything is optional because instances differ. */
export interface JiraUser {
	readonly accountId?: string;
	readonly name?: string;
	readonly key?: string;
	readonly displayName?: string;
	readonly emailAddress?: string;
	readonly active?: boolean;
	/** Cloud: "atlassian" (a person), "app" (an application user) or "customer" (a service desk customer). */
	readonly accountType?: string;
}

export interface JiraChangelogItem {
	readonly field?: string;
	readonly fieldId?: string;
	readonly from?: string | null;
	readonly fromString?: string | null;
	readonly to?: string | null;
	readonly toString?: string | null;
	/** Cloud, on user fields: the accountIds, set even where `from`/`to` are empty (a user field's first value). */
	readonly tmpFromAccountId?: string | null;
	readonly tmpToAccountId?: string | null;
}

export interface JiraHistory {
	readonly id?: string;
	readonly author?: JiraUser;
	readonly created?: string;
	readonly items?: readonly JiraChangelogItem[];
}

export interface JiraChangelog {
	readonly startAt?: number;
	readonly maxResults?: number;
	readonly total?: number;
	readonly histories?: readonly JiraHistory[];
}

export interface JiraStatusRef {
	readonly id?: string;
	readonly name?: string;
	readonly statusCategory?: {readonly key?: string};
}

export interface JiraLinkedIssue {
	readonly id?: string;
	readonly key?: string;
	readonly fields?: {readonly status?: JiraStatusRef};
}

export interface JiraIssueLink {
	readonly type?: {readonly id?: string; readonly name?: string};
	readonly inwardIssue?: JiraLinkedIssue;
	/** The other side of the link: on the blocker's side of a "blocks" link, the issue it blocks. */
	readonly outwardIssue?: JiraLinkedIssue;
}

export interface JiraIssue {
	readonly id: string;
	readonly key: string;
	readonly fields?: Readonly<Record<string, unknown>>;
	readonly changelog?: JiraChangelog;
}

/** The instance's vocabulary, looked up once per provider (vocabulary.ts). */
export interface JiraSchema extends JiraFieldIds, JiraStatusVocabulary, JiraLinkVocabulary, JiraResolutionVocabulary {
	readonly deployment: JiraDeploymentKind;
	/** The site the director opens in a browser: ticket links point there. */
	readonly siteUrl: string;
}

