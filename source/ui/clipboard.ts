import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const tools: ReadonlyArray<{name: string; args: string[]}> = [
	{name: 'pbcopy', args: []},
	{name: 'wl-copy', args: []},
	{name: 'xclip', args: ['-selection', 'clipboard']},
	{name: 'xsel', args: ['--clipboard', '--input']},
	{name: 'clip.exe', args: []},
];

function findTool(): {command: string; args: string[]} | null {
	for (const tool of tools) {
		for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
			const candidate = path.join(dir, tool.name);
			if (dir && fs.existsSync(candidate)) return {command: candidate, args: tool.args};
		}
	}
	return null;
}

/** OSC 52 payloads beyond this are dropped by most terminals. */
const osc52Limit = 100_000;

/**
 * Copies text to the clipboard and says how, in one line. A clipboard tool is preferred; a
 * terminal that honours OSC 52 gets the text through the escape sequence instead (we cannot
 * know whether it did, so the message says so).
 */
export function copyToClipboard(text: string, write: (data: string) => void = (data) => process.stdout.write(data)): string {
	const tool = findTool();
	if (tool) {
		const result = spawnSync(tool.command, tool.args, {input: text, timeout: 3000, stdio: ['pipe', 'ignore', 'ignore']});
		if (result.status === 0) return `copied to the clipboard with ${path.basename(tool.command)}`;
	}
	const encoded = Buffer.from(text, 'utf8').toString('base64');
	if (encoded.length > osc52Limit) return 'too large for the terminal clipboard (OSC 52), and no clipboard tool (pbcopy, wl-copy, xclip, xsel) is installed';
	if (!process.stdout.isTTY) return 'no clipboard here: no clipboard tool and no terminal';
	const sequence = `\u001B]52;c;${encoded}\u0007`;
	// tmux passes OSC 52 on only when wrapped in its own passthrough.
	write(process.env['TMUX'] ? `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\` : sequence);
	return 'sent to the terminal clipboard (OSC 52); if nothing arrives, your terminal does not allow it';
}
