import {describe, expect, it} from 'vitest';
import {isBlockedStatusName} from '../../source/domain/blocked-status.js';

describe('a status named like "Blocked" (metrics.md Blockers)', () => {
	it('reads the word blocked, in any case and place, as blocked', () => {
		for (const name of ['Blocked', 'BLOCKED', 'blocked', 'Blocked by vendor', 'On hold / Blocked', 'Waiting (blocked)', 'Blocked-External', 'Is_Blocked']) expect(isBlockedStatusName(name), name).toBe(true);
	});

	it('does not read a status that says the opposite, or another word, as blocked', () => {
		for (const name of ['Unblocked', 'UNBLOCKED - ready', 'Not blocked', 'not_blocked', 'In Progress', 'Blocker triage', '', null, undefined]) expect(isBlockedStatusName(name), String(name)).toBe(false);
	});
});
