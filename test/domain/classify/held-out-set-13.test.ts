import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 13: real tickets none of the other sets holds, from a tracker no other set uses whose
 * tickets carry the tracker's own labels and nothing else (prometheus/prometheus's GitHub issues: `kind/bug`,
 * `kind/enhancement`, `kind/feature`, `kind/breaking`, `kind/question`, `kind/more-info-needed`, `bug`,
 * `Critical`, `priority/P2`, `priority/P3`, `priority/Pmaybe`, and `component/…` / `area/…` labels), each
 * labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was run
 * on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 13,
	atLeast: 39,
	// Under what is measured now (docs/classification.md: accuracy 1.000, coverage 0.868 over the 38 scored tickets at version 15) by about one ticket;
	// the set holds 39, short of the 120 asked for (the time ran out); what is left unsure is in the docs.
	floors: {accuracy: 0.97, coverage: 0.84},
	source: gitHubIssuesOf('prometheus/prometheus'),
});
