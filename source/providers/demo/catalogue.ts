import type {TeamKey} from './roster.js';

/**
 * What each Acme team works on: titles as teams write them, with the labels, types and
 * components a tracker would carry. Operational work burns in one component per team,
 * so the systemic-theme view has something true to say; ambiguous chores carry no
 * signal at all, so triage has something to ask.
 */
export interface TitleTemplate {
	/** `{slot}` placeholders are filled from the team's slots. */
	readonly title: string;
	readonly component: string;
	readonly labels?: readonly string[];
}

export interface Initiative {
	readonly epic: string;
	readonly project: string;
	readonly children: readonly string[];
}

export interface TeamProfile {
	readonly key: TeamKey;
	/** Share of the org's tickets this team files. */
	readonly weight: number;
	readonly components: readonly string[];
	readonly projects: readonly string[];
	readonly incidents: readonly TitleTemplate[];
	readonly bugs: readonly TitleTemplate[];
	readonly strategic: readonly TitleTemplate[];
	readonly ambiguous: readonly string[];
	readonly slots: Readonly<Record<string, readonly string[]>>;
}

/** Labels a team might add without saying anything about firefighting or improvement. */
export const neutralLabels: Readonly<Record<TeamKey, readonly string[]>> = {
	PAY: ['backend', 'api'],
	PLAT: ['infra', 'kubernetes'],
	GROW: ['frontend', 'web'],
	MOB: ['ios', 'android'],
	DATA: ['sql', 'pipelines'],
};

const payments: TeamProfile = {
	key: 'PAY',
	weight: 0.24,
	components: ['payments-gateway', 'checkout', 'refunds', 'payouts', 'ledger', 'fraud-checks'],
	projects: ['Checkout reliability', 'Payouts v2', 'Ledger consolidation'],
	incidents: [
		{title: 'Elevated {code}s from payments gateway in {region}', component: 'payments-gateway'},
		{title: 'Card authorisations timing out through the gateway', component: 'payments-gateway'},
		{title: 'Gateway latency spike: p99 above {seconds}s on capture', component: 'payments-gateway'},
		{title: 'Duplicate charges after gateway retry storm', component: 'payments-gateway'},
		{title: '3-D Secure challenges failing for {card} cards', component: 'payments-gateway'},
		{title: 'Acquirer webhooks backing up in the gateway queue', component: 'payments-gateway'},
		{title: 'Checkout returning {code} for saved cards', component: 'checkout'},
		{title: 'Payout batch stuck in pending for {region}', component: 'payouts'},
	],
	bugs: [
		{title: 'Refund amount rounded wrongly for {currency}', component: 'refunds'},
		{title: 'Gateway error codes not mapped for {card} declines', component: 'payments-gateway', labels: ['bug']},
		{title: 'Ledger entry missing for partial refunds', component: 'ledger'},
		{title: 'Fraud check blocks valid {currency} orders', component: 'fraud-checks'},
		{title: 'Receipt email shows wrong tax for {currency}', component: 'checkout'},
	],
	strategic: [
		{title: 'Automate reconciliation of {currency} settlements', component: 'ledger', labels: ['automation']},
		{title: 'Refactor checkout session handling', component: 'checkout', labels: ['tech-debt']},
		{title: 'Add alerting on payout batch age', component: 'payouts', labels: ['observability']},
		{title: 'Migrate refunds to the ledger service', component: 'refunds', labels: ['tech-debt']},
		{title: 'Runbook for gateway incident response', component: 'payments-gateway', labels: ['improvement']},
		{title: 'Deprecate the v1 charges endpoint', component: 'checkout', labels: ['tech-debt']},
		{title: 'Contract tests for acquirer adapters', component: 'payments-gateway', labels: ['ci-cd']},
	],
	ambiguous: [
		'Update payment config',
		'Look into settlement report numbers',
		'Follow up on checkout change',
		'Review refund flow',
		'Sync with finance on payout timings',
		'Check {currency} pricing setup',
		'Update merchant category codes',
	],
	slots: {
		code: ['500', '502', '503', '504'],
		region: ['eu-west-1', 'us-east-1', 'ap-southeast-2'],
		seconds: ['2', '4', '6'],
		card: ['Visa', 'Mastercard', 'Amex'],
		currency: ['EUR', 'GBP', 'USD', 'JPY', 'SEK'],
	},
};

