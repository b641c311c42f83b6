import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {StatusCategory} from '../../source/domain/types.js';
import {StoreError} from '../../source/store/errors.js';
import {openStore, type Store} from '../../source/store/store.js';
import {retain} from '../../source/store/handles.js';
import {alex, cycle, dana, page, pageState, rawDatabase, t0, temporaryFolder, ticket} from './fixtures.js';

let temporary: ReturnType<typeof temporaryFolder>;
let store: Store;
let clock: number;

beforeEach(() => {
	temporary = temporaryFolder();
	clock = t0;
	store = openStore(temporary.file, {now: () => clock});
});

afterEach(() => {
	store.close();
	temporary.cleanup();
});

function reopen(): Store {
	store.close();
	store = openStore(temporary.file, {now: () => clock});
	return store;
}

describe('round trips', () => {
	it('gives back a ticket with its history, blocked spells, labels and components exactly', () => {
		const original = ticket('1');
		store.writePage('linear', 'tickets', page([original]), pageState());
		expect(reopen().loadTickets('linear')).toEqual([original]);
	});

	it('hands out history oldest first and spells by start, whatever order the provider used', () => {
		// Distinct instants: events at the same instant keep the provider's order.
		const original = ticket('1', {history: ticket('1').history.map((event, index) => ({...event, at: event.at + index}))});
		store.writePage('linear', 'tickets', page([{...original, history: [...original.history].reverse(), blockedSpells: [{start: t0, end: null, reason: 'flagged'}, ...original.blockedSpells]}]), pageState());
		const [loaded] = store.loadTickets('linear');
		expect(loaded?.history).toEqual(original.history);
		expect(loaded?.blockedSpells.map((spell) => spell.reason)).toEqual(['blocked by ENG-12', 'flagged']);
	});

	it('keeps the classification evidence a provider read: parent key, Linear triage and SLA', () => {
		const original = ticket('1', {parentKey: 'ENG-7', inTriage: true, slaBreachesAt: t0 + 3_600_000});
		store.writePage('linear', 'tickets', page([original, ticket('2')]), pageState());
		const loaded = reopen().loadTickets('linear');
		expect(loaded.find((each) => each.id === '1')).toEqual(original);
		expect(loaded.find((each) => each.id === '2')).not.toHaveProperty('parentKey');
	});

	it('keeps nulls and empty lists as they were', () => {
		const bare = ticket('2', {url: null, type: null, priority: null, labels: [], components: [], project: null, team: null, startedAt: null, dueDate: null, assigneeId: null, creatorId: null, iterationId: null, estimate: null, history: [], blockedSpells: []});
		store.writePage('linear', 'tickets', page([bare]), pageState());
		expect(store.loadTickets('linear')).toEqual([bare]);
	});

	it('replaces a ticket on the next sync instead of duplicating it', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		store.writePage('linear', 'tickets', page([ticket('1', {title: 'Renamed', statusCategory: 'completed', completedAt: t0})]), pageState());
		expect(store.loadTickets('linear').map((t) => [t.title, t.statusCategory])).toEqual([['Renamed', 'completed']]);
		expect(store.ticketCount('linear')).toBe(1);
	});

	it('does not store fields a provider hangs on its objects', () => {
		const withExtra = {...ticket('1'), rawJiraFields: {customfield_10020: 'secret'}};
		store.writePage('jira', 'tickets', page([withExtra]), pageState());
		expect(store.loadTickets('jira')[0]).not.toHaveProperty('rawJiraFields');
	});

	it('keeps providers apart', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		store.writePage('demo', 'tickets', page([ticket('2'), ticket('3')]), pageState());
		expect(store.ticketCount('linear')).toBe(1);
		expect(store.loadTickets('demo').map((t) => t.id).sort()).toEqual(['2', '3']);
		expect(store.loadTickets('jira')).toEqual([]);
	});

	it('round-trips people and iterations, updating them in place', () => {
		store.writePage('linear', 'tickets', page([], null, {people: [alex, dana], iterations: [cycle]}), pageState());
		store.writePage('linear', 'tickets', page([], null, {people: [{...alex, active: false}], iterations: [{...cycle, name: 'Cycle 7 (extended)', endsAt: cycle.endsAt + 1}]}), pageState());
		const people = reopen().loadPeople('linear');
		expect(people).toEqual([{...alex, active: false}, dana]);
		expect(store.loadIterations('linear')).toEqual([{...cycle, name: 'Cycle 7 (extended)', endsAt: cycle.endsAt + 1}]);
		expect(store.loadPeople('jira')).toEqual([]);
	});

	it('moves the data generation for a changed person or iteration, not for one sent again unchanged', () => {
		const withNull = {...dana, email: null, displayName: null};
		store.writePage('linear', 'tickets', page([ticket('1')], null, {people: [alex, withNull], iterations: [cycle]}), pageState());
		const generation = store.weekReports.generation('linear');
		// Every sync page sends the people and iterations again: the same values (nulls included) write nothing.
		store.writePage('linear', 'tickets', page([], null, {people: [alex, withNull], iterations: [cycle]}), pageState());
		expect(store.weekReports.generation('linear')).toBe(generation);
		const changes = [
			{people: [{...alex, name: 'Alex Kimura'}]},
			{people: [{...alex, name: 'Alex Kimura', displayName: null}]},
			{people: [{...withNull, email: 'dana@acme.example'}]},
			{people: [{...withNull, email: 'dana@acme.example', active: true}]},
			{iterations: [{...cycle, name: 'Cycle 7b'}]},
			{iterations: [{...cycle, name: 'Cycle 7b', team: 'OPS'}]},
			{iterations: [{...cycle, name: 'Cycle 7b', team: 'OPS', startsAt: cycle.startsAt + 1}]},
			{iterations: [{...cycle, name: 'Cycle 7b', team: 'OPS', startsAt: cycle.startsAt + 1, endsAt: cycle.endsAt + 1}]},
			{iterations: [{...cycle, name: 'Cycle 7b', team: 'OPS', startsAt: cycle.startsAt + 1, endsAt: cycle.endsAt + 1, completedAt: t0}]},
		];
		let last = generation;
		for (const change of changes) {
			store.writePage('linear', 'tickets', page([], null, change), pageState());
			const now = store.weekReports.generation('linear');
			expect(now, JSON.stringify(change)).toBeGreaterThan(last);
			last = now;
		}
		expect(reopen().loadPeople('linear')).toEqual([{...alex, name: 'Alex Kimura', displayName: null}, {...withNull, email: 'dana@acme.example', active: true}]);
	});

	it('round-trips the sync state per provider and scope', () => {
		expect(store.getSyncState('linear', 'tickets')).toBeNull();
		const running = pageState({phase: 'running', cursor: 'after-page-3', full: true, updatedSince: t0 - 1000, runStartedAt: t0 - 10, generation: 4, lastSyncedAt: null, sweptAt: t0 - 86_400_000});
		store.writePage('linear', 'tickets', page([]), running);
		expect(reopen().getSyncState('linear', 'tickets')).toEqual(running);
		expect(store.getSyncState('linear', 'other')).toBeNull();
		expect(store.getSyncState('jira', 'tickets')).toBeNull();
	});
});

