/**
 * `▕████░░░░▏` — or a moving block when the total is unknown. Plain text, no Ink: the TUI's
 * status line and `director-review sync` on stderr draw the same bar.
 */
export function progressBar(done: number, total: number | null, width: number): string {
	if (total === null || total <= 0) {
		const position = done % width;
		return `▕${'░'.repeat(position)}█${'░'.repeat(Math.max(0, width - position - 1))}▏`;
	}

	const filled = Math.min(width, Math.round((done / total) * width));
	return `▕${'█'.repeat(filled)}${'░'.repeat(width - filled)}▏`;
}
