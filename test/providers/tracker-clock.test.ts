import {expect, test} from 'vitest';
import {TrackerClock} from '../../source/providers/tracker-clock.js';

const at = (ms: number) => new Headers({date: new Date(ms).toUTCString()});
const local = Date.UTC(2026, 11, 5, 12, 0, 0);

test('since moves earlier by how far the tracker is behind, never later, and not for seconds of network delay', () => {
	const clock = new TrackerClock();
	expect(clock.since(local)).toBe(local);
	clock.observe(at(local - 20 * 60_000), local);
	expect(clock.since(local)).toBe(local - 20 * 60_000);
	expect(clock.since(null)).toBeNull();
	// The tracker ahead of us: our since is already early enough.
	clock.observe(at(local + 20 * 60_000), local);
	expect(clock.since(local)).toBe(local);
	// Whole seconds and a network trip: left alone.
	clock.observe(at(local - 3000), local);
	expect(clock.since(local)).toBe(local);
	// No readable Date keeps what was learnt.
	clock.observe(at(local - 5 * 60_000), local);
	clock.observe(new Headers({date: 'yesterday'}), local);
	clock.observe(new Headers(), local);
	expect(clock.since(local)).toBe(local - 5 * 60_000);
});
