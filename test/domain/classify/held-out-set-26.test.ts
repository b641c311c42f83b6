import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 26: real tickets none of the other sets holds, from a consumer product no other set draws its tickets
 * from (home-assistant/core's GitHub issues: open-source home automation, its issues written by the people running it
 * at home), whose tickets carry the tracker's own labels and nothing else (`integration: hue`, `integration: zha`,
 * `stale`, `needs-more-information`, `problem in dependency`, `feature-request`, `blocking event loop`,
 * `waiting-for-upstream` …), each labelled with a one-line reason by the Categories definitions of metrics.md before
 * the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 26,
	atLeast: 112,
	// Under what is measured now (docs/classification.md: accuracy 0.973, coverage 0.701 over the 107 scored tickets at version 27;
	// first contact at version 26, 0.875 and 0.598) by about one ticket.
	floors: {accuracy: 0.96, coverage: 0.69},
	source: gitHubIssuesOf('home-assistant/core'),
});
