import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {resolveHome} from '../../source/config/paths.js';

const saved = {config: process.env['XDG_CONFIG_HOME'], data: process.env['XDG_DATA_HOME']};

function restore(name: string, value: string | undefined): void {
	if (value === undefined) delete process.env[name];
	else process.env[name] = value;
}

describe('resolveHome', () => {
	afterEach(() => {
		restore('XDG_CONFIG_HOME', saved.config);
		restore('XDG_DATA_HOME', saved.data);
	});

	it('puts config and store in one folder with --home or DIRECTOR_REVIEW_HOME, --home first', () => {
		expect(resolveHome('relative/home', {})).toEqual({configDir: path.resolve('relative/home'), dataDir: path.resolve('relative/home')});
		expect(resolveHome(undefined, {DIRECTOR_REVIEW_HOME: '/srv/review'})).toEqual({configDir: path.resolve('/srv/review'), dataDir: path.resolve('/srv/review')});
		expect(resolveHome('/a', {DIRECTOR_REVIEW_HOME: '/b'}).dataDir).toBe(path.resolve('/a'));
	});

	it.runIf(process.platform === 'linux')('follows the XDG base directories on Linux, and their defaults when unset or empty', () => {
		process.env['XDG_CONFIG_HOME'] = '/xdg/config';
		process.env['XDG_DATA_HOME'] = '/xdg/data';
		expect(resolveHome(undefined, {})).toEqual({configDir: '/xdg/config/director-review', dataDir: '/xdg/data/director-review'});
		process.env['XDG_CONFIG_HOME'] = '';
		delete process.env['XDG_DATA_HOME'];
		expect(resolveHome(undefined, {})).toEqual({
			configDir: path.join(os.homedir(), '.config', 'director-review'),
			dataDir: path.join(os.homedir(), '.local', 'share', 'director-review'),
		});
	});
});
