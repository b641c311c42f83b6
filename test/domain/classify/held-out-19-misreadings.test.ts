import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 19's misreadings (Apache Hive's Jira: issue type, priority and components as its changelog lists them), each read as it would be in any tracker. */
function verdictOf(title: string, type: string | null = null) {
	const ticket = makeTicket({id: 'HIVE-1', key: 'HIVE-1', team: 'HIVE', project: 'HIVE', title, type});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('HIVE-1')!;
}

describe('held-out set 19 readings, Apache Hive\'s Jira', () => {
	it('reads what a system should do, said not done ("is not firing", "does not drop"), as breakage', () => {
		for (const [title, type] of [
			['count distinct rewrite is not firing', 'Bug'],
			['Dropping table in an encrypted zone does not drop warehouse directory', 'Sub-task'],
			// The same said by other teams, with no type.
			['Alert is not firing for disk usage', null],
			["PagerDuty webhook doesn't trigger on merge", null],
			['Uninstaller does not remove config files', null],
			['Trash no longer deletes items after 30 days', null],
			['Temp files are not cleaned up after export', null],
			['Newsletter signup form is not triggering welcome email', null],
		] as const) {
			expect(verdictOf(title, type), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
		// Not the imperative opening a title, nor a guard or a rule said before it, nor "drop off".
		for (const title of [
			"Don't trigger CI for docs-only changes",
			'Do not remove legacy endpoints until v3',
			'Ensure retries do not drop messages',
			'Make sure the nightly job does not delete reports',
			'Alerts should not fire during maintenance windows',
			'Contractors do not drop off keys on Fridays',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});

	it('reads "Turn on …" as planned work, "enable" said in two words', () => {
		for (const title of ['Turn on cbo in more q files', 'Turn on 2FA for all staff accounts', 'Turn on gzip compression for static assets']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: opens with planned work')});
		}
		// Not a gerund that names what broke: "Turning on dark mode crashes the app" is a crash, as before.
		expect(verdictOf('Turning on dark mode crashes the app').category).toBe('operational');
		// Nor the words inside a title.
		expect(verdictOf('The lights do not turn on in the lobby').reason).not.toContain('title: opens with planned work');
	});
});
