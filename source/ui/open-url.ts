import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The platform's "open this URL" command, if one is installed. */
function opener(): {command: string; args: string[]} | null {
	if (process.platform === 'darwin') return {command: 'open', args: []};
	if (process.platform === 'win32') return {command: 'cmd', args: ['/c', 'start', '""']};
	for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
		for (const name of ['xdg-open', 'wslview']) {
			const candidate = path.join(dir, name);
			if (dir && fs.existsSync(candidate)) return {command: candidate, args: []};
		}
	}
	return null;
}

/**
 * Opens a ticket's URL in the browser and says what happened, in one line for the status
 * bar. Ticket URLs come from the tracker, so only http(s) URLs are handed to the opener.
 */
export function openInBrowser(url: string | null, key: string): string {
	if (url === null) return `${key} has no link in the tracker`;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `${key}: the tracker's link is not a valid URL`;
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `${key}: refusing to open a ${parsed.protocol} link`;
	const command = opener();
	if (command === null) return `no browser opener here (xdg-open); ${key}: ${parsed.href}`;
	try {
		const child = spawn(command.command, [...command.args, parsed.href], {detached: true, stdio: 'ignore'});
		child.on('error', () => undefined);
		child.unref();
		return `opened ${key} in the browser`;
	} catch {
		return `could not start ${path.basename(command.command)}; ${key}: ${parsed.href}`;
	}
}
