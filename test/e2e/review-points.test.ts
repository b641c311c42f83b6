import fs from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/store/store.js';
import {makeHome, removeHomes, runCli} from '../reliability/cli.js';

/**
 * briefing.md "Reviews are frozen": a review holds one state row per ticket a figure of its
 * week counts, with the talking points issued. The 1:1 notes an export writes issue their
 * points; the review that export freezes records, on each ticket's row, the points naming it.
 */
afterAll(() => removeHomes());

const pinned = {DIRECTOR_REVIEW_DEMO_NOW: '2026-12-04T19:00:00Z', TZ: 'UTC'};

describe('a review frozen by an export of the 1:1 notes', () => {
	it('holds, on the row of each ticket a written note’s talking point names, that point’s identity', async () => {
		const home = makeHome();
		const out = path.join(home, 'notes');
		const exported = await runCli(['export', '--demo', '--out', out], {home, env: pinned});
		expect(exported.code, exported.stderr).toBe(0);
		const store = openStore(path.join(home, 'director-review.db'));
		try {
			const [review] = store.reviews.list('demo');
			expect(review).toBeDefined();
			const rows = store.reviews.get('demo', review!.id)?.tickets ?? [];
			// A point is about the tickets it names by key and those it was issued with (a theme's).
			const idOfKey = new Map(rows.map((row) => [row.key, row.ticketId]));
			const issued = new Map<string, Set<string>>();
			for (const report of ['Priya Raman', 'Marcus Chen', 'Sofia Alvarez', 'Tom Okafor', 'Hannah Berg']) {
				for (const point of store.reviews.lastIssued('demo', report)?.points ?? []) {
					const named = (point.text.match(/\b[A-Z][A-Z0-9]*-\d+\b/g) ?? []).flatMap((key) => idOfKey.get(key) ?? []);
					for (const id of [...named, ...point.ticketIds]) issued.set(id, (issued.get(id) ?? new Set()).add(point.identity));
				}
			}
			const counted = rows.filter((row) => issued.has(row.ticketId));
			// The notes name tickets the week's figures count (overdue, stale, broken promises): not vacuous.
			expect(counted.length).toBeGreaterThan(0);
			for (const row of counted) expect([row.key, [...row.talkingPoints].sort()]).toEqual([row.key, [...(issued.get(row.ticketId) ?? [])].sort()]);
			// Only the tickets the points are about carry them.
			for (const row of rows.filter((each) => !issued.has(each.ticketId))) expect([row.key, row.talkingPoints]).toEqual([row.key, []]);
		} finally {
			store.close();
		}
		expect(fs.readdirSync(out).length).toBe(5);
	}, 120_000);
});
