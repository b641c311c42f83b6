import {describe, expect, it} from 'vitest';
import {computeVersion2} from '../../../../source/domain/metrics/v2/compute-v2.js';
import {at, dueDateChange, makeTicket} from '../../../support/ticket-builder.js';
import {metricInput} from '../fixture.js';

// W47 promises (first due dates 16–22 Nov), read after the week.
// Sam kept one (due 18, done 17): Alex's group.
const k1 = makeTicket({assigneeId: 'u-sam', dueDate: '2026-11-18', completedAt: at('2026-11-17T12:00:00+01:00')});
// Alex's, first due 19, postponed to 27, open: broken (19 < 22, W47's Sunday).
const k2 = makeTicket({assigneeId: 'u-alex', dueDate: '2026-11-27', history: [dueDateChange('2026-11-18T10:00:00+01:00', '2026-11-19', '2026-11-27')]});
// Alex's, due 20, done 21: broken.
const k3 = makeTicket({assigneeId: 'u-alex', dueDate: '2026-11-20', completedAt: at('2026-11-21T12:00:00+01:00')});
// Bo's, due 20, done 20: kept.
const k4 = makeTicket({assigneeId: 'u-bo', dueDate: '2026-11-20', completedAt: at('2026-11-20T12:00:00+01:00')});
// W46: Alex kept one (due 12, done 11).
const k5 = makeTicket({assigneeId: 'u-alex', dueDate: '2026-11-12', completedAt: at('2026-11-11T12:00:00+01:00')});
// Canceled promises count for nobody.
const k6 = makeTicket({assigneeId: 'u-alex', dueDate: '2026-11-18', canceledAt: at('2026-11-17T12:00:00+01:00')});

describe('each report\'s kept-promise rate', () => {
	it('judges the promises of the group that held them, this week and the week before', () => {
		const {effort, figures} = computeVersion2(metricInput([k1, k2, k3, k4, k5, k6]));
		// Alex's group: kept k1; broken k2, k3 → 1/3. The week before: k5 kept → 1.
		expect(effort.reports[0]).toMatchObject({name: 'Alex Kim', keptRate: 1 / 3, previousKeptRate: 1});
		// Bo: k4 kept → 1; nothing promised the week before → null.
		expect(effort.reports[1]).toMatchObject({name: 'Bo Chen', keptRate: 1, previousKeptRate: null});
		expect(figures['effort.reports[Alex Kim].keptRate']).toEqual([k1.key, k2.key, k3.key]);
	});

	it('lists the promises its rate judges, kept or broken, as the org\'s kept rate does: a pending one is in neither', () => {
		// Read on Wednesday 18 Nov: Sam's promise for Friday 20 Nov is still pending ("not completed,
		// not yet past due"), so keptRate = kept / (kept + broken) leaves it out, and so does its list.
		const pending = makeTicket({assigneeId: 'u-sam', dueDate: '2026-11-20'});
		const {effort, figures} = computeVersion2(metricInput([k1, pending], {now: at('2026-11-18T12:00:00+01:00')}));
		expect(effort.reports[0]).toMatchObject({name: 'Alex Kim', keptRate: 1});
		expect(figures['effort.reports[Alex Kim].keptRate']).toEqual([k1.key]);
	});
});
