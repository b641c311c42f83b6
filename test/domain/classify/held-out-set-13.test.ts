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
	// Under what is measured now (docs/classification.md: accuracy 0.943, coverage 0.921 over the 38 scored tickets) by about one ticket;
	// the set holds 39, short of the 120 asked for (the time ran out); what is misread ("prometheus" in a title read as observability) is in the docs.
	floors: {accuracy: 0.91, coverage: 0.89},
	source: gitHubIssuesOf('prometheus/prometheus'),
});
