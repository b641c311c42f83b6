import {describe, expect, it} from 'vitest';
import {classifyTicket} from '../../../source/domain/classify/index.js';
import type {EffectiveCategory, Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

// Systematic misreadings found by the red-team set (test/fixtures/red-team-tickets.json), each
// shown with real tickets as their teams wrote them (source in the comment) and, where the real
// set has only one of a kind, a second phrasing so a rule cannot key on one title.
function category(ticket: Partial<Ticket> & {title: string}): EffectiveCategory {
	return classifyTicket(makeTicket(ticket), {tags: new Map(), rules: [], threshold: 0.6, learner: null}).category;
}

describe('red-team misreadings', () => {
	it('a postmortem, RCA or review of an outage is post-incident work: the outage is its subject', () => {
		// https://github.com/MozillaFoundation/mofo-devops/issues/614
		expect(category({title: 'Thimble Outage Postmortem'})).toBe('strategic');
		// https://github.com/canada-ca/tracker/issues/3648 (label Postmortem)
		expect(category({title: 'Conduct review of outage', labels: ['Postmortem']})).toBe('strategic');
		// https://github.com/NHSDigital/software-engineering-quality-framework/issues/47
		expect(category({title: 'Post mortems after service outage'})).toBe('strategic');
		// https://github.com/CDCgov/prime-reportstream/issues/10056
		expect(category({title: 'RCA for outage June 21', labels: ['DevOps', 'reportstream']})).toBe('strategic');
		// https://github.com/pulibrary/rdss-handbook/pull/149
		expect(category({title: 'Responding to an outage incident, including postmortem'})).toBe('strategic');
		// https://github.com/jikig-ai/soleur/pull/4846
		expect(category({title: 'incident: chat-RLS-outage PIR + always-run-postmortem ship gate'})).toBe('strategic');
		expect(category({title: 'Root cause analysis of the 3 May checkout incident'})).toBe('strategic');
	});

	it('the outage itself stays firefighting', () => {
		expect(category({title: 'Checkout outage: payments failing for EU customers'})).toBe('operational');
		// https://github.com/qws941/infrastructure-alerts/issues/10
		expect(category({title: '[FIRING] HTTP 5xx Error Rate High'})).toBe('operational');
	});

	it('hotfix process, workflow and docs are process work, a hotfix is firefighting', () => {
		// https://github.com/betagouv/service-national-universel/pull/3511
		expect(category({title: 'Production hotfix workflow'})).toBe('strategic');
		// https://github.com/MozillaFoundation/engineering-handbook/issues/45
		expect(category({title: 'Explain how Hotfixing works in onboarding/preflight.md'})).toBe('strategic');
		// https://github.com/jalantechnologies/handbook/pull/5
		expect(category({title: 'Added HotFix steps to Software Development Process'})).toBe('strategic');
		// https://github.com/MicrosoftDocs/dynamics365smb-devitpro-pb/pull/1497
		expect(category({title: 'Update guidance on critical hotfix scenario'})).toBe('strategic');
		// https://github.com/nobt-io/frontend/pull/83
		expect(category({title: 'Hotfix - Production blocker'})).toBe('operational');
		// https://github.com/ITISFoundation/osparc-simcore/issues/4409
		expect(category({title: '🚑️ Release hotfix/v1.55.1 (hotfix)', labels: ['release', 't:maintenance']})).toBe('operational');
	});

	it('an upgrade or bump made because of a CVE is a security response, not planned upgrade work', () => {
		// https://issues.apache.org/jira/browse/HADOOP-18712 (Task, Major)
		expect(category({title: 'Upgrade to jetty 9.4.51 due to cve', type: 'Task', priority: 'high'})).toBe('operational');
		// https://issues.apache.org/jira/browse/HADOOP-18693 (Task, Major)
		expect(category({title: 'Upgrade Apache Derby from 10.10.2.0 to 10.14.2.0 due to CVEs', type: 'Task', priority: 'high'})).toBe('operational');
		// https://github.com/noobaa/noobaa-core/pull/7906
		expect(category({title: 'Bump dependencies to avoid CVE'})).toBe('operational');
		// https://github.com/kgateway-dev/kgateway/pull/14560
		expect(category({title: 'chore: Bump deps to fix CVEs'})).toBe('operational');
		// A plain upgrade, and automating the security updates, stay planned work.
		// https://issues.apache.org/jira/browse/HADOOP-18646 (Improvement, Major)
		expect(category({title: 'Upgrade Netty to 4.1.89.Final', type: 'Improvement', priority: 'high', components: ['build']})).toBe('strategic');
		expect(category({title: 'Automate dependency bumps for CVE fixes with Renovate'})).toBe('strategic');
	});

	it('an alert notification filed as a ticket ("[FIRING:1] …", Alertmanager and Grafana\'s title) is on-call work', () => {
		// https://github.com/qws941/infrastructure-alerts/issues/70
		expect(category({title: '[FIRING] DatasourceError'})).toBe('operational');
		// Grafana's and Alertmanager's default notification title, e.g. grafana/grafana's email tests.
		expect(category({title: '[FIRING:1] HighCPUUsage platform'})).toBe('operational');
	});

	it('a Bug names what broke with its topic words: documentation that is wrong is a broken thing, not docs work', () => {
		// https://issues.apache.org/jira/browse/FLINK-9403 (Bug, Minor, Documentation)
		expect(category({title: 'Documentation continues to refer to removed methods', type: 'Bug', priority: 'low', components: ['Documentation']})).toBe('operational');
		// https://issues.apache.org/jira/browse/FLINK-9068 (Bug, Minor, Project Website)
		expect(category({title: 'Website documentation issue - html tag visible on screen', type: 'Bug', priority: 'low', components: ['Project Website']})).toBe('operational');
		// Planned docs work filed as an Improvement stays planned: https://issues.apache.org/jira/browse/FLINK-9107
		expect(category({title: 'Document timer coalescing for ProcessFunctions', type: 'Improvement', priority: 'high'})).toBe('strategic');
	});

	it('a New Feature filed and started within the hour (its author opening the pull request) is not firefighting', () => {
		const filed = Date.parse('2020-11-14T09:00:00Z');
		const shape = {createdAt: filed, startedAt: filed + 1_800_000, statusCategory: 'started' as const};
		// Jira "Major" reaches the classifier as high. https://issues.apache.org/jira/browse/RANGER-2927 (New Feature, Major)
		expect(category({title: 'Ranger Client Libraries (Python) For REST Services', type: 'New Feature', priority: 'high', ...shape})).not.toBe('operational');
		// https://issues.apache.org/jira/browse/BIGTOP-2947 (New Feature, Major)
		expect(category({title: 'Project Frontier: Bigtop Integration Test Framework 2.0', type: 'New Feature', priority: 'high', ...shape})).not.toBe('operational');
		// https://issues.apache.org/jira/browse/MAPREDUCE-7370 (Improvement, Major)
		expect(category({title: 'Parallelize MultipleOutputs#close call', type: 'Improvement', priority: 'high', ...shape})).toBe('strategic');
		// A Bug filed and started at once at high priority is still the firefighting the signal is for.
		expect(category({title: 'Checkout totals wrong after currency switch', type: 'Bug', priority: 'high', ...shape})).toBe('operational');
	});

	it('a title opening with "Support <a capability>" asks for a feature; support tickets stay support', () => {
		// https://issues.apache.org/jira/browse/FLINK-14665 (Sub-task, Major)
		expect(category({title: 'Support computed column in blink-planner', type: 'Sub-task', priority: 'high'})).toBe('strategic');
		// https://issues.apache.org/jira/browse/FLINK-14212 (Sub-task, Major)
		expect(category({title: 'Support Python UDFs without arguments', type: 'Sub-task', priority: 'high', components: ['API / Python']})).toBe('strategic');
		// https://issues.apache.org/jira/browse/HDFS-16811 (Improvement, Major)
		expect(category({title: 'Support DecommissionBackoffMonitor parameters reconfigurable', type: 'Improvement', priority: 'high'})).toBe('strategic');
		expect(category({title: 'Support ticket 4411: invoice PDF is blank for EU customers', priority: 'high'})).toBe('operational');
		expect(category({title: 'Support request from Acme: cannot export reports', priority: 'high'})).toBe('operational');
	});

	it('an exception thrown is a defect, with or without a Bug type', () => {
		// https://issues.apache.org/jira/browse/FLINK-14535 (Sub-task, Minor)
		expect(category({title: 'Cast exception is thrown when count distinct on decimal fields', type: 'Sub-task', priority: 'low'})).toBe('operational');
		// The same words in a tracker without issue types (Linear, GitHub):
		// https://issues.apache.org/jira/browse/HADOOP-18652, FLINK-9258, FLINK-9524
		expect(category({title: 'Path.suffix raises NullPointerException'})).toBe('operational');
		expect(category({title: 'ConcurrentModificationException in ComponentMetricGroup.getAllVariables'})).toBe('operational');
		expect(category({title: 'NPE from ProcTimeBoundedRangeOver.scala'})).toBe('operational');
		// Planned work about exceptions stays planned.
		expect(category({title: 'Add exception handling guidelines to the service template'})).toBe('strategic');
	});

	it('slowness now is a degradation; making it faster, or the slow-query log, is planned work', () => {
		// https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/13398 (label team/cloud)
		expect(category({title: 'Slow page loads on Sourcegraph.com sometimes in the middle of the day (US - West coast)', labels: ['team/cloud']})).toBe('operational');
		// https://github.com/mozilla/addons/issues/3684
		expect(category({title: 'Bad performance for most reviewer pages', labels: ['component:performance', 'component:reviewer_tools', 'priority:p1']})).toBe('operational');
		// https://github.com/mozilla-mobile/fenix/issues/18741
		expect(category({title: 'Restoring session to CNN seems slower on Nightly than Release (for COLD MAIN start up)', labels: ['eng:performance', 'needs:triage']})).toBe('operational');
		// "page loads" is not an on-call page: https://github.com/newrelic/docs-website/issues/2955
		expect(category({title: 'Slow page loads triggering alerts in APAC', labels: ['bug', 'gatsbysites', 'hero', 'P3', 'research']})).toBe('operational');
		// https://github.com/google/clusterfuzz/issues/618
		expect(category({title: 'Improve page load performance'})).toBe('strategic');
		expect(category({title: 'Slow query log to Grafana with weekly top-10 review'})).toBe('strategic');
	});

	it('a named class of vulnerability (XSS, SQL injection, CSRF …) being fixed is a security fix', () => {
		// https://github.com/digininja/DVWA/pull/710
		expect(category({title: 'Fix: sanitize user input in low.php to prevent stored XSS'})).toBe('operational');
		// https://github.com/frappe/frappe/pull/34281
		expect(category({title: 'fix(xss): sanitize on input itself'})).toBe('operational');
		expect(category({title: 'Sanitize the search parameter against SQL injection'})).toBe('operational');
		// Planned hardening stays planned.
		expect(category({title: 'Add a content security policy to every page to make XSS harder'})).toBe('strategic');
	});
});