describe('writePage is one transaction', () => {
	it('leaves neither the first ticket nor the cursor when the second ticket is refused', () => {
		store.writePage('linear', 'tickets', page([ticket('0')], 'c1'), pageState({phase: 'running', cursor: 'c1'}));
		const broken = ticket('2', {statusCategory: 'bogus' as StatusCategory});
		expect(() => store.writePage('linear', 'tickets', page([ticket('1'), broken], 'c2', {people: [alex]}), pageState({phase: 'running', cursor: 'c2'}))).toThrow(StoreError);
		expect(store.loadTickets('linear').map((t) => t.id)).toEqual(['0']);
		expect(store.loadPeople('linear')).toEqual([]);
		expect(store.getSyncState('linear', 'tickets')?.cursor).toBe('c1');
	});

	it('names the refused ticket', () => {
		expect(() => store.writePage('linear', 'tickets', page([ticket('9', {priority: 'p0' as 'high'})]), pageState())).toThrow(/linear ticket ENG-9 could not be stored/);
	});
});

describe('removed tickets', () => {
	it('deletes the tickets a page says the tracker removed, with the page, keeping their tags', () => {
		store.writePage('linear', 'tickets', page([ticket('1', {key: 'ENG-1'}), ticket('2')]), pageState());
		store.writePage('linear', 'tickets', page([ticket('1', {key: 'OPS-1'})]), pageState());
		store.setTag('linear', '1', 'operational');
		store.writePage('linear', 'tickets', page([ticket('3')], null, {removedTicketIds: ['1', 'not-stored']}), pageState());
		expect(store.loadTickets('linear').map((t) => t.id).sort()).toEqual(['2', '3']);
		expect(store.findTicketByKey('linear', 'ENG-1')).toBeNull();
		expect(store.getTags('linear').get('1')?.category).toBe('operational');
	});

	it('deletes nothing when the page is refused', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		expect(() => store.writePage('linear', 'tickets', page([ticket('9', {priority: 'p0' as 'high'})], null, {removedTicketIds: ['1']}), pageState())).toThrow();
		expect(store.loadTickets('linear').map((t) => t.id)).toEqual(['1']);
	});
});

