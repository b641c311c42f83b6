import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Planned work said in words the readings did not know, read back from the fixtures' titles that got no verdict from the
 * title alone: an epic ("Epic: Billing engine v2"), an issue that tracks or plans work ("Tracking Issue for Parallel Rustc
 * Front-end", "Iteration Plan for November 2018"), work on the system's shape ("Simplify …", "Decouple …", "Harden …",
 * "Parallelize …", "Finalize …"), a capability asked for by name ("Option to …", "Ability to …") and a wish ("It would be
 * nice to have …", "… should provide a way to …"). None of them may hide breakage the title states.
 */
function verdictOf(title: string) {
	return rulesVerdict('PV-1', {title, labels: []});
}

describe('planned work in words the readings did not know', () => {
	it('reads epics, tracking issues and plans as planned work', () => {
		for (const title of [
			'Epic: Billing engine v2',
			'[Epic] Self-serve onboarding',
			'Tracking Issue for Parallel Rustc Front-end',
			'x/telemetry, cmd/go: umbrella issue for cmd/go integration',
			'Iteration Plan for November 2018',
			'Release plan for 4.0',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringMatching(/title: (epic|a plan or tracking issue)/)});
		}
	});

	it('reads work on the system\'s shape, a capability asked for and a wish as planned work', () => {
		for (const title of [
			'Simplify the retry logic',
			'Decouple billing from invoicing',
			'Harden TLS configuration',
			'Parallelize MultipleOutputs#close call',
			'Finalize the notebook workspace edit API',
			'Modernize the build',
			'Option to set a node as editor only',
			'Request feature "Integrated terminal"',
			'It would be nice to have dark mode',
			'Keycloak Docker image should provide a way to import realm files',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringMatching(/title: (opens with planned work|a wish)/)});
		}
	});

	it('leaves breakage the title states as breakage', () => {
		for (const title of ['Analytics tracking issue on checkout', 'Fix GA tracking issue', 'Simplify crashes on large input', 'Combine fails with null input']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
		// A wish that something worked is breakage said politely, not a wish.
		expect(verdictOf('It would be nice if login worked again').reason).not.toContain('title: a wish');
	});
});

describe('planned work said with a particle (version 51)', () => {
	it('reads it as planned work', () => {
		for (const title of ['Roll out Runner with direct download to all GitLab-managed builds', 'Spec out expected list latencies for density test', 'Stop using ginkgo.flakeAttempts']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});
});

describe('a setting, an interface or a quality set as planned (version 56)', () => {
	it('reads it as planned work', () => {
		for (const title of [
			'Adjust phpunit config in all apps',
			'Enforce UTC TZ on server side for periodic jobs',
			'Relax scopes of methods in EntityInitializerImpl',
			'Publish SBOM artifacts',
			'Include data type of the config in ConfigEntry',
			'Change SQL Server default timestamp precision to 7',
			'Make dfs.blockreport.intervalMsec reconfigurable',
			'Make Startup Quicker',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
	});

	it('leaves a change, an include or a thing said to break, fail, crash or hang as breakage', () => {
		for (const title of ['Change password fails', 'Change password page broken', 'Include file crashes the parser', 'Upgrade breaks login', 'Deploy broke checkout', 'Checkout breaks', 'Update hangs at 50%', 'Make round-trip JobParameters work for double parameters']) {
			expect(verdictOf(title).category, title).not.toBe('strategic');
		}
		for (const title of ['Upgrade breaks login', 'Deploy broke checkout', 'Checkout breaks', 'Update hangs at 50%']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
		expect(verdictOf('Add breaks between sections').category).not.toBe('operational');
	});
});
