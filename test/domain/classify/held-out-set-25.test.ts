import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 25: real tickets none of the other sets holds, from a database company's tracker no other held-out set
 * draws its tickets from (cockroachdb/cockroach's GitHub issues: a distributed SQL database), whose tickets carry the
 * tracker's own labels and nothing else (`C-bug`, `C-enhancement`, `C-test-failure`, `C-performance`, `C-cleanup`,
 * `C-investigation`, `O-sentry`, `O-community`, `O-drt-…`, `release-blocker`, `GA-blocker`, `S-…`, `A-…` areas,
 * `T-…` teams, `P-0` to `P-3` …), each labelled with a one-line reason by the Categories definitions of metrics.md
 * before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 25,
	atLeast: 112,
	// Under what is measured now (docs/classification.md: accuracy 0.972 (103/106), coverage 0.981 (106/108) at version 27) by
	// about one ticket; first contact, at version 26, was 0.951 (98/103) and 0.954 (103/108).
	floors: {accuracy: 0.96, coverage: 0.97},
	source: gitHubIssuesOf('cockroachdb/cockroach'),
});
