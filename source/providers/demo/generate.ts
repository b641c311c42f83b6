import type {Iteration, Person, Ticket} from '../../domain/types.js';
import {absoluteWeekOfDay, createCalendar, dayOfDate, isoWeekName, minutesPerDay, mondayOfWeek, type DemoCalendar} from './calendar.js';
import {initiativePhase, initiativeWeeks, operationalShare, paymentsInitiatives, paymentsPhase, paymentsWaveWeeks, profiles, type Initiative, type TeamProfile} from './catalogue.js';
import {cycleOfWeek, nextCycle} from './cycles.js';
import {calmVolume, isStormWeek, stormOperationalBoost, stormVolume} from './incident-storms.js';
import {planTicket} from './lifecycle.js';
import {materialise} from './materialise.js';
import {varyTitles} from './titles.js';
import type {TicketIdentity, TicketKind, TicketPlan} from './plan.js';
import {createRandom, hashSeed, type Random} from './random.js';
import {demoPeople, teamByKey, type TeamKey} from './roster.js';

export interface DemoOptions {
	/** The instant the org is seen at: nothing in it happens later. */
	readonly now: number;
	readonly timezone: string;
	/** About how many tickets over the whole window (default 1,500). */
	readonly ticketCount?: number;
	/** Weeks of history up to and including the week of `now` (default 14). */
	readonly weeks?: number;
}

export interface DemoOrg {
	readonly tickets: Ticket[];
	readonly people: Person[];
	readonly iterations: Iteration[];
}

export const defaultTicketCount = 1500;
export const defaultWeeks = 14;

const demoSeed = hashSeed('acme-demo', 1);
// Keys count from here, so a ticket keeps its key whichever window it is seen in.
const keyOriginWeek = absoluteWeekOfDay(dayOfDate('2020-01-06'));
/**
 * Weeks planned before the window: work filed then and still open when the window starts
 * is part of the org, so the first weeks of a trend are not an empty ramp-up.
 */
const leadInWeeks = 4;

/**
 * Acme's tickets over the `weeks` ISO weeks up to the week of `now`, in `timezone`
 * (plus older work still open at the start of the window).
 * Every week is planned from its own seed, by absolute week: moving `now` a week on
 * keeps the ids, keys and stories of the weeks both windows share.
 */
export function generateDemoOrg(options: DemoOptions): DemoOrg {
	const ticketCount = options.ticketCount ?? defaultTicketCount;
	const weeks = options.weeks ?? defaultWeeks;
	if (!Number.isInteger(ticketCount) || ticketCount < 1) throw new RangeError(`ticketCount must be a positive integer, got ${ticketCount}`);
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw new RangeError(`weeks must be an integer from 1 to 520, got ${weeks}`);
	if (!Number.isFinite(options.now)) throw new RangeError('now must be an instant');

	const calendar = createCalendar(options.timezone);
	const currentWeek = absoluteWeekOfDay(Math.floor(calendar.localMinuteOf(options.now) / minutesPerDay));
	const firstWeek = currentWeek - weeks + 1;
	const windowStart = calendar.instantOf(mondayOfWeek(firstWeek) * minutesPerDay);
	const perWeek = ticketCount / weeks;
	const keyStarts = new Map<TeamKey, number>();
	for (const profile of profiles) {
		let next = 1;
		for (let week = Math.min(keyOriginWeek, firstWeek - leadInWeeks); week < firstWeek - leadInWeeks; week++) next += teamCount(profile, week, perWeek);
		keyStarts.set(profile.key, next);
	}

	const tickets: Ticket[] = [];
	for (let week = firstWeek - leadInWeeks; week <= currentWeek; week++) {
		for (const {plan, identity} of varyTitles(planWeek(week, perWeek, keyStarts), week)) {
			const ticket = materialise(plan, identity, options.now, calendar);
			if (ticket === null) continue;
			if (week < firstWeek && (ticket.completedAt ?? ticket.canceledAt ?? Number.POSITIVE_INFINITY) < windowStart) continue;
			tickets.push(ticket);
		}

		for (const profile of profiles) keyStarts.set(profile.key, (keyStarts.get(profile.key) ?? 1) + teamCount(profile, week, perWeek));
	}

	return {tickets, people: [...demoPeople], iterations: iterationsOf(firstWeek - leadInWeeks, options.now, calendar)};
}

function hasEpic(profile: TeamProfile, week: number): boolean {
	return profile.key === 'PAY' && paymentsPhase(week) === initiativePhase;
}

function initiativeOf(week: number): Initiative | null {
	const phase = paymentsPhase(week);
	if (phase < initiativePhase || phase > initiativePhase + initiativeWeeks) return null;
	const wave = Math.floor(week / paymentsWaveWeeks);
	return paymentsInitiatives[wave % paymentsInitiatives.length] ?? null;
}

