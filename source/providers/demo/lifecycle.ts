import {planSpells} from './blocked-spells.js';
import {minutesPerDay, officeBetween, officeMinute, toOfficeHours, weekdayOf} from './calendar.js';
import {planDueDates} from './due-dates.js';
import type {Fate, InitialStatus, PlanContext, PlannedEvent, TicketKind, TicketPlan} from './plan.js';
import type {Random, WeightTable} from './random.js';
import {isInStorm} from './incident-storms.js';
import {planIterationMoves} from './iteration-moves.js';
import {director} from './roster.js';
import {creatorOf, shapeOf} from './shape.js';
import {singleResponderOf} from './single-responders.js';

const hour = 60;
const day = minutesPerDay;

// Weight tables are built once: the planner runs for every ticket of every week.
const directorHandlings: WeightTable<Handling> = [['director-delegates', 70], ['director-assigns-at-creation', 16], ['director-keeps', 14]];
const operationalFates: WeightTable<Fate> = [['completed', 87], ['canceled', 7], ['stalled', 2], ['parked', 3]];
const plannedFates: WeightTable<Fate> = [['completed', 80], ['canceled', 7], ['stalled', 4], ['parked', 7]];

type Handling = 'self' | 'director-keeps' | 'director-delegates' | 'director-assigns-at-creation';

/**
 * Plans one ticket's life: what it is, who files it, how the director hands it on, when
 * work starts and ends, how its due date moves and when it is blocked. Probabilities are
 * tuned so each view of the review has a story: see the demo tests for what must hold.
 */
export function planTicket(context: PlanContext): TicketPlan {
	const {random, team, kind} = context;
	const shape = shapeOf(context);
	// A storm breaks early in its week: its incidents are filed from Monday to Wednesday.
	const isStormIncident = kind === 'incident' && isInStorm(context.profile.key, context.monday * day);
	const created = officeMinute(context.monday + random.int(0, isStormIncident ? 2 : 4), random.next());
	const creatorId = creatorOf(context);
	const handling = handlingOf(random, creatorId, kind);
	const fate = fateOf(random, kind, handling);
	const isOperational = kind === 'incident' || kind === 'bug' || kind === 'support';

	// The director's own tickets wait for a gap in her calendar, then take a while.
	const isKept = handling === 'director-keeps';
	const startDelay = isKept ? random.int(2 * hour, 8 * day) : startDelayOf(random, kind);
	// A storm's incidents are hard ones: they hold the team for days.
	const workTime = isKept ? random.int(2 * day, 15 * day) : isStormIncident ? random.int(2 * day, 5 * day) : workTimeOf(random, kind);

	const events: PlannedEvent[] = [];
	const lead = team.lead.id;
	const engineer = random.pick(team.engineers).id;
	const plannedStart = fate === 'parked' ? null : toOfficeHours(created + Math.max(15, startDelay), random.next());
	// Nobody starts planned work while their team fights a storm: it waits for the Monday after.
	const startsAt = plannedStart !== null && !isOperational && kind !== 'epic' && isInStorm(context.profile.key, plannedStart) ? afterStorm(plannedStart) : plannedStart;
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
			// Leads hand work out or keep it; engineers mostly take what they file.
			if (creatorId === lead) {
				const roll = random.next();
				initialAssigneeId = roll < 0.5 ? engineer : roll < 0.7 ? lead : null;
			} else if (team.engineers.some((member) => member.id === creatorId)) {
				initialAssigneeId = random.chance(0.7) ? creatorId : null;
			}

			if (initialAssigneeId === null) events.push({at: beforeStart(random.between(0.1, 0.9)), field: 'assignee', to: engineer, actorId: random.chance(0.5) ? lead : engineer});
			break;
		}
	}

	if (fate === 'parked' && isOperational && handling === 'director-delegates') {
		// The unowned fire: filed by the director to hand on, and never handed to anyone.
		events.length = 0;
	}

	const responder = isOperational ? singleResponderOf(team, shape.components) : null;
	if (responder !== null && (events.at(-1)?.to ?? initialAssigneeId) !== responder) {
		events.push({at: beforeStart(0.97), field: 'assignee', to: responder, actorId: lead});
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
	const isStormCompletion = completed !== null && isInStorm(context.profile.key, completed);
	const initialDueDate = planDueDates(random, {created, started, completed, canceled, kind, events, actorId: assignee ?? lead, isStormCompletion});
	events.sort((left, right) => left.at - right.at);
	const isCycleWork = isOperational ? random.chance(0.25) && kind !== 'incident' : random.chance(0.75);
	const iterationMoves = isCycleWork ? planIterationMoves(random, {team: context.profile.key, leadId: lead, created, started, closed: completed ?? canceled, isOperational}) : [];
	return {
		...shape,
		kind,
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
		iterationMoves,
	};
}

/** Work starts after a delay that depends on how urgent the kind of work is. */
function startDelayOf(random: Random, kind: TicketKind): number {
	switch (kind) {
		case 'incident': {
			return random.int(10, 2 * hour);
		}

		case 'bug': {
			// Most bugs wait for triage; a few are picked up at once.
			return random.int(hour, 5 * day);
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

/** 09:00 on the Monday after the week of a local minute. */
function afterStorm(localMinute: number): number {
	const dayNumber = Math.floor(localMinute / day);
	return (dayNumber + 7 - weekdayOf(dayNumber)) * day + 9 * hour;
}
