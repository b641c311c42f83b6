import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 30: real tickets none of the other sets holds, from an infrastructure-automation team's tracker no other
 * held-out set draws its tickets from (ansible/ansible's GitHub issues: ansible-core's playbook engine, connection
 * plugins, ansible-vault, ansible-galaxy, ansible-doc and ansible-test), whose tickets carry the tracker's own labels and
 * what its bot adds (`bug`, `feature`, `docs`, `performance`, `ansible-test`, `affects_2.9`, `support:core`, `has_pr`,
 * `needs_info`, `P1` …), each labelled with a one-line reason by the Categories definitions of metrics.md before the
 * classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 30,
	atLeast: 97,
	// Under what is measured now (docs/classification.md: accuracy 0.966 (86/89), coverage 0.967 (89/92) at version 32) by
	// about one ticket; first contact, at version 31, was 0.955 (84/88) and 0.957 (88/92).
	floors: {accuracy: 0.95, coverage: 0.95},
	source: gitHubIssuesOf('ansible/ansible'),
});
