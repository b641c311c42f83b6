/**
 * The frozen figures' keys that hold no figure of the week but lists: the lists behind the
 * figures and other weeks (`trend`, and `effortTrend`, whose row for the week itself repeats
 * `effort`). Nearly all of a frozen review's size; "since last review" reads none of them.
 * A leaf of its own (no imports): the store stores a review's figures less these keys beside
 * the whole document (store/review-figures.ts), and restated.ts leaves them out of the figures.
 */
export const listsNotFigures = ['tickets', 'figures', 'why', 'trend', 'effortTrend', 'sinceLastReview'] as const;
