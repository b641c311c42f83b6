import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 32: real tickets none of the other sets holds, from a web product team's tracker no other held-out set
 * draws its tickets from (go-gitea/gitea's GitHub issues: Gitea's web UI, API, webhooks, repository migration, LDAP
 * sign-in, mailer, database upgrades, Actions and release builds), whose tickets carry the tracker's own labels
 * (`type/bug`, `type/feature`, `type/proposal`, `type/refactoring`, `issue/regression`, `issue/needs-feedback`,
 * `topic/ui` …), each labelled with a one-line reason by the Categories definitions of metrics.md before the classifier
 * was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 32,
	atLeast: 91,
	// Under what is measured now (docs/classification.md: accuracy 0.948 (73/77), coverage 0.906 (77/85) at version 35) by
	// about one ticket; first contact, at version 33, was 0.918 (67/73) and 0.859 (73/85).
	floors: {accuracy: 0.94, coverage: 0.89},
	source: gitHubIssuesOf('go-gitea/gitea'),
});
