import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 38: real tickets none of the other sets holds, from an infrastructure and operations-tooling team's tracker
 * (hashicorp/nomad's GitHub issues: Nomad, a workload orchestrator: its scheduler, servers and clients, task drivers,
 * CSI volumes, Consul and Vault integrations, periodic jobs, ACLs and SSO, the web UI, the CLI, metrics, CI and e2e
 * tests), whose tickets carry the tracker's own labels (`type/bug`, `type/enhancement`, `type/question`,
 * `stage/accepted`, `theme/crash`, `theme/flaky-tests`, `theme/cleanup`, `theme/ui` … and the older `bug`,
 * `enhancement`, `crash`, `cleanup`, `thinking`), each labelled with a one-line reason by the Categories definitions
 * of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle;
 * they are not scored.
 */
describeHeldOutSet({
	set: 38,
	atLeast: 101,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (92/92), coverage 0.958 (92/96) at version 43) by
	// less than one ticket; first contact, at version 40, was 0.989 (88/89) and 0.927 (89/96).
	floors: {accuracy: 0.99, coverage: 0.95},
	source: gitHubIssuesOf('hashicorp/nomad'),
});
