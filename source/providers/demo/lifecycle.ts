import type {Priority} from '../../domain/types.js';
import {dateOfDay, minutesPerDay, officeBetween, officeMinute, toOfficeHours, weekdayOf} from './calendar.js';
import {fillTemplate, neutralLabels, type Initiative, type TeamProfile, type TitleTemplate} from './catalogue.js';
import type {InitialStatus, PlannedEvent, PlannedSpell, TicketPlan} from './plan.js';
import type {Random} from './random.js';
import {director, formerEngineer, productManager, supportLead, type DemoTeam} from './roster.js';

/**
 * Plans one ticket's life: what it is, who files it, how the director hands it on, when
 * work starts and ends, how its due date moves and when it is blocked. Probabilities are
 * tuned so each view of the review has a story: see the demo tests for what must hold.
 */
export type TicketKind = 'incident' | 'bug' | 'support' | 'strategic' | 'ambiguous' | 'epic' | 'initiative';

export interface PlanContext {
	readonly random: Random;
	readonly profile: TeamProfile;
	readonly team: DemoTeam;
	/** Monday of the ticket's week, as a day number. */
	readonly monday: number;
	readonly kind: TicketKind;
	readonly initiative: Initiative | null;
	/** The 2-week cycle a ticket planned at this local minute belongs to. */
	iterationAt(localMinute: number): {readonly id: string; readonly startsAt: number};
}

const hour = 60;
const day = minutesPerDay;

// Weight tables are built once: the planner runs for every ticket of every week.
type Table<T> = ReadonlyArray<readonly [T, number]>;
type CreatorRole = 'engineer' | 'lead' | 'director' | 'support' | 'product' | 'former';
const priorities: Readonly<Record<'incident' | 'bug' | 'support' | 'strategic' | 'ambiguous' | 'initiative', Table<Priority | null>>> = {
	incident: [['urgent', 55], ['high', 45]],
	bug: [['urgent', 20], ['high', 45], ['medium', 30], ['low', 5]],
	support: [['urgent', 15], ['high', 70], ['medium', 15]],
	strategic: [['high', 15], ['medium', 55], ['low', 25], [null, 5]],
	ambiguous: [['medium', 60], ['low', 20], [null, 20]],
	initiative: [['high', 40], ['medium', 50], ['low', 10]],
};
const strategicTypes: Table<string> = [['Story', 45], ['Task', 30], ['Chore', 15], ['Improvement', 10]];
const operationalCreators: Table<CreatorRole> = [['engineer', 55], ['lead', 20], ['director', 17], ['support', 8]];
const plannedCreators: Table<CreatorRole> = [['lead', 40], ['engineer', 30], ['director', 27]];
const growthCreators: Table<CreatorRole> = [...plannedCreators, ['product', 10]];
const mobileCreators: Table<CreatorRole> = [...plannedCreators, ['former', 3]];
const directorHandlings: Table<Handling> = [['director-delegates', 70], ['director-assigns-at-creation', 16], ['director-keeps', 14]];
const operationalFates: Table<Fate> = [['completed', 87], ['canceled', 7], ['stalled', 2], ['parked', 3]];
const plannedFates: Table<Fate> = [['completed', 80], ['canceled', 7], ['stalled', 4], ['parked', 7]];
const blockReasons: Table<string | null> = [[null, 50], ['status Blocked', 30], ['flagged', 20]];
const postponementCounts: Table<number> = [[1, 60], [2, 30], [3, 10]];

type Fate = 'completed' | 'canceled' | 'stalled' | 'parked';
type Handling = 'self' | 'director-keeps' | 'director-delegates' | 'director-assigns-at-creation';

interface Shape {
	readonly title: string;
	readonly type: string | null;
	readonly priority: Priority | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly project: string | null;
	readonly estimate: number | null;
}

