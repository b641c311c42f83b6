import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 52: real tickets none of the other sets holds, from Mattermost's tracker (the team chat server and web
 * app). Mattermost plans its work in a public Jira (project MM: Bug, Story, Task, Improvement), whose fields the stored
 * corpora do not hold, so the set is the GitHub issues of mattermost/mattermost, where the community files bug reports and
 * the core team mirrors its Jira tickets as Help Wanted issues. The tickets carry the tracker's own labels where they have
 * any (`Bug Report/Open`, `Awaiting Submitter Action`, `Help Wanted`, `Up For Grabs`, `Area/Technical Debt`,
 * `Tech/TypeScript`, `kind/feature`, `kind/bug` …), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are
 * not scored.
 */
describeHeldOutSet({
	set: 52,
	atLeast: 102,
	// Under what is measured now (docs/classification.md: accuracy 0.988 (83/84), coverage 0.848 (84/99) at version 79) by less
	// than one ticket; first contact, at version 75, was 0.962 (75/78) and 0.788 (78/99).
	floors: {accuracy: 0.985, coverage: 0.845},
	// Many of its older issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('mattermost/mattermost', {unlabelled: true}),
});