const platform: TeamProfile = {
	key: 'PLAT',
	weight: 0.2,
	components: ['ci-runners', 'kubernetes', 'service-mesh', 'build-cache', 'ingress', 'observability'],
	projects: ['Build speed', 'Cluster upgrades', 'Golden paths'],
	incidents: [
		{title: 'CI runners out of disk on the {pipeline} pipeline', component: 'ci-runners'},
		{title: 'Builds queued {minutes}+ minutes: runner pool exhausted', component: 'ci-runners'},
		{title: 'DNS resolution failures for internal services in {cluster}', component: 'service-mesh', labels: ['dns']},
		{title: 'Certificate expired on {cluster} ingress', component: 'ingress'},
		{title: 'Node pool autoscaler stuck in {cluster}', component: 'kubernetes'},
	],
	bugs: [
		{title: 'Flaky runner image breaks {pipeline} builds', component: 'ci-runners', labels: ['bug']},
		{title: 'Stale DNS cache after service redeploy', component: 'service-mesh', labels: ['dns']},
		{title: 'Build cache misses on every {pipeline} build', component: 'build-cache'},
		{title: 'Ingress drops long-lived websocket connections', component: 'ingress'},
	],
	strategic: [
		{title: 'Automate runner image rotation', component: 'ci-runners', labels: ['automation']},
		{title: 'Migrate build cache to remote storage', component: 'build-cache', labels: ['ci-cd']},
		{title: 'SLO dashboards for {cluster} ingress', component: 'observability', labels: ['observability']},
		{title: 'Upgrade {cluster} to Kubernetes 1.{k8s}', component: 'kubernetes', labels: ['platform']},
		{title: 'Self-serve service template with Terraform', component: 'kubernetes', labels: ['platform']},
		{title: 'Deprecate the legacy deploy script', component: 'ci-runners', labels: ['tech-debt']},
		{title: 'Autoscale CI runners on queue depth', component: 'ci-runners', labels: ['automation']},
	],
	ambiguous: [
		'Update base image',
		'Check node pool settings',
		'Review service ownership list',
		'Look at {cluster} costs',
		'Tidy up {pipeline} pipeline config',
	],
	slots: {
		pipeline: ['monorepo', 'mobile', 'web', 'data'],
		minutes: ['30', '40', '60'],
		cluster: ['prod-eu', 'prod-us', 'staging'],
		k8s: ['30', '31', '32'],
	},
};

const growth: TeamProfile = {
	key: 'GROW',
	weight: 0.2,
	components: ['onboarding', 'experiments', 'lifecycle-email', 'referrals', 'web-signup'],
	projects: ['Activation', 'Referral programme', 'Pricing page refresh'],
	incidents: [
		{title: 'Signup returning {code} for SSO users', component: 'web-signup'},
		{title: 'Welcome email not sent to {segment} accounts', component: 'lifecycle-email'},
		{title: 'Experiment assignment leaking control users', component: 'experiments'},
	],
	bugs: [
		{title: 'Referral credit applied twice', component: 'referrals'},
		{title: 'Onboarding checklist resets on refresh', component: 'onboarding'},
		{title: 'Trial end date wrong for {segment} accounts', component: 'web-signup'},
		{title: 'Unsubscribe link broken in {segment} digest', component: 'lifecycle-email'},
	],
	strategic: [
		{title: 'Self-serve experiment setup for product managers', component: 'experiments', labels: ['automation']},
		{title: 'Automate lifecycle email QA', component: 'lifecycle-email', labels: ['automation']},
		{title: 'Refactor feature-flag evaluation', component: 'experiments', labels: ['tech-debt']},
		{title: 'Design system: migrate signup to new form components', component: 'web-signup', labels: ['design-system']},
		{title: 'Funnel dashboard for {segment} activation', component: 'onboarding', labels: ['observability']},
		{title: 'Launch referral programme for {segment} accounts', component: 'referrals'},
	],
	ambiguous: [
		'Update pricing page copy',
		'Look at trial conversion numbers',
		'Tweak onboarding checklist',
		'Review {segment} welcome journey',
		'Update referral terms',
	],
	slots: {
		code: ['500', '502', '503'],
		segment: ['EU', 'enterprise', 'self-serve', 'education'],
	},
};

const mobile: TeamProfile = {
	key: 'MOB',
	weight: 0.18,
	components: ['app-release', 'push-notifications', 'offline-sync', 'ios-app', 'android-app'],
	projects: ['Offline mode', 'App performance', 'Release train'],
	incidents: [
		{title: 'Android crash on launch for API {api}', component: 'android-app'},
		{title: 'Hotfix {version}: login loop after token refresh', component: 'app-release', labels: ['hotfix']},
		{title: 'Push notifications delayed by hours on iOS', component: 'push-notifications'},
	],
	bugs: [
		{title: 'Offline edits lost after sync conflict', component: 'offline-sync'},
		{title: 'App Store build rejected: privacy manifest', component: 'app-release'},
		{title: 'Dark mode colours wrong on receipt screen', component: 'ios-app'},
		{title: 'Deep link opens the wrong tab on Android {api}', component: 'android-app'},
	],
	strategic: [
		{title: 'Automate release notes from merged PRs', component: 'app-release', labels: ['automation']},
		{title: 'Migrate Android build to version catalogs', component: 'android-app', labels: ['tech-debt']},
		{title: 'Crash-free rate dashboard per release', component: 'app-release', labels: ['observability']},
		{title: 'Snapshot tests for checkout screens', component: 'ios-app', labels: ['ci-cd']},
		{title: 'Background sync with retries and backoff', component: 'offline-sync'},
	],
	ambiguous: ['Update app permissions text', 'Check analytics events on iOS', 'Review deep link handling', 'Update store screenshots'],
	slots: {
		api: ['29', '30', '33', '34'],
		version: ['6.12.1', '6.13.2', '6.14.1', '6.15.3'],
	},
};

