import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 57: real tickets none of the other sets holds, from the tracker of a service's operators no set drew from:
 * pypi/warehouse, the codebase and operational tracker of the Python Package Index, where the PSF's PyPI admins take the
 * users' reports (uploads failing with 5xx errors, stale CDN content, verification mail not arriving, accounts locked out,
 * file size limit requests, malware and spam reports) beside their own features, policies, rollouts and deprecations. The
 * brief's first choice, rust-lang/simpleinfra with rust-lang/infra-team, was too thin in the stored corpora (pull requests
 * almost only). The tickets carry the tracker's own labels where they have any (`bug :bug:`, `requires triaging`,
 * `limit request`, `feature request`, `support`, `CDN/network`, `organizations`, `2FA`, `security` …); many show none and are
 * kept with `[]`. Each is labelled with a one-line reason by the Categories definitions of metrics.md before the classifier
 * was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 57,
	atLeast: 94,
	// Under what is measured now (docs/classification.md: accuracy 0.987 (77/78), coverage 0.907 (78/86) at version 96) by less
	// than one ticket; first contact, at version 94, was 0.968 (61/63) and 0.733 (63/86).
	floors: {accuracy: 0.985, coverage: 0.9},
	// Many of its issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('pypi/warehouse', {unlabelled: true}),
});
