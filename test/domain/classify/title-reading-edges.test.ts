/**
 * Two edges of reading a title: phrases that lose a stop word, and a reason read twice.
 *
 * Title phrases are matched on stems with stop words dropped (tokens.ts). A phrase that loses
 * a word that way matches far more than it says: "timed out" without "out" is the stem of
 * "timing" and "timings" ("Sync with finance on payout timings" read as firefighting).
 */
import {describe, expect, it} from 'vitest';
import {classifyAll, titleSignals} from '../../../source/domain/classify/index.js';
import {readTitleIntent, titleReadLength} from '../../../source/domain/classify/title-intent.js';
import {titleTokens} from '../../../source/domain/classify/tokens.js';
import {makeTicket} from '../../support/ticket-builder.js';

function reasonOf(title: string): string {
	const ticket = makeTicket({title, type: 'Task'});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get(ticket.id)!.reason;
}

describe('title phrases with a stop word in them', () => {
	it('no phrase of several words is left with a single stem', () => {
		const collapsed = titleSignals.filter(([phrase]) => (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).length > 1 && titleTokens(phrase).length < 2).map(([phrase]) => phrase);
		expect(collapsed).toEqual([]);
	});

	it.each(['Sync with finance on payout timings', 'Collect timing statistics of the builders', 'Timed retries for the webhook sender'])('"%s" is not read as timed out', (title) => {
		expect(reasonOf(title)).not.toContain('timed out');
	});

	it.each(['Card authorisations timing out through the gateway', 'Export to CSV times out for large accounts', 'Requests timed out after the deploy'])('"%s" is read as timed out', (title) => {
		expect(reasonOf(title)).toContain('timed out');
	});
});

describe('a reason read twice', () => {
	// The leading tag and the word are the same token ("Hotfix:" and "hotfix"): both weigh, the reason says it once.
	it.each([
		['Hotfix: Production blocker', 'title: hotfix'],
		['[Incident] incident in checkout', 'title: incident'],
		['RFC: rfc for service auth', 'title: rfc'],
	])('"%s" gives "%s" once', (title, reason) => {
		expect(reasonOf(title).split(', ').filter((part) => part === reason)).toHaveLength(1);
	});
});

describe('a title far longer than a tracker allows', () => {
	// Untrusted text, read for its structure only as far as titleReadLength: a look-behind per position made a
	// 50,000-character "leak leak …" take 13 s to read whole.
	it('reads the structure of its first titleReadLength characters only', () => {
		const padding = 'word '.repeat(Math.ceil(titleReadLength / 5));
		expect(readTitleIntent(`${padding}the service is down`).signals).toEqual([]);
		expect(readTitleIntent(`the service is down ${padding}`).signals.map((signal) => signal.reason)).toContain('title: is down');
	});

	it.each(['leak ', 'prevent ', 'high memory ', 'automated report '])('"%s" × 10,000 is read as its first characters are', (piece) => {
		const title = piece.repeat(10_000);
		expect(readTitleIntent(title)).toEqual(readTitleIntent(title.slice(0, titleReadLength)));
	});
});
