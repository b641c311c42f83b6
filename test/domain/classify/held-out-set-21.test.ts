import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 21: real tickets none of the other sets holds, from a data platform no other set draws its tickets
 * from (apache/airflow's GitHub issues: a workflow orchestration platform for data pipelines), whose tickets carry the
 * tracker's own labels and nothing else (`kind:bug`, `kind:feature`, `kind:meta`, `kind:task`, `kind:documentation`,
 * `area:…`, `provider:…`, `priority:high`, `priority:critical`, `good first issue`, `needs-triage`, `Quarantine` …),
 * each labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was run on
 * them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 21,
	atLeast: 108,
	// Under what is measured now (docs/classification.md: accuracy 0.980, coverage 0.980 over the 101 scored tickets at version 21) by about one ticket.
	floors: {accuracy: 0.97, coverage: 0.97},
	source: gitHubIssuesOf('apache/airflow'),
});
