/**
 * For tests of a sync that meets an edit while it runs: a store in a folder of its own per
 * test, and the real provider wrapped to run an edit once its first page was handed over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';
import type {Provider, SyncPage} from '../../source/providers/provider.js';
import {openStore, type Store} from '../../source/store/store.js';

/** A fresh store before each test, closed and removed after it; `store()` is the current one. */
export function useFreshStore(prefix: string): {store: () => Store} {
	let folder = '';
	let store: Store | null = null;
	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
		store = openStore(path.join(folder, 'director-review.db'));
	});
	afterEach(() => {
		store?.close();
		store = null;
		fs.rmSync(folder, {recursive: true, force: true});
	});
	return {
		store() {
			if (store === null) throw new Error('the store is opened for each test');
			return store;
		},
	};
}

/** The real provider, with `edit` run once after its first page was handed over (someone edits a ticket mid-sync). */
export function editedAfterFirstPage(provider: Provider, edit: () => void): Provider {
	return {
		...provider,
		async *pull(options) {
			let pages = 0;
			for await (const page of provider.pull(options) as AsyncIterable<SyncPage>) {
				yield page;
				if (++pages === 1) edit();
			}
		},
	};
}
