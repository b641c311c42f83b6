import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 27: real tickets none of the other sets holds, from an infrastructure-as-code tool's tracker no other
 * held-out set draws its tickets from (hashicorp/terraform-provider-aws's GitHub issues: the Terraform AWS provider),
 * whose tickets carry the tracker's own labels and nothing else (`bug`, `crash`, `regression`, `enhancement`,
 * `new-data-source`, `documentation`, `technical-debt`, `breaking-change`, `needs-triage`, `waiting-response`,
 * `prioritized`, `service/…` areas, `partition/…` …), each labelled with a one-line reason by the Categories definitions
 * of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they
 * are not scored. Batch 1 was run once alone before batch 2 was labelled (see the fixture's `about`).
 */
describeHeldOutSet({
	set: 27,
	atLeast: 108,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (99/99), coverage 0.980 (99/101) at version 30) by about
	// one ticket; first contact, at version 29, was 0.967 (89/92) and 0.911 (92/101) (batch 1 alone, its one run before batch 2 was
	// labelled: 0.939 (46/49) and 0.942 (49/52); batch 2: 1.000 (43/43) and 0.878 (43/49)).
	floors: {accuracy: 0.98, coverage: 0.97},
	source: gitHubIssuesOf('hashicorp/terraform-provider-aws'),
});
