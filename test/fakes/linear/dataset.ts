/**
 * The fake Linear organisation: plain records keyed by id, shaped like Linear's entities
 * (ids, not nested objects; instants as ISO strings). Tests build one with
 * `LinearDatasetBuilder`; it is deliberately not the demo organisation, so a test never
 * passes because both sides share a generator.
 */

export interface FakeUser {
	readonly id: string;
	name: string;
	displayName: string;
	email: string;
	active: boolean;
	/** An app user (an integration's or agent's bot, schema: `User.app`): it can be assigned issues and act in history. */
	app: boolean;
	/** A guest: limited to some teams (schema: `User.guest`), still a person. */
	guest: boolean;
	createdAt: string;
	updatedAt: string;
}

export interface FakeTeam {
	readonly id: string;
	key: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

export interface FakeWorkflowState {
	readonly id: string;
	name: string;
	/** Linear's seven state types: "duplicate" is the native, system-managed Duplicate state. */
	type: 'triage' | 'backlog' | 'unstarted' | 'started' | 'completed' | 'canceled' | 'duplicate';
	teamId: string;
	createdAt: string;
	updatedAt: string;
}

export interface FakeCycle {
	readonly id: string;
	number: number;
	name: string | null;
	teamId: string;
	startsAt: string;
	endsAt: string;
	/** Linear closes a cycle when it ends (unfinished issues roll over to the next one); null while it runs. */
	completedAt: string | null;
	createdAt: string;
	updatedAt: string;
}

export interface FakeLabel {
	readonly id: string;
	name: string;
}

export interface FakeProject {
	readonly id: string;
	name: string;
}

export interface FakeIssue {
	readonly id: string;
	identifier: string;
	number: number;
	title: string;
	priority: number;
	labelIds: string[];
	teamId: string;
	projectId: string | null;
	cycleId: string | null;
	stateId: string;
	assigneeId: string | null;
	creatorId: string | null;
	estimate: number | null;
	dueDate: string | null;
	createdAt: string;
	updatedAt: string;
	startedAt: string | null;
	completedAt: string | null;
	canceledAt: string | null;
	/** Linear archives old finished issues on its own; an archived issue is still an issue. */
	archivedAt: string | null;
	/** In the trash: deleted by someone. Trashed issues are archived too, and are not tickets. */
	trashed: boolean | null;
	/** Identifiers the issue had before it moved between teams (Linear's `previousIdentifiers`). */
	previousIdentifiers?: string[];
	/** The parent issue's id, and when the issue's SLA breaches; absent when it has none. */
	parentId?: string | null;
	slaBreachesAt?: string | null;
}

/** `IssueRelationHistoryPayload`: `type` is the action (`a` added, `r` removed) then the kind (`b` blocked by, `x` blocks, …). */
export interface FakeRelationChange {
	identifier: string;
	type: string;
}

export interface FakeHistory {
	readonly id: string;
	issueId: string;
	createdAt: string;
	actorId: string | null;
	fromAssigneeId: string | null;
	toAssigneeId: string | null;
	fromDueDate: string | null;
	toDueDate: string | null;
	fromStateId: string | null;
	toStateId: string | null;
	fromCycleId: string | null;
	toCycleId: string | null;
	relationChanges: FakeRelationChange[] | null;
	trashed: boolean | null;
	/** Set on both sides only when the issue moved between teams. */
	fromTeamId?: string | null;
	toTeamId?: string | null;
}

export interface FakeRelation {
	readonly id: string;
	type: 'blocks' | 'duplicate' | 'related' | 'similar';
	/** The issue the relation starts from: for `blocks`, the blocker. */
	issueId: string;
	/** For `blocks`, the blocked issue. */
	relatedIssueId: string;
	createdAt: string;
	/** Set when the relation is removed: it leaves `relations`/`inverseRelations` (not asked with includeArchived). */
	archivedAt: string | null;
}

export interface LinearDataset {
	viewerId: string;
	users: FakeUser[];
	teams: FakeTeam[];
	states: FakeWorkflowState[];
	cycles: FakeCycle[];
	labels: FakeLabel[];
	projects: FakeProject[];
	issues: FakeIssue[];
	history: FakeHistory[];
	relations: FakeRelation[];
	/**
	 * Entities (by id) this API key cannot see: a private team's issue, a user of a team the key
	 * is not in. Linear still answers HTTP 200: a field pointing at one is null, with an `errors`
	 * entry whose `path` names that field (GraphQL spec §7.1.2 "Errors and Non-Null Fields"); a
	 * non-null field pointing at one nulls its nearest nullable parent. `forbidden` answers with
	 * Linear's FORBIDDEN error, `not-found` with its "Entity not found" (the default).
	 * A relation to a hidden issue stays in `relations`/`inverseRelations` and errs at its
	 * non-null `issue`/`relatedIssue`, nulling the page up to `data`: Linear's docs and public
	 * clients do not say it leaves such relations out, so the fake keeps GraphQL's strict rule.
	 */
	hidden?: Map<string, 'forbidden' | 'not-found'>;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A fixed origin so datasets are the same on every run. */
export const datasetEpoch = Date.UTC(2026, 8, 7, 9, 0, 0); // Monday 7 September 2026, 09:00 UTC

const day = 86_400_000;

export class LinearDatasetBuilder {
	readonly dataset: LinearDataset = {viewerId: '', users: [], teams: [], states: [], cycles: [], labels: [], projects: [], issues: [], history: [], relations: []};
	private sequence = 0;
	/** Each team's last issue number: Linear never hands one out twice, not even after its issue moved away. */
	private readonly lastNumber = new Map<string, number>();

