import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {FileExistsError, UsageError} from '../../source/errors/app-error.js';
import {buildExportFiles, notesIncluded, selectReports} from '../../source/export/build-exports.js';
import {ExportWriteError, writeExportFiles} from '../../source/export/write-files.js';
import {makeSnapshot, note} from './snapshot-fixture.js';

const md = {format: 'md', reports: [], leadership: false} as const;

describe('which files an export makes', () => {
	it('makes one 1:1 file per report by default', () => {
		expect(buildExportFiles(makeSnapshot(), md).map((file) => file.name)).toEqual(['1on1-alex-kim-2026-W47.md', '1on1-jo-park-2026-W47.md']);
	});

	it('adds the leadership summary with --leadership', () => {
		expect(buildExportFiles(makeSnapshot(), {...md, leadership: true}).map((file) => file.name)).toEqual([
			'1on1-alex-kim-2026-W47.md',
			'1on1-jo-park-2026-W47.md',
			'leadership-2026-W47.md',
		]);
	});

	it('takes only the named reports, by name or slug in any case, once each', () => {
		expect(buildExportFiles(makeSnapshot(), {...md, reports: ['JO PARK']}).map((file) => file.name)).toEqual(['1on1-jo-park-2026-W47.md']);
		expect(selectReports(makeSnapshot(), ['alex-kim', 'Alex Kim', 'jo-park']).map((report) => report.slug)).toEqual(['alex-kim', 'jo-park']);
		expect(buildExportFiles(makeSnapshot(), {...md, reports: ['alex-kim'], leadership: true}).map((file) => file.name)).toEqual([
			'1on1-alex-kim-2026-W47.md',
			'leadership-2026-W47.md',
		]);
	});

	it('refuses an unknown report name, listing the reports there are', () => {
		let error: unknown;
		try {
			buildExportFiles(makeSnapshot(), {...md, reports: ['Robin']});
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(UsageError);
		expect((error as UsageError).message).toBe('no report named "Robin"');
		expect((error as UsageError).hint).toBe('reports: Alex Kim (alex-kim), Jo Park (jo-park)');
	});

	it('makes the JSON and the CSV for the whole org, and refuses --report or --leadership with them', () => {
		const [json] = buildExportFiles(makeSnapshot(), {format: 'json', reports: [], leadership: false});
		expect(json?.name).toBe('director-review-2026-W47.json');
		const parsed = JSON.parse(json?.content ?? '{}') as {schemaVersion: number; delegation: {reports: Array<{name: string; delegated: number}>}};
		expect(parsed.schemaVersion).toBe(2);
		const [v1] = buildExportFiles(makeSnapshot(), {format: 'json', reports: [], leadership: false, schema: 1});
		expect((JSON.parse(v1?.content ?? '{}') as {schemaVersion: number}).schemaVersion).toBe(1);
		expect(parsed.delegation.reports.map((row) => [row.name, row.delegated])).toEqual([
			['Alex Kim', 1],
			['Jo Park', 1],
		]);
		expect(buildExportFiles(makeSnapshot(), {format: 'csv', reports: [], leadership: false}).map((file) => file.name)).toEqual(['director-review-2026-W47.csv']);
		expect(() => buildExportFiles(makeSnapshot(), {format: 'json', reports: ['Jo Park'], leadership: false})).toThrow(UsageError);
		expect(() => buildExportFiles(makeSnapshot(), {format: 'csv', reports: [], leadership: true})).toThrow(/Markdown exports only/);
	});

	it('refuses a Markdown export with no reports unless the leadership summary is asked for', () => {
		const empty = makeSnapshot({roster: {directorIds: new Set(['dana']), reports: []}});
		expect(() => buildExportFiles(empty, md)).toThrow(/no reports/);
		expect(buildExportFiles(empty, {...md, leadership: true}).map((file) => file.name)).toEqual(['leadership-2026-W47.md']);
	});
});

describe('notes an export takes into 1:1s', () => {
	const s = makeSnapshot({
		notes: [
			note(1, {kind: 'report', reportSlug: 'alex-kim'}, 'Rota'),
			note(2, {kind: 'ticket', ticketId: 't-kai'}, 'Fast fix'),
			note(3, {kind: 'report', reportSlug: 'someone-gone'}, 'Old'),
		],
	});

	it('are those of the selected reports only, for Markdown only', () => {
		expect(notesIncluded(s, md).map((n) => n.id)).toEqual([1, 2]);
		expect(notesIncluded(s, {...md, reports: ['jo-park']}).map((n) => n.id)).toEqual([2]);
		expect(notesIncluded(s, {format: 'json', reports: [], leadership: false})).toEqual([]);
	});
});

describe('writing the files', () => {
	let folder: string;
	beforeEach(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-export-'));
	});
	afterEach(() => {
		fs.rmSync(folder, {recursive: true, force: true});
	});

	it('refuses to overwrite without --force and leaves every file byte-identical', () => {
		const first = buildExportFiles(makeSnapshot(), {...md, leadership: true});
		writeExportFiles(first, folder, false);
		const before = new Map(first.map((file) => [file.name, fs.readFileSync(path.join(folder, file.name))]));
		// A later export of the same week with other figures (a new note) must not replace them silently.
		const second = buildExportFiles(makeSnapshot({notes: [note(9, {kind: 'report', reportSlug: 'alex-kim'}, 'New')]}), {...md, leadership: true});
		expect(second[0]?.content).not.toBe(first[0]?.content);
		expect(() => writeExportFiles(second, folder, false)).toThrow(FileExistsError);
		for (const [name, bytes] of before) expect(fs.readFileSync(path.join(folder, name)).equals(bytes)).toBe(true);
		expect(fs.readdirSync(folder).sort()).toEqual([...before.keys()].sort());

		writeExportFiles(second, folder, true);
		expect(fs.readFileSync(path.join(folder, second[0]?.name ?? ''), 'utf8')).toBe(second[0]?.content);
	});

	it('refuses an --out that is a file, not a folder, as a write error naming the path and leaves the file as it was', () => {
		const file = path.join(folder, 'not-a-folder');
		fs.writeFileSync(file, 'kept');
		const files = buildExportFiles(makeSnapshot(), md);
		expect(() => writeExportFiles(files, file, false)).toThrow(ExportWriteError);
		expect(() => writeExportFiles(files, file, false)).toThrow(`cannot write ${file}: not a folder`);
		expect(fs.readFileSync(file, 'utf8')).toBe('kept');
		expect(fs.readdirSync(folder)).toEqual(['not-a-folder']);
	});
});
