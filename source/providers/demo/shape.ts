import type {Priority} from '../../domain/types.js';
import {fillTemplate, neutralLabels, type TitleTemplate} from './catalogue.js';
import type {PlanContext} from './plan.js';
import type {WeightTable} from './random.js';
import {director, formerEngineer, productManager, supportLead} from './roster.js';

/** What a ticket is and who filed it: the fields the classifier and the themes read. */
export interface Shape {
	readonly title: string;
	/** The catalogue line the title was filled from: tickets from one line are one kind of work. */
	readonly titleTemplate: string;
	readonly type: string | null;
	readonly priority: Priority | null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly project: string | null;
	readonly estimate: number | null;
}

type CreatorRole = 'engineer' | 'lead' | 'director' | 'support' | 'product' | 'former';
// Weight tables are built once: the planner runs for every ticket of every week.
const priorities: Readonly<Record<'incident' | 'bug' | 'support' | 'strategic' | 'ambiguous' | 'initiative', WeightTable<Priority | null>>> = {
	incident: [['urgent', 55], ['high', 45]],
	bug: [['urgent', 20], ['high', 45], ['medium', 30], ['low', 5]],
	support: [['urgent', 15], ['high', 70], ['medium', 15]],
	strategic: [['high', 15], ['medium', 55], ['low', 25], [null, 5]],
	ambiguous: [['medium', 60], ['low', 20], [null, 20]],
	initiative: [['high', 40], ['medium', 50], ['low', 10]],
};
const strategicTypes: WeightTable<string> = [['Story', 45], ['Task', 30], ['Chore', 15], ['Improvement', 10]];
const operationalCreators: WeightTable<CreatorRole> = [['engineer', 55], ['lead', 20], ['director', 17], ['support', 8]];
const plannedCreators: WeightTable<CreatorRole> = [['lead', 40], ['engineer', 30], ['director', 27]];
const growthCreators: WeightTable<CreatorRole> = [...plannedCreators, ['product', 10]];
const mobileCreators: WeightTable<CreatorRole> = [...plannedCreators, ['former', 3]];

export function shapeOf(context: PlanContext): Shape {
	const {random, profile, kind, initiative} = context;
	const fill = (template: TitleTemplate) => fillTemplate(template.title, profile.slots, (items) => random.pick(items));
	const neutral = () => (random.chance(0.25) ? [random.pick(neutralLabels[profile.key])] : []);
	const priority = (kind: keyof typeof priorities): Priority | null => random.weighted(priorities[kind]);
	const estimate = (probability: number) => (random.chance(probability) ? random.pick([1, 2, 3, 5, 8]) : null);
	switch (kind) {
		case 'incident': {
			const template = random.pick(profile.incidents);
			return {title: fill(template), titleTemplate: template.title, type: 'Incident', priority: priority('incident'), labels: ['incident', ...(template.labels ?? [])], components: [template.component], project: null, estimate: null};
		}

		case 'bug': {
			const template = random.pick(profile.bugs);
			const labels = new Set([...(random.chance(0.7) ? ['bug'] : []), ...(template.labels ?? []), ...neutral()]);
			return {title: fill(template), titleTemplate: template.title, type: 'Bug', priority: priority('bug'), labels: [...labels], components: [template.component], project: null, estimate: estimate(0.4)};
		}

		case 'support': {
			const template = random.pick(profile.bugs);
			return {title: `Customer-reported: ${fill(template)}`, titleTemplate: `Customer-reported: ${template.title}`, type: 'Task', priority: priority('support'), labels: random.chance(0.4) ? ['customer-escalation'] : [], components: [template.component], project: null, estimate: null};
		}

		case 'strategic': {
			const template = random.pick(profile.strategic);
			// Some improvement work is labelled, some only says so in its title.
			const labels = random.chance(0.7) ? [...(template.labels ?? []), ...neutral()] : neutral();
			const type = random.weighted(strategicTypes);
			return {title: fill(template), titleTemplate: template.title, type, priority: priority('strategic'), labels, components: [template.component], project: random.chance(0.7) ? random.pick(profile.projects) : null, estimate: estimate(0.8)};
		}

		case 'ambiguous': {
			const template = random.pick(profile.ambiguous);
			const title = fillTemplate(template, profile.slots, (items) => random.pick(items));
			return {title, titleTemplate: template, type: random.chance(0.8) ? 'Task' : 'Story', priority: priority('ambiguous'), labels: neutral(), components: random.chance(0.5) ? [random.pick(profile.components)] : [], project: random.chance(0.3) ? random.pick(profile.projects) : null, estimate: estimate(0.5)};
		}

		case 'epic': {
			if (initiative === null) throw new Error('an epic needs an initiative');
			return {title: initiative.epic, titleTemplate: initiative.epic, type: 'Epic', priority: 'high', labels: ['automation'], components: ['payments-gateway'], project: initiative.project, estimate: 13};
		}

		case 'initiative': {
			if (initiative === null) throw new Error('initiative work needs an initiative');
			const title = random.pick(initiative.children);
			return {title, titleTemplate: title, type: random.chance(0.6) ? 'Story' : 'Task', priority: priority('initiative'), labels: [random.chance(0.5) ? 'automation' : 'improvement'], components: ['payments-gateway'], project: initiative.project, estimate: estimate(0.9)};
		}
	}
}

export function creatorOf(context: PlanContext): string {
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
