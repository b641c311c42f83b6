import {describe, expect, it} from 'vitest';
import {issuedNote} from '../../source/domain/briefing/continuity.js';
import {buildOneOnOne} from '../../source/export/one-on-one.js';
import {continuedPoints} from '../../source/export/point-continuity.js';
import {text} from '../../source/export/markdown.js';
import {reportScope} from '../../source/export/report-scope.js';
import {groupThemes, talkingPointsFor} from '../../source/export/one-on-one.js';
import {at} from '../support/ticket-builder.js';
import {alex, alexKeptRate, makeReport, makeSnapshot} from './snapshot-fixture.js';

describe('1:1 continuity in the notes', () => {
	it('gives each point a stable subject: a report figure, a theme or a ticket', () => {
		const s = makeSnapshot();
		const points = continuedPoints(s, reportScope(s, alex), talkingPointsFor(s, reportScope(s, alex)));
		expect(points.map((point) => point.identity)).toContain('taken-back:Alex Kim:takenBack');
		expect(new Set(points.map((point) => point.identity)).size).toBe(points.length);
		expect(points.every((point) => point.status === 'new')).toBe(true);
	});

	it('marks a point raised in the previous note as continuing since its week, and one no longer raised as resolved', () => {
		const s = makeSnapshot();
		const scope = reportScope(s, alex);
		const now = continuedPoints(s, scope, talkingPointsFor(s, scope));
		const kept = now[0]!;
		const gone = {identity: 'stale:Alex Kim:stale', rule: 'stale', subject: 'Alex Kim:stale', status: 'new' as const, sinceWeek: '2026-W46', text: '2 delegated tickets have gone stale', ticketIds: []};
		const previous = {...issuedNote('Alex Kim', '2026-W46', at('2026-11-13T15:00:00Z'), []), points: [{...kept, status: 'new' as const, sinceWeek: '2026-W45'}, gone]};
		const note = buildOneOnOne({...s, previousNotes: new Map([['Alex Kim', previous]])}, 'alex-kim').content;
		expect(note).toContain(text(`continuing (since 2026-W45, 3 weeks): ${kept.text}`));
		expect(note).toContain(text('resolved: 2 delegated tickets have gone stale'));
	});
});

describe('a theme point whose theme the firefighting rise names', () => {
	it('is not resolved while the firefighting rise names the theme instead, and keeps its first week for the next note', () => {
		const s = makeSnapshot();
		const scope = reportScope(s, alex);
		const [theme] = groupThemes(s, scope);
		expect(theme).toBeDefined();
		const identity = `recurring-theme:${theme!.name}`;
		const previous = {
			...issuedNote('Alex Kim', '2026-W46', at('2026-11-13T15:00:00Z'), []),
			points: [{identity, rule: 'recurring-theme', subject: theme!.name, status: 'new' as const, sinceWeek: '2026-W46', text: `${theme!.name} keeps burning in Alex Kim’s area`, ticketIds: []}],
		};
		const withPrevious = {...s, previousNotes: new Map([['Alex Kim', previous]])};
		const note = buildOneOnOne(withPrevious, 'alex-kim').content;
		expect(note).toContain(text(theme!.name));
		expect(note).not.toMatch(/resolved: component/);
		const points = continuedPoints(withPrevious, scope, talkingPointsFor(withPrevious, scope));
		expect(points.find((point) => point.identity === identity)).toMatchObject({status: 'continuing', sinceWeek: '2026-W46'});
	});
});

describe('a broken-promises point that the fall of the kept rate names instead', () => {
	it('is not resolved while the group still has its broken promises (briefing.md: resolved only when its condition no longer holds)', () => {
		const s = makeSnapshot({report: makeReport({version2: alexKeptRate(0, 0.5)})});
		const scope = reportScope(s, alex);
		// Alex's group has 2 broken promises (t-incident, t-overdue) and its kept rate fell: the
		// kept-rate point is raised, and it names those promises; the broken-promises condition (≥ 2) still holds.
		expect(talkingPointsFor(s, scope).map((point) => point.rule)).toContain('kept-rate-fell');
		const identity = 'broken-promises:Alex Kim:brokenPromises';
		const previous = {
			...issuedNote('Alex Kim', '2026-W46', at('2026-11-13T15:00:00Z'), []),
			points: [{identity, rule: 'broken-promises', subject: 'Alex Kim:brokenPromises', status: 'new' as const, sinceWeek: '2026-W45', text: '2 first due dates missed in Alex Kim’s group', ticketIds: []}],
		};
		const withPrevious = {...s, previousNotes: new Map([['Alex Kim', previous]])};
		expect(buildOneOnOne(withPrevious, 'alex-kim').content).not.toContain('resolved: first dates missed');
		const points = continuedPoints(withPrevious, scope, talkingPointsFor(withPrevious, scope));
		expect(points.find((point) => point.identity === identity)).toMatchObject({status: 'continuing', sinceWeek: '2026-W45', quiet: true});
	});
});
