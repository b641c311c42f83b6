import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 16's misreadings (Apache Camel's Jira, whose titles name their component first: "camel-jbang - …", "Camel-Hashicorp-Vault-Starter: …"). */
function verdictOf(title: string, type: string | null = null) {
	const ticket = makeTicket({id: 'CAMEL-1', key: 'CAMEL-1', team: 'CAMEL', project: 'CAMEL', title, type});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('CAMEL-1')!;
}

describe('held-out set 16 readings, Apache Camel\'s titles', () => {
	it('reads the title after a component named by one identifier and " - " as it reads one after "name: "', () => {
		for (const [title, type] of [
			['camel-jbang - Remove camel k plugin', 'Task'],
			['camel-jbang - Remove deps on runtime and cluster-type where no longer needed', 'Task'],
			['camel-core - Add doCatch and doFinally to doTry json model', 'Task'],
			['kafka-connect - Add a retry budget to the sink task', null],
		] as const) {
			expect(verdictOf(title, type), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// A prefix tag said with " - " is read as it is with ":".
		expect(verdictOf('Hotfix - restore the checkout page').category).toBe('operational');
		// Breakage stated after the component is still breakage.
		expect(verdictOf('camel-jbang - Export to older Camel version does not work', 'Bug')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		// Words before " - " that are no single identifier are not a component: the title opens with them.
		expect(verdictOf('Remove camel k plugin - it is unused').reason).toContain('title: opens with planned work');
		expect(verdictOf('Camel Jbang run - ignores the repos option').reason).not.toContain('title: opens with planned work');
	});

	it('reads a component named by one identifier longer than a short prefix before ":" as a place, not the title\'s opening', () => {
		for (const title of ['Camel-Hashicorp-Vault-Starter: Support Hashicorp Cloud deployment in properties function', 'spring-boot-autoconfigure-processor: Add metadata for the new options']) {
			expect(verdictOf(title, 'Task'), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// A long name with spaces before ":" is still the title's own words, as before.
		expect(verdictOf('The whole nightly import of customer rows: Support ticket backlog', null).reason).not.toContain('title: opens with planned work');
	});
});
