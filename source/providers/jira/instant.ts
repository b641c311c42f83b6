/** Jira writes `2026-01-05T10:00:00.000+0000`; ECMAScript wants a colon in the offset. */
export function parseJiraInstant(value: unknown): number | null {
	if (typeof value !== 'string' || value === '') return null;
	const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const instant = Date.parse(normalised);
	return Number.isNaN(instant) ? null : instant;
}
