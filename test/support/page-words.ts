/**
 * Words on a one-page document (briefing.md "One page each"), counted plainly and apart from
 * the product's own count: whitespace-separated tokens of the Markdown as written, leaving out
 * only the director's own notes — the bullets of the "## Your notes" section (up to the next
 * "## "). The section's heading and its "none" are on the page and count: a reader of a note
 * without notes counts every word of it.
 */
export function pageWords(markdown: string): number {
	let count = 0;
	let inNotes = false;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('## ')) inNotes = line === '## Your notes';
		if (inNotes && line.startsWith('- ')) continue;
		count += line.split(/\s+/).filter(Boolean).length;
	}
	return count;
}
