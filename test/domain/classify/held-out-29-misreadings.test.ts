import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 29's misreadings (the OpenEngSB Jira, its release notes showing the type but no priority), each read as it would be in any tracker. */
function verdictOf(title: string, type: string | null = null) {
	const ticket = makeTicket({id: 'OPENENGSB-1', key: 'OPENENGSB-1', team: 'OPENENGSB', project: 'OPENENGSB', title, type});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('OPENENGSB-1')!;
}

describe('held-out set 29 readings, the OpenEngSB Jira', () => {
	it('reads a title opened by a bare "Exception" and where or when it happened as an exception thrown', () => {
		for (const title of [
			'Exception after creating an proxy',
			// The same said by other teams.
			'Exception when saving a form with an empty name',
			'Exception in thread main when loading config',
			'Exceptions in the worker are swallowed',
			'Unhandled exception on startup',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: exception thrown')});
		}
		// Its handling, logging or reporting asked for is no exception now.
		for (const title of ['Exception handling in the importer', 'Exceptions should be logged with their stack', 'Exceptions in the scheduler need to be reported to Sentry', 'Exception reporting for background jobs']) {
			expect(verdictOf(title).reason, title).not.toContain('title: exception thrown');
		}
		// In a ticket filed as an Improvement the type still pulls the other way: no longer read as planned work, left unsure.
		expect(verdictOf('Exception after creating an proxy', 'Improvement').category).not.toBe('strategic');
	});

	it('reads a case said not handled ("does not handle") as breakage, whatever the type', () => {
		for (const title of [
			'ConnectorRegistrationManagerImpl#finishCreatingInstance does not handle case that factory returns null',
			'Parser does not handle comments',
			'The importer does not handle empty files',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		expect(verdictOf("Retry logic doesn't handle 429 responses", 'Improvement')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		// Not the imperative opening a title, nor a guard or a test asked for.
		for (const title of ["Don't handle SIGTERM in the child process", 'Ensure the client does not handle stale tokens', 'Add a test that the parser does not handle comments twice']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads warnings fixed with no tool named ("fix warnings in … project") as code hygiene, not a repair', () => {
		for (const title of ['fix warnings in openengsb project', 'Fix warnings', 'Fix all warnings', 'Remove warnings from the build', 'Clean up remaining warnings across modules']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: code style cleanup')});
		}
		// A warning a user sees, fixed, is a repair.
		for (const title of ['Fix warning when saving file', 'Fix warnings shown when the page loads', 'Fix warnings in the console when saving']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('reads "Redesign …" opening a title as planned work, as "Design …" is', () => {
		for (const title of ['Redesign remote messaging from ground up', 'Redesign the settings page', 'Redesigning the onboarding flow']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// A redesign that broke something, said with its failure, is that breakage.
		expect(verdictOf('Redesign fails on Safari').category).toBe('operational');
	});

	it('reads "howto" as documentation, as "docs" is', () => {
		for (const title of ['update howto about installing domains and connectors', 'HOWTO for rotating TLS certificates']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: howto')});
		}
		// "How to …" is a question, not a how-to guide.
		expect(verdictOf('How to fix crash when uploading?').reason).not.toContain('title: howto');
	});
});
