import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 43: real tickets none of the other sets holds, from a consumer app product team's tracker
 * (element-hq/element-web's GitHub issues: Element, the Matrix chat client for the web and the desktop: the timeline,
 * notifications, end-to-end encryption, the room list, threads, calls, login and OIDC, media, the composer, themes,
 * settings redesigns, the Docker image, telemetry, CI and end-to-end tests), whose tickets carry the tracker's own
 * labels (the type labels `T-Defect`, `T-Enhancement`, `T-Task`, `T-Feature`; severity `S-…` and occurrence `O-…`;
 * `X-Regression`, `Z-Flaky-Test`, areas `A-…`; and the older `bug`, `p1`, `regression`, `release-blocker`,
 * `maintenance`, `suggestion`, `redesign`, `Epic`), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they
 * are not scored.
 */
describeHeldOutSet({
	set: 43,
	atLeast: 102,
	// Under what is measured now (docs/classification.md: accuracy 0.990 (95/96), coverage 0.980 (96/98) at version 62) by less
	// than one ticket; first contact, at version 60, was 0.967 (87/90) and 0.918 (90/98).
	floors: {accuracy: 0.985, coverage: 0.975},
	source: gitHubIssuesOf('element-hq/element-web'),
});
