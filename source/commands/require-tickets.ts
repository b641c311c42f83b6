import {RunTimeError} from '../errors/app-error.js';
import type {GlobalOptions} from './arguments.js';
import type {CommandContext} from './context.js';

/**
 * Commands that record a week (export, review --mark) refuse a store that holds no tickets
 * of the provider: a new home read with --offline, a store restored before its sync, a
 * tracker that returned nothing. Every figure would be zero and read as good news ("nothing
 * this week"), and the review frozen from it would make the next "since last review"
 * compare against nothing.
 */
export function requireTickets(context: Pick<CommandContext, 'store' | 'providerName'>, options: Pick<GlobalOptions, 'offline'>, doing: string): void {
	if (context.store.ticketCount(context.providerName) > 0) return;
	throw new RunTimeError(
		`the store holds no ${context.providerName} tickets yet, so there is nothing to ${doing}`,
		options.offline ? 'drop --offline so the command syncs first, or run director-review sync' : 'check the team or project in the config (director-review doctor), then run director-review sync',
	);
}
