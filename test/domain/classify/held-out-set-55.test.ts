import {describeHeldOutSet, gitHubIssuesOf} from './held-out-set.js';

/**
 * Held-out set 55: real tickets none of the other sets holds, from a large commerce product's tracker: woocommerce/woocommerce's
 * GitHub issues (the block and classic checkout, payment gateways, updates that fatal, order storage and its queries, shipping
 * tax, coupons, variable product stock, transactional emails, analytics, the REST and Store APIs, PHP compatibility,
 * accessibility, the product editor, the monorepo's e2e tests and release tooling, TypeScript migration, hook docs), where
 * merchants file most bug reports and the core team files its own tasks and epics. The tickets carry the tracker's own labels
 * where they have any (`Bug`, `Enhancement`, `type: epic`, `Task (new)`, `type: technical debt`, `Performance`,
 * `metric: flaky e2e test`, `status: needs feedback` …), each labelled with a one-line reason by the Categories definitions of
 * metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions do not settle; they are not
 * scored.
 */
describeHeldOutSet({
	set: 55,
	atLeast: 106,
	// Under what is measured now (docs/classification.md: accuracy 0.978 (90/92), coverage 0.968 (92/95) at version 89) by less
	// than one ticket; first contact, at version 86, was 0.955 (85/89) and 0.937 (89/95).
	floors: {accuracy: 0.975, coverage: 0.965},
	// Many of its older issues carry no label in the stored thread: they are kept with none.
	source: gitHubIssuesOf('woocommerce/woocommerce', {unlabelled: true}),
});
