/**
 * Jira's JSON into the normalised model. Pure: everything it needs (the status
 * categories, the custom field ids, the link types, which deployment) is passed in.
 */
import {isBlockedStatusName} from '../../domain/blocked-status.js';
import type {HistoryEvent, Iteration, Person, Ticket} from '../../domain/types.js';
import {parseJiraInstant} from './instant.js';
import type {JiraHistory, JiraIssue, JiraIssueLink, JiraLinkedIssue, JiraSchema, JiraStatusRef, JiraUser} from './shapes.js';
import {endedBy, mergeSpells, openSpans, type Interval} from './spells.js';
import {parseSprintIds, parseSprints, sprintIteration} from './sprint-values.js';
import {calendarDate, categoryOf, isCanceling, mapPerson, mapPriority, named, personId, statusCategoryKey, text} from './values.js';

export {parseJiraInstant} from './instant.js';
export {isCanceledResolution, mapPerson, personId} from './values.js';
export type * from './shapes.js';

function isImpediment(value: string | null | undefined): boolean {
	return typeof value === 'string' && /impediment/i.test(value);
}

function flaggedNow(value: unknown): boolean {
	if (!Array.isArray(value)) return false;
	return value.some((option) => isImpediment(typeof option === 'string' ? option : text((option as {value?: unknown} | null)?.value)));
}

/** A resolved blocker named by an "is blocked by" link. */
export interface JiraBlockerRef {
	readonly id: string;
	readonly key: string;
}

export interface MappedIssue {
	readonly ticket: Ticket;
	readonly people: readonly Person[];
	readonly iterations: readonly Iteration[];
	/**
	 * The board each iteration was created on, by iteration id, where the Sprint field names it
	 * (Cloud `boardId`, Data Center `rapidViewId`): its team is that board's, which the caller looks up.
	 */
	readonly iterationBoards: ReadonlyMap<string, string>;
	/**
	 * Resolved blockers whose resolution time `resolvedAt` did not know: their spells are
	 * left out until the caller learns the time and maps the issue again.
	 */
	readonly awaitingBlockers: readonly JiraBlockerRef[];
	/** Keys of the issues this one blocks (its outward "blocks" links). */
	readonly blocks: readonly string[];
}

function isBlockerLinkOf(schema: JiraSchema, link: JiraIssueLink): boolean {
	return (link.type?.id !== undefined && schema.blockerLinkTypeIds.has(link.type.id)) || schema.blockerLinkNames.has(link.type?.name?.toLowerCase() ?? '');
}

/** The issue that blocks the one holding `link`, if it is a blocker link: its inward issue, or its outward one for a type named by its outward description. */
function blockerThrough(schema: JiraSchema, link: JiraIssueLink): JiraLinkedIssue | undefined {
	if (!isBlockerLinkOf(schema, link)) return undefined;
	return link.type?.id !== undefined && schema.outwardBlockerLinkTypeIds.has(link.type.id) ? link.outwardIssue : link.inwardIssue;
}

function isBlockerPhraseOf(schema: JiraSchema, value: string | null | undefined): boolean {
	const lower = value?.toLowerCase() ?? '';
	return schema.blockerInwardPhrases.some((phrase) => lower.includes(phrase));
}

function linksOf(issue: JiraIssue): readonly JiraIssueLink[] {
	const links = issue.fields?.issuelinks;
	return Array.isArray(links) ? (links as readonly JiraIssueLink[]) : [];
}

/**
 * Keys a blocker link's changelog items name that may be a blocker's former key. Moving an
 * issue to another project changes its key; the changelog keeps the key of the day, while
 * the links name the key now ("Jira reserves all previous historical keys"). So a link added
 * under a key that no link has now and that was never removed is looked up, when some
 * blocker link (now, or removed) has no addition to date it. Nothing to look up otherwise.
 */
export function formerBlockerKeys(issue: JiraIssue, histories: readonly JiraHistory[], schema: JiraSchema): string[] {
	const current = new Set(linksOf(issue).map((link) => blockerThrough(schema, link)?.key).filter((key): key is string => key !== undefined));
	const added = new Set<string>();
	const removed = new Set<string>();
	for (const history of histories) {
		for (const item of history.items ?? []) {
			const field = (item.fieldId ?? item.field ?? '').toLowerCase();
			if (field !== 'link' && field !== 'issuelinks') continue;
			if (item.to && isBlockerPhraseOf(schema, item.toString)) added.add(item.to);
			if (item.from && !item.to && isBlockerPhraseOf(schema, item.fromString)) removed.add(item.from);
		}
	}

	const undated = [...current, ...removed].some((key) => !added.has(key));
	return undated ? [...added].filter((key) => !current.has(key) && !removed.has(key)) : [];
}

