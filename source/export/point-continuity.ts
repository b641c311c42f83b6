import {continuePoints, pointIdentity, statusLabel, type ContinuedPoint, type RaisedPoint} from '../domain/briefing/continuity.js';
import {groupThemes} from './one-on-one-tickets.js';
import {holdsBrokenPromises, type TalkingPoint} from '../domain/talking-points.js';
import {groupHeadFor, keyOf, type ReportScope} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';

/** The report figure each rule is about: the point's subject, so next week's note knows it again. */
const figureOfRule: Readonly<Record<string, string>> = {
	'firefighting-rose': 'firefightingShare',
	'firefighting-fell': 'firefightingShare',
	overdue: 'overdue',
	stale: 'stale',
	'taken-back': 'takenBack',
	'strategic-low': 'strategicShare',
	'kept-rate-fell': 'keptRate',
	'broken-promises': 'brokenPromises',
	'interrupt-rotation': 'interruptShare',
};

/**
 * Today's talking points with a subject (briefing.md "1:1 continuity"): a theme point is
 * about its theme, a blocked point about the ticket blocked longest in the group, and the
 * other rules about one of the report's figures.
 */
export function raisedPoints(s: ReviewSnapshot, scope: ReportScope, points: readonly TalkingPoint[]): RaisedPoint[] {
	// The tickets the head counts blocked (group-head.ts), the longest first.
	const {blockedNow} = groupHeadFor(s, scope.report).now;
	return points.map((point) => {
		if (point.rule === 'recurring-theme') {
			// The rule opens its sentence with the theme's name; the longest name that fits wins ("a" vs "a-b").
			const theme = [...s.report.details.themes].sort((a, b) => b.name.length - a.name.length).find((candidate) => point.text.startsWith(candidate.name));
			return {rule: point.rule, subject: theme?.name ?? scope.report.name, text: point.text, ticketIds: theme?.ticketIds.filter((id) => scope.inGroup(id)) ?? []};
		}
		if (point.rule === 'blocked') {
			const longest = blockedNow[0];
			return {rule: point.rule, subject: longest === undefined ? scope.report.name : keyOf(s, longest.ticketId), text: point.text, ticketIds: blockedNow.map((item) => item.ticketId)};
		}
		return {rule: point.rule, subject: `${scope.report.name}:${figureOfRule[point.rule] ?? point.rule}`, text: point.text, ticketIds: []};
	});
}

/** The points of this week's note, against the ones issued in the report's previous note. */
export function continuedPoints(s: ReviewSnapshot, scope: ReportScope, points: readonly TalkingPoint[]): ContinuedPoint[] {
	// A theme the firefighting rise names instead of its own point still burns: not resolved.
	const rise = points.find((point) => point.rule === 'firefighting-rose')?.text ?? '';
	const named = groupThemes(s, scope).filter((theme) => rise.includes(theme.name));
	const holding = new Set(named.map((theme) => pointIdentity('recurring-theme', theme.name)));
	// The group's broken promises, which the kept-rate point names when it is raised instead: the same count the rule reads.
	if (holdsBrokenPromises(groupHeadFor(s, scope.report).now.brokenIds.length)) holding.add(pointIdentity('broken-promises', `${scope.report.name}:${figureOfRule['broken-promises']}`));
	return continuePoints(raisedPoints(s, scope, points), s.previousNotes?.get(scope.report.name) ?? null, s.week.id, holding);
}

/** "new: …", "continuing (since 2026-W47, 3 weeks): …", "resolved: …" — plain text; the caller escapes it. */
export function pointLine(point: ContinuedPoint): string {
	return `${statusLabel(point)}: ${point.text}`;
}
