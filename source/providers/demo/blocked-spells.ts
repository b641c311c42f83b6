import {minutesPerDay, toOfficeHours} from './calendar.js';
import type {Fate, PlannedSpell} from './plan.js';
import type {Random, WeightTable} from './random.js';

const hour = 60;
const day = minutesPerDay;
const blockReasons: WeightTable<string | null> = [[null, 50], ['status Blocked', 30], ['flagged', 20]];

/**
 * About one started ticket in ten is blocked once or twice, for hours or days; a stalled
 * ticket is blocked more often, and its last blocker may never clear.
 */
export function planSpells(random: Random, started: number, completed: number | null, fate: Fate): PlannedSpell[] {
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
