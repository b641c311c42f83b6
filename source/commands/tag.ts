import {UsageError} from '../errors/app-error.js';
import type {Category} from '../domain/types.js';
import {echoedValue} from '../text/sanitize.js';
import type {GlobalOptions} from './arguments.js';
import {openContext} from './context.js';
import {needsSync, syncBeforeReading} from './sync-first.js';

const categoryWords: Record<string, Category | null> = {
	operational: 'operational',
	o: 'operational',
	firefighting: 'operational',
	strategic: 'strategic',
	s: 'strategic',
	improvement: 'strategic',
	clear: null,
	x: null,
};

export function parseCategory(word: string): Category | null {
	const key = word.toLowerCase();
	if (!(key in categoryWords)) throw new UsageError(`unknown category "${echoedValue(word)}"`, 'use operational (o), strategic (s) or clear');
	return categoryWords[key] ?? null;
}

/**
 * `director-review tag KEY CATEGORY`: the same durable manual tag as a key press in
 * Triage, for scripts. Works on the local store; the tag survives every later sync.
 */
export async function runTag(options: GlobalOptions, args: readonly string[]): Promise<number> {
	const [key, word, ...extra] = args;
	if (key === undefined || word === undefined || extra.length > 0) {
		throw new UsageError('tag takes a ticket key and a category', 'e.g. director-review tag ENG-42 operational');
	}
	const category = parseCategory(word);
	const context = openContext(options);
	try {
		if (context.syncPolicy.beforeAnyRead && needsSync(context, options)) await syncBeforeReading(context, await context.openSession(), options);
		const ticket = context.store.findTicketByKey(context.providerName, key);
		if (!ticket) {
			throw new UsageError(
				`unknown ticket "${echoedValue(key)}" in the ${context.providerName} store`,
				context.store.ticketCount(context.providerName) === 0 ? 'run director-review sync first' : 'check the key (as shown in the dashboard)',
			);
		}
		context.store.setTag(context.providerName, ticket.id, category);
		process.stdout.write(`${ticket.key} ${category === null ? 'tag cleared' : `tagged ${category}`}\n`);
		return 0;
	} finally {
		await context.close();
	}
}
