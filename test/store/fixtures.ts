import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {Iteration, Person, Ticket} from '../../source/domain/types.js';
import type {SyncPage} from '../../source/providers/provider.js';
import {retain} from '../../source/store/handles.js';
import type {PageState} from '../../source/store/store.js';
import {makeTicket} from '../support/ticket-builder.js';

const day = 86_400_000;
export const t0 = Date.UTC(2026, 10, 16, 9);

/** The store's ticket: every field set (labels, history, a blocked spell), so a round trip through SQLite is checked on all of them. */
export function ticket(id: string, overrides: Partial<Ticket> = {}): Ticket {
	return makeTicket({
		id,
		key: `ENG-${id}`,
		title: `Ticket ${id}`,
		url: `https://tracker.example/ENG-${id}`,
		type: 'Bug',
		priority: 'high',
		labels: ['incident', 'payments'],
		components: ['gateway'],
		project: 'PAY',
		team: 'ENG',
		status: 'In Progress',
		statusCategory: 'started',
		createdAt: t0 - 10 * day,
		updatedAt: t0,
		startedAt: t0 - 5 * day,
		completedAt: null,
		canceledAt: null,
		dueDate: '2026-11-20',
		assigneeId: 'alex',
		creatorId: 'dana',
		iterationId: 'cycle-7',
		estimate: 3,
		history: [
			{at: t0 - 9 * day, field: 'assignee', from: null, to: 'dana', actorId: 'dana'},
			{at: t0 - 6 * day, field: 'dueDate', from: null, to: '2026-11-18', actorId: 'dana'},
			{at: t0 - 5 * day, field: 'assignee', from: 'dana', to: 'alex', actorId: 'dana'},
			{at: t0 - 5 * day, field: 'status', from: 'unstarted', to: 'started', actorId: 'alex'},
			{at: t0 - 2 * day, field: 'dueDate', from: '2026-11-18', to: '2026-11-20', actorId: 'alex'},
		],
		blockedSpells: [{start: t0 - 4 * day, end: t0 - 3 * day, reason: 'blocked by ENG-12'}],
		...overrides,
	});
}

export const alex: Person = {id: 'alex', name: 'Alex Kim', displayName: 'alex', email: 'alex@acme.example', active: true};
export const dana: Person = {id: 'dana', name: 'Dana Scott', displayName: null, email: null, active: false};
export const cycle: Iteration = {id: 'cycle-7', name: 'Cycle 7', team: 'ENG', startsAt: t0 - 7 * day, endsAt: t0 + 7 * day, completedAt: null};

export function page(tickets: readonly Ticket[], cursor: string | null = null, extra: Partial<SyncPage> = {}): SyncPage {
	return {tickets, people: [], iterations: [], cursor, progress: {done: tickets.length, total: null}, ...extra};
}

export function pageState(overrides: Partial<PageState> = {}): PageState {
	return {phase: 'idle', cursor: null, full: false, updatedSince: null, runStartedAt: t0, generation: null, lastSyncedAt: t0, ...overrides};
}

/** A fresh folder per test; removed by the returned cleanup. */
export function temporaryFolder(): {readonly folder: string; readonly file: string; cleanup(): void} {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-store-'));
	return {folder, file: path.join(folder, 'director-review.db'), cleanup: () => fs.rmSync(folder, {recursive: true, force: true})};
}

/**
 * A plain better-sqlite3 handle on a store file, kept from the garbage collector like the
 * store's own (see source/store/handles.ts). Its statements must go through `retain` too.
 */
export function rawDatabase(file: string, options: Database.Options = {}): Database.Database {
	return retain(new Database(file, options));
}

/**
 * A whole copy of a store file as it stands (SQLite's online backup) in a fresh folder, with
 * `forget` run on the copy: the derived rows a from-scratch comparison must not read.
 */
export async function copyOfStore(file: string, forget: string): Promise<ReturnType<typeof temporaryFolder>> {
	const copy = temporaryFolder();
	const source = rawDatabase(file, {readonly: true});
	try {
		await source.backup(copy.file);
	} finally {
		source.close();
	}
	const raw = rawDatabase(copy.file);
	try {
		retain(raw.prepare(forget)).run();
	} finally {
		raw.close();
	}
	return copy;
}
