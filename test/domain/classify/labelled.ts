import {expect} from 'vitest';
import {readFileSync} from 'node:fs';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Category, Priority, Ticket} from '../../../source/domain/types.js';
import {makeTicket as buildTicket} from '../../support/ticket-builder.js';

export interface LabelledTicket {
	readonly key: string;
	readonly title: string;
	readonly type: string | null;
	readonly priority: Priority | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly project: string | null;
	readonly team: string | null;
	readonly category: Category;
	readonly style: 'jira' | 'linear';
}

export function loadLabelledSet(): LabelledTicket[] {
	return JSON.parse(readFileSync(new URL('../../fixtures/labelled-tickets.json', import.meta.url), 'utf8')) as LabelledTicket[];
}

/** A ticket with only what classification reads set: the shared builder's quiet ticket, its id the key or the title. */
export function makeTicket(fields: Partial<Ticket> & {readonly title: string}): Ticket {
	return buildTicket({id: fields.id ?? fields.key ?? fields.title, key: fields.key ?? 'T-1', createdAt: 0, ...fields});
}

export function labelledTicket(item: LabelledTicket): Ticket {
	return makeTicket({
		id: item.key,
		key: item.key,
		title: item.title,
		type: item.type,
		priority: item.priority,
		labels: item.labels,
		components: item.components,
		project: item.project,
		team: item.team,
	});
}

/**
 * The built-in rules' verdict alone (no tags, no user rules, no learner, the default threshold 0.6) on one ticket whose key,
 * team and project are `key`'s prefix: what each misreadings test asks of a title and its tracker fields.
 */
export function rulesVerdict(key: string, fields: Partial<Ticket> & {readonly title: string}) {
	const prefix = key.split('-')[0]!;
	const ticket = makeTicket({id: key, key, team: prefix, project: prefix, labels: [], ...fields});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get(key)!;
}

/**
 * An engineering team's ordinary titles, planned work and chores, which a new reading must not claim: the misreadings tests
 * check that none of them takes the reading's reason.
 */
export const ordinaryTeamTitles = [
	'Add SSO to the admin console',
	'Remove the legacy importer',
	'How to roll out the new billing engine',
	'Fix flaky test in CheckoutSpec',
	'Bump lodash to 4.17.21',
	'Clean up old feature flags',
	'Refactor the session store',
	'Document the release process',
	'Improve error messages',
	'Add error handling to the importer',
];

/** Checks that no ordinary team title (`ordinaryTeamTitles`) is given `reason` by `verdictOf`. */
export function expectOrdinaryUntouched(verdictOf: (title: string) => {readonly reason: string}, reason: string): void {
	for (const title of ordinaryTeamTitles) expect(verdictOf(title).reason, title).not.toContain(reason);
}
