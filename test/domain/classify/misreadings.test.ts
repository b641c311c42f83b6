import {describe, expect, it} from 'vitest';
import {classifyAll, classifyTicket} from '../../../source/domain/classify/index.js';
import type {EffectiveCategory, Ticket} from '../../../source/domain/types.js';
import {makeTicket} from './labelled.js';

// The misreadings listed in issue 19, each written afresh in the words a team might use
// (not the fixture's tickets), and each with a second phrasing so a rule cannot key on one title.
function category(ticket: Ticket): EffectiveCategory {
	return classifyTicket(ticket, {tags: new Map(), rules: [], threshold: 0.6, learner: null}).category;
}
const hour = 3_600_000;

describe('issue 19 misreadings', () => {
	it('a spike to evaluate better error messages is planned work, not an error', () => {
		expect(category(makeTicket({title: 'Spike: evaluate clearer error messages for the import API'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Evaluate structured error responses for the gateway'}))).toBe('strategic');
	});

	it('"make sure a failing dependency cannot take the service down" is prevention', () => {
		expect(category(makeTicket({title: 'Make sure a failing dependency cannot take checkout down'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Ensure a slow search backend does not bring the API down'}))).toBe('strategic');
	});

	it('a webhook that opens an incident ticket is incident tooling', () => {
		expect(category(makeTicket({title: 'Webhook that opens an incident ticket automatically from Alertmanager'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Add an integration so PagerDuty incidents create tracker issues'}))).toBe('strategic');
	});

	it('extending a certificate renewer to expiring certificates is automation', () => {
		expect(category(makeTicket({title: 'Extend the cert renewer to cover expiring wildcard certificates'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Automate renewal of certificates that are expiring within 30 days'}))).toBe('strategic');
	});

	it('an evaluation filed at priority Blocker is still planned work: priority never decides alone', () => {
		expect(category(makeTicket({title: 'Evaluate the 5.0 preview release', type: 'Task', priority: 'urgent'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Quarterly capacity numbers', priority: 'urgent'}))).toBe('unclassified');
	});

	it('silencing a firing alert that is outside its SLO is on-call work', () => {
		expect(category(makeTicket({title: 'Silence the firing latency alert, p99 outside its SLO'}))).toBe('operational');
		expect(category(makeTicket({title: 'Disk alert firing on db-3, burning error budget'}))).toBe('operational');
	});

	it('"the docs CI job is failing": the breakage wins over the topic', () => {
		expect(category(makeTicket({title: 'The docs CI job is failing'}))).toBe('operational');
		expect(category(makeTicket({title: 'Nightly pipeline failed on main'}))).toBe('operational');
	});

	it('a Bug whose label or component names a product area stays a Bug', () => {
		expect(category(makeTicket({title: 'Totals row misaligned', type: 'Bug', labels: ['Dashboard']}))).toBe('operational');
		expect(category(makeTicket({title: 'Totals row misaligned', type: 'Bug', components: ['Dashboard', 'Observability']}))).toBe('operational');
	});

	it('titles that say plainly what they are get a category', () => {
		expect(category(makeTicket({title: 'Users not receiving password reset e-mails'}))).toBe('operational');
		expect(category(makeTicket({title: 'Read replica stopped replicating'}))).toBe('operational');
		expect(category(makeTicket({title: 'Apply the kernel security update to the web tier'}))).toBe('operational');
		expect(category(makeTicket({title: 'Implement backup infrastructure for the object store'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Write a disaster recovery plan for billing'}))).toBe('strategic');
	});
});

describe("the tracker's own signals", () => {
	it('reads Jira issue types beyond the defaults', () => {
		expect(category(makeTicket({title: 'Tidy the exports page', type: 'Improvement'}))).toBe('strategic');
		expect(category(makeTicket({title: 'Password reset for a customer', type: 'Support'}))).toBe('operational');
		expect(category(makeTicket({title: 'Fallback region for exports', type: 'New Feature', priority: 'low'}))).toBe('strategic');
	});

	it('reads a ticket created and started within hours at high priority as unplanned', () => {
		const base = {title: 'Checkout totals', type: 'Task', priority: 'urgent' as const, createdAt: 1_000 * hour};
		expect(category(makeTicket({...base, startedAt: base.createdAt + 2 * hour}))).toBe('operational');
		expect(category(makeTicket({...base, startedAt: base.createdAt + 20 * 24 * hour}))).toBe('unclassified');
	});

	it("reads Linear's SLA as firefighting evidence", () => {
		expect(category(makeTicket({title: 'Checkout totals', slaBreachesAt: 5 * hour}))).toBe('operational');
		expect(category(makeTicket({title: 'Checkout totals'}))).toBe('unclassified');
	});
});

describe("a parent's category", () => {
	const context = (tags = new Map()) => ({tags, rules: [], threshold: 0.6, learner: null});
	it('speaks for a child that says little itself', () => {
		const epic = makeTicket({id: 'e', key: 'ENG-1', title: 'Migrate the build farm to ephemeral runners', type: 'Epic'});
		const child = makeTicket({id: 'c', key: 'ENG-2', title: 'Runner images for arm64', type: 'Sub-task', parentKey: 'ENG-1'});
		const orphan = makeTicket({id: 'o', key: 'ENG-3', title: 'Runner images for arm64', type: 'Sub-task'});
		const classified = classifyAll([epic, child, orphan], context());
		expect(classified.get('c')).toMatchObject({category: 'strategic', reason: 'parent reads strategic'});
		expect(classified.get('o')!.category).toBe('unclassified');
	});

	it("follows the director's tag on the parent, and never outvotes the child's own strong evidence", () => {
		const epic = makeTicket({id: 'e', key: 'OPS-1', title: 'Q3 customer escalations'});
		const child = makeTicket({id: 'c', key: 'OPS-2', title: 'Runner images for arm64', parentKey: 'OPS-1'});
		const broken = makeTicket({id: 'b', key: 'OPS-3', title: 'Checkout is down for EU customers', parentKey: 'OPS-1'});
		const tags = new Map([['e', {ticketId: 'e', category: 'strategic' as const, taggedAt: 0}]]);
		const classified = classifyAll([epic, child, broken], context(tags));
		expect(classified.get('c')).toMatchObject({category: 'strategic', reason: 'parent tagged strategic'});
		expect(classified.get('b')!.category).toBe('operational');
	});
});
