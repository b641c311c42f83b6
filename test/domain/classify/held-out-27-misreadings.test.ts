import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 27's misreadings (hashicorp/terraform-provider-aws's GitHub issues), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'TF-1', key: 'TF-1', team: 'TF', project: 'TF', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('TF-1')!;
}

// Titles of planned work that open with an imperative step, from other kinds of teams: none of these readings touches them.
const plannedSteps = [
	'Verify dashboards after upgrade to 9.1',
	'Plan the data migration for Q3',
	'Re-enable caching after upgrade to 3.2',
	'Migrate payments to the new ledger',
	'Reduce CI slowdown from cache misses',
];

describe('held-out set 27 readings, hashicorp/terraform-provider-aws', () => {
	it('reads a provider\'s "new-resource", "new-data-source" and "new-service" labels as feature requests', () => {
		for (const label of ['new-resource', 'new-data-source', 'new-service']) {
			expect(verdictOf('r/aws_sagemaker_algorithm: New resource', [label]), label).toMatchObject({category: 'strategic', reason: `label ${label}`});
		}
		// Only those labels: a contributor's or a user's "new-" label says nothing of the work.
		for (const label of ['new-contributor', 'new-user']) expect(verdictOf('Onboarding checklist', [label]).reason, label).not.toContain(`label ${label}`);
	});

	it('reads a migration said not to happen as breakage, and leaves the migration asked for, forbidden or questioned alone', () => {
		for (const title of ['Virtual Machines are not migrating to AWS SDK GO(v2)', 'Customer data is not migrating to the new plan', "Users can't migrate their saved cards"]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		for (const title of ["Don't migrate archived tickets", 'Why not migrate to Postgres?', 'Ensure drafts do not migrate', ...plannedSteps]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads a diff that never settles as breakage, not a check that catches one nor what is perpetual by design', () => {
		for (const title of ['Perpetual diff with data sources (aws_kms_key and aws_iam_policy_document)', 'Persistent diff between ledger and bank balance']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: 'title: not working'});
		}
		// A breakage read silences the tool's name and the topic: "… perpetual diff with Terraform 0.13 (… linters)" is a bug.
		expect(verdictOf('Data sources with non-deterministic IDs show perpetual diff with Terraform 0.13 (R015, R016, R017 linters)', ['bug']).category).toBe('operational');
		for (const title of ['Detect perpetual diffs in CI', 'Add perpetual license option to checkout', 'Implement perpetual inventory valuation']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads a snake_case identifier of three parts or more as a name, not as its words', () => {
		for (const title of ['Update aws_iam_policy_document example', 'Handle payment_intent_failed webhook']) expect(verdictOf(title).category, title).toBe('unclassified');
		// Two words joined by habit are still read: an error code names the error.
		expect(verdictOf('Z-waveJS: unknown_error when switching off a switch').category).toBe('operational');
	});

	it('reads significant memory use and slowdowns as a system degraded now, not a saving or a cut', () => {
		expect(verdictOf('Significant memory usage at init with 4.29.0 provider')).toMatchObject({category: 'operational', reason: 'title: high memory use'});
		for (const title of ['Significant memory savings with the new allocator', 'Significant memory usage reduction in v2']) expect(verdictOf(title).reason, title).not.toContain('high memory use');
		for (const title of ['Significant slowdowns running terraform for WAF resources', 'Checkout slowdown after 2.3 release']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: slow')});
		}
		expect(verdictOf('Reduce CI slowdown from cache misses').category).toBe('strategic');
	});

	it('reads a contraction typed without its apostrophe as with it, and what is not remembered as breakage', () => {
		for (const title of ['Terraform applys security group rules, but doesnt remember', 'App doesnt load on iOS 17', "Settings don't remember the last tab"]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: 'title: not working'});
		}
		// "won't always" is behaviour that holds only sometimes, as "isn't always" is.
		for (const title of ['Recorder wont always release memory after nightly purge', "Scheduler won't always pick the latest config"]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: 'title: not always working'});
		}
		for (const title of ['Should not remember card numbers', 'Remember the last selected team', "Don't always fetch the full history"]) {
			expect(verdictOf(title).category, title).toBe('unclassified');
		}
	});
});
