import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 31's misreadings (wordpress-mobile/WordPress-Android's GitHub issues, a mobile app team), each read as it would be in any tracker. */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'WA-1', key: 'WA-1', team: 'WA', project: 'WA', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('WA-1')!;
}

describe('held-out set 31 readings, wordpress-mobile/WordPress-Android', () => {
	it('reads what users find impossible to do as breakage', () => {
		expect(verdictOf('Enabling 2FA on self-hosted website makes it impossible to login on Android app', ['[Type] Bug'])).toMatchObject({category: 'operational'});
		for (const title of [
			'Enabling 2FA on self-hosted website makes it impossible to login on Android app',
			'Impossible to upload images after update',
			"It's impossible to save settings on Safari",
			'Impossible to open attachments in the mobile app',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: impossible to')});
		}
		// A rule or a goal: an imperative opening the title, and what should, must or will be impossible.
		for (const title of [
			'Make it impossible to delete the last admin',
			'Add a check that makes it impossible to deploy on Fridays',
			'Ensure it is impossible to merge without review',
			'It should be impossible to merge without review',
			'Deleting the last owner must be impossible to do by accident',
			'Update the docs on why it is impossible',
			'Support importing calendars',
		]) {
			expect(verdictOf(title).reason, title).not.toContain('impossible to');
		}
	});
});
