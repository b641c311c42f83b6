/** Jira values into the model's: dates, people, priorities, status categories. Pure. */
import type {Person, Priority, StatusCategory} from '../../domain/types.js';
import type {JiraDeploymentKind, JiraSchema, JiraUser} from './shapes.js';

// Incomplete is one of Jira's own five (Data Center): "the problem is not completely described", closed undone.
const canceledResolution = /^(won'?t (do|fix)|duplicate|incomplete|cannot reproduce|can'?t reproduce|declined|cancell?ed|rejected|obsolete|not a bug|invalid)$/i;

/** By English name: Jira's own names for the resolutions that mean "not done". */
export function isCanceledResolution(name: string | null | undefined): boolean {
	// A site's admin may type the name with a typographic apostrophe ("Won’t Do").
	return typeof name === 'string' && canceledResolution.test(name.trim().replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'"));
}

export function calendarDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const match = /^\d{4}-\d{2}-\d{2}/.exec(value);
	return match ? match[0] : null;
}

/** The person id: the Cloud accountId, or the Data Center key (what changelogs name), else the name. */
export function personId(user: JiraUser | null | undefined, deployment: JiraDeploymentKind): string | null {
	if (!user) return null;
	if (deployment === 'cloud') return user.accountId ?? null;
	return user.key ?? user.name ?? null;
}

/**
 * The address behind Data Center's masked form: a site whose e-mail visibility is "mask"
 * answers every address with `@` written " at " and each `.` " dot " (EmailFormatterImpl).
 * An address has no spaces, so the masked form reads back exactly.
 */
function unmaskedEmail(value: string | undefined): string | null {
	if (value === undefined || value === '') return null;
	if (value.includes('@') || !/^\S+(?: (?:at|dot) \S+)+$/.test(value) || value.split(' at ').length !== 2) return value;
	return value.replaceAll(' dot ', '.').replace(' at ', '@');
}

/**
 * Cloud user objects carry `accountType`: "atlassian" (a person), "app" (an application user,
 * such as Automation for Jira, which creates and edits issues) or "customer" (a service desk
 * customer, who reports them). Neither of the last two is anybody's report.
 */
function isNonPersonAccount(user: JiraUser, deployment: JiraDeploymentKind): boolean {
	return deployment === 'cloud' && user.accountType !== undefined && user.accountType !== 'atlassian';
}

export function mapPerson(user: JiraUser, deployment: JiraDeploymentKind): Person | null {
	const id = personId(user, deployment);
	if (id === null) return null;
	return {
		id,
		name: user.displayName ?? user.name ?? id,
		// A Data Center user is named by its key (the id) or its username (metrics.md Readings, People):
		// the username, when it is not the id, is the handle a roster may name it by.
		displayName: deployment === 'datacenter' && user.name !== undefined && user.name !== id ? user.name : null,
		email: deployment === 'datacenter' ? unmaskedEmail(user.emailAddress) : (user.emailAddress ?? null),
		active: user.active ?? true,
		// Marked, not left out: the store keeps the accounts tickets name, and a roster check judges those by this mark.
		...(isNonPersonAccount(user, deployment) ? {app: true as const} : {}),
	};
}

// The levels of Jira's two stock schemes by name. Major is the classic scheme's default (id 3, as
// Medium is the new one's): a ticket nobody prioritised is no evidence of urgency.
const priorityWords: Readonly<Record<string, Priority>> = {
	highest: 'urgent',
	blocker: 'urgent',
	critical: 'urgent',
	urgent: 'urgent',
	emergency: 'urgent',
	high: 'high',
	medium: 'medium',
	major: 'medium',
	normal: 'medium',
	low: 'low',
	lowest: 'low',
	minor: 'low',
	trivial: 'low',
};

// A ranked level, P0–P5 or Sev0–Sev5, read as the default ids read 1–5: P0 and P1 urgent, P2 high, P3 medium, lower low.
const rankedLevels: readonly Priority[] = ['urgent', 'urgent', 'high', 'medium', 'low', 'low'];

/**
 * A priority by its name. Instances rename and add priorities (new ones get ids of 10000 and up, so
 * no default id reads them): "Blocker - P1", "P2 - High", "Critical (P1)", "Sev 2", "P3". A name's
 * first word naming a stock level decides; else its rank ("P1", "Sev 2", "S3"); else nothing.
 */
export function mapPriorityName(name: unknown): Priority | null {
	if (typeof name !== 'string') return null;
	const words = name.toLowerCase().match(/[a-z]+|\d+/g) ?? [];
	for (const word of words) {
		const level = priorityWords[word];
		if (level) return level;
	}
	// Letters and digits are apart in `words`: "P1" and "Sev-2" are ["p", "1"] and ["sev", "2"].
	for (const [index, word] of words.entries()) {
		const rank = words[index + 1];
		if ((word === 'p' || word === 'sev' || word === 's') && rank !== undefined && /^\d$/.test(rank)) return rankedLevels[Math.min(Number(rank), rankedLevels.length - 1)] ?? null;
	}
	return null;
}

export function categoryOf(key: string | undefined, statusName: string | null, canceled: boolean): StatusCategory {
	switch (key) {
		case 'done': {
			return canceled ? 'canceled' : 'completed';
		}

		case 'indeterminate': {
			return 'started';
		}

		default: {
			return statusName !== null && /backlog/i.test(statusName) ? 'backlog' : 'unstarted';
		}
	}
}

export function statusCategoryKey(schema: JiraSchema, id: string | null | undefined, name: string | null | undefined): string | undefined {
	if (id) {
		const byId = schema.statusCategories.get(id);
		if (byId) return byId;
	}

	return name ? schema.statusCategoriesByName.get(name.toLowerCase()) : undefined;
}

export function text(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

export function named(value: unknown): string | null {
	return typeof value === 'object' && value !== null ? text((value as {name?: unknown}).name) : null;
}

// Jira's default priority ids, the same on Cloud and Data Center, for names we do not know.
const defaultPriorityIds: Readonly<Record<string, Priority>> = {'1': 'urgent', '2': 'high', '3': 'medium', '4': 'low', '5': 'low'};

export function mapPriority(value: unknown): Priority | null {
	if (typeof value !== 'object' || value === null) return null;
	const {id} = value as {id?: unknown};
	return mapPriorityName(named(value)) ?? (typeof id === 'string' ? (defaultPriorityIds[id] ?? null) : null);
}

/** A resolution cancels when its id is one the instance names Won't Do, Duplicate…, or its (English) name says so. */
export function isCanceling(schema: JiraSchema, id: string | null | undefined, name: string | null | undefined): boolean {
	return (typeof id === 'string' && schema.canceledResolutionIds.has(id)) || isCanceledResolution(name);
}
