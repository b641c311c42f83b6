import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// better-sqlite3 is a native module, and several suites spawn processes: forks isolate them.
		pool: 'forks',
		testTimeout: 20_000,
		hookTimeout: 60_000,
	},
});