	private nextNumber(team: FakeTeam): number {
		const number = (this.lastNumber.get(team.id) ?? 0) + 1;
		this.lastNumber.set(team.id, number);
		return number;
	}

	private nextId(prefix: string): string {
		this.sequence++;
		// UUID-shaped, like Linear's, and stable across runs.
		const hex = this.sequence.toString(16).padStart(12, '0');
		return `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${hex}`;
	}

	user(name: string, options: Partial<Omit<FakeUser, 'id'>> = {}): FakeUser {
		const handle = name.toLowerCase().split(' ')[0] ?? name;
		const user: FakeUser = {
			id: this.nextId('a0a0a0a0'),
			name,
			displayName: handle,
			email: `${handle}@example.test`,
			active: true,
			app: false,
			guest: false,
			createdAt: iso(datasetEpoch - 400 * day),
			updatedAt: iso(datasetEpoch - 400 * day),
			...options,
		};
		this.dataset.users.push(user);
		if (this.dataset.viewerId === '') this.dataset.viewerId = user.id;
		return user;
	}

	/** A team with Linear's default workflow (its native Duplicate state included) plus a "Blocked" state. */
	team(key: string, name = key): FakeTeam {
		const team: FakeTeam = {id: this.nextId('b0b0b0b0'), key, name, createdAt: iso(datasetEpoch - 500 * day), updatedAt: iso(datasetEpoch - 500 * day)};
		this.dataset.teams.push(team);
		const states: Array<[string, FakeWorkflowState['type']]> = [
			['Triage', 'triage'],
			['Backlog', 'backlog'],
			['Todo', 'unstarted'],
			['In Progress', 'started'],
			['Blocked', 'started'],
			['In Review', 'started'],
			['Done', 'completed'],
			['Canceled', 'canceled'],
			['Duplicate', 'duplicate'],
		];
		for (const [stateName, type] of states) {
			this.dataset.states.push({id: this.nextId('c0c0c0c0'), name: stateName, type, teamId: team.id, createdAt: team.createdAt, updatedAt: team.updatedAt});
		}

		return team;
	}

	state(team: FakeTeam, name: string): FakeWorkflowState {
		const state = this.dataset.states.find((candidate) => candidate.teamId === team.id && candidate.name === name);
		if (!state) throw new Error(`no state ${name} in ${team.key}`);
		return state;
	}

	cycle(team: FakeTeam, number: number, startsAt: number, days = 14, name: string | null = null): FakeCycle {
		const cycle: FakeCycle = {
			id: this.nextId('d0d0d0d0'),
			number,
			name,
			teamId: team.id,
			startsAt: iso(startsAt),
			endsAt: iso(startsAt + days * day),
			// The dataset's "now" is its epoch: a cycle over by then has been closed.
			completedAt: startsAt + days * day <= datasetEpoch ? iso(startsAt + days * day) : null,
			createdAt: iso(startsAt - 7 * day),
			updatedAt: iso(startsAt - 7 * day),
		};
		this.dataset.cycles.push(cycle);
		return cycle;
	}

	label(name: string): FakeLabel {
		const existing = this.dataset.labels.find((label) => label.name === name);
		if (existing) return existing;
		const label = {id: this.nextId('e0e0e0e0'), name};
		this.dataset.labels.push(label);
		return label;
	}

	project(name: string): FakeProject {
		const project = {id: this.nextId('f0f0f0f0'), name};
		this.dataset.projects.push(project);
		return project;
	}

