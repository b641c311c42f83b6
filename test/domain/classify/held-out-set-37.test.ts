import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 37: real tickets none of the other sets holds, from a kind of team no other held-out set draws its
 * tickets from: a desktop developer-tool team (microsoft/terminal's GitHub issues: Windows Terminal and the Windows
 * console host, its tabs, panes and settings UI, rendering and fonts, accessibility, localization, WSL profiles,
 * ConPTY, the build and CI), whose tickets carry the tracker's own labels (`Issue-Bug`, `Issue-Feature`, `Issue-Task`,
 * `Issue-Docs`, `Issue-Question`, `Area-CodeHealth`, `Severity-Crash`, `Priority-1`, `Needs-Triage` …), each labelled
 * with a one-line reason by the Categories definitions of metrics.md before the classifier was run on them. `ambiguous`
 * tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 37,
	atLeast: 100,
	// Under what is measured now (docs/classification.md: accuracy 0.988 (83/84), coverage 0.884 (84/95) at version 42) by about one
	// ticket; first contact, at version 40, was 0.987 (75/76) and 0.800 (76/95).
	floors: {accuracy: 0.98, coverage: 0.87},
	source: gitHubIssuesOf('microsoft/terminal'),
});
