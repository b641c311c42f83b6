import {describeHeldOutSet, gitLabIssuesOf} from './held-out-set.js';

/**
 * Held-out set 18: real tickets none of the other sets holds, from a tracker no other set draws its tickets
 * from (the issue trackers of GitLab's own projects on gitlab.com: gitlab-org/gitlab, gitlab-org/gitlab-runner,
 * gitlab-org/gitaly, GitLab.com's incident tracker gitlab-com/gl-infra/production …), each labelled with a
 * one-line reason by the Categories definitions of metrics.md before the classifier was run on them. The stored
 * pages hold titles only (GitLab renders its scoped labels by script), so the set measures titles alone.
 * `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 18,
	atLeast: 88,
	// Under what is measured now (docs/classification.md: accuracy 0.878, coverage 0.871 over the 85 scored tickets at version 18) by about one ticket;
	// at first contact (version 17) 0.841 and 0.812.
	floors: {accuracy: 0.85, coverage: 0.83},
	source: gitLabIssuesOf(/^gitlab-(org|com)\//),
});
