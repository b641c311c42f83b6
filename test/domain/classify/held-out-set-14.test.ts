import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 14: real tickets none of the other sets holds, from a tracker no other set uses whose
 * tickets carry the tracker's own labels and nothing else (golang/go's GitHub issues: `NeedsInvestigation`,
 * `NeedsFix`, `WaitingForInfo`, `release-blocker`, `Security`, `Proposal`, `Builders`, `Testing`,
 * `Performance`, `ToolSpeed`, `Documentation`, `telemetry`, `gopls`, `Tools`, `pkgsite` …), each labelled with a
 * one-line reason by the Categories definitions of metrics.md before the classifier was run on them.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 14,
	atLeast: 109,
	// Under what is measured now (docs/classification.md: accuracy 0.968, coverage 0.870 over the 108 scored tickets at version 16) by about one ticket.
	floors: {accuracy: 0.95, coverage: 0.86},
	source: gitHubIssuesOf('golang/go'),
});
