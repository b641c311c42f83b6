import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 53 (jupyterhub/mybinder.org-deploy, the tracker of the team running mybinder.org) misread or left unread
 * three kinds of operations title: a collector said not to collect ("GESIS prometheus not collecting metrics from
 * binderhub" read as monitoring work through "prometheus" and "metrics"), a certificate said to be near its end as a noun
 * ("beta.mybinder.org certificate expiry"), and things piling up now ("Large number of pending pods for GESIS server",
 * "Non-running build pods accumulating on GESIS node"). Each is firefighting as an operator writes it; the work that
 * monitors, handles or prevents them is still planned.
 */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'MB-1', key: 'MB-1', team: 'MB', project: 'MB', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('MB-1')!;
}

const ordinary = ['Add a status page', 'Remove the old staging cluster', 'How to run BinderHub behind a proxy', 'Upgrade helm to 3.12', 'Fix flaky test'];

describe('a collector, a scraper or a recorder said not to do its job is not working', () => {
	it('reads "X not collecting / scraping / recording Y" as breakage', () => {
		for (const title of ['GESIS prometheus not collecting metrics from binderhub', 'Prometheus not scraping node exporters', 'Metrics not collected from the API', 'Audit log not recording logins']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves the collection asked for, refused or designed alone', () => {
		for (const title of [...ordinary, 'Collect metrics from the API', 'Record deploys in grafana', 'Do not record audio without consent', 'How to collect metrics from workers']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});

describe('a certificate near its end is a pending outage', () => {
	it('reads a certificate expiry or a certificate expiring as firefighting', () => {
		for (const title of ['beta.mybinder.org certificate expiry', 'SSL certificate expiry on staging', 'Certificate expiring for api.example.com', 'TLS cert expires in 3 days']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves the monitoring, the alerts and the renewal work alone', () => {
		for (const title of [...ordinary, 'Monitor certificate expiry', 'Certificate expiry alerts', 'Automate renewal of expiring certificates', 'Show certificate expiry date in the dashboard', 'Add certificate expiry check', 'Certificate expiration policy']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});

describe('things piling up now are an incident', () => {
	it('reads a large number of pending or stuck things, and things accumulating, as firefighting', () => {
		for (const title of ['Large number of pending pods for GESIS server', 'Large number of requests waiting on build', 'Non-running build pods accumulating on GESIS node', 'Zombie processes piling up on worker', 'Old images accumulate in the registry']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves the handling, the display, the prevention and debt alone', () => {
		for (const title of [...ordinary, 'Handle a large number of pending requests', 'Show the number of queued jobs', 'Prevent temp files from piling up', 'Tech debt piling up in billing', 'Support large number of pending uploads', 'Large number of files in repo']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});
