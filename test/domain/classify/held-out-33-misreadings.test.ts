import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 33 (godotengine/godot) misread a release freeze as a hang: "Godot 3.0 entering release freeze (only major
 * bug fixes accepted)" read firefighting through "freeze" as a program freezing. A release, code, feature or string
 * freeze is a stage of the release process a team plans; a program, an editor or a UI that freezes is still a hang.
 */
function verdictOf(title: string) {
	const ticket = makeTicket({id: 'RF-1', key: 'RF-1', team: 'RF', project: 'RF', title, labels: []});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('RF-1')!;
}

describe('a release freeze is release process, not a hang', () => {
	it('reads a release, code, feature or string freeze as planned release process', () => {
		for (const title of [
			'Godot 3.0 entering release freeze (only major bug fixes accepted)',
			'Code freeze for 2.4 starts Monday',
			'Feature freeze for the Q3 release',
			'Announce string freeze before translations',
			'Add the code freeze dates to the release checklist',
		]) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: release freeze')});
			expect(verdictOf(title).reason, title).not.toContain('title: crashing');
		}
	});

	it('still reads a program, an editor or a UI that freezes as a hang', () => {
		for (const title of ['UI freeze when opening large files', 'Editor freezes on save', 'App freezes after upgrade to 4.2', 'Random freezes during playback']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: crashing')});
		}
	});

	it('leaves ordinary planned and design titles that mention no freeze alone', () => {
		for (const title of ['Update the release checklist', 'How should we schedule releases?', "Don't cut a release on Fridays"]) {
			expect(verdictOf(title).reason, title).not.toContain('title: release freeze');
		}
	});
});
