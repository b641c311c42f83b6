import type Database from 'better-sqlite3';
import {retain} from './handles.js';
import {DamagedReviewError, ReviewReader, type StoredPart} from './review-parts.js';

/**
 * The first frozen review (store version 9 on) whose layout references a shared part that is
 * missing, or whose layout or lists of members and chunks cannot be read; null when every
 * review can be put together. SQLite's own checks cannot see this (a part is a row like any
 * other), so a restore, a backup and `doctor` ask it. Parts are looked up by hash: only the small lists
 * are read, not the parts they name.
 */
export function unreadableReview(db: Database.Database): {readonly id: number; readonly week: string} | null {
	const part = retain(db.prepare(`SELECT length, brotli FROM main.review_parts WHERE hash = ?`));
	const lookUp = retain(db.prepare(`SELECT 1 FROM main.review_parts WHERE hash = ?`)).pluck();
	// Reviews share most parts (a repeat freeze references the same ones): each is looked up once.
	const found = new Set<string>();
	const has = (hash: string) => {
		if (!found.has(hash) && lookUp.get(hash) !== undefined) found.add(hash);
		return found.has(hash);
	};
	const reviews = retain(db.prepare(`SELECT id, week, layout FROM main.reviews WHERE layout IS NOT NULL ORDER BY id`)).all() as Array<{id: number; week: string; layout: string}>;
	return reviews.find((review) => !readable(() => new ReviewReader(review.layout, (hash) => part.get(hash) as StoredPart | undefined).partsReferenced().every(has))) ?? null;
}

/**
 * Throws, as a damaged store, when a frozen review cannot be put together: no backup is
 * written from such a store (record-copy.ts, record-sync.ts), so the backups that still hold
 * the part keep it, as a damaged page of the record fails the copy.
 */
export function requireReadableReviews(db: Database.Database): void {
	const review = unreadableReview(db);
	if (review !== null) throw new DamagedReviewError(`frozen review ${review.id} of ${review.week} cannot be read: a part of it is missing or unreadable`);
}

/** Whether `check` holds; a layout or list of parts that cannot be read does not. */
function readable(check: () => boolean): boolean {
	try {
		return check();
	} catch (error) {
		if (error instanceof DamagedReviewError || error instanceof SyntaxError) return false;
		throw error;
	}
}