describe('a listing of the scope (ticketIdsInScope)', () => {
	it("deletes the provider's tickets neither listed nor on the page, with the page, keeping tags and notes; another provider's stay", () => {
		store.writePage('jira', 'tickets', page([ticket('1'), ticket('2'), ticket('3')]), pageState());
		store.writePage('linear', 'tickets', page([ticket('2')]), pageState());
		store.setTag('jira', '2', 'strategic');
		store.addNote('jira', {kind: 'ticket', ticketId: '2'}, 'why did it move?');
		store.writePage('jira', 'tickets', page([ticket('4')], null, {ticketIdsInScope: ['1', 'not-stored']}), pageState({sweptAt: t0}));
		expect(store.loadTickets('jira').map((t) => t.id).sort()).toEqual(['1', '4']);
		expect(store.loadTickets('linear').map((t) => t.id)).toEqual(['2']);
		expect(store.getTags('jira').get('2')?.category).toBe('strategic');
		expect(store.listNotes('jira')).toHaveLength(1);
		expect(store.getSyncState('jira', 'tickets')?.sweptAt).toBe(t0);
	});

	it('deletes nothing when the page is refused', () => {
		store.writePage('jira', 'tickets', page([ticket('1'), ticket('2')]), pageState());
		expect(() => store.writePage('jira', 'tickets', page([ticket('9', {priority: 'p0' as 'high'})], null, {ticketIdsInScope: []}), pageState({sweptAt: t0}))).toThrow();
		expect(store.loadTickets('jira').map((t) => t.id).sort()).toEqual(['1', '2']);
		expect(store.getSyncState('jira', 'tickets')?.sweptAt).toBeNull();
	});
});

