import {formatLocalTime} from '../domain/briefing/since-format.js';
import {freezeReview} from '../review/freeze.js';
import {buildSnapshot} from '../review/build-snapshot.js';
import type {GlobalOptions} from './arguments.js';
import {openContext} from './context.js';
import {requireTickets} from './require-tickets.js';
import {syncBeforeReading} from './sync-first.js';

/**
 * `director-review review --mark [--week W]` freezes the week's review without the TUI;
 * `review --list` lists the frozen reviews, oldest first.
 */
export async function runReviewRecord(options: GlobalOptions, action: {readonly mark: boolean; readonly list: boolean}): Promise<number> {
	const context = openContext(options);
	try {
		if (action.mark) {
			const session = await context.openSession();
			try {
				await syncBeforeReading(context, session, options);
				requireTickets(context, options, 'freeze');
				const snapshot = buildSnapshot(context, session);
				const id = freezeReview(context.store, snapshot, 'mark');
				const review = context.store.reviews.get(context.providerName, id);
				process.stdout.write(`froze the review of ${context.week.id} (${review?.tickets.length ?? 0} tickets) as review ${id}\n`);
			} finally {
				session.dispose();
			}
		}
		if (action.list) {
			const reviews = context.store.reviews.list(context.providerName);
			if (reviews.length === 0) process.stdout.write('no frozen reviews yet (export a week, quit the dashboard, or run director-review review --mark)\n');
			for (const review of reviews) {
				// Local and human, as every time the director reads ("Fri 4 Dec 2026, 19:30"), not an ISO instant in UTC.
				// The director's notes its 1:1 notes discussed, when there were any (briefing.md "1:1 continuity").
				const notes = review.discussedNoteCount === 0 ? '' : `\t${review.discussedNoteCount} ${review.discussedNoteCount === 1 ? 'note' : 'notes'} discussed`;
				process.stdout.write(`${review.id}\t${review.week}\t${formatLocalTime(review.frozenAt, context.config.timezone, true)}\t${review.trigger}\t${review.ticketCount} tickets${notes}\n`);
			}
		}
		return 0;
	} finally {
		await context.close();
	}
}