	issue(
		team: FakeTeam,
		fields: Partial<Omit<FakeIssue, 'id' | 'identifier' | 'number' | 'teamId' | 'labelIds'>> & {labels?: string[]; state?: string} = {},
	): FakeIssue {
		const number = this.nextNumber(team);
		const {labels = [], state = 'Todo', ...rest} = fields;
		const createdAt = rest.createdAt ?? iso(datasetEpoch - 30 * day);
		const issue: FakeIssue = {
			id: this.nextId('11111111'),
			identifier: `${team.key}-${number}`,
			number,
			title: `${team.key} issue ${number}`,
			priority: 0,
			teamId: team.id,
			projectId: null,
			cycleId: null,
			stateId: this.state(team, state).id,
			assigneeId: null,
			creatorId: null,
			estimate: null,
			dueDate: null,
			createdAt,
			updatedAt: createdAt,
			startedAt: null,
			completedAt: null,
			canceledAt: null,
			archivedAt: null,
			trashed: null,
			...rest,
			labelIds: labels.map((name) => this.label(name).id),
		};
		this.dataset.issues.push(issue);
		return issue;
	}

	/** Appends a history entry and moves the issue's `updatedAt` along, as Linear does. */
	history(issue: FakeIssue, at: number, change: Partial<Omit<FakeHistory, 'id' | 'issueId' | 'createdAt'>>): FakeHistory {
		const entry: FakeHistory = {
			id: this.nextId('22222222'),
			issueId: issue.id,
			createdAt: iso(at),
			actorId: null,
			fromAssigneeId: null,
			toAssigneeId: null,
			fromDueDate: null,
			toDueDate: null,
			fromStateId: null,
			toStateId: null,
			fromCycleId: null,
			toCycleId: null,
			relationChanges: null,
			trashed: null,
			...change,
		};
		this.dataset.history.push(entry);
		if (Date.parse(issue.updatedAt) < at) issue.updatedAt = iso(at);
		return entry;
	}

	/**
	 * Adds a relation as Linear does: the relation itself, and a history entry on each issue
	 * naming the other (`ab` "blocked by" on the blocked issue, `ax` "blocks" on the blocker).
	 */
	relation(type: FakeRelation['type'], from: FakeIssue, to: FakeIssue, at: number, actorId: string | null = null): FakeRelation {
		const relation: FakeRelation = {id: this.nextId('33333333'), type, issueId: from.id, relatedIssueId: to.id, createdAt: iso(at), archivedAt: null};
		this.dataset.relations.push(relation);
		this.relationHistory(relation, 'a', at, actorId);
		return relation;
	}

	/** Removes a relation: it is archived, and both issues' histories say so (`rb` / `rx`). */
	removeRelation(relation: FakeRelation, at: number, actorId: string | null = null): void {
		relation.archivedAt = iso(at);
		this.relationHistory(relation, 'r', at, actorId);
	}

	private relationHistory(relation: FakeRelation, action: 'a' | 'r', at: number, actorId: string | null): void {
		const from = this.dataset.issues.find((issue) => issue.id === relation.issueId)!;
		const to = this.dataset.issues.find((issue) => issue.id === relation.relatedIssueId)!;
		// Only "blocks" has a letter per side that public code confirms (b, x); the others are one letter for both.
		const [fromKind, toKind] = relation.type === 'blocks' ? ['x', 'b'] : [relation.type[0]!, relation.type[0]!];
		this.history(from, at, {actorId, relationChanges: [{identifier: to.identifier, type: `${action}${fromKind}`}]});
		this.history(to, at, {actorId, relationChanges: [{identifier: from.identifier, type: `${action}${toKind}`}]});
	}

	/** Makes `entity` invisible to the API key (see `LinearDataset.hidden`). */
	hide(entity: {readonly id: string}, as: 'forbidden' | 'not-found' = 'not-found'): void {
		this.dataset.hidden ??= new Map();
		this.dataset.hidden.set(entity.id, as);
	}

	/**
	 * Closes a cycle as Linear does at its end (or earlier, when someone completes it): its
	 * `completedAt` is set, and its unfinished issues roll over into the team's next cycle, each
	 * with a history entry of no actor (`actorId` is null for "a system process", schema). The
	 * entry is stamped when Linear's job ran: `lagMs` after `at`, which may be after the next
	 * cycle's start. Returns the issues rolled over.
	 */
	completeCycle(cycle: FakeCycle, at: number, lagMs = 0): FakeIssue[] {
		cycle.completedAt = iso(at);
		cycle.updatedAt = iso(at);
		const next = this.dataset.cycles
			.filter((candidate) => candidate.teamId === cycle.teamId && candidate.number > cycle.number)
			.sort((a, b) => a.number - b.number)[0];
		const finished = new Set(this.dataset.states.filter((state) => ['completed', 'canceled', 'duplicate'].includes(state.type)).map((state) => state.id));
		const unfinished = this.dataset.issues.filter((issue) => issue.cycleId === cycle.id && !finished.has(issue.stateId) && !issue.trashed);
		if (next === undefined) return [];
		for (const issue of unfinished) this.moveToCycle(issue, next, at + lagMs, null);
		return unfinished;
	}

