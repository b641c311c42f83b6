import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

interface RealTicket {
	readonly key: string;
	readonly url: string;
	readonly org: string;
	readonly project: string;
	readonly title: string;
	readonly type: string | null;
	readonly priority: null;
	readonly labels: readonly string[];
	readonly components: readonly string[];
	readonly category: Category | 'ambiguous';
	readonly split: 'development' | 'held-out';
}
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/real-tickets.json', import.meta.url), 'utf8')) as {
	sources: Record<string, {licence: string}>;
	tickets: RealTicket[];
};

// The floors committed to in docs/classification.md, a little under what bench/classifier.mjs measures.
const floors = {
	development: {accuracy: 0.97, coverage: 0.93},
	'held-out': {accuracy: 0.92, coverage: 0.89},
};
const threshold = 0.6;

function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
	return hash >>> 0;
}

function toTicket(item: RealTicket): Ticket {
	return makeTicket({id: item.key, key: item.key, title: item.title, type: item.type, labels: item.labels, components: item.components, project: item.project, team: item.org});
}

describe('the real tickets from public trackers', () => {
	it('holds 300+ distinct tickets, each traceable to its source, with a licence recorded per source', () => {
		expect(fixture.tickets.length).toBeGreaterThanOrEqual(300);
		expect(new Set(fixture.tickets.map((item) => item.url)).size).toBe(fixture.tickets.length);
		for (const item of fixture.tickets) {
			expect(item.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\/\d+$/);
			expect(item.url.includes(`/${item.project}/`)).toBe(true);
			// Every source says on what basis its titles are quoted (no licence is stated for issue text).
			expect(fixture.sources[item.project]?.licence).toMatch(/licen[cs]e|Terms of Service/i);
		}
	});

	it('is split by the hash of each url, not by hand', () => {
		for (const item of fixture.tickets) expect(item.split).toBe(fnv1a(item.url) % 100 < 55 ? 'development' : 'held-out');
	});

	for (const part of ['development', 'held-out'] as const) {
		it(`${part}: accuracy ≥ ${floors[part].accuracy} over the tickets decided, coverage ≥ ${floors[part].coverage}, no tags`, () => {
			const items = fixture.tickets.filter((item) => item.split === part && item.category !== 'ambiguous');
			const classifications = classifyAll(items.map(toTicket), {tags: new Map(), rules: [], threshold, learner: null});
			let decided = 0;
			let correct = 0;
			for (const item of items) {
				const found = classifications.get(item.key)!.category;
				if (found === 'unclassified') continue;
				decided++;
				if (found === item.category) correct++;
			}
			const accuracy = correct / decided;
			const coverage = decided / items.length;
			console.log(`real tickets, ${part}: accuracy ${accuracy.toFixed(3)} (${correct}/${decided}), coverage ${coverage.toFixed(3)} (${decided}/${items.length})`);
			expect(accuracy).toBeGreaterThanOrEqual(floors[part].accuracy);
			expect(coverage).toBeGreaterThanOrEqual(floors[part].coverage);
		});
	}
});
