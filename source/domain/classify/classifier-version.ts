/**
 * The version of what classification computes from a ticket, its parent, the tags, the rules
 * and the threshold. Verdicts persisted in the store are keyed by it (issue 18), so it must
 * change whenever the code would classify any ticket differently: a signal table, a weight,
 * a reason's wording, the learner. `test/domain/classify/classifier-version.test.ts` fails
 * when the demo org's verdicts change while this stays the same.
 */
export const classifierVersion = 102;
