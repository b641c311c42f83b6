import {utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {codeStamp} from '../../source/review/stored-report.js';
import {temporaryFolder} from '../store/fixtures.js';

/**
 * The code's part of a kept report's and kept week facts' stamp (stored-report.ts): a new version
 * of the program must not read what an older one computed. npm installs every file of a package
 * with the same modification time (1985-10-26T08:15:00Z, for reproducible tarballs), so an
 * upgrade that changes a constant of the metrics (`0.5` to `0.6`) leaves the bundle's chunk the
 * same size with the same mtime.
 */
let folder: ReturnType<typeof temporaryFolder>;

beforeEach(() => {
	folder = temporaryFolder();
});

afterEach(() => {
	folder.cleanup();
});

describe('the code stamp', () => {
	it('tells apart two versions of the same size installed with the same mtime', () => {
		const npmTime = new Date('1985-10-26T08:15:00.000Z');
		const install = (name: string, text: string) => {
			const file = path.join(folder.folder, name);
			writeFileSync(file, text);
			utimesSync(file, npmTime, npmTime);
			return codeStamp(file);
		};
		const before = install('before.js', 'export const staleShare = 0.5;\n');
		const after = install('after.js', 'export const staleShare = 0.6;\n');
		expect(before).not.toBeNull();
		expect(after).not.toBe(before);
		expect(install('again.js', 'export const staleShare = 0.6;\n')).toBe(after);
	});
});
