/** `██████░░░░` for a share (0..1); dots when the share is unknown, so "no data" never reads as zero. */
export function bar(share: number | null, width: number): string {
	if (width <= 0) return '';
	if (share === null) return '·'.repeat(width);
	const filled = Math.min(width, Math.max(0, Math.round(share * width)));
	return '█'.repeat(filled) + '░'.repeat(width - filled);
}
