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

function renderExport(folder: string) {
	const source = new FakeSource({});
	Object.assign(source, {exportFolder: folder});
	const statuses: string[] = [];
	const View = exportView.component;
	const rendered = render(
		<ThemeProvider theme={plainTheme}>
			<View source={source} report={source.weekReport()} week={week} width={100} height={27} isActive setStatus={(message) => statuses.push(message)} setCapturesInput={() => undefined} />
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
