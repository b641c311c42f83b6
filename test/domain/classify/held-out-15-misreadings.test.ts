import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 15's misreadings (kubernetes/kubernetes, a GitHub tracker whose kind of work is in prow's slash-scoped labels). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'kubernetes/kubernetes#1', key: 'kubernetes/kubernetes#1', team: 'kubernetes/kubernetes', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('kubernetes/kubernetes#1')!;
}

describe('held-out set 15 readings, kubernetes/kubernetes\'s labels and titles', () => {
	it('reads a slash-scoped label by its value whole ("kind/failing-test" as failing-test), and "kind/flake" as a test flaking now', () => {
		expect(verdictOf('Windows containerd nightly job', ['kind/failing-test', 'sig/windows'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label kind-failing-test')});
		expect(verdictOf('k8s.io/kubernetes/pkg/api/testing.testing', ['priority/failing-test'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label priority-failing-test')});
		expect(verdictOf('TestDifferentWidths', ['kind/flake', 'sig/api-machinery'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label kind-flake')});
		// Values read before by their last part are read as before; values that name no kind of work still say nothing.
		expect(verdictOf('Remove the deprecated flag', ['kind/cleanup'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label kind-cleanup')});
		for (const labels of [['kind/more-info-needed'], ['area/test'], ['sig/testing'], ['lifecycle/rotten']]) {
			expect(verdictOf('Pod status', labels).reason, labels[0]).not.toContain('label');
		}
		// A priority under the scope still only supports.
		expect(verdictOf('Pod status', ['priority/critical-urgent']).category).toBe('unclassified');
	});

	it('reads a title opened by the issue template\'s "[Flaky Test]" or "[Flaking Test]" as a flaky test', () => {
		for (const title of ['[Flaky Test] kind-master-parallel (ci-kubernetes-kind-e2e-parallel)', '[Flaking Test] ci-kubernetes-unit', 'Flaking test: TestWatchBasedManager']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a flaky test')});
		}
		// Flaky-test tooling is still not a flaky test, bracketed or not.
		for (const title of ['[Flaky tests] quarantine dashboard', 'Flaky test detection and quarantining']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a flaky test');
		}
	});

	it('reads "oomkilled" as a crash, as "OOM" is', () => {
		for (const title of ['apiserver keeps increasing in memory until it gets oomkilled', 'etcd OOMKilled after upgrade', 'Scheduler pod oom-killed under load']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: crashing')});
		}
		// An OOM score setting is not a crash; alerting on OOM kills is planned work.
		expect(verdictOf('Set oom_score_adj for system daemons').reason).not.toContain('title: crashing');
		expect(verdictOf('Alert on OOMKilled pods').category).not.toBe('operational');
	});

	it('reads promoting a feature to GA, beta or stable as planned work, whatever else it is labelled', () => {
		expect(verdictOf('Promote VolumePVCDataSource to GA in 1.18', ['kind/bug', 'kind/feature', 'sig/storage'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		expect(verdictOf('Graduate CSI migration to beta')).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		// Promoting a build between environments is no maturity level; a promotion that broke something is breakage.
		expect(verdictOf('Promote staging build to production').reason).not.toContain('title: opens with planned work');
		expect(verdictOf('Promotion to GA broke volume expansion').category).not.toBe('strategic');
	});
});
