import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {plainTheme, ThemeProvider} from '../../../source/ui/theme.js';
import {exportView} from '../../../source/ui/views/export/index.js';
import {FakeSource, press, settle, week} from '../fixtures.js';

const folders: string[] = [];

afterEach(() => {
	for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true});
});

function renderExport(folder: string, width = 100) {
	const source = new FakeSource({});
	Object.assign(source, {exportFolder: folder});
	const statuses: string[] = [];
	const View = exportView.component;
	const rendered = render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={source.weekReport()} week={week} width={width} height={27} isActive setStatus={(message) => statuses.push(message)} setCapturesInput={() => undefined} />
		</ThemeProvider>,
	);
	return {...rendered, statuses};
}

describe('the Export view writing into a folder that already has the files', () => {
	it('names the files it keeps by their names in the folder it shows, not by a path relative to wherever the app was started', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-export-view-'));
		folders.push(folder);
		const {stdin, statuses, lastFrame} = renderExport(folder);
		await settle();
		expect(lastFrame()).toContain(`into ${folder}`);
		await press(stdin, 'w');
		const written = fs.readdirSync(folder);
		expect(written.length).toBeGreaterThan(0);

		await press(stdin, 'w');
		const refused = statuses.at(-1) ?? '';
		expect(refused).toMatch(/exists?\b/);
		expect(refused).toContain(written[0]);
		expect(refused).not.toContain('../');
		expect(refused).not.toContain(path.join(folder, written[0] ?? ''));
	});

	it('drops its "Files exist: W replaces them" question once another choice is made, as the question says', async () => {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'director-review-export-view-'));
		folders.push(folder);
		const {stdin, lastFrame} = renderExport(folder);
		await settle();
		await press(stdin, 'w');
		await press(stdin, 'w');
		expect(lastFrame()).toContain('Files exist: W replaces them');
		await press(stdin, 'f');
		await press(stdin, 'f');
		await press(stdin, 'f');
		await press(stdin, 'w');
		expect(lastFrame()).toContain('Files exist: W replaces them');
		await press(stdin, 'p');
		expect(lastFrame()).not.toContain('Files exist');
	});
});

describe('the Export view\'s heading and preview line', () => {
	it('shortens the notes, then cuts a long folder at its start, rather than cutting inside a word ("1 pending n…")', async () => {
		// The view keeps the folder chosen for the life of the process: read the one it shows.
		const roomy = renderExport(path.join(os.tmpdir(), 'director-review-export-view-a-long-folder-name', 'weekly', 'exports'), 160);
		await settle();
		const folder = /into (\S+) \(d\) · no pending notes$/m.exec(roomy.lastFrame() ?? '')?.[1] ?? '';
		expect(folder.length).toBeGreaterThan(30);
		roomy.unmount();
		const {lastFrame} = renderExport(folder, 80);
		await settle();
		const heading = (lastFrame() ?? '').split('\n')[0] ?? '';
		const [, tail] = /^Export \S+ · Markdown \(f\) · into …(\S+) \(d\) · no notes$/.exec(heading) ?? [];
		expect(folder.endsWith(tail ?? '-'), heading).toBe(true);
		expect(heading.length).toBeLessThanOrEqual(80);
	});

	it('offers no "p next" with one file to preview', async () => {
		const {stdin, lastFrame} = renderExport(os.tmpdir());
		await settle();
		await press(stdin, 'f');
		expect(lastFrame()).toMatch(/director-review-\S+\.json \(1 of 1; pgup\/pgdn scroll\)/);
	});
});
