import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {loadConfig} from '../../source/config/load.js';
import {saveConfig} from '../../source/config/save.js';

/**
 * A config.json saved by an editor that starts UTF-8 files with a byte-order mark (Windows
 * Notepad before 2019, some IDEs by setting) is the same JSON: RFC 8259 lets a parser ignore
 * the mark, and JSON.parse refuses it ("Unexpected token ' '", the mark itself invisible).
 */

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true});
});

function homeWithConfig(text: string): {configDir: string; dataDir: string} {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-bom-'));
	folders.push(folder);
	fs.writeFileSync(path.join(folder, 'config.json'), text, {mode: 0o600});
	return {configDir: folder, dataDir: folder};
}

describe('a config.json that starts with a byte-order mark', () => {
	it('is read as the JSON after the mark', () => {
		const paths = homeWithConfig('\uFEFF{"provider": "demo", "timezone": "Europe/Berlin", "trendWeeks": 6}');
		const config = loadConfig(paths, {});
		expect(config.provider).toBe('demo');
		expect(config.timezone).toBe('Europe/Berlin');
		expect(config.trendWeeks).toBe(6);
	});

	it('is rewritten by init (saveConfig) without the mark', () => {
		const paths = homeWithConfig('\uFEFF{"provider": "demo"}');
		const file = saveConfig(paths, {provider: 'demo', trendWeeks: 4});
		expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({provider: 'demo', trendWeeks: 4});
	});

	it('a mark anywhere else is still invalid JSON', () => {
		const paths = homeWithConfig('{"provider": "demo"}\uFEFF\uFEFF');
		expect(() => loadConfig(paths, {})).toThrow(/valid JSON/);
	});
});
