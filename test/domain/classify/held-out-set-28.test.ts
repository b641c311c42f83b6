import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 28: real tickets none of the other sets holds, from a compiler and language team's tracker no other
 * held-out set draws its tickets from (microsoft/TypeScript's GitHub issues: the compiler, the language service and
 * tsserver), whose tickets carry the tracker's own labels and nothing else (`Bug`, `Crash`, `Suggestion`, `Committed`,
 * `In Discussion`, `Experience Enhancement`, `Needs Investigation`, `Fix Available`, `Infrastructure`, `Domain: …`, and
 * the resolutions `Working as Intended`, `Design Limitation`, `Duplicate`, `Declined` …), each labelled with a one-line
 * reason by the Categories definitions of metrics.md before the classifier was run on them. A resolution label says how
 * an issue was closed, not what it asked for. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 28,
	atLeast: 107,
	// Under what is measured now (docs/classification.md: accuracy 0.957 (89/93), coverage 0.930 (93/100) at version 30) by
	// about one ticket; first contact, at version 29, was 0.949 (74/78) and 0.780 (78/100).
	floors: {accuracy: 0.94, coverage: 0.92},
	source: gitHubIssuesOf('microsoft/TypeScript'),
});