/** How many tickets a team files in a week: drawn from its own stream, so keys can be counted cheaply. */
function teamCount(profile: TeamProfile, week: number, perWeek: number): number {
	const random = createRandom(hashSeed(demoSeed, 'count', profile.key, week));
	// Payments files more while it burns.
	const wave = profile.key === 'PAY' ? 0.5 + operationalShare('PAY', week) : 1;
	const storm = (isStormWeek(profile.key, week) ? stormVolume : 1) * calmVolume;
	const count = Math.max(1, Math.round(perWeek * profile.weight * random.between(0.88, 1.12) * wave * storm));
	return count + (hasEpic(profile, week) ? 1 : 0);
}

const operationalKinds: ReadonlyArray<readonly [TicketKind, number]> = [['incident', 47], ['bug', 43], ['support', 10]];
const stormKinds: ReadonlyArray<readonly [TicketKind, number]> = [['incident', 75], ['bug', 20], ['support', 5]];

function kindOf(random: Random, profile: TeamProfile, week: number, initiative: Initiative | null): TicketKind {
	if (random.chance(0.19)) return 'ambiguous';
	const isStorm = isStormWeek(profile.key, week);
	if (random.chance(operationalShare(profile.key, week) + (isStorm ? stormOperationalBoost : 0))) return random.weighted(isStorm ? stormKinds : operationalKinds);
	return initiative !== null && random.chance(0.5) ? 'initiative' : 'strategic';
}

function planWeek(week: number, perWeek: number, keyStarts: ReadonlyMap<TeamKey, number>): Array<{readonly plan: TicketPlan; readonly identity: TicketIdentity}> {
	const monday = mondayOfWeek(week);
	const planned: Array<{readonly plan: TicketPlan; readonly teamIndex: number; readonly keyNumber: number}> = [];
	for (const [teamIndex, profile] of profiles.entries()) {
		const random = createRandom(hashSeed(demoSeed, 'week', week, profile.key));
		const team = teamByKey(profile.key);
		const initiative = profile.key === 'PAY' ? initiativeOf(week) : null;
		const count = teamCount(profile, week, perWeek);
		const teamPlans: TicketPlan[] = [];
		for (let index = 0; index < count; index++) {
			const kind = index === 0 && hasEpic(profile, week) ? 'epic' : kindOf(random, profile, week, initiative);
			teamPlans.push(planTicket({random, profile, team, monday, kind, initiative}));
		}

		// Keys follow filing order within the team (the sort is stable for ties).
		teamPlans.sort((left, right) => left.created - right.created);
		const keyStart = keyStarts.get(profile.key) ?? 1;
		for (let position = 0; position < teamPlans.length; position++) planned.push({plan: teamPlans[position] as TicketPlan, teamIndex, keyNumber: keyStart + position});
	}

	planned.sort((left, right) => left.plan.created - right.plan.created || left.teamIndex - right.teamIndex || left.keyNumber - right.keyNumber);
	const weekName = isoWeekName(week);
	return planned.map(({plan, keyNumber}, index) => ({plan, identity: {id: `demo-${weekName}-${String(index).padStart(3, '0')}`, key: `${plan.team}-${keyNumber}`, keyNumber}}));
}

/** A cycle with the moment it was closed (SHARED-TYPES.md: `Iteration.completedAt`, null while running). */
type DemoIteration = Iteration & {readonly completedAt: number | null};

/**
 * Every team's cycles that overlap the window and have begun by `now`, and each team's next
 * cycle (trackers create upcoming cycles ahead, and work is planned into them); a cycle
 * closes at its end.
 */
function iterationsOf(firstWeek: number, now: number, calendar: DemoCalendar): DemoIteration[] {
	const iterations: DemoIteration[] = [];
	for (const profile of profiles) {
		const team = teamByKey(profile.key);
		const origin = cycleOfWeek(profile.key, keyOriginWeek).number;
		for (let cycle = cycleOfWeek(profile.key, firstWeek); ; cycle = nextCycle(cycle)) {
			const startsAt = calendar.instantOf(cycle.start);
			const endsAt = calendar.instantOf(cycle.end);
			iterations.push({
				id: cycle.id,
				name: `${team.name} cycle ${cycle.number - origin + 1}`,
				team: profile.key,
				startsAt,
				endsAt,
				// Demo cycles close on schedule: one that is over was completed the instant it ended.
				completedAt: endsAt <= now ? endsAt : null,
			});
			if (startsAt > now) break;
		}
	}

	return iterations;
}
