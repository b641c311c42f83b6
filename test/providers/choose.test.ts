import {describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {chooseProvider} from '../../source/providers/create.js';
import {demoRoster} from '../../source/providers/demo/index.js';

const roster = {director: 'dana@acme.example', reports: [{name: 'Alex Kim', id: 'alex@acme.example', team: []}]};
const config = validateConfig({timezone: 'UTC', roster, linear: {teams: ['ENG']}}, {LINEAR_API_KEY: 'lin_api_x'}, null);
const today = Date.parse('2026-11-27T12:00:00Z');
const weekMs = 7 * 86_400_000;

describe('picking a source', () => {
	it('gives a tracker the config’s roster, today’s clock and a sync before every read', () => {
		const linear = chooseProvider('linear', config, {weeksAhead: 3, now: () => today});
		expect(linear.label).toBe('Linear · ENG');
		expect(linear.now).toBe(today);
		expect(linear.clock()).toBe(today);
		expect(linear.roster).toBe(config.roster);
		expect(linear.rosterFromConfig).toBe(true);
		expect(linear.syncPolicy).toEqual({alwaysFull: false, beforeAnyRead: false, currentForTheWeek: false});
	});

	it('gives the generated organisation its own roster, a clock weeks ahead and a whole rebuild once a week', async () => {
		const demo = chooseProvider('demo', config, {weeksAhead: 2, now: () => today});
		expect(demo.now).toBe(today + 2 * weekMs);
		expect(demo.clock()).toBe(today + 2 * weekMs);
		expect(demo.roster).toBe(demoRoster);
		expect(demo.rosterFromConfig).toBe(false);
		expect(demo.syncPolicy).toEqual({alwaysFull: true, beforeAnyRead: true, currentForTheWeek: true});
		const provider = await demo.create();
		expect(provider.name).toBe('demo');
	});

	it('starts a pinned demo clock at the pinned instant (plus the weeks ahead) and runs it on; a tracker keeps the machine’s', () => {
		let real = today;
		const pinned = Date.parse('2026-12-04T16:00:00Z');
		const demo = chooseProvider('demo', config, {weeksAhead: 1, pinnedAt: pinned, now: () => real});
		expect(demo.now).toBe(pinned + weekMs);
		real += 5000;
		expect(demo.clock()).toBe(pinned + weekMs + 5000);
		const linear = chooseProvider('linear', config, {weeksAhead: 0, pinnedAt: pinned, now: () => real});
		expect(linear.now).toBe(real);
	});

	it('finds missing credentials when the adapter is built, not when the source is picked', async () => {
		const bare = validateConfig({timezone: 'UTC'}, {}, null);
		const jira = chooseProvider('jira', bare, {weeksAhead: 0});
		await expect(jira.create()).rejects.toThrow('no Jira base URL');
	});
});
