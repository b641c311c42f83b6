/**
 * Opens a ticket's URL in the browser and says what happened, in one line for the status
 * bar. Ticket URLs come from the tracker, so only http(s) URLs are handed to the opener:
 * the `open` package, which knows each platform's opener (and quotes for Windows, where
 * `cmd /c start` would read `&` in a URL as a second command). It is loaded on the first
 * use, not with the TUI. When no opener can start, `onFailure` gets the line that says so
 * and shows the URL, so the director can still copy it.
 */
export function openInBrowser(url: string | null, key: string, onFailure?: (line: string) => void): string {
	if (url === null) return `${key} has no link in the tracker`;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `${key}: the tracker's link is not a valid URL`;
	}
	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `${key}: refusing to open a ${parsed.protocol} link`;
	import('open')
		.then(async ({default: open}) => open(parsed.href))
		.catch(() => onFailure?.(`could not start a browser opener (xdg-open); ${key}: ${parsed.href}`));
	return `opened ${key} in the browser`;
}
