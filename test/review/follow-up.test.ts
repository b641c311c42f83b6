import {describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {createDemoProvider, demoRoster} from '../../source/providers/demo/index.js';
import {ReviewSession} from '../../source/review/session.js';
import {openStore} from '../../source/store/store.js';
import {temporaryFolder} from '../store/fixtures.js';

/** F in the Delegation view: a discussed note flagged for follow-up carries into the next 1:1 note (briefing.md). */
describe('flagging a discussed note for follow-up', () => {
	const folder = temporaryFolder();
	const store = openStore(folder.file, {now: () => 1_000});
	const config = validateConfig({timezone: 'UTC'}, {}, null);
	const session = new ReviewSession({store, providerName: 'demo', providerLabel: 'Demo', createProvider: async () => createDemoProvider({now: 1_000, timezone: 'UTC'}), config, roster: demoRoster, now: () => 1_000});

	it('flags the latest discussed note on the report, carries it once, and clears on a second press', () => {
		const target = {kind: 'report', reportSlug: 'priya-raman'} as const;
		expect(session.flagFollowUp(target)).toBeNull();
		const older = store.addNote('demo', target, 'Promotion case');
		const latest = store.addNote('demo', target, 'Ask about the pager rotation');
		store.addNote('demo', {kind: 'report', reportSlug: 'tom-okafor'}, 'Someone else');
		store.markNotesDiscussed('demo', [older.id, latest.id], 2_000);
		expect(session.pendingNotes().map((note) => note.text)).toEqual(['Someone else']);

		const flagged = session.flagFollowUp(target);
		expect(flagged?.id).toBe(latest.id);
		expect(flagged?.followUpAt).not.toBeNull();
		expect(session.pendingNotes().map((note) => note.text)).toEqual(['Ask about the pager rotation', 'Someone else']);

		// Carried into an export, the follow-up is done.
		store.markNotesDiscussed('demo', [latest.id], 3_000);
		expect(session.pendingNotes().map((note) => note.text)).toEqual(['Someone else']);

		// Pressed twice before an export: the flag is cleared again.
		session.flagFollowUp(target);
		expect(session.flagFollowUp(target)?.followUpAt ?? null).toBeNull();
		expect(session.pendingNotes().map((note) => note.text)).toEqual(['Someone else']);
		session.dispose();
		store.close();
		folder.cleanup();
	});
});
