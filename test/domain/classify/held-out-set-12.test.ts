import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 12: real tickets none of the other sets holds, from a tracker no other set uses whose
 * tickets carry the tracker's own labels and nothing else (microsoft/vscode's GitHub issues: `bug`,
 * `feature-request`, `debt`, `engineering`, `perf`, `freeze-slow-crash-leak`, `regression`, `important`,
 * `security`, `plan-item`, `iteration-plan`, `endgame-plan`, `unit-test-failure`, `integration-test-failure`,
 * `smoke-test-failure`, and feature-area labels), each labelled with a one-line reason by the Categories
 * definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the
 * definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 12,
	atLeast: 140,
	// Under what is measured now (docs/classification.md: accuracy 0.992, coverage 0.932 over the 133 scored tickets) by about one ticket;
	// what is left unread (a Chinese title, "Deleted code after update", marketplace titles with no verb) is in the docs.
	floors: {accuracy: 0.98, coverage: 0.92},
	source: gitHubIssuesOf('microsoft/vscode'),
});
