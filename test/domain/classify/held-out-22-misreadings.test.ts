import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 22's misreadings (React's GitHub issues, a tracker whose kind of work is in "Scope: value" labels), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'react/react#1', key: 'react/react#1', team: 'react/react', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('react/react#1')!;
}

describe('held-out set 22 readings, React\'s labels and titles', () => {
	it('reads a "Scope: value" label by its value whole, as "type:feature-request" is', () => {
		expect(verdictOf('Feature Idea: useError hook', ['Component: Hooks', 'Type: Feature Request'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label type:feature-request')});
		expect(verdictOf('Overtime export for contractors', ['Type: Enhancement'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label type:enhancement')});
		expect(verdictOf('Payslip PDF shows last month', ['Type: Bug', 'Priority: High'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label type:bug')});
		// A scope that names where the work is, who does it or where it stands says nothing of its kind.
		for (const labels of [['Team: Payroll'], ['Component: Checkout'], ['Status: In Progress'], ['Area: Billing', 'Platform: iOS']]) {
			expect(verdictOf('Payroll export for contractors', labels).reason, labels.join()).not.toContain('label');
		}
	});

	it('reads a GitLab "scope::value" label by its scope where the value only refines it, and a single colon never by its scope', () => {
		// "bug::performance" weighs what "bug" does: alone a bug label leaves the verdict unsure, with a title's breakage it is firefighting.
		expect(verdictOf('Pipeline page takes 30s to load', ['bug::performance', 'group::pipeline execution'])).toMatchObject({reason: expect.stringContaining('label bug:performance'), confidence: verdictOf('Pipeline page takes 30s to load', ['bug']).confidence});
		expect(verdictOf('Runner jobs stuck in pending', ['bug::availability'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label bug:availability')});
		expect(verdictOf('Group-level approval rules', ['feature::addition', 'devops::create'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label feature:addition')});
		expect(verdictOf('Split the merge request widget', ['maintenance::refactor'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label maintenance:refactor')});
		// elastic/kibana's "Feature:Alerting", Nextcloud's "feature: files" name a product area, not planned work.
		expect(verdictOf('Rule snoozing for the on-call team', ['Feature:Alerting']).reason).not.toContain('label feature');
		expect(verdictOf('Shared folder sizes', ['feature: files']).reason).not.toContain('label feature');
		// Scopes that are no kind of work are not read: "devops::plan", "group::source code", "workflow::in dev".
		expect(verdictOf('Board swimlanes', ['devops::plan', 'group::source code', 'workflow::in dev']).reason).not.toContain('label');
	});

	it('reads a rank in a scoped priority or severity label as the tracker\'s priority: "severity::1" as "sev1", "priority::1" as "p1"', () => {
		expect(verdictOf('Search results missing for new projects', ['severity::1'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label severity:1')});
		expect(verdictOf('Checkout page returns 500 for EU customers', ['Priority: 0']).reason).toContain('label priority:0');
		expect(verdictOf('Checkout page returns 500 for EU customers', ['priority::1']).reason).toContain('label priority:1');
		// The lower ranks say nothing, as a Medium or Low priority field does.
		for (const label of ['priority::3', 'severity::4', 'Priority: 2']) {
			expect(verdictOf('Rename the settings page', [label]).reason, label).not.toContain('label');
		}
	});

	it('reads "Status: Unconfirmed" as a bug report not yet confirmed', () => {
		expect(verdictOf('Sidebar collapses on window resize', ['Status: Unconfirmed'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label status:unconfirmed')});
		expect(verdictOf('Payroll totals differ between exports', ['unconfirmed'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label unconfirmed')});
	});

	it('reads an infinite loop, recursion or redirect as breakage now, not a guard against one', () => {
		for (const title of ['Infinite Loop when maximum update depth exceeds', 'Infinite redirect after login on Safari', 'Checkout retries in an infinite loop']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: infinite loop')});
		}
		for (const title of ['Prevent infinite loops in the retry scheduler', 'Detect infinite recursion in templates', 'Limit infinite scrolling on the feed']) {
			expect(verdictOf(title).reason, title).not.toContain('title: infinite loop');
		}
	});
});