describe('full sync', () => {
	it('deletes the tickets the generation did not see, and never a tag', () => {
		store.writePage('linear', 'tickets', page([ticket('1'), ticket('2'), ticket('3')]), pageState());
		store.setTag('linear', '2', 'strategic');
		const generation = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('1')], 'c1'), pageState({phase: 'running', full: true, generation, cursor: 'c1'}));
		store.writePage('linear', 'tickets', page([ticket('3')]), pageState({full: true, generation}));
		expect(store.finishFullSync('linear', generation)).toBe(1);
		expect(store.loadTickets('linear').map((t) => t.id).sort()).toEqual(['1', '3']);
		expect(store.getTags('linear').get('2')?.category).toBe('strategic');

		// The ticket comes back into scope: its tag is still there.
		store.writePage('linear', 'tickets', page([ticket('2')]), pageState());
		expect(store.getTags('linear').get('2')?.category).toBe('strategic');
	});

	it('keeps what a newer full sync saw when an older one, running at the same time, writes it again', () => {
		store.writePage('linear', 'tickets', page([ticket('1'), ticket('2')]), pageState());
		const older = store.beginFullSync('linear');
		const newer = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('1'), ticket('2')]), pageState({full: true, generation: newer}));
		// The older sync's page lands after the newer one saw both tickets.
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState({full: true, generation: older}));
		expect(store.finishFullSync('linear', newer)).toBe(0);
		expect(store.loadTickets('linear').map((t) => t.id).sort()).toEqual(['1', '2']);
	});

	it('numbers generations per provider, persistently', () => {
		expect(store.beginFullSync('linear')).toBe(1);
		expect(store.beginFullSync('linear')).toBe(2);
		expect(store.beginFullSync('jira')).toBe(1);
		expect(reopen().beginFullSync('linear')).toBe(3);
	});

	it('leaves other providers alone', () => {
		store.writePage('jira', 'tickets', page([ticket('1')]), pageState());
		const generation = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('5')]), pageState({full: true, generation}));
		store.finishFullSync('linear', generation);
		expect(store.ticketCount('jira')).toBe(1);
		expect(store.ticketCount('linear')).toBe(1);
	});

	it('an incremental page does not reset what a full sync saw', () => {
		const generation = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState({full: true, generation}));
		store.writePage('linear', 'tickets', page([ticket('1', {title: 'edited'})]), pageState({generation: null}));
		store.finishFullSync('linear', generation);
		expect(store.loadTickets('linear').map((t) => t.title)).toEqual(['edited']);
	});

	it('a superseded generation deletes nothing', () => {
		const first = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState({full: true, generation: first}));
		const second = store.beginFullSync('linear');
		store.writePage('linear', 'tickets', page([ticket('2')]), pageState({full: true, generation: second}));
		expect(store.finishFullSync('linear', first)).toBe(0);
		expect(store.ticketCount('linear')).toBe(2);
	});
});

describe('tags', () => {
	it('sets, changes and clears a tag, with its time', () => {
		store.setTag('linear', '1', 'operational');
		expect(store.getTags('linear')).toEqual(new Map([['1', {ticketId: '1', category: 'operational', taggedAt: t0}]]));
		clock = t0 + 60_000;
		store.setTag('linear', '1', 'strategic');
		expect(reopen().getTags('linear').get('1')).toEqual({ticketId: '1', category: 'strategic', taggedAt: t0 + 60_000});
		store.setTag('linear', '1', null);
		expect(store.getTags('linear').size).toBe(0);
	});

	it('keeps the history of every change, oldest first', () => {
		store.setTag('linear', '1', 'operational');
		clock += 1000;
		store.setTag('linear', '1', 'operational');
		clock += 1000;
		store.setTag('linear', '1', 'strategic');
		clock += 1000;
		store.setTag('linear', '1', null);
		clock += 1000;
		store.setTag('linear', '1', null);
		store.setTag('linear', '2', 'strategic');
		expect(reopen().tagHistory('linear', '1')).toEqual([
			{ticketId: '1', category: 'operational', at: t0},
			{ticketId: '1', category: 'strategic', at: t0 + 2000},
			{ticketId: '1', category: null, at: t0 + 3000},
		]);
		expect(store.tagHistory('jira', '1')).toEqual([]);
	});

	it('sets several tags in one transaction', () => {
		store.setTag('linear', '1', 'operational');
		store.setTags('linear', new Map<string, 'operational' | 'strategic' | null>([['1', null], ['2', 'strategic'], ['3', 'operational']]));
		expect([...store.getTags('linear').values()].map((tag) => [tag.ticketId, tag.category]).sort()).toEqual([['2', 'strategic'], ['3', 'operational']]);
		expect(store.tagHistory('linear', '1').map((event) => event.category)).toEqual(['operational', null]);
	});

	it('sets none of several tags when one is refused', () => {
		const changes = new Map([['1', 'strategic'], ['2', 'urgent-ish']]) as ReadonlyMap<string, 'strategic'>;
		expect(() => store.setTags('linear', changes)).toThrow();
		expect(store.getTags('linear').size).toBe(0);
		expect(store.tagHistory('linear', '1')).toEqual([]);
	});

	it('survive sync pages, full syncs and a key change', () => {
		store.writePage('jira', 'tickets', page([ticket('1')]), pageState());
		store.setTag('jira', '1', 'operational');
		store.writePage('jira', 'tickets', page([ticket('1', {title: 'new title'})]), pageState());
		const generation = store.beginFullSync('jira');
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'OPS-7'})]), pageState({full: true, generation}));
		store.finishFullSync('jira', generation);
		expect(store.getTags('jira').get('1')?.category).toBe('operational');
		expect(store.findTicketByKey('jira', 'OPS-7')?.id).toBe('1');
	});
});

