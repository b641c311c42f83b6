import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 11's misreadings (elastic/kibana, a GitHub tracker whose kind of work is in its own labels only). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 11 readings, failing tests', () => {
	it('reads the "failed-test" label as a failing test, as "failing-test" is', () => {
		expect(verdictOf('Flaky test', ['failed-test'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label failed-test')});
		expect(verdictOf('Unit tests for the scheduler', ['test-failure']).reason).toContain('label test-failure');
	});

	it('reads a leading "Failing test:" or "[test-failed]:" as the title\'s statement, not a place to skip', () => {
		expect(verdictOf('Failing test: x-pack/plugins/index_management/jest.config.js')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: failing')});
		// The suite's path names its subject ("monitoring", "dashboard"), not planned work.
		const path = '[test-failed]: Chrome X-Pack UI Functional Tests1.x-pack/test/functional/apps/monitoring/feature_controls/monitoring_spaces·ts - Monitoring app feature controls';
		expect(verdictOf(path)).toMatchObject({category: 'operational', reason: expect.stringContaining('title: failing')});
		expect(verdictOf(path, ['failed-test', 'test-cloud']).category).toBe('operational');
		// A place is still a place: "[Dashboard] Add panel titles" is not a failure.
		expect(verdictOf('[Dashboard] Add a refresh interval picker').reason).not.toContain('failing');
	});
});

describe('held-out set 11 readings, labels and titles', () => {
	it('reads a "bug" label as a ticket filed broken when the tracker has no type: incident tooling in its title names what broke', () => {
		expect(verdictOf('[Obs Alerting] Log threshold rule is triggering an alert when it shouldn\'t?', ['bug', 'Team:obs-ux-management']).category).toBe('operational');
		expect(verdictOf('[Alerting] If user toggles action filters, they cannot save the rule', ['bug', 'Feature:Alerting/RuleActions', 'Team:ResponseOps']).category).toBe('operational');
		// Without the label the same words are incident tooling still.
		expect(verdictOf('Alerting rule templates for the on-call rotation').category).toBe('strategic');
	});

	it('reads "meta issue" and "tracking issue" as an umbrella, not "a problem"', () => {
		expect(verdictOf('[kbn/optimizer] meta issue').reason).not.toContain('a problem');
		expect(verdictOf('Tracking issue').reason).not.toContain('a problem');
		expect(verdictOf('Login page issue').reason).toContain('a problem');
	});

	it('reads a "Meta" label or "[Meta]" tag as an umbrella of planned work, as "tracking-issue" is', () => {
		expect(verdictOf('Lens by Default', ['Feature:Lens', 'Meta', 'Team:KibanaApp']).reason).toContain('label meta');
		expect(verdictOf('[Meta] Lens visualization editor').reason).toContain('title: meta');
		// A meta issue for a regression's fixes is the regression's.
		expect(verdictOf('[Meta] Bug fixes targeting 7.5.0', ['Meta', 'bug', 'regression']).category).toBe('operational');
	});

	it('reads "KTLO" in a title as keep-the-lights-on work, as the label is', () => {
		expect(verdictOf('[ResponseOps] Release 9.2 KTLOs', ['Meta', 'Team:ResponseOps'])).toMatchObject({category: 'operational', reason: expect.stringContaining('title: ktlo')});
		expect(verdictOf('Keep the lights on: rotate expiring certificates').category).toBe('operational');
	});
});

describe('held-out set 11 readings, breakage', () => {
	it('reads "… breaks on …" and "… crashes when …" as breakage now, as "… fails on …" is', () => {
		expect(verdictOf('APM Dashboard breaks on reload', ['bug'])).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		expect(verdictOf('Canvas workpad crashes when a filter is removed').reason).toContain('title: not working');
		// A guard against breakage is still planned work: "Prevent build breaks", "… what breaks when …" as a condition.
		expect(verdictOf('Add build options to prevent OVMF build breaks').category).toBe('strategic');
	});
});
