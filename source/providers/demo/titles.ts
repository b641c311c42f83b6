import {dateOfDay, mondayOfWeek} from './calendar.js';
import type {TicketPlan} from './plan.js';

/**
 * A real backlog does not hold six open tickets with one title: work from one catalogue
 * line is split into steps ("…: pilot", "…: backfill"), and a second report of a fault
 * in the same week says so. Steps are read off the absolute week and the order of filing
 * within it — no random draw, so the rest of the org is unchanged, and nothing outside
 * the ticket's own week decides, so a ticket keeps its title when the window moves.
 * Step words are chosen to say nothing to the classifier.
 */

const workSteps = [
	'scoping',
	'spike',
	'first service',
	'pilot',
	'rollout plan',
	'staging',
	'second team',
	'remaining consumers',
	'backfill',
	'remove the old path',
	'sign-off',
	'handover',
];
const reportSteps = ['second report', 'another account', 'seen again', 'third report', 'new instance', 'weekend'];
/** Where a bug was seen: a bug filed again in another week is seldom worded the same. */
const bugContexts = [
	null,
	'seen in staging',
	'after the last release',
	'beta users',
	'internal report',
	'QA pass',
	'second report',
	'another account',
	'seen again',
	'new instance',
	'large accounts',
	'found in review',
];
const phases = 6;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function positive(value: number, modulus: number): number {
	return ((value % modulus) + modulus) % modulus;
}

/** Up to this many tickets a week from one line get distinct steps from the weeks around them. */
const stepsPerWeek = 4;

type Style = 'work' | 'report' | 'chore' | 'plain';

const styles: Readonly<Record<TicketPlan['kind'], Style>> = {
	epic: 'plain',
	incident: 'report',
	bug: 'report',
	support: 'report',
	ambiguous: 'chore',
	strategic: 'work',
	initiative: 'work',
};

function styleOf(plan: TicketPlan): Style {
	return styles[plan.kind];
}

/** The week's plans (in filing order) with their titles varied; `week` is the absolute week number. */
export function varyTitles<T extends {readonly plan: TicketPlan}>(planned: readonly T[], week: number): T[] {
	const seen = new Map<string, number>();
	return planned.map((entry) => {
		const {plan} = entry;
		const line = `${plan.team}\u0000${plan.titleTemplate}`;
		const before = seen.get(line) ?? 0;
		seen.set(line, before + 1);
		const title = titleFor(plan, styleOf(plan), week, before);
		return title === plan.title ? entry : {...entry, plan: {...plan, title}};
	});
}

function titleFor(plan: TicketPlan, style: Style, week: number, before: number): string {
	switch (style) {
		case 'plain': {
			return plan.title;
		}

		case 'work': {
			// Consecutive weeks take consecutive blocks of steps, and each round of steps is the
			// next phase: one line repeats a title only after `phases` rounds (18 weeks).
			const index = positive(week * stepsPerWeek + (before % stepsPerWeek), workSteps.length * phases);
			const phase = Math.floor(index / workSteps.length);
			const part = Math.floor(before / stepsPerWeek);
			return `${plan.title}: ${workSteps[index % workSteps.length]}${phase > 0 ? `, phase ${phase + 1}` : ''}${part > 0 ? `, part ${part + 1}` : ''}`;
		}

		case 'report': {
			if (plan.kind !== 'incident') {
				const context = bugContexts[positive(week * 2 + before, bugContexts.length)];
				return context === null ? plan.title : `${plan.title} (${context})`;
			}
			// Incidents close within days: only a second one in the same week needs telling apart.
			return before === 0 ? plan.title : `${plan.title} (${reportSteps[(before - 1) % reportSteps.length]})`;
		}

		case 'chore': {
			// A chore that comes back is the same chore for another week.
			const [, month, day] = dateOfDay(mondayOfWeek(week)).split('-').map(Number) as [number, number, number];
			return `${plan.title} (week of ${day} ${months[month - 1]}${before > 0 ? `, part ${before + 1}` : ''})`;
		}
	}
}
