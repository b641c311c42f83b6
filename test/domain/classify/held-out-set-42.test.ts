import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 42: real tickets none of the other sets holds, from an infrastructure / platform team's own tracker
 * (kubernetes/k8s.io: SIG K8s Infra, who run the Kubernetes project's community-owned cloud estate — the image
 * registry and its promoter, the download CDN, the prow build clusters, DNS, groups, billing and credits — and file
 * tickets for their own migrations, buckets, upgrades, reports and on-call beside the breakage and requests others
 * report), whose tickets carry the tracker's own labels where they have any (`kind/bug`, `kind/cleanup`,
 * `priority/critical-urgent`, `priority/important-longterm`, `area/dns`, `area/artifacts`, `area/billing`,
 * `sig/k8s-infra`, `wg/k8s-infra` …), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle;
 * they are not scored.
 */
describeHeldOutSet({
	set: 42,
	atLeast: 75,
	// Under what is measured now (docs/classification.md: accuracy 0.964 (53/55), coverage 0.786 (55/70) at version 61) by less
	// than one ticket; first contact, at version 60, was 0.958 (46/48) and 0.686 (48/70).
	floors: {accuracy: 0.955, coverage: 0.78},
	// Many of its issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('kubernetes/k8s.io', {unlabelled: true}),
});
