import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach} from 'vitest';
import {openStore, type Store} from '../../source/store/store.js';

/** A fake Linear or Jira server, as far as a test's clean-up needs it. */
interface FakeServer {
	close(): Promise<void>;
}

/**
 * Gives each test of the file a new store in its own temporary folder (`director-review-<name>-…`)
 * and, after the test, closes the store and the fake server the test started, and removes the folder.
 * The test file keeps `store` and its server in its own variables, so the tests read as before:
 * `use` hands each new store over; `startedServer` says which server the test started, if any
 * (one left from an earlier test, already closed, is not closed again).
 */
export function storePerTest(name: string, variables: {use: (store: Store) => void; startedServer: () => FakeServer | null | undefined}): void {
	let folder: string;
	let store: Store;
	const closedServers = new WeakSet<FakeServer>();

	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), `director-review-${name}-`));
		store = openStore(path.join(folder, 'director-review.db'));
		variables.use(store);
	});

	afterEach(async () => {
		store.close();
		const server = variables.startedServer();
		if (server && !closedServers.has(server)) {
			closedServers.add(server);
			await server.close();
		}

		fs.rmSync(folder, {recursive: true, force: true});
	});
}
