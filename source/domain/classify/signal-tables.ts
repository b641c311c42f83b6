import type {Category} from '../types.js';

const op = 'operational' as const;
const st = 'strategic' as const;
type Entry = readonly [Category, number];

/**
 * Issue types, normalised (Jira's defaults and the ones teams add). Task says nothing;
 * Sub-task says nothing of its own (its parent's category speaks for it, tracker-signals.ts).
 */
export const typeSignals: Readonly<Record<string, Entry>> = {
	incident: [op, 3],
	'post-incident-review': [st, 1.5],
	support: [op, 2],
	'service-request': [op, 2],
	'service-request-with-approvals': [op, 2],
	'it-help': [op, 2],
	problem: [op, 1.5],
	'emergency-change': [op, 2],
	// An ITSM "Change" is a planned change request; the emergency kind above is not.
	change: [st, 0.6],
	'technical-debt': [st, 2.5],
	'tech-debt': [st, 2.5],
	// Spring's Jira (jira.spring.io) files code restructured with no change of behaviour as a "Refactoring": tech debt paid down.
	refactoring: [st, 2],
	refactor: [st, 2],
	improvement: [st, 1.2],
	// Red Hat's Jira (issues.redhat.com) names its improvement "Enhancement" and its new feature "Feature Request";
	// Atlassian's and Qt's public Jiras name the feature asked for a "Suggestion".
	enhancement: [st, 1.2],
	'new-feature': [st, 0.8],
	feature: [st, 0.8],
	'feature-request': [st, 0.8],
	suggestion: [st, 0.8],
	// Red Hat's "Component Upgrade": a dependency moved to a newer version, planned as "Upgrade X to Y" reads; one made
	// because of a CVE, a crash or a deadlock says so in its title, and that outweighs the type.
	'component-upgrade': [st, 1.2],
	// Atlassian's public Jira: a vulnerability reported in the product, to be patched in response.
	'public-security-vulnerability': [op, 2],
	// MongoDB's Jira files a vulnerability found by its scanners as a "Vulnerability" ("Security Finding: Update package net@v0.36.0"):
	// a dependency or a defect to patch in response, as Atlassian's type is (version 72).
	vulnerability: [op, 2],
	'security-vulnerability': [op, 2],
	epic: [st, 0.8],
	spike: [st, 1.2],
	story: [st, 0.3],
	// Jira's "Test": work on the tests themselves (a new case, a benchmark); a failing or flaky one says so in its title.
	test: [st, 1],
};

/**
 * Labels that say what kind of work a ticket is, normalised; "kind/bug" and "C-bug" are
 * also tried by their last part, "kind/failing-test" by what follows its slash (builtin-rules.ts), "C-tracking-issue" by what follows its one-letter prefix. Labels that only name a product area or a part of the
 * system ("dashboard", "ci", "platform", "monitoring") are not here on purpose: they say
 * where the work is, not whether it is firefighting.
 */