export function planTicket(context: PlanContext): TicketPlan {
	const {random, team, kind} = context;
	const shape = shapeOf(context);
	const created = officeMinute(context.monday + random.int(0, 4), random.next());
	const creatorId = creatorOf(context);
	const handling = handlingOf(random, creatorId, kind);
	const fate = fateOf(random, kind, handling);
	const isOperational = kind === 'incident' || kind === 'bug' || kind === 'support';

	// The director's own tickets wait for a gap in her calendar, then take a while.
	const isKept = handling === 'director-keeps';
	const startDelay = isKept ? random.int(2 * hour, 8 * day) : startDelayOf(random, kind);
	const workTime = isKept ? random.int(2 * day, 15 * day) : workTimeOf(random, kind);

	const events: PlannedEvent[] = [];
	const lead = team.lead.id;
	const engineer = random.pick(team.engineers).id;
	const startsAt = fate === 'parked' ? null : toOfficeHours(created + Math.max(15, startDelay), random.next());
	// Hand-overs happen between filing and starting (or within a few days when never started).
	const beforeStart = (fraction: number) => officeBetween(created, startsAt ?? created + 3 * day, fraction);

	let initialAssigneeId: string | null = null;
	switch (handling) {
		case 'director-keeps': {
			initialAssigneeId = director.id;
			break;
		}

		case 'director-assigns-at-creation': {
			initialAssigneeId = random.chance(0.5) ? lead : engineer;
			break;
		}

		case 'director-delegates': {
			initialAssigneeId = random.chance(0.6) ? null : director.id;
			const delegate = kind === 'epic' || random.chance(0.35) ? lead : engineer;
			events.push({at: beforeStart(random.between(0, 0.6)), field: 'assignee', to: delegate, actorId: director.id});
			if (delegate === lead && kind !== 'epic' && random.chance(0.4)) events.push({at: beforeStart(random.between(0.65, 0.95)), field: 'assignee', to: engineer, actorId: lead});
			break;
		}

		case 'self': {
			if (creatorId === lead) {
				const roll = random.next();
				initialAssigneeId = roll < 0.5 ? engineer : roll < 0.7 ? lead : null;
			}
			else if (team.engineers.some((member) => member.id === creatorId)) initialAssigneeId = random.chance(0.7) ? creatorId : null;
			if (initialAssigneeId === null) events.push({at: beforeStart(random.between(0.1, 0.9)), field: 'assignee', to: engineer, actorId: random.chance(0.5) ? lead : engineer});
			break;
		}
	}

	const assignee = events.at(-1)?.to ?? initialAssigneeId;
	const initialStatus: InitialStatus = isOperational || random.chance(0.5) ? 'unstarted' : 'backlog';
	if (initialStatus === 'backlog' && random.chance(0.5)) events.push({at: beforeStart(random.between(0.2, 0.8)), field: 'status', to: 'unstarted', actorId: lead});

	let started = startsAt;
	let completed: number | null = null;
	let canceled: number | null = null;
	if (started !== null) {
		events.push({at: started, field: 'status', to: 'started', actorId: assignee});
		if (fate === 'completed') completed = toOfficeHours(started + workTime, random.next());
	}

	if (fate === 'canceled') {
		canceled = toOfficeHours((started ?? created) + random.int(hour, 10 * day), random.next());
		if (started !== null && random.chance(0.5)) {
			// Most cancellations happen before anyone picks the ticket up.
			events.pop();
			started = null;
		}
	}

	const spells = started === null || fate === 'canceled' ? [] : planSpells(random, started, completed, fate);
	const lastSpellEnd = spells.at(-1)?.end;
	if (completed !== null && lastSpellEnd !== undefined && lastSpellEnd !== null && lastSpellEnd >= completed) {
		completed = toOfficeHours(lastSpellEnd + random.int(hour, day), random.next());
	}

	if (completed !== null && started !== null) {
		let finisher = assignee;
		// Take-backs: the director pulls a delegated ticket back mid-flight.
		const isLongEnough = completed - started > 4 * hour;
		if (handling !== 'director-keeps' && isLongEnough && assignee !== null && assignee !== director.id && random.chance(0.035)) {
			const takenAt = officeBetween(started, completed, random.between(0.2, 0.7));
			events.push({at: takenAt, field: 'assignee', to: director.id, actorId: director.id});
			finisher = director.id;
			if (random.chance(0.4)) {
				events.push({at: officeBetween(takenAt, completed, random.next()), field: 'assignee', to: lead, actorId: director.id});
				finisher = lead;
			}
		}

		events.push({at: completed, field: 'status', to: 'completed', actorId: finisher});
	}

	if (canceled !== null) events.push({at: canceled, field: 'status', to: 'canceled', actorId: random.chance(0.5) ? lead : director.id});
	const initialDueDate = planDueDates(random, {created, started, completed, canceled, kind, events, actorId: assignee ?? lead});
	events.sort((left, right) => left.at - right.at);
	const planned = isOperational ? random.chance(0.25) && kind !== 'incident' : random.chance(0.75);
	return {
		...shape,
		team: team.key,
		created,
		creatorId,
		initialAssigneeId,
		initialStatus,
		initialDueDate,
		events,
		started,
		completed,
		canceled,
		spells,
		startedStatusName: random.chance(0.3) ? 'In Review' : 'In Progress',
		iteration: planned ? context.iterationAt(started ?? created) : null,
	};
}

