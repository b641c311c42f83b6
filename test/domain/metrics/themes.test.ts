import {describe, expect, it} from 'vitest';
import {computeWeekDetails, computeWeekMetrics} from '../../../source/domain/metrics/compute.js';
import type {Category, Ticket} from '../../../source/domain/types.js';
import {at, makeTicket} from '../../support/ticket-builder.js';
import {classify, metricInput} from './fixture.js';

// Mondays of the four weeks up to W47: W44 .. W47.
const w44 = '2026-10-27T10:00:00+01:00';
const w45 = '2026-11-03T10:00:00+01:00';
const w46 = '2026-11-10T10:00:00+01:00';
const w47 = '2026-11-17T10:00:00+01:00';

function themes(entries: ReadonlyArray<readonly [Ticket, Category]>) {
	return computeWeekMetrics(metricInput(entries.map(([ticket]) => ticket), {classifications: classify(entries)})).themes;
}

function operational(when: string, partial: Partial<Ticket>): readonly [Ticket, Category] {
	return [makeTicket({completedAt: at(when), ...partial}), 'operational'];
}

describe('systemic themes', () => {
	it('finds a component with three tickets in two weeks', () => {
		const result = themes([operational(w45, {components: ['payments']}), operational(w45, {components: ['payments']}), operational(w47, {components: ['payments']})]);
		expect(result).toEqual([{name: 'component:payments', count: 3, weeks: 2}]);
	});

	it('does not call three tickets in one week recurring', () => {
		expect(themes([operational(w46, {labels: ['dns']}), operational(w46, {labels: ['dns']}), operational(w46, {labels: ['dns']})])).toEqual([]);
	});

	it('does not call two tickets in two weeks recurring', () => {
		expect(themes([operational(w44, {project: 'PAY'}), operational(w47, {project: 'PAY'})])).toEqual([]);
	});

	it('ignores labels that restate the category, whatever their case', () => {
		const result = themes([
			operational(w44, {labels: ['Incident', 'dns']}),
			operational(w45, {labels: ['BUG', 'hotfix', 'dns']}),
			operational(w46, {labels: ['outage', 'operational', 'firefighting', 'urgent', 'strategic', 'incident', 'dns']}),
		]);
		expect(result).toEqual([{name: 'label:dns', count: 3, weeks: 3}]);
	});

	it('counts only operational tickets completed in the four weeks up to W', () => {
		const tooEarly = operational('2026-10-25T10:00:00+01:00', {project: 'PAY'});
		const strategic: readonly [Ticket, Category] = [makeTicket({completedAt: at(w46), project: 'PAY'}), 'strategic'];
		const canceled = operational(w46, {project: 'PAY', canceledAt: at(w46)});
		expect(themes([tooEarly, strategic, canceled, operational(w45, {project: 'PAY'}), operational(w47, {project: 'PAY'})])).toEqual([]);
	});

	it('lists most tickets first, then by name', () => {
		const result = themes([
			operational(w44, {project: 'PAY', components: ['api']}),
			operational(w45, {project: 'PAY', components: ['api']}),
			operational(w46, {project: 'PAY', components: ['api']}),
			operational(w47, {project: 'PAY'}),
		]);
		expect(result.map((theme) => theme.name)).toEqual(['project:PAY', 'component:api']);
	});

	it('gives each theme its tickets and the ISO weeks they burned in, oldest first', () => {
		const entries = [operational(w47, {id: 'a', labels: ['dns']}), operational(w44, {id: 'b', labels: ['dns']}), operational(w44, {id: 'c', labels: ['dns']})];
		const details = computeWeekDetails(metricInput(entries.map(([ticket]) => ticket), {classifications: classify(entries)}));
		expect(details.themes).toEqual([{name: 'label:dns', count: 3, weeks: 2, ticketIds: ['a', 'b', 'c'], ticketWeekIds: ['2026-W47', '2026-W44', '2026-W44'], weekIds: ['2026-W44', '2026-W47']}]);
	});
});
