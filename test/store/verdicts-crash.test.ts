import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/store/store.js';
import {compileStore} from './compile-store.js';
import {rawDatabase, temporaryFolder} from './fixtures.js';
import {retain} from '../../source/store/handles.js';

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
	const storeModule = compileStore(path.join(temporary.folder, 'compiled'));
	childScript = path.join(temporary.folder, 'compiled', 'verdict-writer.mjs');
	fs.writeFileSync(
		childScript,
		`import fs from 'node:fs';
		const {openStore} = await import(${JSON.stringify(pathToFileURL(storeModule).href)});
		const [file, run] = process.argv.slice(2);
		const store = openStore(file);
		const say = (line) => fs.writeSync(1, line + '\\n');
		const ids = Array.from({length: ${ticketCount}}, (_, index) => 't' + index);
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

async function runAndKill(file: string, run: number, extraMs: number): Promise<string[]> {
	const child = spawn(process.execPath, [childScript, file, String(run)], {stdio: ['ignore', 'pipe', 'pipe']});
	let output = '';
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if ((output.match(/^saved /gm) ?? []).length >= 2) resolve();
		});
		child.once('exit', () => reject(new Error(`the writer exited on its own: ${errors}`)));
	});
	await new Promise((resolve) => setTimeout(resolve, extraMs));
	child.kill('SIGKILL');
	expect(await exited).toBe('SIGKILL');
	return output.slice(0, output.lastIndexOf('\n')).split('\n');
}

describe('kept verdicts through a crash', () => {
	it('are of one whole save after each of five SIGKILLs', {timeout: 120_000}, async () => {
		openStore(temporary.file).close();
		for (const [run, delay] of [0, 20, 55, 110, 200].entries()) {
			const lines = await runAndKill(temporary.file, run, delay);
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