	/** Moves an issue into another cycle (or out of any, with null), as the cycle history records it. */
	moveToCycle(issue: FakeIssue, cycle: FakeCycle | null, at: number, actorId: string | null = null): FakeHistory {
		const entry = this.history(issue, at, {actorId, fromCycleId: issue.cycleId, toCycleId: cycle?.id ?? null});
		issue.cycleId = cycle?.id ?? null;
		return entry;
	}

	/**
	 * Moves an issue to another team as Linear does: a new identifier from that team's
	 * numbering (the old one kept in `previousIdentifiers`), the state of the same name in
	 * that team's workflow, out of its cycle (cycles belong to a team), one history entry.
	 */
	moveToTeam(issue: FakeIssue, team: FakeTeam, at: number, actorId: string | null = null): FakeHistory {
		const from = this.dataset.teams.find((candidate) => candidate.id === issue.teamId)!;
		const fromState = this.dataset.states.find((state) => state.id === issue.stateId)!;
		const toState = this.state(team, fromState.name);
		const number = this.nextNumber(team);
		const entry = this.history(issue, at, {
			actorId,
			fromTeamId: from.id,
			toTeamId: team.id,
			fromStateId: fromState.id,
			toStateId: toState.id,
			...(issue.cycleId === null ? {} : {fromCycleId: issue.cycleId, toCycleId: null}),
		});
		issue.previousIdentifiers = [...(issue.previousIdentifiers ?? []), issue.identifier];
		issue.teamId = team.id;
		issue.number = number;
		issue.identifier = `${team.key}-${number}`;
		issue.stateId = toState.id;
		issue.cycleId = null;
		return entry;
	}

	/**
	 * Marks `issue` a duplicate of `original` as Linear does: a `duplicate` relation from it to
	 * the original, and a move into the team's native Duplicate state (type "duplicate"). The
	 * schema documents `canceledAt` as the move into a *canceled* state and `duplicate` as a
	 * state type of its own: nothing says Linear stamps `canceledAt` here, so the fake does not.
	 */
	markDuplicate(issue: FakeIssue, original: FakeIssue, at: number, actorId: string | null = null): void {
		const team = this.dataset.teams.find((candidate) => candidate.id === issue.teamId)!;
		const duplicate = this.dataset.states.find((state) => state.teamId === team.id && state.type === 'duplicate')!;
		this.relation('duplicate', issue, original, at, actorId);
		this.history(issue, at, {actorId, fromStateId: issue.stateId, toStateId: duplicate.id});
		issue.stateId = duplicate.id;
	}

	/**
	 * Deletes an issue the way Linear's UI does: into the trash, which also archives it (the
	 * docs keep deleted issues in the team's archive). Linear does not document that deleting
	 * moves `updatedAt` (its "last meaningful update"), so the fake leaves it where it was.
	 */
	trash(issue: FakeIssue, at: number, actorId: string | null = null): void {
		const {updatedAt} = issue;
		this.history(issue, at, {actorId, trashed: true});
		issue.updatedAt = updatedAt;
		issue.trashed = true;
		issue.archivedAt = iso(at);
	}

	/** What Linear's auto-archive does to an old finished issue. */
	archive(issue: FakeIssue, at: number): void {
		issue.archivedAt = iso(at);
		if (Date.parse(issue.updatedAt) < at) issue.updatedAt = iso(at);
	}
}

/**
 * A mid-sized organisation for pagination tests: `issueCount` issues spread over two teams,
 * each with a little history, updated at distinct instants (one minute apart).
 */
export function buildBulkOrg(issueCount: number): {builder: LinearDatasetBuilder; teams: FakeTeam[]; users: FakeUser[]} {
	const builder = new LinearDatasetBuilder();
	const users = [builder.user('Dana Director'), builder.user('Rui Report'), builder.user('Iva Engineer'), builder.user('Omar Engineer')];
	const teams = [builder.team('ENG', 'Engineering'), builder.team('PLAT', 'Platform')];
	for (const team of teams) builder.cycle(team, 1, datasetEpoch - 14 * day);
	for (let index = 0; index < issueCount; index++) {
		const team = teams[index % teams.length]!;
		const createdAt = datasetEpoch - 60 * day + index * 60_000;
		const assignee = users[1 + (index % 3)]!;
		const issue = builder.issue(team, {
			title: `Bulk issue ${index}`,
			priority: index % 5,
			createdAt: iso(createdAt),
			creatorId: users[0]!.id,
			labels: index % 7 === 0 ? ['incident'] : [],
		});
		builder.history(issue, createdAt + 1000, {actorId: users[0]!.id, fromAssigneeId: null, toAssigneeId: assignee.id});
		issue.assigneeId = assignee.id;
	}

	return {builder, teams, users};
}
