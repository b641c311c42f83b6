import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 12's misreadings (microsoft/vscode, a GitHub tracker whose kind of work is in its own labels only). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 12 readings, labels', () => {
	it('reads the "feature-request" label alone as planned work, as "feature" is', () => {
		expect(verdictOf('Proper tabs for open files', ['feature-request', 'tabs', 'workbench'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label feature-request')});
		// A request's title stating breakage still outweighs it.
		expect(verdictOf('Terminal crashes on startup', ['feature-request']).category).toBe('operational');
	});

	it('reads "integration-test-failure", "unit-test-failure", "smoke-test-failure" as a failing test, as "test-failure" is', () => {
		for (const label of ['integration-test-failure', 'unit-test-failure', 'smoke-test-failure']) {
			expect(verdictOf('McpStdioStateHandler sigterm after grace', [label]), label).toMatchObject({category: 'operational', reason: expect.stringContaining(`label ${label}`)});
		}
	});

	it('reads planning labels ("iteration-plan", "endgame-plan", "plan-item", "api-finalization") as planned work', () => {
		for (const [title, label] of [
			['Iteration Plan for April 2019', 'iteration-plan'],
			['March Endgame', 'endgame-plan'],
			['April Issue Grooming - review, categorization, assignment', 'plan-item'],
			['Finalize the notebook workspace edit API', 'api-finalization'],
		] as const) {
			expect(verdictOf(title, [label]), label).toMatchObject({category: 'strategic', reason: expect.stringContaining(`label ${label}`)});
		}
	});

	it('reads "freeze-slow-crash-leak" as a crash, freeze or leak now, as "crash" is', () => {
		expect(verdictOf('CHECK in ui::Accelerator::ApplyLongFormModifiers', ['appcenter', 'freeze-slow-crash-leak', 'linux'])).toMatchObject({
			category: 'operational',
			reason: expect.stringContaining('label freeze-slow-crash-leak'),
		});
	});
});

describe('held-out set 12 readings, titles', () => {
	it('reads lost or deleted data, work and files as data loss now', () => {
		for (const title of ['lost data', 'data lost during file save', 'VSCode lost my work', 'After Update to 1.32, I lost all unsaved content of file', 'i have lost my files', 'Saving files deletes all file contents.', 'Opening files by itself and saving over the old file so the content is lost']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: data lost')});
		}
		// A guard against losing work is planned work, not a loss.
		expect(verdictOf('Warn before losing unsaved changes').reason).not.toContain('data lost');
		expect(verdictOf('Prevent losing data when the window closes').reason).not.toContain('data lost');
	});

	it('reads high CPU and leaking as a resource problem now', () => {
		for (const title of ['Visual Studio Code has very high CPU usage', 'cpu usage high', 'High CPU usage when multiple windows are opened', 'Code helper usage 99.9 of my cpu on my mac', 'Renderer at 100% CPU', 'Leaking button']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high CPU or leak')});
		}
		// Core counts are not CPU load.
		expect(verdictOf('Run the build on 16 CPU cores').reason).not.toContain('high CPU');
		expect(verdictOf('Prevent resource leaks in TestClientRMService.').reason).not.toContain('high CPU or leak');
	});

	it('reads "Flaky unit test: …" and "Flaky … integration test suite" as a flaky test, not a place or a test topic', () => {
		expect(verdictOf('Flaky unit test: McpStdioStateHandler sigterm after grace')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: a flaky test')});
		expect(verdictOf('Flaky environmentVariableCollection integration test suite', ['debt', 'terminal', 'windows']).category).toBe('operational');
		// Flaky-test tooling is still planned work.
		expect(verdictOf('Flaky test detection and quarantining').reason).not.toContain('a flaky test');
	});

	it('reads a title that only states a failure ("Build failed") over a "debt" label', () => {
		expect(verdictOf('Build failed', ['debt', 'engineering'])).toMatchObject({category: 'operational', reason: expect.stringContaining('title: failed now')});
		// Debt about failures is still debt.
		expect(verdictOf('Refactor how failed builds are retried', ['debt']).category).toBe('strategic');
	});
});

describe('held-out set 12 readings, installs', () => {
	it('reads "cannot install" and "can\'t install" as not working now, as "cannot load" is', () => {
		expect(verdictOf('Cannot install plugins from Marketplace', ['extensions'])).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		expect(verdictOf("Can't install any Extensions from MarketPlace.").reason).toContain('title: not working');
		// What should not be installed is a change asked for, not a failure.
		expect(verdictOf('Extensions should not install their dependencies globally').reason).not.toContain('not working');
	});
});
