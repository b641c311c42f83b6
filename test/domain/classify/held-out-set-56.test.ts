import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 56: real tickets none of the other sets holds, from a desktop code editor's product tracker: zed-industries/zed's
 * GitHub issues (crashes at startup and while editing, the auto-updater, CPU, battery and memory leaks, settings and the settings
 * editor, vim mode and key bindings, language servers, terminal splitting, the AI agent panel, git diff views, the extension API,
 * the Nix flake and its CI, collaboration calls and screen sharing), where users file most bug reports and feature requests and
 * the team files its own tracking and meta issues. The tickets carry the tracker's own labels where they have any (`defect`,
 * `bug`, `enhancement`, `admin read`, `triage`, `priority:P0`…`P3`, `severity:S1`, `area:performance/memory leak`,
 * `state:needs repro` …), each labelled with a one-line reason by the Categories definitions of metrics.md before the classifier
 * was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 56,
	atLeast: 100,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (90/90), coverage 0.957 (90/94) at version 95) by less
	// than one ticket; first contact, at version 94, was 1.000 (83/83) and 0.883 (83/94).
	floors: {accuracy: 0.995, coverage: 0.955},
	// Many of its issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('zed-industries/zed', {unlabelled: true}),
});
