import {describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {rememberSecret} from '../../source/errors/secrets.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ProviderError, type Provider} from '../../source/providers/provider.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * A sync that fails in the TUI shows its cause on the status line. The cause is text from
 * outside (a tracker's or a proxy's answer), so it may echo the run's secret or carry escape
 * sequences: neither may reach the terminal (cli.md: secrets are never printed).
 */
describe('a failed sync in the session', () => {
	const secret = 'lin_api_Zq9sSecretTokenValue1234567890';
	rememberSecret(secret);

	const failing = (error: Error) => async (): Promise<Provider> => {
		const demo = createDemoProvider({now: 1_000, timezone: 'UTC'});
		return {
			...demo,
			// eslint-disable-next-line require-yield
			async *pull() {
				throw error;
			},
		};
	};

	for (const [name, error] of [
		['an error of the provider', new ProviderError('linear', 'server', `tracker said: bad key ${secret}\u001B[2J\u001B]0;pwned\u0007`, `check the key ${secret}`)],
		['an unexpected error', new Error(`socket hang up near ${secret}\u001B[31m red`)],
	] as const) {
		it(`shows ${name} without the secret or escape sequences`, async () => {
			const folder = temporaryFolder();
			const store = openStore(folder.file, {now: () => 1_000});
			const config = validateConfig({timezone: 'UTC'}, {}, null);
			const session = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: failing(error), config, roster: demoRoster, now: () => 1_000});
			try {
				await session.sync();
				const status = session.syncStatus();
				expect(status.phase).toBe('failed');
				if (status.phase !== 'failed') return;
				const shown = `${status.message} — ${status.hint}`;
				expect(shown).not.toContain(secret);
				expect(shown).toContain('[secret]');
				 
				expect(shown).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
			} finally {
				session.dispose();
				store.close();
				folder.cleanup();
			}
		});
	}
});