describe('findTicketByKey', () => {
	it('matches case-insensitively and ignores surrounding blanks', () => {
		store.writePage('linear', 'tickets', page([ticket('1', {key: 'ENG-42'})]), pageState());
		expect(store.findTicketByKey('linear', ' eng-42 ')).toEqual(ticket('1', {key: 'ENG-42'}));
		expect(store.findTicketByKey('linear', 'ENG-43')).toBeNull();
		expect(store.findTicketByKey('jira', 'ENG-42')).toBeNull();
	});

	it('still finds a ticket by the keys it had before it moved', () => {
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'ENG-42'})]), pageState());
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'OPS-7'})]), pageState());
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'PLAT-3'})]), pageState());
		for (const key of ['ENG-42', 'ops-7', 'PLAT-3']) expect(store.findTicketByKey('jira', key)?.key).toBe('PLAT-3');
	});

	it('prefers the ticket that holds a key now over one that held it before', () => {
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'ENG-1'})]), pageState());
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'OPS-1'}), ticket('2', {key: 'ENG-1'})]), pageState());
		expect(store.findTicketByKey('jira', 'ENG-1')?.id).toBe('2');
		expect(store.findTicketByKey('jira', 'OPS-1')?.id).toBe('1');
	});

	it('forgets the old keys of a ticket a full sync deleted', () => {
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'ENG-1'})]), pageState());
		store.writePage('jira', 'tickets', page([ticket('1', {key: 'OPS-1'})]), pageState());
		const generation = store.beginFullSync('jira');
		store.writePage('jira', 'tickets', page([ticket('2')]), pageState({full: true, generation}));
		store.finishFullSync('jira', generation);
		expect(store.findTicketByKey('jira', 'ENG-1')).toBeNull();
		const raw = rawDatabase(temporary.file, {readonly: true});
		expect(retain(raw.prepare('SELECT count(*) FROM ticket_keys')).pluck().get()).toBe(0);
		raw.close();
	});
});

