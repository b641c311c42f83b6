import {describe, expect, it} from 'vitest';
import {restoreQuestion} from '../../source/commands/restore-choice.js';

describe('the restore prompt', () => {
	const backup = {file: '/home/director/.director-review/backups/record-20261204T160500000Z.db', takenAt: Date.UTC(2026, 11, 4, 16, 5)};
	const holds = '12 tags, 30 tag changes, 4 notes, 9 frozen reviews, 17 issued talking points';
	const question = restoreQuestion(backup, holds, '/home/director/.director-review/director-review.db');

	it('says when the backup was taken, in local human time, and what it holds', () => {
		const [first] = question.split('\n');
		expect(first).toMatch(/^Restore the backup of (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Nov|Dec) 2026, \d\d:\d\d\?$/);
		expect(question).toContain(`it holds ${holds}`);
		expect(question).toContain(backup.file);
		expect(question).toMatch(/\[y\/N\] $/);
	});

	it('breaks its own lines, each short enough for a narrow terminal apart from a long path', () => {
		for (const line of question.split('\n')) {
			if (line.includes('/')) continue;
			expect(line.length, line).toBeLessThanOrEqual(90);
		}
	});

	it('leaves out the counts when the backup cannot be counted', () => {
		expect(restoreQuestion(backup, null, '/s.db')).not.toContain('it holds');
	});
});
