import {expect} from 'vitest';
import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/** The repositories of the Python Software Foundation's web and infrastructure teams the set draws from. */
const repositories = ['python/pythondotorg', 'python/psf-salt', 'python/psf-infra-meta'];

/**
 * Held-out set 49: real tickets none of the other sets holds, from the trackers of an operations / infrastructure team
 * no set drew from: the Python Software Foundation's infrastructure staff and the python.org web team (python/pythondotorg,
 * the tracker of www.python.org: downloads and release pages, events, the job board, blogs and feeds, PSF membership,
 * sponsorship applications, search, accounts; with a few issues of python/psf-salt, the infrastructure's Salt states, and
 * python/psf-infra-meta, the team's meta tracker), where the community reports outages, 503s, broken downloads, certificate
 * errors and lost logins and the staff file the features, upgrades and redesigns they plan. The tickets carry the tracker's
 * own labels where they have any (`app/jobs`, `app/events`, `app/downloads`, `app/sponsors`, `sponsor-applications`,
 * `content`, `frontend`, `backend`, `bug`, `enhancement`, `infrastructure`, `psf-review` …), each labelled with a one-line
 * reason by the Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones
 * the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 49,
	atLeast: 96,
	// Under what is measured now (docs/classification.md: accuracy 0.954 (62/65), coverage 0.765 (65/85) at version 76) by less
	// than one ticket; first contact, at version 75, was 0.918 (56/61) and 0.718 (61/85).
	floors: {accuracy: 0.95, coverage: 0.76},
	// Most of its issues carry no label in the stored thread: they are kept with none.
	source: (item) => {
		expect(repositories).toContain(item.project);
		gitHubIssuesOf(item.project, {unlabelled: true})(item);
	},
});
