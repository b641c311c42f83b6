import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 56 (zed-industries/zed) left three kinds of title users of a desktop program write unsure, all reading nothing:
 * memory said as the share or amount of it the program takes, or as RAM ("Zed using 100% of RAM on Windows", "Zed Consuming
 * Excessive amount of RAM.", "leak memory to 40+ GB", "Windows: Maybe memory leakage"), a battery drained ("High battery
 * usage"), and a thing done over and over ("Zed Preview 0.215.0 keeps updating the same version over and over.").
 */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'ZD-1', key: 'ZD-1', team: 'ZD', project: 'ZD', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('ZD-1')!;
}

describe('memory taken as a share, an amount or RAM is memory held now', () => {
	it('reads a program using, consuming or leaking a share or amount of memory as high memory use', () => {
		for (const title of [
			'Zed using 100% of RAM on Windows',
			'Zed Consuming Excessive amount of RAM.',
			'App uses 8 GB of RAM',
			'Zed and Zed Preview leak memory to 40+ GB with one simple project open',
			'Windows: Maybe memory leakage',
			'Memory leakage in parser',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high memory use')});
		}
	});

	it('leaves a limit, a cut, a measure, an allocation and a setting alone', () => {
		for (const title of [
			'Limit the worker to using 4 GB of memory',
			'Reduce RAM usage',
			'Show how much RAM each tab uses',
			'Allocate 16 GB of memory to the build runners',
			'Set JVM heap to use 4GB of RAM',
			'Upgrade RAM on build hosts',
			'Add a memory usage panel',
			'Support for RAM disks',
			'Builds using 4 GB of RAM must be capped',
		]) {
			expect(verdictOf(title).category, title).not.toBe('operational');
			expect(verdictOf(title).reason, title).not.toContain('title: high memory use');
		}
	});
});

describe('CPU taken as a share by a program is CPU burnt now', () => {
	it('reads a program using or consuming a share of the CPU, past one core or "up to" it, as high CPU', () => {
		for (const title of ['New update is using up to 400% of cpu (260% just idle)', 'Indexer consuming 250% CPU', 'Zed is using 40% of the CPU while idle']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: high CPU or leak')});
		}
	});

	it('leaves a limit, an imperative, a measure and a cap asked for alone', () => {
		for (const title of [
			'Limit the indexer to using 50% of CPU',
			'Use up to 50% of CPU for indexing',
			'Show the share of CPU each process is using',
			'Builds using 30% of CPU should be throttled',
		]) {
			expect(verdictOf(title).category, title).not.toBe('operational');
			expect(verdictOf(title).reason, title).not.toContain('title: high CPU or leak');
		}
	});
});

describe('a battery drained is a problem users hit now', () => {
	it('reads high battery use and a battery drained as breakage', () => {
		for (const title of ['High battery usage', 'Battery drain on iOS 17', 'App drains battery in the background', 'Excessive power consumption while idle']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: battery drain')});
		}
	});

	it('leaves a cut, a saving, a measure, a test and a design question alone', () => {
		for (const title of [
			'Reduce battery usage',
			'Lower battery consumption of location updates',
			'Measure battery usage',
			'Add battery drain tests',
			'Power drain analysis dashboard',
			'How to configure power settings',
		]) {
			expect(verdictOf(title).category, title).not.toBe('operational');
			expect(verdictOf(title).reason, title).not.toContain('title: battery drain');
		}
	});
});

describe('a thing done over and over is breakage', () => {
	it('reads "keeps <doing> …", "over and over" and "again and again" as happening over and over', () => {
		for (const title of [
			'Zed Preview 0.215.0 keeps updating the same version over and over.',
			'Login page keeps asking for the password',
			'Dialog pops up again and again',
			'Notifications keep sending twice',
			'Users keep getting logged out over and over',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: happens over and over')});
		}
	});

	it('leaves a guard, a thing that keeps doing what it should, an imperative and a design question alone', () => {
		for (const title of [
			'Avoid re-downloading assets over and over',
			'Stop prompting for the password again and again',
			'Ensure the worker keeps running',
			'Keep retrying over and over until it succeeds',
			'Keep sending heartbeats during long uploads',
			'Make the client keep reconnecting after a network drop',
			'How to keep reconnecting websockets alive',
			'Allow users to keep adding items',
			'Add X',
			'Remove Y',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: happens over and over');
		}
	});
});
