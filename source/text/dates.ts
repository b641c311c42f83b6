/** Week and day labels, shared by the views and the exports. */
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "16–22 Nov 2026" (or "28 Dec – 3 Jan 2027") from a week's YYYY-MM-DD start and end. */
export function weekRange(start: string, end: string): string {
	const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
	const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
	if (sm === em) return `${sd}–${ed} ${monthNames[em - 1]} ${ey}`;
	if (sy === ey) return `${sd} ${monthNames[sm - 1]} – ${ed} ${monthNames[em - 1]} ${ey}`;
	return `${sd} ${monthNames[sm - 1]} ${sy} – ${ed} ${monthNames[em - 1]} ${ey}`;
}

/** "3 Nov" from YYYY-MM-DD. */
export function shortDate(date: string | null): string {
	if (!date) return '–';
	const [, month, day] = date.split('-').map(Number) as [number, number, number];
	return `${day} ${monthNames[month - 1]}`;
}