export const labelSignals: Readonly<Record<string, Entry>> = {
	incident: [op, 2.5],
	outage: [op, 2.5],
	hotfix: [op, 2.5],
	'hot-fix': [op, 2.5],
	sev0: [op, 2.5],
	sev1: [op, 2.5],
	'sev-0': [op, 2.5],
	'sev-1': [op, 2.5],
	sev2: [op, 2],
	'sev-2': [op, 2],
	escalation: [op, 2],
	'customer-escalation': [op, 2.5],
	escalated: [op, 2],
	'customer-reported': [op, 2],
	'customer-issue': [op, 2],
	support: [op, 2],
	// A limit or quota raised for one project, asked for as a service request (pypi/warehouse's "limit request"; version 96).
	'limit-request': [op, 2],
	'quota-request': [op, 2],
	'limit-increase': [op, 2],
	'quota-increase': [op, 2],
	'it-support': [op, 2],
	'on-call': [op, 2],
	oncall: [op, 2],
	interrupt: [op, 2],
	firefighting: [op, 2.5],
	ktlo: [op, 2],
	toil: [op, 1.5],
	regression: [op, 2],
	// rust-lang/rust's severity labels: an internal compiler error, a crash, wrong code generated.
	'i-ice': [op, 2],
	'internal-compiler-error': [op, 2],
	crash: [op, 2],
	miscompile: [op, 2],
	miscompilation: [op, 2],
	vulnerability: [op, 2],
	cve: [op, 2],
	bug: [op, 1.5],
	// A bug report not yet confirmed (Bugzilla's UNCONFIRMED status; the "Status: Unconfirmed" label of GitHub trackers' bug
	// template): a problem reported, read as "bug" is.
	unconfirmed: [op, 1.5],
	defect: [op, 1.5],
	'prod-bug': [op, 2],
	'data-fix': [op, 2],
	'failing-test': [op, 1.5],
	// elastic/kibana's "failed-test", CockroachDB's "C-test-failure": a test failing now.
	'failed-test': [op, 1.5],
	'test-failure': [op, 1.5],
	// kubernetes/kubernetes's "kind/flake": a test flaking now, a failing test that passes on retry.
	flake: [op, 1.5],
	// microsoft/vscode's label for a freeze, a slow hang, a crash or a leak now, read as "crash" is.
	'freeze-slow-crash-leak': [op, 2],
	question: [op, 0.5],
	'tech-debt': [st, 2.5],
	techdebt: [st, 2.5],
	'technical-debt': [st, 2.5],
	debt: [st, 2],
	refactor: [st, 2],
	refactoring: [st, 2],
	cleanup: [st, 2],
	'clean-up': [st, 2],
	automation: [st, 2],
	'postmortem-action': [st, 2.5],
	'post-incident': [st, 2],
	postmortem: [st, 2],
	'post-mortem': [st, 2],
	'incident-follow-up': [st, 2.5],
	'follow-up': [st, 1],
	rfc: [st, 2],
	// A design proposal, an RFC under another name: golang/go's "Proposal", its "Telemetry-Proposal" (read by its last part).
	proposal: [st, 1.5],
	documentation: [st, 1],
	// "docs", "doc", microsoft/terminal's "Issue-Docs", go-gitea's "type/docs": documentation under its short name (version 42).
	docs: [st, 1],
	doc: [st, 1],
	improvement: [st, 1.5],
	enhancement: [st, 1],
	feature: [st, 0.8],
	// A request for a feature is as much planned work as "feature" is: alone it reads strategic.
	'feature-request': [st, 0.8],
	// golang/go's "FeatureRequest", one word.
	featurerequest: [st, 0.8],
	// A resource, data source or service asked of a provider (the Terraform and Pulumi providers' "new-resource", "new-data-source",
	// "new-service"): a feature request by another name.
	'new-resource': [st, 0.8],
	'new-data-source': [st, 0.8],
	'new-service': [st, 0.8],
	// microsoft/TypeScript's "Suggestion" label, as Atlassian's and Qt's Jiras name the feature asked for by its type.
	suggestion: [st, 0.8],
	'security-hardening': [st, 2],
	hardening: [st, 1.5],
	housekeeping: [st, 1],
	// An operations team's own kinds of work (openstreetmap/operations, version 52): a server or service taken out of use as
	// planned ("decommission", read also after a scope: "hardware:decommission"), and a disk or other part failed now
	// ("hardware:disk-failure", "disk-failure"), a repair to make.
	decommission: [st, 1.5],
	decommissioning: [st, 1.5],
	'disk-failure': [op, 2],
	'hardware-failure': [op, 2],
	epic: [st, 0.8],
	// An umbrella for a multi-step piece of work, like an epic ("C-tracking-issue").
	'tracking-issue': [st, 0.8],
	// elastic/kibana's "Meta": the same umbrella under another name.
	meta: [st, 0.8],
	// microsoft/TypeScript's "Meta-Issue": the same umbrella.
	'meta-issue': [st, 0.8],
	// microsoft/vscode's planning labels: a month's iteration plan, a release's endgame, an item of a plan,
	// an API made final. Planned work by what they are.
	'iteration-plan': [st, 1.5],
	'endgame-plan': [st, 1.5],
	'plan-item': [st, 1.5],
	'api-finalization': [st, 1.5],
	// A release's plan of work under a label of its own (microsoft/TypeScript's "Planning", a "Type: Planning" elsewhere).
	planning: [st, 1.5],
	strategic: [st, 2.5],
	operational: [op, 2.5],
};

/**
 * Labels that are a priority under another name. Like the priority field they support a
 * verdict the other evidence makes, and never make one alone.
 */
export const priorityLabels: ReadonlySet<string> = new Set(['p0', 'p1', 'urgent', 'critical', 'critical-urgent', 'blocker', 'highest']);

/**
 * Component and project names that name a kind of work (a service desk, an incident
 * project) rather than a part of the system. Other component and project names are not
 * category evidence; the learner may still learn them from the director's tags.
 */
export const workKindAreas: Readonly<Record<string, Entry>> = {
	support: [op, 1],
	sup: [op, 1],
	servicedesk: [op, 1],
	'service-desk': [op, 1],
	'on-call': [op, 1],
	oncall: [op, 1],
	incident: [op, 1.2],
	incidents: [op, 1.2],
	inc: [op, 1],
	escalations: [op, 1],
	'tech-debt': [st, 1],
};
