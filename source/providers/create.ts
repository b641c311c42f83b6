import type {AppConfig} from '../config/schema.js';
import {UsageError} from '../errors/app-error.js';
import type {ProviderName, RosterConfig} from '../domain/types.js';
import {demoRoster} from './demo/roster.js';
import type {Provider} from './provider.js';
import type {TransientFault} from './retry.js';

/**
 * How the rest of the program syncs a source. A tracker changes at any time and is read
 * over the network; data generated on this machine from the clock (the demo) moves only
 * a week at a time and is made in well under a second. Callers branch on these, never on
 * a provider's name.
 */
export interface SyncPolicy {
	/** Every sync rebuilds the whole data set: generated data has no "changed since". */
	readonly alwaysFull: boolean;
	/**
	 * Synced in the foreground before anything reads it — the TUI's first frame, `tag` — as
	 * it costs no network. Otherwise the TUI syncs behind the stored data and `tag` works on
	 * what is stored.
	 */
	readonly beforeAnyRead: boolean;
	/** Synced data stays current until the week it was made in ends; otherwise every read (except --offline) syncs first. */
	readonly currentForTheWeek: boolean;
}

/** A picked source: everything the commands need to know of it, decided once. */
export interface ProviderChoice {
	readonly name: ProviderName;
	/** A secret-free label for the header line. */
	readonly label: string;
	/** The clock the whole run lives at, so tags, frozen reviews and syncs agree with the tickets about what came first. */
	readonly clock: () => number;
	/** The clock's time when the source was picked: the run's "now" (its week, the generated data). */
	readonly now: number;
	/** Who the review is about: the config's roster, or the organisation the source brings with it. */
	readonly roster: RosterConfig | null;
	/** Whether `roster` is the config's (and so worth checking against the people the tracker shows). */
	readonly rosterFromConfig: boolean;
	readonly syncPolicy: SyncPolicy;
	/** Builds the adapter (imported on demand); missing credentials throw a UsageError. */
	create(hooks?: ProviderHooks): Promise<Provider>;
}

/** What a command wants to hear from an adapter while it works. */
export interface ProviderHooks {
	/** A request failed in a way worth trying again and will be retried after `delayMs`: a sync that would otherwise sit silent for minutes says so. */
	readonly onRetry?: (fault: TransientFault, attempt: number, delayMs: number) => void;
}

export interface ChoiceOptions {
	/** How many weeks ahead of today the source's clock runs (--demo-week); only a generated source's clock moves. */
	readonly weeksAhead: number;
	/** The instant a generated source's clock starts at (DIRECTOR_REVIEW_DEMO_NOW), before the weeks ahead; null: the machine's. */
	readonly pinnedAt?: number | null;
	readonly now?: () => number;
}

const trackerSync: SyncPolicy = {alwaysFull: false, beforeAnyRead: false, currentForTheWeek: false};
const generatedSync: SyncPolicy = {alwaysFull: true, beforeAnyRead: true, currentForTheWeek: true};
const weekMs = 7 * 86_400_000;

/** Picks the source a run reads: the one place outside `providers/` that names each provider. */
export function chooseProvider(name: ProviderName, config: AppConfig, {weeksAhead, pinnedAt = null, now = Date.now}: ChoiceOptions): ProviderChoice {
	const isGenerated = name === 'demo';
	const shift = isGenerated ? weeksAhead * weekMs : 0;
	// A pinned clock starts at the pinned instant and runs on in real time, so a tag still
	// comes after the review frozen before it within the run.
	const started = now();
	const start = isGenerated && pinnedAt !== null ? pinnedAt : started;
	const clock = () => start + (now() - started) + shift;
	const openedAt = start + shift;
	return {
		name,
		label: describeProvider(name, config),
		clock,
		now: openedAt,
		roster: isGenerated ? demoRoster : config.roster,
		rosterFromConfig: !isGenerated,
		syncPolicy: isGenerated ? generatedSync : trackerSync,
		create: async (hooks) => createProvider(name, config, openedAt, hooks),
	};
}

/**
 * Builds the adapter for a provider from the validated config. Missing credentials are a
 * configuration problem (exit 2), found before any request is made. Adapters are imported
 * on demand: the TUI's first frame must not wait for an SDK it may not need.
 */
export async function createProvider(name: ProviderName, config: AppConfig, now: number, hooks: ProviderHooks = {}): Promise<Provider> {
	const retry = hooks.onRetry ? {onRetry: hooks.onRetry} : undefined;
	switch (name) {
		case 'demo': {
			const {createDemoProvider} = await import('./demo/index.js');
			return createDemoProvider({now, timezone: config.timezone});
		}

		case 'linear': {
			const {apiKey, apiUrl, teams} = config.linear;
			if (apiKey === null) throw new UsageError('no Linear API key', 'set LINEAR_API_KEY (Linear → Settings → API) or run director-review init');
			const {createLinearProvider} = await import('./linear/index.js');
			return createLinearProvider({apiKey, apiUrl, teams, timezone: config.timezone, allowInsecureHttp: config.allowInsecureHttp, retry});
		}

		case 'jira': {
			const jira = config.jira;
			if (jira.baseUrl === null) throw new UsageError('no Jira base URL', 'set JIRA_BASE_URL or jira.baseUrl in the config, or run director-review init');
			const hasCloudAuth = jira.email !== null && jira.apiToken !== null;
			if (!hasCloudAuth && jira.pat === null) {
				throw new UsageError('no Jira credentials', 'set JIRA_EMAIL and JIRA_API_TOKEN (Cloud) or JIRA_PAT (Data Center), or run director-review init');
			}
			const {createJiraProvider} = await import('./jira/index.js');
			return createJiraProvider({
				baseUrl: jira.baseUrl,
				deployment: jira.deployment,
				jql: jira.jql,
				email: jira.email,
				apiToken: jira.apiToken,
				pat: jira.pat,
				blockedByLinkTypes: jira.blockedByLinkTypes,
				timezone: config.timezone,
				allowInsecureHttp: config.allowInsecureHttp,
				retry,
			});
		}
	}
}

/** A secret-free label for the header line. */
export function describeProvider(name: ProviderName, config: AppConfig): string {
	switch (name) {
		case 'demo': {
			return 'Demo organisation (Acme)';
		}

		case 'linear': {
			return config.linear.teams.length > 0 ? `Linear · ${config.linear.teams.join(', ')}` : 'Linear · all teams';
		}

		case 'jira': {
			return `Jira · ${config.jira.baseUrl ? new URL(config.jira.baseUrl).host : 'not configured'}`;
		}
	}
}
