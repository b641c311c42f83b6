import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/store/store.js';
import {storeWriterScript} from './compile-store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {retain} from '../../source/store/handles.js';
import {runAndKill} from '../support/kill-child.js';

/**
 * Kept verdicts (issue 18) are saved in one transaction: a child process saves the verdicts
 * of every ticket again and again, each time under a new context, and is killed with SIGKILL
 * at arbitrary moments. Afterwards every ticket's verdict is of one save — the last one the
 * child confirmed, or the one it was making — never a mix of two.
 */
const ticketCount = 400;
let temporary: ReturnType<typeof temporaryFolder>;
let childScript: string;

beforeAll(() => {
	temporary = temporaryFolder();
	childScript = storeWriterScript(
		temporary.folder,
		'verdict-writer.mjs',
		`const ids = Array.from({length: ${ticketCount}}, (_, index) => 't' + index);
		for (let number = 0; ; number++) {
			const context = run + ':' + number;
			const classification = {category: 'operational', source: 'rule', reason: 'save ' + context, confidence: 0.9, suggestion: {category: 'operational', confidence: 0.9, reason: 'save ' + context, source: 'rule'}};
			say('saving ' + context);
			if (!store.saveVerdicts('demo', context, store.changeStamp(), ids.map((id) => ({id, parentKey: null, classification})))) throw new Error('not saved');
			say('saved ' + context);
		}`,
	);
}, 60_000);

afterAll(() => {
	temporary.cleanup();
});


describe('kept verdicts through a crash', () => {
	it('are of one whole save after each of five SIGKILLs', {timeout: 120_000}, async () => {
		openStore(temporary.file).close();
		for (const [run, delay] of [0, 20, 55, 110, 200].entries()) {
			const lines = await runAndKill(childScript, [temporary.file, String(run)], 'saved ', 2, delay);
			const confirmed = lines.filter((line) => line.startsWith('saved ')).at(-1)?.slice(6);
			const making = lines.filter((line) => line.startsWith('saving ')).at(-1)?.slice(7);
			const raw = rawDatabase(temporary.file, {readonly: true});
			try {
				const rows = retain(raw.prepare(`SELECT context, reason, count(*) AS count FROM ticket_verdicts GROUP BY context, reason`)).all() as Array<{context: string; reason: string; count: number}>;
				expect(rows).toHaveLength(1);
				expect(rows[0]?.count).toBe(ticketCount);
				expect([confirmed, making]).toContain(rows[0]?.context);
				expect(rows[0]?.reason).toBe(`save ${rows[0]?.context}`);
			} finally {
				raw.close();
			}
		}
		const store = openStore(temporary.file);
		expect(store.integrityCheck()).toBe('ok');
		store.close();
	});
});
