import {describe, expect, it} from 'vitest';
import {sinceLastReview, type SinceInput} from '../../../source/domain/briefing/since-last-review.js';
import {sinceLastReviewJson} from '../../../source/domain/briefing/since-json.js';
import type {FrozenReview, ReviewTicketState} from '../../../source/domain/briefing/types.js';
import type {Classification, ResolvedRoster, Ticket} from '../../../source/domain/types.js';
import {at, makePerson, makeTicket} from '../../support/ticket-builder.js';

/**
 * briefing.md "Since last review": every item names its ticket(s), the person and the report —
 * a theme that stopped recurring too. The review of W48 (frozen Fri 27 Nov) counted three fires
 * of component:payments in its four weeks, two in Ana Ruiz's hands (Alex Kim's group) and one
 * in Sam Lee's: the theme's item names them, Alex Kim's group and its top responder then.
 */
const frozenAt = at('2026-11-27T16:00:00Z');
const now = at('2026-12-04T16:00:00Z');

const roster: ResolvedRoster = {
	directorIds: new Set(['dana']),
	reports: [
		{name: 'Alex Kim', slug: 'alex-kim', reportIds: new Set(['alex']), groupIds: new Set(['alex', 'ana'])},
		{name: 'Sam Lee', slug: 'sam-lee', reportIds: new Set(['sam']), groupIds: new Set(['sam'])},
	],
};
const people = [makePerson({id: 'dana', name: 'Dana Director'}), makePerson({id: 'alex', name: 'Alex Kim'}), makePerson({id: 'ana', name: 'Ana Ruiz'}), makePerson({id: 'sam', name: 'Sam Lee'})];

function fire(key: string, assigneeId: string, completed: string, components: string[]): Ticket {
	return makeTicket({id: key, key, title: `Title of ${key}`, createdAt: at('2026-10-01T09:00:00Z'), completedAt: at(completed), statusCategory: 'completed', assigneeId, components});
}

const tickets: Ticket[] = [
	fire('PAY-1', 'ana', '2026-11-10T10:00:00Z', ['payments']),
	fire('PAY-2', 'ana', '2026-11-18T10:00:00Z', ['payments']),
	fire('PAY-3', 'sam', '2026-11-25T10:00:00Z', ['payments']),
	// A fire of the theme completed before W48's four weeks (the trend counted it), and an improvement of it: neither is the theme's.
	fire('PAY-4', 'sam', '2026-10-20T10:00:00Z', ['payments']),
	fire('PAY-5', 'sam', '2026-11-24T10:00:00Z', ['payments']),
	// A fire of another component.
	fire('OPS-1', 'sam', '2026-11-24T10:00:00Z', ['dns']),
];

const classification = (category: 'operational' | 'strategic'): Classification => ({category, source: 'rule', reason: 'test', confidence: 1, suggestion: null});
const classifications = new Map(tickets.map((t) => [t.id, classification(t.id === 'PAY-5' ? 'strategic' : 'operational')]));

function row(ticket: Ticket, report: string): ReviewTicketState {
	return {
		ticketId: ticket.id,
		key: ticket.key,
		title: ticket.title,
		category: classifications.get(ticket.id)?.category ?? 'unclassified',
		categorySource: 'rule',
		assigneeId: ticket.assigneeId,
		assignee: people.find((person) => person.id === ticket.assigneeId)?.name ?? null,
		report,
		statusCategory: 'completed',
		dueDate: null,
		firstDueDate: null,
		blocked: false,
		blockedReason: null,
		completedAt: ticket.completedAt,
		canceledAt: null,
		talkingPoints: [],
	};
}

const previous: FrozenReview = {
	id: 3,
	week: '2026-W48',
	frozenAt,
	trigger: 'export',
	figures: {themes: [{name: 'component:payments', count: 3, weeks: 3, topResponder: 'Ana Ruiz', topResponderShare: 2 / 3, singleResponder: false}]},
	tickets: tickets.map((ticket) => row(ticket, ticket.assigneeId === 'sam' ? 'Sam Lee' : 'Alex Kim')),
};

const input: SinceInput = {
	previous,
	tickets,
	classifications,
	peopleById: new Map(people.map((person) => [person.id, person])),
	roster,
	now,
	timezone: 'UTC',
	// No theme recurs now: component:payments stopped.
	themesNow: [],
	figuresNow: null,
};

describe('a theme that stopped recurring (briefing.md: each item names its tickets, the person and the report)', () => {
	it('names the tickets the review counted for it, the report whose group held most, and its top responder then', () => {
		const ended = sinceLastReview(input).items.filter((item) => item.kind === 'theme-ended');
		expect(ended).toHaveLength(1);
		expect(ended[0]).toMatchObject({theme: 'component:payments', report: 'Alex Kim', person: 'Ana Ruiz'});
		expect(ended[0]?.tickets.map((ticket) => ticket.key)).toEqual(['PAY-1', 'PAY-2', 'PAY-3']);
		expect(sinceLastReviewJson(sinceLastReview(input)).items.find((item) => item.kind === 'theme-ended')).toMatchObject({key: 'PAY-1', keys: ['PAY-1', 'PAY-2', 'PAY-3'], report: 'Alex Kim', person: 'Ana Ruiz'});
	});
});
