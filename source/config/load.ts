import fs from 'node:fs';
import path from 'node:path';
import {UsageError} from '../errors/app-error.js';
import {rememberSecret} from '../errors/secrets.js';
import {toTerminalLine} from '../text/sanitize.js';
import {ConfigError} from './errors.js';
import type {HomePaths} from './paths.js';
import type {AppConfig} from './schema.js';
import {validateConfig} from './validate.js';

export const configFileName = 'config.json';

export function configFilePath(paths: HomePaths): string {
	return path.join(paths.configDir, configFileName);
}

/** Reads and validates config.json (absent = all defaults), with the environment laid over it. */
export function loadConfig(paths: HomePaths, env: NodeJS.ProcessEnv = process.env): AppConfig {
	const file = configFilePath(paths);
	let raw: unknown = {};
	let text: string | null;
	refuseSpecialFile(file);
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		// Only a file that is not there is an absent config; one that cannot be read is said as such.
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadableConfig(file, error);
		text = null;
	}
	if (text !== null) {
		try {
			raw = parseConfigText(text);
		} catch (error) {
			if (error instanceof SyntaxError) throw new ConfigError(configFileName, `valid JSON (${error.message})`, file);
			throw error;
		}
	}

	const config = validateConfig(raw, env, file);
	keepSecretPrivate(file, raw);
	rememberSecret(config.linear.apiKey);
	rememberSecret(config.jira.apiToken, config.jira.email);
	rememberSecret(config.jira.pat);
	return config;
}

/**
 * config.json's text as JSON. A leading byte-order mark is dropped, as RFC 8259 allows: some
 * editors start every UTF-8 file with one (Windows Notepad before 2019), and JSON.parse
 * refuses it with a message whose culprit is invisible.
 */
export function parseConfigText(text: string): unknown {
	return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) as unknown;
}

const readFailures: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'a parent is not a folder',
	ELOOP: 'too many symbolic links (a link loop)',
	EISDIR: 'it is a folder',
	ENAMETOOLONG: 'a name in the path is too long',
};

const unreadableHint = 'make the file and its folders readable for your user, or choose another home with --home or DIRECTOR_REVIEW_HOME';

function unreadableConfig(file: string, error: unknown): UsageError {
	const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
	return new UsageError(`cannot read ${toTerminalLine(file)}: ${readFailures[code] ?? code}`, unreadableHint);
}

/**
 * A named pipe, socket or device as config.json is refused before it is read: reading a FIFO
 * waits for a writer that never comes, and a device such as /dev/zero never ends (a hang,
 * where bad input must end with a cause). A folder and a missing file are left to the read.
 */
function refuseSpecialFile(file: string): void {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch {
		return;
	}
	if (stat.isFile() || stat.isDirectory()) return;
	throw new UsageError(`cannot read ${toTerminalLine(file)}: not a regular file`, unreadableHint);
}

/** The config keys that hold a secret (cli.md "Environment": a file holding one is mode 0600). */
const secretKeys = [
	['linear', 'apiKey'],
	['jira', 'apiToken'],
	['jira', 'pat'],
] as const;

function holdsSecret(raw: unknown): boolean {
	return secretKeys.some(([section, key]) => {
		const part = (raw as Record<string, unknown> | null)?.[section];
		return typeof part === 'object' && part !== null && typeof (part as Record<string, unknown>)[key] === 'string';
	});
}

/**
 * A config.json written by hand, or loosened since `init` wrote it, may hold a secret others
 * can read: it is made private (0600), and the director told once, on stderr.
 */
function keepSecretPrivate(file: string, raw: unknown): void {
	if (!holdsSecret(raw)) return;
	let mode: number;
	try {
		mode = fs.statSync(file).mode & 0o777;
	} catch {
		return;
	}
	if ((mode & 0o077) === 0) return;
	const shown = toTerminalLine(file);
	try {
		fs.chmodSync(file, 0o600);
		process.stderr.write(`director-review: warning: ${shown} holds a secret and could be read by others; it is now private (mode 0600)\n`);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
		process.stderr.write(`director-review: warning: ${shown} holds a secret and can be read by others, and could not be made private (${code}): run chmod 600 on it\n`);
	}
}
