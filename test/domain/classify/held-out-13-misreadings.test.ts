import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import type {Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

/** Held-out set 13's misreadings (prometheus/prometheus, a GitHub tracker whose every title may name its own product). */
function verdictOf(title: string, fields: Partial<Ticket> = {}) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, ...fields});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

const inPrometheus = (number: number, labels: readonly string[] = []): Partial<Ticket> => ({key: `prometheus/prometheus#${number}`, team: 'prometheus/prometheus', labels});

describe('held-out set 13 readings, a tracker\'s own name', () => {
	it('does not read "prometheus" as observability work in prometheus/prometheus\'s own tracker', () => {
		// No longer misread as planned work; what is left of them ("metrics" against "restart", "being full") does not decide them.
		for (const [number, title, labels] of [
			[3632, 'prometheus drop many metrics sample after restart', ['component/scraping', 'kind/more-info-needed']],
			[3796, 'Prometheus 2.0: remote storage being full caused prometheus behavior-ed incorrectly', ['component/remote storage']],
		] as const) {
			const verdict = verdictOf(title, inPrometheus(number, labels));
			expect(verdict.category, title).not.toBe('strategic');
			expect(verdict.reason, title).not.toContain('title: prometheus');
		}
		const corruption = verdictOf('Missing data / Prometheus data store corruption?', inPrometheus(3233, ['kind/question']));
		expect(corruption.reason).not.toContain('title: prometheus');
		expect(corruption.category).toBe('operational');
	});

	it('knows the own name from the key\'s repository alone, and from a Jira or Linear project', () => {
		expect(verdictOf('prometheus drop many metrics sample after restart', {key: 'prometheus/prometheus#3632'}).reason).not.toContain('title: prometheus');
		expect(verdictOf('Prometheus restarts lose samples', {key: 'PROM-12', project: 'Prometheus'}).reason).not.toContain('title: prometheus');
	});

	it('still reads "prometheus" as observability work in any other tracker', () => {
		for (const fields of [{}, {key: 'INF-7', project: 'INF', team: 'Infrastructure'}, {key: 'grafana/grafana#1', team: 'grafana/grafana'}, {key: 'prometheus/alertmanager#5', team: 'prometheus/alertmanager'}]) {
			expect(verdictOf('Set up Prometheus monitoring', fields).category, JSON.stringify(fields)).toBe('strategic');
			expect(verdictOf('Prometheus for the checkout service', fields), JSON.stringify(fields)).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: prometheus')});
		}
		// A common noun is the work even where it names the tracker: runbooks in prometheus-operator/runbooks.
		expect(verdictOf('port runbooks from openshift', {key: 'prometheus-operator/runbooks#5', team: 'prometheus-operator/runbooks'}).reason).toContain('title: runbook');
		// A name that only holds the word is not the word: "Q3 Observability" still reads "observability".
		expect(verdictOf('Observability for checkout', {project: 'Q3 Observability'}).reason).toContain('title: observability');
	});
});