const data: TeamProfile = {
	key: 'DATA',
	weight: 0.18,
	components: ['pipelines', 'warehouse', 'dbt-models', 'reporting', 'ingestion'],
	projects: ['Warehouse migration', 'Data quality', 'Self-serve analytics'],
	incidents: [
		{title: 'Nightly {dataset} pipeline failed', component: 'pipelines'},
		{title: 'Warehouse load delayed: {dataset} dashboard stale', component: 'warehouse'},
		{title: 'Customer-reported: export missing rows for {dataset}', component: 'reporting', labels: ['customer-escalation']},
	],
	bugs: [
		{title: 'dbt model {dataset}_daily returns duplicates', component: 'dbt-models'},
		{title: 'Timezone shift in {dataset} report', component: 'reporting'},
		{title: 'Ingestion drops events with unicode names', component: 'ingestion'},
	],
	strategic: [
		{title: 'Data quality checks on {dataset} ingestion', component: 'ingestion', labels: ['observability']},
		{title: 'Migrate cron jobs to the orchestrator', component: 'pipelines', labels: ['tech-debt']},
		{title: 'Automate {dataset} backfills', component: 'pipelines', labels: ['automation']},
		{title: 'Freshness alerting for warehouse tables', component: 'warehouse', labels: ['observability']},
		{title: 'Deprecate the legacy reporting database', component: 'reporting', labels: ['tech-debt']},
		{title: 'Self-serve metrics layer for {dataset}', component: 'dbt-models', labels: ['platform']},
	],
	ambiguous: ['Update revenue dashboard filters', 'Check numbers for board deck', 'Review table permissions', 'Look into {dataset} counts'],
	slots: {
		dataset: ['revenue', 'orders', 'signups', 'payouts', 'sessions'],
	},
};

export const profiles: readonly TeamProfile[] = [payments, platform, growth, mobile, data];

/**
 * Payments burns in waves of twelve weeks: firefighting climbs for three weeks, the
 * director funds an automation initiative at the peak, and once it lands the share falls.
 */
export const paymentsWaveWeeks = 12;
const paymentsWave = [0.32, 0.36, 0.43, 0.54, 0.63, 0.66, 0.54, 0.38, 0.27, 0.21, 0.21, 0.25];
/** The wave phase at which the initiative is filed, and how many weeks it runs. */
export const initiativePhase = 4;
export const initiativeWeeks = 3;

export const paymentsInitiatives: readonly Initiative[] = [
	{
		epic: 'Automate payment retries',
		project: 'Payment retries automation',
		children: ['Retry policy for soft declines', 'Idempotency keys on capture calls', 'Dashboard: retry success rate by acquirer', 'Runbook: replaying failed captures', 'Alerting on retry queue depth'],
	},
	{
		epic: 'Automate payments gateway failover',
		project: 'Gateway failover',
		children: ['Health checks for the secondary acquirer', 'Failover switch behind a feature flag', 'Game day: acquirer outage drill', 'Alert when failover triggers'],
	},
	{
		epic: 'Self-healing settlement reconciliation',
		project: 'Reconciliation automation',
		children: ['Auto-retry failed settlement files', 'Reconciliation mismatch dashboard', 'Post-incident action: settlement file checksums', 'Prevent double payouts with ledger locks'],
	},
];

export function paymentsPhase(absoluteWeek: number): number {
	return ((absoluteWeek % paymentsWaveWeeks) + paymentsWaveWeeks) % paymentsWaveWeeks;
}

const baseOperationalShare: Readonly<Record<TeamKey, number>> = {PAY: 0.43, PLAT: 0.35, GROW: 0.28, MOB: 0.37, DATA: 0.35};

/** The share of a team's clearly-signalled tickets that are firefighting in a week. */
export function operationalShare(team: TeamKey, absoluteWeek: number): number {
	if (team === 'PAY') return paymentsWave[paymentsPhase(absoluteWeek)] ?? baseOperationalShare.PAY;
	const offset = {PLAT: 1, GROW: 3, MOB: 5, DATA: 2}[team];
	return baseOperationalShare[team] + 0.06 * Math.sin((2 * Math.PI * (absoluteWeek + offset)) / 7);
}

export function fillTemplate(title: string, slots: Readonly<Record<string, readonly string[]>>, pick: (items: readonly string[]) => string): string {
	return title.replaceAll(/\{(\w+)\}/g, (_match, name: string) => {
		const values = slots[name];
		return values === undefined ? name : pick(values);
	});
}
