import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 11: real tickets none of the other sets holds, from a tracker no other set uses whose
 * tickets carry the tracker's own labels and nothing else (elastic/kibana's GitHub issues: `bug`,
 * `enhancement`, `technical debt`, `refactoring`, `chore`, `Meta`, `failed-test`, `skipped-test`,
 * `blocker`, `regression`, `performance`, `resilience`, `impact:<level>`, `loe:<size>`, `Team:<team>`,
 * `Feature:<area>`), each labelled with a one-line reason by the Categories definitions of metrics.md
 * before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle;
 * they are not scored.
 */
describeHeldOutSet({
	set: 11,
	atLeast: 159,
	// Under what is measured now (docs/classification.md: accuracy 0.965, coverage 0.947 over the 152 scored tickets) by about one ticket;
	// before the readings of version 13 (0.908, 0.855) the tracker's failed-test and Meta labels were unread.
	floors: {accuracy: 0.95, coverage: 0.94},
	source: gitHubIssuesOf('elastic/kibana'),
});
