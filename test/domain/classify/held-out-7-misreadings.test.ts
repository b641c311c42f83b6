import {describe, expect, it} from 'vitest';
import {classifyTicket} from '../../../source/domain/classify/index.js';
import type {EffectiveCategory, Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

// Misreadings found by held-out set 7 (test/fixtures/held-out-tickets-7.json, Apache Kafka's Jira),
// each shown with the real ticket (source in the comment), a second phrasing so a rule cannot key on
// one title, and the neighbouring tickets the reading must leave as they were.
function category(ticket: Partial<Ticket> & {title: string}): EffectiveCategory {
	return classifyTicket(makeTicket(ticket), {tags: new Map(), rules: [], threshold: 0.6, learner: null}).category;
}

describe('held-out set 7 misreadings', () => {
	it('a test reported flaky ("Flaky Test X", "X is flaky") is a failing test, whatever its type', () => {
		// https://issues.apache.org/jira/browse/KAFKA-9949, KAFKA-9966 (Improvements), KAFKA-9182 (a Test): unsure.
		expect(category({title: 'Flaky Test GlobalKTableIntegrationTest#shouldKStreamGlobalKTableLeftJoin', type: 'Improvement'})).toBe('operational');
		expect(category({title: 'Flaky Test org.apache.kafka.streams.integration.KTableSourceTopicRestartIntegrationTest.shouldRestore', type: 'Test'})).toBe('operational');
		expect(category({title: 'The checkout e2e suite is flaky on main'})).toBe('operational');
		// Flaky-test tooling and policy is still system improvement.
		expect(category({title: 'Improve test passing rate by rerunning flaky tests', type: 'Improvement'})).toBe('strategic');
		expect(category({title: 'Flaky test detection and quarantining in CI'})).toBe('strategic');
	});

	it('a prefix that states a failure is the title, not a place: "System test failure: X"', () => {
		// https://issues.apache.org/jira/browse/KAFKA-10084 (a Task): no signal, the prefix was skipped as an area.
		expect(category({title: 'System test failure: StreamsEosTest.test_failure_and_recovery_complex', type: 'Task'})).toBe('operational');
		expect(category({title: 'Nightly build failure: packaging step'})).toBe('operational');
		// An area prefix is still skipped: the rest decides.
		expect(category({title: 'Alerting: Add a contact point for the data team'})).toBe('strategic');
	});

	it('behaviour that holds only sometimes ("isn\'t always …") is broken now', () => {
		// https://issues.apache.org/jira/browse/KAFKA-10086 (a Blocker Task): no signal.
		expect(category({title: 'Standby state isn\'t always re-used when transitioning to active', type: 'Task'})).toBe('operational');
		expect(category({title: 'Invoice emails are not always delivered to the billing contact'})).toBe('operational');
		// The imperative that opens a title asks for a change.
		expect(category({title: 'Don\'t always refetch metadata on reconnect', type: 'Improvement'})).toBe('strategic');
	});

	it('the level something is logged at is logging work; in a Bug it names what broke', () => {
		// https://issues.apache.org/jira/browse/KAFKA-10185 (a Task): no signal.
		expect(category({title: 'Streams should log summarized restoration information at info level', type: 'Task'})).toBe('strategic');
		expect(category({title: 'Log the retry attempts of the sync job at debug level'})).toBe('strategic');
		expect(category({title: 'Connector floods the disk: every record logged at info level', type: 'Bug'})).toBe('operational');
	});

	it('"error reporting" and "error handling" are capabilities, not an error now', () => {
		// https://issues.apache.org/jira/browse/KAFKA-9971 (an Improvement): unsure for "error".
		expect(category({title: 'Error Reporting in Sink Connectors', type: 'Improvement'})).toBe('strategic');
		expect(category({title: 'Consistent error handling in the payments API client', type: 'Story'})).toBe('strategic');
		// Filed as broken, the capability names what broke.
		expect(category({title: 'Error reporting crashes when the record has no key', type: 'Bug'})).toBe('operational');
	});

	it('"Optimize …" and "Benchmark …" open planned work', () => {
		// https://issues.apache.org/jira/browse/KAFKA-9670 (a Task): unsure for "optimize" alone.
		expect(category({title: 'Benchmark and optimize MetadataResponse preparation', type: 'Task'})).toBe('strategic');
		expect(category({title: 'Optimize image sizes on the landing page'})).toBe('strategic');
		// A Bug's "Optimize …" is its repair: the type still speaks.
		expect(category({title: 'Optimize the query that times out on the orders page', type: 'Bug'})).toBe('operational');
	});
});
