import type {BlockedSpell, HistoryEvent, ProviderName, Ticket} from '../domain/types.js';

export const upsertTicketSql = `
	INSERT INTO tickets (provider, id, key, priority, status_category, updated_at, seen_generation, data, written)
	VALUES (@provider, @id, @key, @priority, @statusCategory, @updatedAt, @generation, @data, @written)
	ON CONFLICT (provider, id) DO UPDATE SET
		key = excluded.key, priority = excluded.priority, status_category = excluded.status_category,
		updated_at = excluded.updated_at, data = excluded.data, written = excluded.written,
		-- The tracker's search returned it: not archived (Jira hides archived issues from search).
		archived_at = NULL,
		-- Two syncs at once (two instances): a page of an older full sync must not take back
		-- the mark of a newer one, or the newer one's clean-up would delete what it saw.
		seen_generation = CASE
			WHEN excluded.seen_generation IS NULL THEN tickets.seen_generation
			WHEN tickets.seen_generation IS NULL THEN excluded.seen_generation
			ELSE max(excluded.seen_generation, tickets.seen_generation)
		END`;

/**
 * The named parameters of `upsertTicketSql`. The document is built field by field so
 * nothing a provider hangs on its objects reaches the disk, and history and spells are
 * sorted here, once, so every load can hand them out in the order the domain promises.
 */
export function ticketParameters(provider: ProviderName, ticket: Ticket, generation: number | null, written: number | null = null): Record<string, string | number | null> {
	const history = [...ticket.history]
		.sort((a, b) => a.at - b.at)
		.map((event): HistoryEvent => ({at: event.at, field: event.field, from: event.from, to: event.to, actorId: event.actorId}));
	const blockedSpells = [...ticket.blockedSpells]
		.sort((a, b) => a.start - b.start)
		.map((spell): BlockedSpell => ({start: spell.start, end: spell.end, reason: spell.reason}));
	const document: Ticket = {
		id: ticket.id,
		key: ticket.key,
		title: ticket.title,
		url: ticket.url,
		type: ticket.type,
		priority: ticket.priority,
		labels: [...ticket.labels],
		components: [...ticket.components],
		project: ticket.project,
		team: ticket.team,
		status: ticket.status,
		statusCategory: ticket.statusCategory,
		createdAt: ticket.createdAt,
		updatedAt: ticket.updatedAt,
		startedAt: ticket.startedAt,
		completedAt: ticket.completedAt,
		canceledAt: ticket.canceledAt,
		dueDate: ticket.dueDate,
		assigneeId: ticket.assigneeId,
		creatorId: ticket.creatorId,
		iterationId: ticket.iterationId,
		estimate: ticket.estimate,
		history,
		blockedSpells,
		// Classification evidence, kept only when the provider read it.
		...(ticket.parentKey ? {parentKey: ticket.parentKey} : {}),
		...(ticket.inTriage ? {inTriage: true} : {}),
		...(typeof ticket.slaBreachesAt === 'number' ? {slaBreachesAt: ticket.slaBreachesAt} : {}),
	};
	return {
		provider,
		id: ticket.id,
		key: ticket.key,
		priority: ticket.priority,
		statusCategory: ticket.statusCategory,
		updatedAt: ticket.updatedAt,
		generation,
		written,
		data: JSON.stringify(document),
	};
}

/** `data` is only ever written by `ticketParameters`, and the schema checks what it can. */
export function ticketFromData(data: string): Ticket {
	return JSON.parse(data) as Ticket;
}

type Writable<T> = {-readonly [K in keyof T]: T[K]};
const pooledFields = ['assigneeId', 'creatorId', 'status', 'project', 'team', 'type', 'iterationId'] as const;

/**
 * `ticketFromData` for a load of many tickets: the strings tickets repeat (people's ids in
 * every history event, statuses, projects, labels) are kept once for the whole load, where
 * JSON.parse makes a copy per occurrence (~5 MB of copies at 20,000 tickets). Same values.
 */
export function ticketReader(): (data: string) => Ticket {
	const shared = stringPool();
	return (data) => {
		const ticket = JSON.parse(data) as Writable<Ticket>;
		for (const field of pooledFields) {
			const value = ticket[field];
			if (typeof value === 'string') ticket[field] = shared(value);
		}
		ticket.labels = ticket.labels.map(shared);
		ticket.components = ticket.components.map(shared);
		for (const event of ticket.history as Array<Writable<HistoryEvent>>) {
			if (typeof event.from === 'string') event.from = shared(event.from);
			if (typeof event.to === 'string') event.to = shared(event.to);
			if (typeof event.actorId === 'string') event.actorId = shared(event.actorId);
		}
		return ticket;
	};
}

/** One copy of each distinct string for as long as the pool lives: rows repeat the same few values thousands of times. */
export function stringPool(): (value: string) => string {
	const pool = new Map<string, string>();
	return (value) => {
		const known = pool.get(value);
		if (known !== undefined) return known;
		pool.set(value, value);
		return value;
	};
}
