import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {change, fields, item, makeIssue, statuses, users} from '../fakes/jira/fixtures.js';
import {startFakeJira, type FakeJira} from '../fakes/jira/server.js';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';

/**
 * Ticket text is untrusted (brief, "Security"): whatever a ticket's title, labels,
 * components or its people's names carry, no output of the built CLI — the JSON and CSV
 * exports, the Markdown notes, the plain overview — hands a control or escape sequence
 * on, and no CSV cell starts a formula. The tickets come from the fake Jira over HTTP,
 * as a real tenant would send them.
 */

const esc = '\u001B';
const hostile = {
	title: `${esc}]8;;https://evil.example${esc}\\Payments${esc}]8;;${esc}\\ down ${esc}[2J\u0007\u009B31m again\u202E`,
	formula: '=HYPERLINK("https://evil.example","click")',
	label: `pay${esc}[31mments`,
	component: `gate${esc}]0;pwned\u0007way`,
	name: `Sam ${esc}[1mPatel\u0008`,
};
/** C0 and C1 controls (tab and line feed aside), ESC among them, and bidi overrides. */
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

let fake: FakeJira;
let home: string;
const email = 'dana@acme.example';
const apiToken = 'jira-hostile-export-SECRET';
const week = '2026-W10';

beforeAll(async () => {
	const people = users('cloud');
	const sam = {...people.sam, displayName: hostile.name};
	const done = (id: number, resolved: string, summary: string) =>
		makeIssue('cloud', {
			id,
			summary,
			type: 'Incident',
			priority: 'Highest',
			labels: [hostile.label],
			components: [hostile.component],
			status: 'Done',
			resolution: 'Done',
			resolved,
			created: '2026-02-20T09:00:00Z',
			updated: resolved,
			due: '2026-03-04',
			assignee: sam,
			creator: people.dana,
			histories: [change(people.dana, '2026-02-20T10:00:00Z', item.status('To Do', 'In Progress'))],
		});
	const issues = [
		// Two weeks of completions, three tickets: a recurring theme named by the hostile label and component.
		done(1, '2026-02-26T12:00:00Z', hostile.title),
		done(2, '2026-03-03T12:00:00Z', hostile.formula),
		done(3, '2026-03-05T12:00:00Z', `-2+3 ${hostile.title}`),
	];
	fake = await startFakeJira({deployment: 'cloud', issues, users: [people.dana, people.alex, sam], me: people.dana, statuses, fields, email, apiToken});
	home = makeHome({
		provider: 'jira',
		timezone: 'UTC',
		jira: {baseUrl: fake.url, deployment: 'cloud', jql: 'project = ENG'},
		roster: {director: email, reports: [{name: 'Alex Kim', id: 'alex@acme.example', team: ['sam@acme.example']}]},
	});
	const synced = await runCli(['sync'], {home, env: {JIRA_EMAIL: email, JIRA_API_TOKEN: apiToken}});
	expect(synced.code, synced.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
	await fake.close();
	removeHomes();
});

async function exported(...args: string[]): Promise<string> {
	const result = await runCli(['export', '--offline', '--week', week, '--out', '-', ...args], {home});
	expect(result.code, result.stderr).toBe(0);
	return result.stdout;
}

/** Every string in a JSON value, object keys included. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
	return [];
}

describe('hostile ticket text in the exports of the built CLI', () => {
	it('the JSON export (schemaVersion 2 and 1) carries no control or escape sequence in any string, keys and theme names included', async () => {
		for (const schema of ['2', '1']) {
			const json = JSON.parse(await exported('--format', 'json', '--schema', schema)) as {themes: Array<{name: string}>; tickets: Array<{title: string}>};
			// Version 1: the week's two; version 2 adds the theme's ticket of the week before.
			expect(json.tickets.length, schema).toBe(schema === '2' ? 3 : 2);
			expect(json.themes.length, schema).toBeGreaterThan(0);
			for (const text of strings(json)) expect(text, `schema ${schema}: ${JSON.stringify(text)}`).not.toMatch(unsafe);
			expect(json.themes.map((theme) => theme.name).sort(), schema).toEqual(['component:gateway', 'label:payments', 'project:ENG']);
		}
	});

	it('the CSV export: no control sequence, and no cell a spreadsheet would evaluate', async () => {
		const csv = await exported('--format', 'csv');
		expect(csv.replace(/\r\n/g, '')).not.toMatch(unsafe);
		const cells = csv.split('\r\n').filter(Boolean).slice(1).flatMap((row) => row.match(/"(?:[^"]|"")*"|[^,]+/g) ?? []);
		for (const cell of cells) expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+\-@\t\r]/);
		expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
	});

	it('the Markdown notes and the leadership summary carry no control or escape sequence', async () => {
		const markdown = await exported('--leadership', '--detail', 'full');
		expect(markdown).toContain('leadership-');
		expect(markdown).not.toMatch(unsafe);
	});

	it('the plain overview (no terminal) carries no control or escape sequence', async () => {
		const result = await runCli(['--offline', '--week', week], {home});
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).not.toMatch(unsafe);
	});
});
