import {LinearClient, LinearError} from '@linear/sdk';
import {parse, validate} from 'graphql';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import * as documents from '../../../source/providers/linear/documents.js';
import {maxQueryComplexity, queryComplexity} from '../../fakes/linear/budget.js';
import {buildBulkOrg} from '../../fakes/linear/dataset.js';
import {linearSchema, startFakeLinear, type FakeLinearServer} from '../../fakes/linear/server.js';

let server: FakeLinearServer;
let client: LinearClient;

beforeAll(async () => {
	const {builder} = buildBulkOrg(12);
	server = await startFakeLinear({dataset: builder.dataset});
	client = new LinearClient({apiKey: server.apiKey, apiUrl: server.url});
});

afterAll(async () => {
	await server.close();
});

async function rejection(promise: Promise<unknown>): Promise<LinearError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof LinearError) return error;
		throw error;
	}

	throw new Error('expected a LinearError');
}

describe('the fake Linear server', () => {
	test('every document the adapter sends validates against the schema', () => {
		const sent = Object.entries(documents as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
		expect(sent.map(([name]) => name).sort()).toEqual(['blockersDocument', 'cyclesByIdDocument', 'cyclesPageDocument', 'directoryDocument', 'issueAtDocument', 'issueHistoryPageDocument', 'issueLabelsPageDocument', 'issueRelationsPageDocument', 'issuesPageDocument', 'leftScopePageDocument', 'teamKeysDocument', 'usersPageDocument', 'viewerDocument', 'workflowStatesPageDocument']);
		for (const [name, source] of sent) {
			expect({name, errors: validate(linearSchema(), parse(source)).map((error) => error.message)}).toEqual({name, errors: []});
		}
	});

	test('every document costs less than Linear\'s 10,000 points a query at the sizes the adapter sends it', () => {
		const {directoryPageSize, historyOverflowPageSize, historyPageSize, issuesPageSize, labelsPageSize, leftScopePageSize, relationsPageSize} = documents;
		const cost = (source: string, variables: Record<string, unknown>) => queryComplexity(linearSchema(), parse(source), variables);
		// Charged with the issues that left the synced teams, asked only on an incremental pull's first page.
		const sizes = {historyFirst: historyPageSize, labelsFirst: labelsPageSize, relationsFirst: relationsPageSize, leftScopeFirst: leftScopePageSize};
		const page = cost(documents.issuesPageDocument, {first: issuesPageSize, ...sizes});
		expect(page).toBeLessThanOrEqual(0.9 * maxQueryComplexity);
		expect(cost(documents.directoryDocument, {first: directoryPageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.issueHistoryPageDocument, {first: historyOverflowPageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.blockersDocument, {first: directoryPageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.cyclesByIdDocument, {first: directoryPageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.leftScopePageDocument, {first: leftScopePageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.issueRelationsPageDocument, {first: documents.relationsOverflowPageSize})).toBeLessThan(maxQueryComplexity);
		expect(cost(documents.issueLabelsPageDocument, {first: documents.labelsOverflowPageSize})).toBeLessThan(maxQueryComplexity);
		// The id of the one issue that nulled its page: next to nothing beside the page it replaces.
		expect(cost(documents.issueAtDocument, {})).toBeLessThanOrEqual(5);
		// 50 history entries an issue would not fit: why historyPageSize is 35.
		expect(cost(documents.issuesPageDocument, {first: issuesPageSize, ...sizes, historyFirst: 50})).toBeGreaterThan(maxQueryComplexity);
	});

	test('a document asking for a field Linear does not have is rejected like Linear does', async () => {
		const error = await rejection(client.client.rawRequest('query { issues(first: 1) { nodes { id storyPoints } } }', {}));
		expect(error.status).toBe(400);
		const raw = error.raw as {response: {errors: Array<{message: string; extensions: {code: string}}>}};
		expect(raw.response.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
		expect(raw.response.errors[0]!.message).toContain('storyPoints');
		expect(server.requests.at(-1)!.status).toBe(400);
	});

	test('a document that does not parse is rejected with GRAPHQL_PARSE_FAILED', async () => {
		const error = await rejection(client.client.rawRequest('query { issues(first: 1) { nodes { id }', {}));
		const raw = error.raw as {response: {errors: Array<{extensions: {code: string}}>}};
		expect(error.status).toBe(400);
		expect(raw.response.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
	});

	test('a wrong key gets 401 with an AUTHENTICATION_ERROR', async () => {
		const stranger = new LinearClient({apiKey: 'lin_api_not_this_one', apiUrl: server.url});
		const error = await rejection(stranger.client.rawRequest('query { viewer { id } }', {}));
		expect(error.status).toBe(401);
		expect((error.raw as {response: {errors: Array<{extensions: {code: string}}>}}).response.errors[0]!.extensions.code).toBe('AUTHENTICATION_ERROR');
	});

	test('connections page forward with first/after and an honest pageInfo', async () => {
		const query = 'query ($after: String) { issues(first: 5, after: $after) { nodes { identifier } pageInfo { hasNextPage endCursor } } }';
		type Page = {issues: {nodes: Array<{identifier: string}>; pageInfo: {hasNextPage: boolean; endCursor: string}}};
		const seen: string[] = [];
		let after: string | null = null;
		let pages = 0;
		for (;;) {
			const {data}: {data?: Page} = await client.client.rawRequest<Page, {after: string | null}>(query, {after});
			pages++;
			seen.push(...data!.issues.nodes.map((node) => node.identifier));
			if (!data!.issues.pageInfo.hasNextPage) break;
			after = data!.issues.pageInfo.endCursor;
		}

		expect(pages).toBe(3);
		expect(new Set(seen).size).toBe(12);
	});

	test("the SDK's own lazy queries run against it, one request per relation", async () => {
		const before = server.requestCount;
		const issues = await client.issues({first: 3});
		expect(issues.nodes).toHaveLength(3);
		const first = issues.nodes[0]!;
		const assignee = await first.assignee;
		const history = await first.history();
		const team = await first.team;

		expect(assignee?.name).toMatch(/Report|Engineer/);
		expect(history.nodes).toHaveLength(1);
		expect(team?.key).toMatch(/ENG|PLAT/);
		expect(server.requestCount - before).toBe(4);
	});
});
