/**
 * The instance's vocabulary, looked up once per provider: custom field ids (Sprint,
 * Flagged, story points), status categories, the link types that mean "is blocked by",
 * the resolutions that cancel, and the searching user's profile time zone. Names are read
 * with English forced (transport.ts), and ids are kept wherever Jira has them, so a
 * German or Dutch profile maps to the same figures.
 */
import {ProviderError} from '../provider.js';
import {malformed} from './cloud.js';
import {isCanceledResolution} from './values.js';
import {platformGet} from './platform.js';
import type {JiraDeploymentKind} from './shapes.js';
import type {JiraTransport} from './transport.js';
import type {JiraFieldIds, JiraLinkVocabulary, JiraResolutionVocabulary, JiraStatusVocabulary} from './vocabulary-types.js';

export type {JiraFieldIds, JiraLinkVocabulary, JiraResolutionVocabulary, JiraStatusVocabulary} from './vocabulary-types.js';

interface Field {
	readonly id?: string;
	readonly name?: string;
	readonly schema?: {readonly custom?: string};
}

interface Status {
	readonly id?: string;
	readonly name?: string;
	readonly statusCategory?: {readonly key?: string};
}

interface LinkType {
	readonly id?: string;
	readonly name?: string;
	readonly inward?: string;
	readonly outward?: string;
}

const sprintSchema = 'com.pyxis.greenhopper.jira:gh-sprint';
const epicLinkSchema = 'com.pyxis.greenhopper.jira:gh-epic-link';
const multiCheckboxSchema = 'com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes';
const storyPointSchemas = new Set(['com.atlassian.jira.plugin.system.customfieldtypes:float', 'com.pyxis.greenhopper.jira:jsw-story-points']);
/** The built-in Blocks link type's id on Cloud and Data Center; it keeps its id when renamed. */
export const builtInBlocksLinkTypeId = '10000';
export const defaultBlockerLinkTypes: readonly string[] = ['Blocks'];

/** A link description that reads as the blocked issue's side: "is blocked by", "depends on". */
const blockedSide = /\b(?:blocked by|depends on)\b/i;

/** An endpoint this instance or account does not offer: the lookup falls back to names. */
function isMissing(error: unknown): boolean {
	return error instanceof ProviderError && (error.kind === 'not-found' || error.kind === 'forbidden');
}

export async function lookUpFields(transport: JiraTransport, kind: JiraDeploymentKind, signal?: AbortSignal): Promise<JiraFieldIds> {
	const list = (await platformGet(transport, kind, '/field', undefined, signal)) as unknown;
	if (!Array.isArray(list)) throw malformed('field list');
	const all = list as readonly Field[];
	const sprint = all.find((field) => field.schema?.custom === sprintSchema);
	const flagged = all.find((field) => field.schema?.custom === multiCheckboxSchema && field.name?.toLowerCase() === 'flagged');
	// Team-managed projects' field has its own schema; company-managed "Story Points" is a number field known by name.
	const points = all.filter(
		(field) =>
			field.id !== undefined &&
			(field.schema?.custom === 'com.pyxis.greenhopper.jira:jsw-story-points' || (storyPointSchemas.has(field.schema?.custom ?? '') && /^story points?( estimate)?$/i.test(field.name ?? ''))),
	);
	const epicLink = all.find((field) => field.schema?.custom === epicLinkSchema);
	return {sprintField: sprint?.id ?? null, flaggedField: flagged?.id ?? null, storyPointsFields: points.map((field) => field.id as string), epicLinkField: epicLink?.id ?? null};
}

export async function lookUpStatuses(transport: JiraTransport, kind: JiraDeploymentKind, signal?: AbortSignal): Promise<JiraStatusVocabulary> {
	const list = (await platformGet(transport, kind, '/status', undefined, signal)) as unknown;
	if (!Array.isArray(list)) throw malformed('status list');
	const byId = new Map<string, string>();
	const byName = new Map<string, string>();
	for (const status of list as readonly Status[]) {
		const key = status.statusCategory?.key;
		if (!key) continue;
		if (status.id) byId.set(status.id, key);
		if (status.name) byName.set(status.name.toLowerCase(), key);
	}

	return {statusCategories: byId, statusCategoriesByName: byName};
}

