import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 41: real tickets none of the other sets holds, from a web SaaS product company's main repository
 * (PostHog/posthog's GitHub issues: a hosted product-analytics suite whose product engineering teams file bugs,
 * support escalations and planned work there: feature flags, session replay, dashboards, funnels, persons and cohorts,
 * surveys, experiments, the data warehouse, alerts, ingestion, ClickHouse and Kafka, async migrations, CI), whose
 * tickets carry the tracker's own labels (`bug`, `enhancement`, `performance`, `stale`, `concept`, `epic`,
 * `tech debt`, `P0` … `P2`, `feature/<area>`, `team/<team>`), each labelled with a one-line reason by the Categories
 * definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not
 * settle; they are not scored.
 */
describeHeldOutSet({
	set: 41,
	atLeast: 109,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (98/98), coverage 0.942 (98/104) at version 54) by
	// less than one ticket; first contact, at version 51, was 0.989 (94/95) and 0.913 (95/104).
	floors: {accuracy: 0.99, coverage: 0.93},
	source: gitHubIssuesOf('PostHog/posthog'),
});
