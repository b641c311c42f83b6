import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 45: real tickets none of the other sets holds, from an internal platform / infrastructure team's own
 * tracker (ministryofjustice/cloud-platform's GitHub issues: the UK Ministry of Justice's Cloud Platform team, who run
 * the shared Kubernetes hosting platform for the Ministry's service teams: EKS clusters, Concourse pipelines, ingress
 * and the WAF, certificates, DNS zones, monitoring, logging, the CLI and runbooks), where the team files its own
 * upgrades, migrations, decommissions, alerts and epics and the service teams file support requests. The tickets carry
 * the tracker's own labels where they have any (`support team`, `support-team`, `support-request`, `Support`, `EPIC`,
 * `Firebreak`, `Innovation`, `enhancement`, `bug`, `tech-debt`, `CP30`, `needs-refining`, `Aged Out` …), each labelled
 * with a one-line reason by the Categories definitions of metrics.md before the classifier was run on them.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 45,
	atLeast: 98,
	// Under what is measured now (docs/classification.md: accuracy 0.873 (69/79), coverage 0.840 (79/94) at version 69) by less
	// than one ticket; first contact, at version 68, was 0.853 (64/75) and 0.798 (75/94).
	floors: {accuracy: 0.87, coverage: 0.835},
	// Some of its issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('ministryofjustice/cloud-platform', {unlabelled: true}),
});