/**
 * `resolvedAt` knows when blockers elsewhere in the pull were resolved, so a spell behind a
 * resolved "is blocked by" link can end at the blocker's resolution. `keysNow` gives the key
 * now of a blocker the changelog names by a key it had before a move (`formerBlockerKeys`).
 */
export function mapIssue(
	issue: JiraIssue,
	histories: readonly JiraHistory[],
	schema: JiraSchema,
	resolvedAt: ReadonlyMap<string, number>,
	keysNow: ReadonlyMap<string, string> = new Map(),
): MappedIssue {
	const fields = issue.fields ?? {};
	const isBlockerLink = (link: JiraIssueLink) => isBlockerLinkOf(schema, link);
	const blockerOf = (link: JiraIssueLink) => blockerThrough(schema, link);
	const isBlockerPhrase = (value: string | null | undefined) => isBlockerPhraseOf(schema, value);
	const keyNow = (key: string) => keysNow.get(key) ?? key;

	const {deployment} = schema;
	const createdAt = parseJiraInstant(fields.created) ?? 0;
	const updatedAt = parseJiraInstant(fields.updated) ?? createdAt;
	const status = (fields.status ?? {}) as JiraStatusRef;
	const statusName = status.name ?? 'Unknown';
	const resolution = (fields.resolution ?? null) as {id?: string; name?: string} | null;
	const resolutionDate = parseJiraInstant(fields.resolutiondate);
	const currentCategoryKey = statusCategoryKey(schema, status.id, status.name) ?? status.statusCategory?.key;
	// The status list holds only statuses of active workflows: the issue's own status, with its category, fills in for it.
	const categoryKeyOf = (id: string | null | undefined, name: string | null | undefined) =>
		statusCategoryKey(schema, id, name) ?? (id && id === status.id ? status.statusCategory?.key : undefined);
	// Finished only while the status category is Done: a resolution left on an open issue finishes nothing.
	const finished = currentCategoryKey === 'done';
	const canceled = finished && resolution !== null && isCanceling(schema, resolution.id, resolution.name);
	const statusCategory = categoryOf(currentCategoryKey, statusName, canceled);

	const sortedHistories = [...histories]
		.map((history) => ({history, at: parseJiraInstant(history.created)}))
		.filter((entry): entry is {history: JiraHistory; at: number} => entry.at !== null)
		.sort((a, b) => a.at - b.at || Number(a.history.id ?? 0) - Number(b.history.id ?? 0));

	const people = new Map<string, Person>();
	const addPerson = (user: unknown) => {
		if (typeof user !== 'object' || user === null) return;
		const person = mapPerson(user as JiraUser, deployment);
		if (person) people.set(person.id, person);
	};

	addPerson(fields.assignee);
	addPerson(fields.creator);
	addPerson(fields.reporter);

	const history: HistoryEvent[] = [];
	const statusTimeline: Array<{at: number; name: string | null}> = [];
	const flagTimeline: Array<{at: number; on: boolean}> = [];
	const linkTimes = new Map<string, number>();
	const linkRemovals = new Map<string, number>();
	let firstStatusFrom: string | null | undefined;
	let firstFlagFrom: string | null | undefined;
	let startedAt: number | null = null;
	let lastDoneAt: number | null = null;
	const sprintsNamed = new Set<string>();
	const sprintsSinceCreation: string[] = [];

	for (const {history: entry, at} of sortedHistories) {
		const actorId = personId(entry.author, deployment);
		addPerson(entry.author);
		const items = entry.items ?? [];
		const resolutionItem = items.find((item) => (item.fieldId ?? item.field)?.toLowerCase() === 'resolution');
		for (const item of items) {
			const field = (item.fieldId ?? item.field ?? '').toLowerCase();
			const fieldName = item.field ?? '';
			if (field === 'assignee') {
				// Cloud names the accounts in tmpFrom/tmpToAccountId too, and there alone when `from`/`to` are empty.
				const from = deployment === 'cloud' ? nonEmpty(item.tmpFromAccountId) ?? nonEmpty(item.from) : nonEmpty(item.from);
				const to = deployment === 'cloud' ? nonEmpty(item.tmpToAccountId) ?? nonEmpty(item.to) : nonEmpty(item.to);
				history.push({at, field: 'assignee', from, to, actorId});
			} else if (field === 'duedate') {
				history.push({at, field: 'dueDate', from: calendarDate(item.from), to: calendarDate(item.to), actorId});
			} else if (field === 'status') {
				const fromKey = categoryKeyOf(item.from, item.fromString);
				const toKey = categoryKeyOf(item.to, item.toString);
				const toCanceled = resolutionItem !== undefined && isCanceling(schema, resolutionItem.to, resolutionItem.toString);
				history.push({
					at,
					field: 'status',
					from: categoryOf(fromKey, item.fromString ?? null, false),
					to: categoryOf(toKey, item.toString ?? null, toCanceled),
					actorId,
				});
				if (statusTimeline.length === 0) {
					firstStatusFrom = item.fromString ?? null;
					// Created straight into an in-progress status: started when created.
					if (fromKey === 'indeterminate') startedAt = createdAt;
				}

				if (startedAt === null && toKey === 'indeterminate') startedAt = at;
				if (toKey === 'done') lastDoneAt = at;
				statusTimeline.push({at, name: item.toString ?? null});
			} else if (fieldName.toLowerCase() === 'flagged' || (schema.flaggedField !== null && field === schema.flaggedField)) {
				if (firstFlagFrom === undefined) firstFlagFrom = item.fromString ?? null;
				flagTimeline.push({at, on: isImpediment(item.toString)});
			} else if (field === 'link' || field === 'issuelinks') {
				// Link items name the other issue by key in `to`/`from` and the direction in the string (English, forced).
				// By the blocker's key now: one moved since keeps its old key in the items written before.
				if (item.to && isBlockerPhrase(item.toString)) linkTimes.set(keyNow(item.to), at);
				if (item.from && !item.to && isBlockerPhrase(item.fromString)) linkRemovals.set(keyNow(item.from), at);
			} else if (schema.sprintField !== null && (field === schema.sprintField.toLowerCase() || (item.fieldId === undefined && fieldName.toLowerCase() === 'sprint'))) {
				// Older Data Center changelogs name the field ("Sprint") without its id.
				// The Sprint field is multi-valued: each sprint added or removed is its own event.
				const before = new Set(parseSprintIds(item.from));
				const after = new Set(parseSprintIds(item.to));
				// A sprint the field already held, named by no earlier change and kept (carry-over), was set
				// when the issue was created, which Jira records no change for: it joins at creation, or
				// nothing would say the issue was ever in it.
				for (const id of before) if (after.has(id) && !sprintsNamed.has(id)) sprintsSinceCreation.push(id);
				for (const id of before) if (!after.has(id)) history.push({at, field: 'iteration', from: id, to: null, actorId});
				for (const id of after) if (!before.has(id)) history.push({at, field: 'iteration', from: null, to: id, actorId});
				for (const id of [...before, ...after]) sprintsNamed.add(id);
			}
		}
	}

	if (sprintsSinceCreation.length > 0) {
		history.unshift(...sprintsSinceCreation.map((id): HistoryEvent => ({at: createdAt, field: 'iteration', from: null, to: id, actorId: null})));
		// Stable: only a changelog entry older than the issue itself (an import) moves ahead of them.
		history.sort((a, b) => a.at - b.at);
	}

	if (startedAt === null && statusTimeline.length === 0 && currentCategoryKey === 'indeterminate') startedAt = createdAt;

	// Without a resolution date or a transition into Done: when Jira last changed the status category (Cloud's
	// statuscategorychangedate), else the creation when no status change is recorded at all (created straight into
	// Done). `updated` moves with every later edit, so it is the last resort.
	const finishedAt = finished ? (resolutionDate ?? lastDoneAt ?? parseJiraInstant(fields.statuscategorychangedate) ?? (statusTimeline.length === 0 ? createdAt : updatedAt)) : null;
	const completedAt = canceled ? null : finishedAt;
	const canceledAt = canceled ? finishedAt : null;

	const intervals: Interval[] = [];
	const initialStatus = firstStatusFrom === undefined ? statusName : firstStatusFrom;
	intervals.push(
		...openSpans(
			statusTimeline.map((change) => ({at: change.at, on: isBlockedStatusName(change.name)})),
			isBlockedStatusName(initialStatus),
			createdAt,
			'status Blocked',
		),
	);
	const initiallyFlagged = firstFlagFrom === undefined ? schema.flaggedField !== null && flaggedNow(fields[schema.flaggedField]) : isImpediment(firstFlagFrom);
	intervals.push(...openSpans(flagTimeline, initiallyFlagged, createdAt, 'flagged'));

	const links = linksOf(issue);
	const awaitingBlockers: JiraBlockerRef[] = [];
	for (const link of links) {
		const blocker = blockerOf(link);
		if (!blocker?.key) continue;
		const start = linkTimes.get(blocker.key) ?? createdAt;
		const reason = `blocked by ${blocker.key}`;
		if (blocker.fields?.status?.statusCategory?.key !== 'done') {
			intervals.push({start, end: null, reason});
			continue;
		}

		// A resolved blocker: the spell is only placed when we know when it was resolved.
		const end = (blocker.id ? resolvedAt.get(blocker.id) : undefined) ?? linkRemovals.get(blocker.key);
		if (end !== undefined) intervals.push({start, end, reason});
		else if (blocker.id) awaitingBlockers.push({id: blocker.id, key: blocker.key});
	}

	// The other side of each blocker link: the issues this one blocks (`blockerOf` read from their side).
	const blocks = links
		.filter(isBlockerLink)
		.map((link) => (link.type?.id !== undefined && schema.outwardBlockerLinkTypeIds.has(link.type.id) ? link.inwardIssue : link.outwardIssue)?.key)
		.filter((key): key is string => key !== undefined);

	// A link removed since: the spell it caused survives, from when it was added (or the issue created) to its removal.
	for (const [key, removedAt] of linkRemovals) {
		const addedAt = linkTimes.get(key);
		const start = addedAt !== undefined && addedAt < removedAt ? addedAt : addedAt === undefined ? createdAt : null;
		if (start !== null && !links.some((link) => blockerOf(link)?.key === key)) {
			intervals.push({start, end: removedAt, reason: `blocked by ${key}`});
		}
	}

	const sprints = schema.sprintField === null ? [] : parseSprints(fields[schema.sprintField]);
	const project = (fields.project ?? {}) as {key?: string};
	const projectKey = project.key ?? issue.key.replace(/-\d+$/, '');
	const iterations = sprints.map((sprint) => sprintIteration(sprint, projectKey)).filter((iteration): iteration is Iteration => iteration !== null);
	const iterationBoards = new Map(sprints.filter((sprint) => sprint.boardId !== null).map((sprint) => [sprint.id, sprint.boardId as string]));
	const current = sprints.find((sprint) => sprint.state?.toLowerCase() === 'active') ?? sprints.at(-1);
	const iterationId = current && iterations.some((iteration) => iteration.id === current.id) ? current.id : null;

	const storyPoints = schema.storyPointsFields.map((id) => fields[id]).find((value) => typeof value === 'number');
	const originalEstimate = fields.timeoriginalestimate;
	const estimate = typeof storyPoints === 'number' ? storyPoints : typeof originalEstimate === 'number' ? originalEstimate / 3600 : null;

	const labels = Array.isArray(fields.labels) ? fields.labels.filter((label): label is string => typeof label === 'string') : [];
	const components = Array.isArray(fields.components) ? fields.components.map((component) => named(component)).filter((name): name is string => name !== null) : [];

	const ticket: Ticket = {
		id: issue.id,
		key: issue.key,
		title: text(fields.summary) ?? '',
		url: `${schema.siteUrl}/browse/${encodeURIComponent(issue.key)}`,
		type: named(fields.issuetype),
		priority: mapPriority(fields.priority),
		labels,
		components,
		project: project.key ?? null,
		team: projectKey,
		status: statusName,
		statusCategory,
		createdAt,
		updatedAt,
		startedAt,
		completedAt,
		canceledAt,
		dueDate: calendarDate(fields.duedate),
		assigneeId: personId(fields.assignee as JiraUser | null | undefined, deployment),
		creatorId: personId((fields.creator ?? fields.reporter) as JiraUser | null | undefined, deployment),
		iterationId,
		estimate,
		history,
		// As for Linear (linear/spells.ts): once the issue itself is finished, nothing blocks it any
		// more, though its "is blocked by" link may point at an unresolved blocker for good.
		blockedSpells: endedBy(mergeSpells(intervals), completedAt ?? canceledAt),
		...parentOf(fields.parent, schema.epicLinkField ? fields[schema.epicLinkField] : undefined),
	};

	return {ticket, people: [...people.values()], iterations, iterationBoards, awaitingBlockers, blocks};
}

function nonEmpty(value: string | null | undefined): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** `parentKey` when the issue has a parent (sub-task or epic child), else its Epic Link's epic key; nothing otherwise. */
function parentOf(parent: unknown, epicLink: unknown): {parentKey?: string} {
	const key = typeof parent === 'object' && parent !== null ? (parent as {key?: unknown}).key : undefined;
	if (typeof key === 'string' && key !== '') return {parentKey: key};
	return typeof epicLink === 'string' && epicLink.trim() !== '' ? {parentKey: epicLink.trim()} : {};
}

/** The fields `blockerResolvedAt` reads: all a blocker lookup asks Jira for. */
export const blockerFields = ['resolutiondate', 'status'] as const;

/**
 * When a blocker fetched on its own was resolved: its `resolutiondate`, as long as it still
 * counts as resolved (a resolution, or a done status). Without a changelog there is no
 * other instant to trust, so anything else is unknown (null).
 */
export function blockerResolvedAt(issue: JiraIssue): number | null {
	const fields = issue.fields ?? {};
	const status = (fields.status ?? {}) as JiraStatusRef;
	const resolved = status.statusCategory?.key === 'done';
	return resolved ? parseJiraInstant(fields.resolutiondate) : null;
}
