/**
 * Systemic themes (metrics.md "Systemic themes" and its Themes reading) and version 2's single
 * responder read afresh, the plainest way, and compared with the product's over random
 * completions on the edges of the four weeks up to W: the window's first instant, each week's
 * last millisecond and first instant, W's end. The ISO week of a completion is worked out from
 * its local date (through Intl) by the ISO rule, apart from source/domain/week.ts.
 */
import {describe, expect, it} from 'vitest';
import {computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import {computeVersion2} from '../../../source/domain/metrics/v2/compute-v2.js';
import {parseWeekArgument} from '../../../source/domain/week.js';
import type {Classification, HistoryEvent, Ticket, Week} from '../../../source/domain/types.js';
import {seededRandom} from '../../support/seeded-random.js';
import {makeTicket} from '../../support/ticket-builder.js';
import {dateAfter, localMidnight, zoneDate} from '../../support/zone-reading.js';
import {classify, metricInput, people, week47} from './fixture.js';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const restating = ['incident', 'bug', 'hotfix', 'outage', 'operational', 'firefighting', 'urgent', 'strategic'];
const assignees: ReadonlyArray<string | null> = ['u-dana', 'u-alex', 'u-sam', 'u-bo', 'u-eve', null];
const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? id;

/** The ISO week (`YYYY-Www`) of a calendar date: the week of its Thursday. */
function isoWeekOf(date: string): string {
	const day = new Date(`${date}T00:00:00Z`);
	const weekday = (day.getUTCDay() + 6) % 7;
	const thursday = new Date(day.getTime() + (3 - weekday) * dayMs);
	const year = thursday.getUTCFullYear();
	const number = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
	return `${year}-W${String(number).padStart(2, '0')}`;
}

function randomCompletions(random: () => number, week: Week, count: number): Ticket[] {
	const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
	const windowStart = localMidnight(dateAfter(week.start, -21), week.timezone);
	const mondays = [0, 7, 14, 21].map((days) => localMidnight(dateAfter(week.start, -21 + days), week.timezone));
	const edges = [windowStart - 1, ...mondays.flatMap((monday) => [monday - 1, monday]), week.endAt - 1, week.endAt];
	const tickets: Ticket[] = [];
	for (let index = 0; index < count; index++) {
		const completedAt = random() < 0.4 ? pick(edges) : windowStart - 3 * dayMs + Math.floor(random() * 32 * 24) * hourMs;
		const createdAt = completedAt - Math.floor(random() * 200) * hourMs - 1;
		let assigneeId = pick(assignees);
		const history: HistoryEvent[] = [];
		if (random() < 0.4) {
			// A hand-over just before, at or just after the completion.
			const at = completedAt + pick([-hourMs, 0, 1]);
			const to = pick(assignees);
			if (to !== assigneeId) history.push({at, field: 'assignee', from: assigneeId, to, actorId: null});
			assigneeId = to;
		}
		const isCanceled = random() < 0.1;
		tickets.push(
			makeTicket({
				id: `t${index}`,
				createdAt,
				updatedAt: Math.max(completedAt, ...history.map((event) => event.at)),
				startedAt: createdAt,
				completedAt: isCanceled ? null : completedAt,
				canceledAt: isCanceled ? completedAt : null,
				assigneeId,
				labels: [pick(['dns', 'Bug', ' INCIDENT', 'cache', 'urgent'])].concat(random() < 0.3 ? [pick(['dns', 'Strategic', 'queue'])] : []),
				components: random() < 0.5 ? [pick(['payments', 'search'])] : [],
				project: pick(['PAY', 'OPS', null]),
				history,
			}),
		);
	}
	return tickets;
}

function plainReading(tickets: readonly Ticket[], classifications: ReadonlyMap<string, Classification>, week: Week) {
	const windowStart = localMidnight(dateAfter(week.start, -21), week.timezone);
	const assigneeAt = (ticket: Ticket, instant: number) => {
		const next = ticket.history.find((event) => event.field === 'assignee' && event.at > instant);
		return next ? next.from : ticket.assigneeId;
	};
	const byName = new Map<string, Ticket[]>();
	for (const ticket of tickets) {
		const completedAt = ticket.canceledAt === null ? ticket.completedAt : null;
		if (completedAt === null || completedAt < windowStart || completedAt >= week.endAt) continue;
		if (classifications.get(ticket.id)?.category !== 'operational') continue;
		const names = new Set([
			...ticket.labels.filter((label) => !restating.includes(label.trim().toLowerCase())).map((label) => `label:${label}`),
			...ticket.components.map((component) => `component:${component}`),
			...(ticket.project === null ? [] : [`project:${ticket.project}`]),
		]);
		for (const name of names) byName.set(name, [...(byName.get(name) ?? []), ticket]);
	}
	const themes = [...byName]
		.map(([name, list]) => ({name, list, weeks: new Set(list.map((ticket) => isoWeekOf(zoneDate(ticket.completedAt ?? 0, week.timezone)))).size}))
		.filter((theme) => theme.list.length >= 3 && theme.weeks >= 2)
		.sort((a, b) => b.list.length - a.list.length || (a.name < b.name ? -1 : 1));
	return themes.map(({name, list, weeks}) => {
		const counts = new Map<string, number>();
		for (const ticket of list) {
			const holder = assigneeAt(ticket, ticket.completedAt ?? 0);
			if (holder !== null) counts.set(holder, (counts.get(holder) ?? 0) + 1);
		}
		const most = Math.max(0, ...counts.values());
		const share = most === 0 ? null : most / list.length;
		return {name, count: list.length, weeks, tied: [...counts].filter(([, count]) => count === most && most > 0).map(([person]) => nameOf(person)), share, single: share !== null && share >= 0.7 && list.length >= 4};
	});
}

const weeks: ReadonlyArray<readonly [string, Week]> = [
	['2026-W47 Berlin', week47],
	['2026-W45 New York', parseWeekArgument('2026-W45', 0, 'America/New_York')],
	['2026-W01 Berlin', parseWeekArgument('2026-W01', 0, 'Europe/Berlin')],
];

describe('systemic themes and single responders against a plain reading of metrics.md', () => {
	for (const [name, week] of weeks) {
		for (let seed = 1; seed <= 25; seed++) {
			it(`${name}, case ${seed}`, () => {
				const random = seededRandom(seed);
				const tickets = randomCompletions(random, week, 70);
				const classifications = classify(tickets.filter(() => random() < 0.85).map((ticket) => [ticket, random() < 0.8 ? 'operational' : 'strategic'] as const));
				const input = metricInput(tickets, {classifications, week, now: week.endAt + 7 * dayMs});
				const plain = plainReading(tickets, classifications, week);
				expect(computeWeekMetrics(input).themes.map(({name: theme, count, weeks: spread}) => ({name: theme, count, weeks: spread}))).toEqual(plain.map(({name: theme, count, weeks: spread}) => ({name: theme, count, weeks: spread})));
				const responders = computeVersion2({...input, people}).themes;
				expect(responders.map((theme) => ({name: theme.name, share: theme.topResponderShare, single: theme.singleResponder}))).toEqual(plain.map((theme) => ({name: theme.name, share: theme.share, single: theme.single})));
				responders.forEach((theme, index) => {
					const tied = plain[index]?.tied ?? [];
					if (tied.length === 0) expect(theme.topResponder).toBeNull();
					else expect(tied).toContain(theme.topResponder);
				});
			});
		}
	}
});
