/**
 * The tracker's clock against ours. An incremental sync asks for changes since the last
 * sync started, read on our clock; were ours ahead of the tracker's by more than the sync's
 * overlap, the changes the tracker stamped in between would never be asked for. Every
 * answer's `Date` header (RFC 9110 §6.6.1: an origin server with a clock sends one) says
 * how far behind the tracker is, and the pull asks from that much earlier.
 */

/**
 * Less than this behind is left alone: `Date` has whole seconds and arrives a network trip
 * late, and the sync's overlap (ten minutes) covers small differences anyway.
 */
const noticeableMs = 60_000;

export class TrackerClock {
	private behindMs = 0;

	/** Reads an answer's `Date` against our clock at its arrival. */
	observe(headers: Headers, localNow: number = Date.now()): void {
		const value = headers.get('date');
		if (value === null) return;
		const trackerNow = Date.parse(value);
		if (Number.isNaN(trackerNow)) return;
		const behind = localNow - trackerNow;
		this.behindMs = behind >= noticeableMs ? behind : 0;
	}

	/** An instant the tracker stamped (a rate limit's reset), on our clock: later by how far the tracker is behind. */
	local(trackerInstant: number): number {
		return trackerInstant + this.behindMs;
	}

	/** `since` (read on our clock) on the tracker's: earlier by how far the tracker is behind, never later. */
	since(since: number | null): number | null {
		return since === null ? null : since - this.behindMs;
	}
}
