import type {Iteration, Person} from '../../domain/types.js';
import {ProviderError} from '../provider.js';
import type {LinearTransport} from './client.js';
import {cyclesPageDocument, directoryDocument, directoryPageSize, teamKeysDocument, usersPageDocument, workflowStatesPageDocument} from './documents.js';
import {field, MalformedResponse, readConnection, readIteration, readPerson, readWorkflowState, type PageInfo, type WorkflowStateInfo} from './map.js';

/**
 * What every pull reads first: people, cycles and workflow states (history names states by
 * id), and the configured teams, so an unknown key fails before any issue is read. Also the
 * helpers every reader of a Linear answer shares.
 */

export interface Directory {
	readonly people: readonly Person[];
	readonly iterations: readonly Iteration[];
	readonly states: ReadonlyMap<string, WorkflowStateInfo>;
}

export async function loadDirectory(transport: LinearTransport, teams: readonly string[], since: number | null, signal?: AbortSignal): Promise<Directory> {
	const cycleFilter: Record<string, unknown> = {};
	if (teams.length > 0) cycleFilter['team'] = {key: {in: teams}};
	// An incremental sync needs only the cycles changed since, and those that could have ended
	// since: Linear completes a cycle when its end passes, which its `updatedAt` (the last
	// "meaningful" update) need not show. A cycle completed early has its end moved to then.
	if (since !== null) {
		const after = {gte: new Date(since).toISOString()};
		cycleFilter['or'] = [{updatedAt: after}, {endsAt: after}];
	}
	const variables = {
		first: directoryPageSize,
		teamFilter: teams.length > 0 ? {key: {in: teams}} : null,
		cycleFilter: Object.keys(cycleFilter).length === 0 ? null : cycleFilter,
	};
	const data = await transport.request(directoryDocument, variables, signal);
	const first = read(() => {
		const foundTeams = new Set(
			readConnection(field(data, 'teams'), 'teams').nodes.map((node, index) => {
				const team = node as {key?: unknown};
				if (typeof team?.key !== 'string') throw new MalformedResponse(`teams.nodes[${index}].key`);
				return team.key;
			}),
		);
		return {
			foundTeams,
			users: readConnection(field(data, 'users'), 'users'),
			cycles: readConnection(field(data, 'cycles'), 'cycles'),
			states: readConnection(field(data, 'workflowStates'), 'workflowStates'),
		};
	});
	requireTeams(teams, first.foundTeams);

	const people = await collectRest(transport, usersPageDocument, 'users', {}, first.users, signal, readPerson);
	const iterations = await collectRest(transport, cyclesPageDocument, 'cycles', {filter: variables.cycleFilter}, first.cycles, signal, readIteration);
	const states = await collectRest(transport, workflowStatesPageDocument, 'workflowStates', {}, first.states, signal, readWorkflowState);
	return {people, iterations, states: new Map(states)};
}

/** Throws the one-line fault naming every configured team key that Linear did not return. */
export function requireTeams(teams: readonly string[], foundTeams: ReadonlySet<string>): void {
	const missing = teams.filter((team) => !foundTeams.has(team));
	if (missing.length > 0) {
		throw new ProviderError(
			'linear',
			'not-found',
			`Linear has no team with key ${missing.join(', ')} that this API key can see`,
			'check linear.teams in the config: team keys are the prefixes of issue ids, such as ENG in ENG-42',
		);
	}
}

/**
 * The configured teams exist and this key can see them: what doctor and init check after
 * the sign-in, so a mistyped key is named there and not first by the next sync.
 */
export async function checkTeams(transport: LinearTransport, teams: readonly string[], signal?: AbortSignal): Promise<void> {
	if (teams.length === 0) return;
	const data = await transport.request(teamKeysDocument, {teamFilter: {key: {in: teams}}}, signal);
	const found = read(() =>
		readConnection(field(data, 'teams'), 'teams').nodes.map((node, index) => {
			const team = node as {key?: unknown};
			if (typeof team?.key !== 'string') throw new MalformedResponse(`teams.nodes[${index}].key`);
			return team.key;
		}),
	);
	requireTeams(teams, new Set(found));
}

/** Pages a root connection from the start. */
export async function collect<T>(
	transport: LinearTransport,
	document: string,
	name: string,
	variables: Record<string, unknown>,
	signal: AbortSignal | undefined,
	readNode: (value: unknown, path: string) => T,
): Promise<T[]> {
	const data = await transport.request(document, {...variables, first: directoryPageSize, after: null}, signal);
	return collectRest(transport, document, name, variables, read(() => readConnection(field(data, name), name)), signal, readNode);
}

/** Reads a first page already fetched, then pages the rest with the connection's own document. */
async function collectRest<T>(
	transport: LinearTransport,
	document: string,
	name: string,
	variables: Record<string, unknown>,
	firstPage: {nodes: readonly unknown[]; pageInfo: PageInfo},
	signal: AbortSignal | undefined,
	readNode: (value: unknown, path: string) => T,
): Promise<T[]> {
	const items = read(() => firstPage.nodes.map((node, index) => readNode(node, `${name}.nodes[${index}]`)));
	let after = nextCursor(firstPage.pageInfo, name);
	while (after !== null) {
		const data = await transport.request(document, {...variables, first: directoryPageSize, after}, signal);
		const page = read(() => readConnection(field(data, name), name));
		items.push(...read(() => page.nodes.map((node, index) => readNode(node, `${name}.nodes[${index}]`))));
		after = nextCursor(page.pageInfo, name);
	}

	return items;
}

/** Metrics need an issue's whole history (metrics.md): page it to the end. */
export function nextCursor(pageInfo: PageInfo, what: string): string | null {
	if (!pageInfo.hasNextPage) return null;
	if (pageInfo.endCursor === null) throw malformed(`${what}.pageInfo.endCursor`);
	return pageInfo.endCursor;
}

/** Runs a reader over response data; a shape we did not ask for becomes a `ProviderError`. */
export function read<T>(reader: () => T): T {
	try {
		return reader();
	} catch (error) {
		if (error instanceof MalformedResponse) throw malformed(error.path);
		throw error;
	}
}

function malformed(path: string): ProviderError {
	return new ProviderError('linear', 'malformed', `Linear sent an unexpected response (at ${path})`, 'Linear may have changed its API: update director-review, then sync again');
}

