import type {Ticket} from '../types.js';
import type {Signal} from './signal.js';
import {typeSignals} from './signal-tables.js';
import type {TicketText} from './tokens.js';

const op = 'operational' as const;
const st = 'strategic' as const;
const priorityName = {urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low'} as const;
const hour = 3_600_000;
// Created and started this close together, at high priority: nobody planned it.
const unplannedStartWithin = 4 * hour;

/**
 * The tracker's own signals: issue type, priority, the ticket's shape in time, Linear's
 * triage queue and SLA. Priority only ever supports a verdict (`supporting`): a Blocker
 * filed on a spike is still a spike.
 */
export function trackerSignals(ticket: Ticket, text: TicketText): Signal[] {
	const signals: Signal[] = [];
	let priorityUsed = false;
	const type = text.type;
	if (type === 'bug' || type === 'defect') {
		const name = capitalise(type);
		if (ticket.priority === 'urgent' || ticket.priority === 'high') {
			signals.push({category: op, weight: ticket.priority === 'urgent' ? 3 : 2, reason: `type ${name} + priority ${priorityName[ticket.priority]}`});
			priorityUsed = true;
		} else {
			signals.push({category: op, weight: 1.2, reason: `type ${name}`});
		}
	} else if (type !== null) {
		const entry = typeSignals[type];
		// Read from its table key, never the tracker's text: "new-feature" says "type New Feature".
		if (entry) signals.push({category: entry[0], weight: entry[1], reason: `type ${type.split('-').map(capitalise).join(' ')}`});
	}

	if (!priorityUsed) {
		if (ticket.priority === 'urgent') signals.push({category: op, weight: 1.2, reason: 'priority Urgent', supporting: true});
		else if (ticket.priority === 'high') signals.push({category: op, weight: 0.3, reason: 'priority High', supporting: true});
		else if (ticket.priority === 'low') signals.push({category: st, weight: 0.3, reason: 'priority Low', supporting: true});
	}

	if ((ticket.priority === 'urgent' || ticket.priority === 'high') && ticket.startedAt !== null && ticket.createdAt > 0) {
		const lead = ticket.startedAt - ticket.createdAt;
		// Filed and started at once is how much planned work begins too (an author files the
		// feature as they open its pull request): against a type that names planned work it only supports.
		const plannedType = type !== null && typeSignals[type]?.[0] === st;
		if (lead >= 0 && lead <= unplannedStartWithin) signals.push({category: op, weight: 1, reason: 'started within hours of filing', ...(plannedType ? {supporting: true} : {})});
	}
	if (ticket.inTriage === true) signals.push({category: op, weight: 0.8, reason: 'in Triage'});
	if (ticket.slaBreachesAt !== undefined && ticket.slaBreachesAt !== null) signals.push({category: op, weight: 1.2, reason: 'has an SLA'});
	return signals;
}

// The normalised value, not the tracker's text: reasons never echo untrusted bytes.
export function capitalise(value: string): string {
	return value.charAt(0).toUpperCase() + value.slice(1);
}
