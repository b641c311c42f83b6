import {describe, expect, it} from 'vitest';
import {classifyTicket} from '../../../source/domain/classify/index.js';
import type {EffectiveCategory, Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

// Misreadings found by held-out set 6 (test/fixtures/held-out-tickets-6.json), each shown with
// the real ticket (source in the comment), a second phrasing so a rule cannot key on one title,
// and the neighbouring tickets the reading must leave as they were.
function category(ticket: Partial<Ticket> & {title: string}): EffectiveCategory {
	return classifyTicket(makeTicket(ticket), {tags: new Map(), rules: [], threshold: 0.6, learner: null}).category;
}

describe('held-out set 6 misreadings', () => {
	it('alerting or on-call tooling in a ticket filed as a Bug names what broke: the repair is firefighting', () => {
		// https://github.com/grafana/grafana/pull/41335, /40334, /39541 (Bug fixes of Grafana 8.2/8.3): read strategic for "incident tooling".
		expect(category({title: 'Azure monitor: Make sure alert rule editor is not enabled when template variables are being used', type: 'Bug'})).toBe('operational');
		expect(category({title: 'Alerting: The Create Alert button now appears on the dashboard panel when you are working with a default datasource', type: 'Bug'})).toBe('operational');
		expect(category({title: 'Alerting: Fixed rules migration to keep existing Grafana 8 alert rules', type: 'Bug'})).toBe('operational');
		expect(category({title: 'On-call schedule shows the wrong responder after the daylight saving change', type: 'Bug'})).toBe('operational');
		expect(category({title: 'PagerDuty alert routing is broken for the payments service'})).toBe('operational');
		// Planned work on the same tooling is still system improvement, Bug or not.
		expect(category({title: 'Add alert rules for the payments queue depth'})).toBe('strategic');
		expect(category({title: 'Set up PagerDuty escalation policies for the data team'})).toBe('strategic');
		expect(category({title: 'Migrate alert rules to the new on-call tool', type: 'Bug'})).toBe('strategic');
	});

	it('"X prevented / keeps Y from starting" states a failure; "Prevent Y from …" opening a title asks for a guard', () => {
		// https://github.com/grafana/grafana/pull/40339 (Features and enhancements of Grafana 8.2.2): read strategic for "prevent".
		expect(category({title: 'Packaging: We removed the ProcSubset option in systemd. This option prevented Grafana from starting in LXC environments', type: 'Feature'})).toBe('operational');
		expect(category({title: 'A stale lock file keeps the worker from starting after a reboot'})).toBe('operational');
		expect(category({title: 'Expired token prevents the exporter from sending metrics'})).toBe('operational');
		// The imperative is still prevention work.
		expect(category({title: 'Prevent folders from being deleted when they contain alerts', type: 'Feature'})).toBe('strategic');
		expect(category({title: 'Prevent deploys from starting while a migration runs'})).toBe('strategic');
	});

	it('"Fixed …" and "Fixes …" open a repair as "Fix …" does', () => {
		// Release-note and pull-request style, as Grafana's "Fixed an issue where …" (https://github.com/grafana/grafana/pull/39659); with no type to carry it.
		expect(category({title: 'Fixed an issue where the edit page crashes if you tried to preview an alert without a condition set'})).toBe('operational');
		expect(category({title: 'Fixes the export button on the invoices page'})).toBe('operational');
		expect(category({title: 'Fixed totals on the monthly billing report'})).toBe('operational');
		// "Fixed" as an adjective is not a repair.
		expect(category({title: 'Fixed-size buffer pool for the ingest workers'})).not.toBe('operational');
	});
});