/** Work starts after a delay that depends on how urgent the kind of work is. */
function startDelayOf(random: Random, kind: TicketKind): number {
	switch (kind) {
		case 'incident': {
			return random.int(10, 2 * hour);
		}

		case 'bug': {
			return random.int(hour, 3 * day);
		}

		case 'support': {
			return random.int(hour, 2 * day);
		}

		case 'strategic': {
			return random.int(day, 12 * day);
		}

		case 'ambiguous': {
			return random.int(2 * hour, 6 * day);
		}

		case 'epic': {
			return random.int(day, 3 * day);
		}

		case 'initiative': {
			return random.int(2 * hour, 4 * day);
		}
	}
}

function workTimeOf(random: Random, kind: TicketKind): number {
	switch (kind) {
		case 'incident': {
			return random.int(hour, 2 * day);
		}

		case 'bug': {
			return random.int(3 * hour, 5 * day);
		}

		case 'support': {
			return random.int(2 * hour, 3 * day);
		}

		case 'strategic': {
			return random.int(day, 14 * day);
		}

		case 'ambiguous': {
			return random.int(2 * hour, 5 * day);
		}

		case 'epic': {
			return random.int(15 * day, 21 * day);
		}

		case 'initiative': {
			return random.int(2 * day, 9 * day);
		}
	}
}

function shapeOf(context: PlanContext): Shape {
	const {random, profile, kind, initiative} = context;
	const fill = (template: TitleTemplate) => fillTemplate(template.title, profile.slots, (items) => random.pick(items));
	const neutral = () => (random.chance(0.25) ? [random.pick(neutralLabels[profile.key])] : []);
	const priority = (kind: keyof typeof priorities): Priority | null => random.weighted(priorities[kind]);
	const estimate = (probability: number) => (random.chance(probability) ? random.pick([1, 2, 3, 5, 8]) : null);
	switch (kind) {
		case 'incident': {
			const template = random.pick(profile.incidents);
			return {title: fill(template), type: 'Incident', priority: priority('incident'), labels: ['incident', ...(template.labels ?? [])], components: [template.component], project: null, estimate: null};
		}

		case 'bug': {
			const template = random.pick(profile.bugs);
			const labels = new Set([...(random.chance(0.7) ? ['bug'] : []), ...(template.labels ?? []), ...neutral()]);
			return {title: fill(template), type: 'Bug', priority: priority('bug'), labels: [...labels], components: [template.component], project: null, estimate: estimate(0.4)};
		}

		case 'support': {
			const template = random.pick(profile.bugs);
			return {title: `Customer-reported: ${fill(template)}`, type: 'Task', priority: priority('support'), labels: random.chance(0.4) ? ['customer-escalation'] : [], components: [template.component], project: null, estimate: null};
		}

		case 'strategic': {
			const template = random.pick(profile.strategic);
			// Some improvement work is labelled, some only says so in its title.
			const labels = random.chance(0.7) ? [...(template.labels ?? []), ...neutral()] : neutral();
			const type = random.weighted(strategicTypes);
			return {title: fill(template), type, priority: priority('strategic'), labels, components: [template.component], project: random.chance(0.7) ? random.pick(profile.projects) : null, estimate: estimate(0.8)};
		}

		case 'ambiguous': {
			const title = fillTemplate(random.pick(profile.ambiguous), profile.slots, (items) => random.pick(items));
			return {title, type: random.chance(0.8) ? 'Task' : 'Story', priority: priority('ambiguous'), labels: neutral(), components: random.chance(0.5) ? [random.pick(profile.components)] : [], project: random.chance(0.3) ? random.pick(profile.projects) : null, estimate: estimate(0.5)};
		}

		case 'epic': {
			if (initiative === null) throw new Error('an epic needs an initiative');
			return {title: initiative.epic, type: 'Epic', priority: 'high', labels: ['automation'], components: ['payments-gateway'], project: initiative.project, estimate: 13};
		}

		case 'initiative': {
			if (initiative === null) throw new Error('initiative work needs an initiative');
			return {title: random.pick(initiative.children), type: random.chance(0.6) ? 'Story' : 'Task', priority: priority('initiative'), labels: [random.chance(0.5) ? 'automation' : 'improvement'], components: ['payments-gateway'], project: initiative.project, estimate: estimate(0.9)};
		}
	}
}

function creatorOf(context: PlanContext): string {
	const {random, team, kind} = context;
	const personOf = (role: CreatorRole): string => {
		switch (role) {
			case 'engineer': {
				return random.pick(team.engineers).id;
			}

			case 'lead': {
				return team.lead.id;
			}

			case 'director': {
				return director.id;
			}

			case 'support': {
				return supportLead.id;
			}

			case 'product': {
				return productManager.id;
			}

			case 'former': {
				return formerEngineer.id;
			}
		}
	};

	switch (kind) {
		case 'epic': {
			return director.id;
		}

		case 'incident':
		case 'bug': {
			return personOf(random.weighted(operationalCreators));
		}

		case 'support': {
			return random.chance(0.8) ? supportLead.id : director.id;
		}

		default: {
			return personOf(random.weighted(team.key === 'GROW' ? growthCreators : team.key === 'MOB' ? mobileCreators : plannedCreators));
		}
	}
}

