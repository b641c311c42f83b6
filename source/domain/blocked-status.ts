/**
 * "A status named like 'Blocked'" (metrics.md "Blockers", "Provider readings"): the word
 * blocked in the status name — "Blocked", "Blocked by vendor", "On hold / blocked" — but not
 * a name that says the opposite: "Unblocked" or "Not blocked" is the state a ticket moves to
 * once nothing blocks it, and a substring match read it as blocked.
 */
const blockedWord = /(?<![\p{L}\p{N}])blocked(?![\p{L}\p{N}])/iu;
const negated = /(?<![\p{L}\p{N}])not[\s_-]+blocked(?![\p{L}\p{N}])/iu;

export function isBlockedStatusName(name: string | null | undefined): boolean {
	if (name === null || name === undefined) return false;
	return blockedWord.test(name) && !negated.test(name);
}