describe('notes', () => {
	it('adds notes about tickets and reports and lists them oldest first', () => {
		const first = store.addNote('linear', {kind: 'report', reportSlug: 'alex-kim'}, '  Ask about the on-call load  ');
		clock += 1000;
		const second = store.addNote('linear', {kind: 'ticket', ticketId: '1'}, 'Why did this slip twice?');
		expect(first).toEqual({id: first.id, target: {kind: 'report', reportSlug: 'alex-kim'}, text: 'Ask about the on-call load', createdAt: t0, discussedAt: null, followUpAt: null});
		expect(reopen().listNotes('linear')).toEqual([first, second]);
		expect(store.listNotes('jira')).toEqual([]);
	});

	it('marks notes discussed once, and lists only the undiscussed ones on request', () => {
		const a = store.addNote('linear', {kind: 'ticket', ticketId: '1'}, 'a');
		const b = store.addNote('linear', {kind: 'ticket', ticketId: '2'}, 'b');
		const other = store.addNote('jira', {kind: 'ticket', ticketId: '1'}, 'c');
		store.markNotesDiscussed('linear', [a.id, other.id], t0 + 5);
		store.markNotesDiscussed('linear', [a.id], t0 + 9);
		expect(store.listNotes('linear', {undiscussedOnly: true})).toEqual([b]);
		expect(store.listNotes('linear').find((note) => note.id === a.id)?.discussedAt).toBe(t0 + 5);
		expect(store.listNotes('jira')[0]?.discussedAt).toBeNull();
	});

	it('carries a note flagged for follow-up into the next 1:1 note once more, then not again', () => {
		const a = store.addNote('linear', {kind: 'report', reportSlug: 'alex-kim'}, 'a');
		store.markNotesDiscussed('linear', [a.id], t0 + 5);
		expect(store.listNotes('linear', {undiscussedOnly: true})).toEqual([]);
		expect(store.setNoteFollowUp('linear', a.id, true)).toBe(true);
		expect(store.listNotes('linear', {undiscussedOnly: true}).map((note) => note.id)).toEqual([a.id]);
		store.markNotesDiscussed('linear', [a.id], t0 + 9);
		const [carried] = store.listNotes('linear');
		expect(carried).toMatchObject({discussedAt: t0 + 5, followUpAt: null});
		expect(store.listNotes('linear', {undiscussedOnly: true})).toEqual([]);
		expect(store.setNoteFollowUp('jira', a.id, true)).toBe(false);
	});

	it('deletes a note of its own provider only, and never reuses its id', () => {
		const a = store.addNote('linear', {kind: 'report', reportSlug: 'alex-kim'}, 'a');
		expect(store.deleteNote('jira', a.id)).toBe(false);
		expect(store.deleteNote('linear', a.id)).toBe(true);
		expect(store.deleteNote('linear', a.id)).toBe(false);
		const b = store.addNote('linear', {kind: 'report', reportSlug: 'alex-kim'}, 'b');
		expect(b.id).toBeGreaterThan(a.id);
		expect(store.listNotes('linear')).toEqual([b]);
	});

	it('refuses an empty note', () => {
		expect(() => store.addNote('linear', {kind: 'report', reportSlug: 'x'}, ' \n ')).toThrow(StoreError);
		expect(store.listNotes('linear')).toEqual([]);
	});

	it('survives a full sync that deletes the ticket it is about', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		store.addNote('linear', {kind: 'ticket', ticketId: '1'}, 'keep me');
		const generation = store.beginFullSync('linear');
		store.finishFullSync('linear', generation);
		expect(store.ticketCount('linear')).toBe(0);
		expect(store.listNotes('linear').map((note) => note.text)).toEqual(['keep me']);
	});
});

describe('meta and integrity', () => {
	it('stores meta values', () => {
		expect(store.getMeta('demo.generatedFor')).toBeNull();
		store.setMeta('demo.generatedFor', '2026-W47');
		store.setMeta('demo.generatedFor', '2026-W48');
		expect(reopen().getMeta('demo.generatedFor')).toBe('2026-W48');
	});

	it('reports ok for a sound store', () => {
		store.writePage('linear', 'tickets', page([ticket('1')]), pageState());
		expect(store.integrityCheck()).toBe('ok');
	});

	it('closing twice is harmless', () => {
		store.close();
		expect(() => store.close()).not.toThrow();
	});
});