function handlingOf(random: Random, creatorId: string, kind: TicketKind): Handling {
	if (creatorId !== director.id) return 'self';
	// The director does not keep incidents or initiatives: she hands them on.
	if (kind === 'epic' || kind === 'incident') return 'director-delegates';
	return random.weighted(directorHandlings);
}

function fateOf(random: Random, kind: TicketKind, handling: Handling): Fate {
	if (kind === 'epic' || kind === 'incident') return 'completed';
	// The director's own tickets do not rot: she finishes or drops them.
	if (handling === 'director-keeps') return random.chance(0.1) ? 'canceled' : 'completed';
	const isOperational = kind === 'bug' || kind === 'support';
	return random.weighted(isOperational ? operationalFates : plannedFates);
}

function planSpells(random: Random, started: number, completed: number | null, fate: Fate): PlannedSpell[] {
	if (!random.chance(fate === 'stalled' ? 0.25 : 0.1)) return [];
	const spells: PlannedSpell[] = [];
	const span = (completed ?? started + 10 * day) - started;
	let from = toOfficeHours(started + Math.floor(random.between(0.05, 0.6) * span), random.next());
	const count = random.chance(0.15) ? 2 : 1;
	for (let index = 0; index < count; index++) {
		const length = random.chance(0.4) ? random.int(2 * hour, 8 * hour) : random.int(day, 6 * day);
		// A stalled ticket's last blocker may never clear.
		const isOpenEnded = fate === 'stalled' && index === count - 1 && random.chance(0.4);
		const end = isOpenEnded ? null : toOfficeHours(from + length, random.next());
		const reason = random.weighted(blockReasons);
		spells.push({start: from, end, reason, blockerOffset: random.int(1, 40)});
		if (end === null) break;
		from = toOfficeHours(end + random.int(day, 3 * day), random.next());
	}

	return spells;
}

interface DueContext {
	readonly created: number;
	readonly started: number | null;
	readonly completed: number | null;
	readonly canceled: number | null;
	readonly kind: TicketKind;
	readonly events: PlannedEvent[];
	readonly actorId: string;
}

/**
 * Due dates on about 60 % of tickets. A fifth of them are postponed one to three times,
 * mostly to a date that is then kept: the kept-promise rate ends up below the on-time rate.
 * Returns the due date set at creation; later settings and moves become events.
 */
function planDueDates(random: Random, context: DueContext): string | null {
	const {created, started, completed, canceled, kind, events} = context;
	const hasDue = kind === 'epic' || kind === 'incident' ? random.chance(0.3) : random.chance(kind === 'bug' || kind === 'support' ? 0.6 : 0.65);
	if (!hasDue) return null;
	const createdDay = Math.floor(created / day);
	let dates: number[];
	if (completed === null) {
		// Open or dropped work: a promise that time will overtake.
		dates = [weekdayOnOrAfter(createdDay + random.int(3, 20))];
	} else {
		const completedDay = Math.floor(completed / day);
		const isOnTime = random.chance(0.72);
		const finalDay = isOnTime ? weekdayOnOrAfter(completedDay + random.int(0, 3)) : Math.max(createdDay, completedDay - random.int(1, 5));
		dates = [finalDay];
	}

	const canPostpone = (dates[0] ?? createdDay) - createdDay >= 3;
	if (canPostpone && random.chance(0.22)) {
		const pushes = random.weighted(postponementCounts);
		for (let index = 0; index < pushes; index++) {
			const latest = dates[0] ?? createdDay;
			const earlier = latest - random.int(1, 7);
			if (earlier <= createdDay) break;
			dates.unshift(earlier);
		}
	}

	const end = completed ?? canceled ?? (started ?? created) + 30 * day;
	const isSetLater = random.chance(0.3);
	const firstAt = isSetLater ? officeBetween(created, started ?? end, random.between(0, 0.3)) : created;
	if (isSetLater) events.push({at: firstAt, field: 'dueDate', to: dateOfDay(dates[0] ?? createdDay), actorId: context.actorId});
	// Postponements happen around the old date: between the previous change and the end.
	let previous = firstAt;
	for (const date of dates.slice(1)) {
		const at = officeBetween(previous, end, random.between(0.2, 0.6));
		if (at <= previous || at >= end) break;
		events.push({at, field: 'dueDate', to: dateOfDay(date), actorId: context.actorId});
		previous = at;
	}

	return isSetLater ? null : dateOfDay(dates[0] ?? createdDay);
}

function weekdayOnOrAfter(dayNumber: number): number {
	let result = dayNumber;
	while (weekdayOf(result) >= 5) result++;
	return result;
}
