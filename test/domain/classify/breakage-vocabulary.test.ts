import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Breakage said in words the readings did not know, read back from the fixtures' operational titles that got no verdict
 * from the title alone: a process killed or a compiler compiling wrong ("segmentation fault", "Maximum call stack size
 * exceeded", "Miscompile …"), slowness said as how long it takes ("takes 40 seconds", "loads forever"), something used up
 * ("ran out of IPs", "using up all available host memory"), a setting that goes back by itself ("toggles back to light"),
 * someone locked out and a person's data request to answer.
 */
function verdictOf(title: string) {
	return rulesVerdict('BV-1', {title, labels: []});
}

describe('breakage in words the readings did not know', () => {
	it('reads it as operational', () => {
		for (const title of [
			'Rustc : segmentation fault',
			'Maximum call stack size exceeded',
			'Miscompile at -Copt-level=1',
			'Loading jobs UI page takes 40 seconds',
			'Terminal takes >2 mins to start-up on ARM64',
			'Timeline view loads forever for projects with 5k+ tasks',
			'Exponential compile time with nested dyn Fn type',
			'Node pool ran out of IPs, pods pending',
			'Nomad server nodes using up all available host memory',
			'Insufficient heap during full test runs',
			'Dark mode toggles back to light on refresh',
			'Zoom resets to 100% on reload',
			'Locked out of account',
			'GDPR deletion request for user 4491022 (due in 5 days)',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('leaves the work that cuts, guards, automates or reverts alone', () => {
		expect(verdictOf('Reduce CI time, currently takes 40 minutes')).toMatchObject({category: 'strategic'});
		expect(verdictOf('Automate GDPR deletion requests')).toMatchObject({category: 'strategic'});
		expect(verdictOf('Prevent the pool from running out of connections')).toMatchObject({category: 'strategic'});
		for (const title of ['Link the Stack Overflow answer in the FAQ', 'Make the import take less than 5 minutes', 'Revert to the old editor']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (crashing|slow|something used up|support)|title: not working/);
		}
	});
});

describe('breakage that stalls, flaps, spikes or is slow with the thing named between (version 51)', () => {
	it('reads it as operational', () => {
		for (const title of ['Remote Write Shard Flapping', 'GitLab stalls indefinitely on requests in Chrome', 'Upload stalled at 99%', 'Large Increase in RPS for web-pages', 'Sudden spike in 502s', '2023-10-25: High Sidekiq Job Latency']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('leaves the work that detects, alerts on, prepares for or reduces it alone', () => {
		for (const title of ['Detect stalled jobs', 'Alert on flapping health checks', 'Stall detection for the ingest pipeline', 'Prepare for a large increase in traffic', 'Handle a sudden spike in traffic', 'Reduce high p99 latency']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (stalled or flapping|a spike|slow)/);
		}
	});
});

describe('crash reports, expiries, growth, mail and media, and flakes named first (version 64)', () => {
	it('reads them as operational', () => {
		for (const title of [
			'rustc segfaults under valgrind with staticlib and empty file',
			'Kubelet started with `/usr/bin/kubelet --pod-manifest-path=/etc/kubernetes/manifests` panics',
			'Buffer overflow in modules AcpiPlatform (Bugzilla Bug 1854)',
			'The compiler unexpectedly panicled',
			'Godot editor terminates when opening a project',
			'Certificate expired on api.example.com',
			'Localization gone since 1.13.10336.0',
			'server leader memory keeps increasing',
			'50% increase in p99 latency after deploy',
			'Invite emails going to spam for Outlook users',
			'Video player is buffering',
			'Address autocomplete returns nothing for UK postcodes',
			'Flake in TestFlowControlSignal: flow control signal expected but not fired',
			'Flapper TableTTLIT#testMinorCompactionShouldNotRetainCellsWhenMaxLookbackIsDisabled',
			'Throwing exceptions inside a ChunkListener results in endless loop',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational'});
		}
	});

	it('leaves the work that guards against them, plans for them or builds tooling alone', () => {
		for (const title of ['Add buffer overflow checks to the parser', 'Handle connections closed unexpectedly', 'Rotate certificates before they expire', 'Capacity plan for 30% increase in traffic', 'Return nothing for empty queries', 'Flaky test detection in CI', 'Terminate idle sessions after 30 minutes']) {
			expect(verdictOf(title).category, title).not.toBe('operational');
		}
	});
});
