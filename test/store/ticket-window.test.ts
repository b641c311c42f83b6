import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ticketReach} from '../../source/domain/metrics/ticket-reach.js';
import type {Ticket} from '../../source/domain/types.js';
import {openStore, type Store} from '../../source/store/store.js';
import {page, pageState, t0, temporaryFolder, ticket} from './fixtures.js';

/**
 * The windowed load (issue 18) on its own: which tickets a window holds, whatever state the
 * derived reach rows are in, and their order. test/review/load-window.test.ts checks the
 * figures built from it against a session holding every ticket.
 */
const day = 86_400_000;
const from = t0 - 30 * day;

/** Done long before the window: it can no longer change a figure of it. */
function old(id: string, overrides: Partial<Ticket> = {}): Ticket {
	const at = t0 - 400 * day;
	return ticket(id, {
		key: `OLD-${id}`,
		status: 'Done',
		statusCategory: 'completed',
		createdAt: at,
		updatedAt: at + day,
		startedAt: at,
		completedAt: at + day,
		dueDate: null,
		history: [],
		blockedSpells: [],
		...overrides,
	});
}

describe('the windowed ticket load', () => {
	let temporary: ReturnType<typeof temporaryFolder>;
	let store: Store;
	const ids = (tickets: readonly Ticket[]) => tickets.map((each) => each.id);
	const load = (provider: 'jira' | 'linear' = 'jira', ticketIds: readonly string[] = []) => store.loadTicketsTouching(provider, {from, ticketIds}, ticketReach);
	/** The full load restricted to `held`, in its order: what a window must give. */
	const inFullOrder = (held: ReadonlySet<string>, provider: 'jira' | 'linear' = 'jira') => store.loadTickets(provider).filter((each) => held.has(each.id));

	beforeEach(() => {
		temporary = temporaryFolder();
		store = openStore(temporary.file, {now: () => t0});
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'ENG-9'}), old('2', {key: 'ENG-1'}), old('3', {key: 'ENG-5'}), ticket('4', {key: 'ENG-2', parentKey: 'ZZZ-1'}), old('5', {key: 'ZZZ-1'})]), pageState());
		store.writePage('linear', 'tickets', page([old('9', {key: 'LIN-1'})]), pageState());
	});

	afterEach(() => {
		store.close();
		temporary.cleanup();
	});

	it('loads every ticket whose reach is not stored yet, then only what the window can touch and the parents of that', () => {
		// No reach row yet: everything, in the full load's order.
		expect(load()).toEqual(store.loadTickets('jira'));
		// Reach rows written by that load: the open tickets and the parent of one of them.
		expect(ids(load())).toEqual(ids(inFullOrder(new Set(['1', '4', '5']))));
		expect(load()).toEqual(inFullOrder(new Set(['1', '4', '5'])));
	});

	it('loads a ticket again whose document changed (its reach row dropped), however old, and once its reach is stored again no more', () => {
		load();
		store.writePage('jira', 'tickets', page([old('3', {key: 'ENG-5', title: 'Renamed long after'})]), pageState());
		expect(ids(load())).toEqual(ids(inFullOrder(new Set(['1', '3', '4', '5']))));
		expect(ids(load())).toEqual(ids(inFullOrder(new Set(['1', '4', '5']))));
	});

	it('never takes another provider\'s tickets, with or without their reach', () => {
		expect(ids(load('linear'))).toEqual(['9']);
		expect(ids(load())).toEqual(ids(inFullOrder(new Set(['1', '2', '3', '4', '5']))));
		expect(ids(load('linear'))).toEqual([]);
		expect(ids(load())).toEqual(ids(inFullOrder(new Set(['1', '4', '5']))));
	});

	it('loads tickets asked for by id and their parents in the full load\'s order', () => {
		load();
		store.writePage('jira', 'tickets', page([old('6', {key: 'AAA-1'}), old('7', {key: 'ENG-3', parentKey: 'AAA-1'})]), pageState());
		load();
		expect(load('jira', ['7'])).toEqual(inFullOrder(new Set(['1', '4', '5', '6', '7'])));
		expect(ids(load('jira', ['7']))[0]).toBe('6');
	});
});
