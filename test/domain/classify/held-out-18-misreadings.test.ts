import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 18's misreadings (GitLab's own trackers on gitlab.com, read by their titles alone). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'gitlab-com/gl-infra/production#1', key: 'gitlab-com/gl-infra/production#1', team: 'gitlab-com/gl-infra/production', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('gitlab-com/gl-infra/production#1')!;
}

describe('held-out set 18 readings, GitLab.com\'s incident and issue titles', () => {
	it('sets a date opening the title aside: it names a day, not an incident', () => {
		// GitLab.com's incident titles open with the day; so do meetings, reports and releases. Read as an incident
		// (version 18 before this), every dated title was firefighting at 0.76.
		for (const title of ['2024-02-01: Weekly sync', '2024-03-04: Release 1.2 checklist', '2024-06-01: Monthly cost report', '2024-07-09: Quarterly planning notes']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
		// What follows the date is read as a title: its tags, its planned work, its breakage.
		expect(verdictOf('2025-01-15: Migrate runners to the new fleet')).toMatchObject({category: 'strategic'});
		expect(verdictOf('2025-02-03: [Incident] CI runners are down')).toMatchObject({category: 'operational'});
		// Set 18's own "2023-10-25: High Sidekiq Job Latency" is firefighting by its words (version 51), not by its date.
		expect(verdictOf('2023-10-25: High Sidekiq Job Latency')).toMatchObject({category: 'operational', reason: 'title: slow'});
		expect(verdictOf('Incident review: 2026-03-05: CI/CD Pipelines stuck in running status')).toMatchObject({category: 'strategic'});
	});

	it('reads an SLO violation said noun first, or an alert named "…SLOViolation", as outside its SLO', () => {
		for (const title of ['Sidekiq queueing SLI apdex SLO violation on catchall shard (apdex 66.79%)', 'RegistryServiceDatabaseApdexSLOViolation', 'Web SLA violations in eu-west']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: outside its SLO')});
		}
		// Alerting on, reporting on or planning for breaches is not a breach.
		for (const title of ['Alert on SLO violations', 'SLO violation alerts for the API', 'Dashboard of SLO violation reports', 'Define SLOs for the registry']) {
			expect(verdictOf(title).reason, title).not.toContain('title: outside its SLO');
		}
	});

	it('reads a title opened by the exception it reports as breakage', () => {
		for (const title of ["NoMethodError: undefined method `include?' for nil:NilClass in ip_rate_limiter.rb", 'TypeError: cannot read properties of undefined', 'NullPointerException: in job scheduler']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: an exception')});
		}
		// A component or a capability named with "error" is not an exception; planned work on errors stays planned.
		for (const title of ['Error tracking: add Sentry project settings', 'error-reporting: add a retry button', 'ErrorBoundary: render a fallback']) {
			expect(verdictOf(title).reason, title).not.toContain('title: an exception');
		}
	});

	it('reads an "Experiment:" or "[Experiment]" opener as planned exploration, as a spike is', () => {
		for (const title of ['Experiment: GitLab Duo Slack Integration', '[Experiment] Cache merge request widgets']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: experiment')});
		}
		// The word elsewhere is not the tag.
		expect(verdictOf('Pipeline fails for the experiment project').category).toBe('operational');
	});
});