/** Link types named in `configured` (by name, inward or outward description), and the built-in Blocks type by id. */
export async function lookUpLinkTypes(transport: JiraTransport, kind: JiraDeploymentKind, configured: readonly string[], signal?: AbortSignal): Promise<JiraLinkVocabulary> {
	const wanted = new Set(configured.map((name) => name.trim().toLowerCase()));
	let types: readonly LinkType[] = [];
	try {
		const answer = (await platformGet(transport, kind, '/issueLinkType', undefined, signal)) as {issueLinkTypes?: unknown} | undefined;
		if (!Array.isArray(answer?.issueLinkTypes)) throw malformed('link type list');
		types = answer.issueLinkTypes as LinkType[];
	} catch (error) {
		// Issue linking switched off answers 404: no types to find; the configured names still count.
		if (!isMissing(error)) throw error;
	}

	const named = (text: string | undefined) => text !== undefined && wanted.has(text.toLowerCase());
	const chosen = types.filter((type) => type.id === builtInBlocksLinkTypeId || [type.name, type.inward, type.outward].some((text) => named(text)));
	// A description says which side it is read from: "depends on" is the blocked issue's (the source's)
	// outward side. Only the type's name or inward description keep the inward issue as the blocker,
	// as Blocks has it; Blocks itself keeps its direction whatever is named.
	// Also, whatever is named: a site may write a type the other way round, its outward description
	// reading as the blocked side ("is blocked by") — Jira's convention puts that side inward.
	const outward = chosen.filter(
		(type) =>
			(type.id !== builtInBlocksLinkTypeId && named(type.outward) && !named(type.name) && !named(type.inward)) ||
			(blockedSide.test(type.outward ?? '') && !blockedSide.test(type.inward ?? '')),
	);
	const names = new Set(wanted);
	for (const type of chosen) if (type.name) names.add(type.name.toLowerCase());
	const phrases = chosen.map((type) => (outward.includes(type) ? type.outward : type.inward)?.toLowerCase()).filter((phrase): phrase is string => Boolean(phrase));
	return {
		blockerLinkTypeIds: new Set(chosen.map((type) => type.id as string)),
		blockerLinkNames: names,
		blockerInwardPhrases: phrases.length > 0 ? [...new Set(phrases)] : ['is blocked by'],
		outwardBlockerLinkTypeIds: new Set(outward.map((type) => type.id as string)),
	};
}

export async function lookUpResolutions(transport: JiraTransport, kind: JiraDeploymentKind, signal?: AbortSignal): Promise<JiraResolutionVocabulary> {
	let list: unknown;
	try {
		list = await platformGet(transport, kind, '/resolution', undefined, signal);
	} catch (error) {
		// Without the list, resolutions are still read by their (English) names.
		if (isMissing(error)) return {canceledResolutionIds: new Set()};
		throw error;
	}

	if (!Array.isArray(list)) throw malformed('resolution list');
	const ids = new Set<string>();
	for (const resolution of list as ReadonlyArray<{id?: string; name?: string}>) if (resolution.id && isCanceledResolution(resolution.name)) ids.add(resolution.id);
	return {canceledResolutionIds: ids};
}

/**
 * The searching user's profile time zone: Jira reads JQL date literals in it. Jira names it as
 * Java does: region ids, the old three-letter ids (PST, IST; ICU maps those as Java's
 * `ZoneId.SHORT_IDS` does), or a JVM's custom offset (`GMT-08:00`), which ECMAScript does not
 * take and is read here as the offset it names. null: a zone this process cannot read (or none
 * given); JQL dates are then written so that no zone can read them wrong (jql.ts).
 */
export async function lookUpProfileZone(transport: JiraTransport, kind: JiraDeploymentKind, signal?: AbortSignal): Promise<string | null> {
	const me = (await platformGet(transport, kind, '/myself', undefined, signal)) as {timeZone?: unknown} | undefined;
	const zone = typeof me?.timeZone === 'string' ? me.timeZone.trim() : '';
	if (zone === '') return null;
	const custom = /^(?:GMT|UTC|UT)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
	const candidate = custom ? `${custom[1]}${custom[2]?.padStart(2, '0')}:${custom[3] ?? '00'}` : zone;
	try {
		new Intl.DateTimeFormat('en', {timeZone: candidate});
		return candidate;
	} catch {
		return null;
	}
}
