import {afterEach, describe, expect, it} from 'vitest';
import {validateConfig} from '../../source/config/validate.js';
import {weekOf} from '../../source/domain/week.js';
import {readSnapshot, snapshotStamp, writeSnapshot} from '../../source/review/overview-snapshot.js';
import {ReviewData} from '../../source/review/review-data.js';
import {openStore, type Store} from '../../source/store/store.js';
import {page, pageState, t0, temporaryFolder, ticket} from '../store/fixtures.js';

const config = validateConfig({timezone: 'Europe/Berlin'}, {}, null);
const week = weekOf(t0, config.timezone);
let cleanups: Array<() => void> = [];

afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

function storeWithTickets(): Store {
	const {file, cleanup} = temporaryFolder();
	const store = openStore(file);
	cleanups.push(() => {
		store.close();
		cleanup();
	});
	store.writePage('demo', 'tickets', page([ticket('1'), ticket('2')]), pageState({lastSyncedAt: t0}));
	return store;
}

function reportOf(store: Store) {
	const settings = {timezone: config.timezone, trendWeeks: config.trendWeeks, staleDays: config.staleDays, threshold: 0.6, rules: []};
	const data = new ReviewData('demo', store.loadTickets('demo'), store.loadPeople('demo'), [], store.getTags('demo'), null, settings);
	return {report: data.weekReport(week, t0), ticketsById: data.ticketsById};
}

describe('the stored first frame', () => {
	it('is read back while nothing it was computed from has changed', () => {
		const store = storeWithTickets();
		const stamp = snapshotStamp(store, 'demo', config, week, t0);
		const {report, ticketsById} = reportOf(store);
		writeSnapshot(store, 'demo', stamp, report, ticketsById);
		const snapshot = readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, week, t0 + 60_000));
		expect(snapshot?.report.metrics).toEqual(report.metrics);
		expect(snapshot?.report.tickets).toEqual([]);
		// What the Overview reads of version 2 is kept; the lists behind the figures are not.
		expect(snapshot?.report.version2.effort).toEqual(report.version2.effort);
		expect(snapshot?.report.effortTrend.rows).toEqual(report.effortTrend.rows);
		expect(snapshot?.report.effortTrend.figures).toEqual({});
		expect(snapshot?.report.version2.promiseRisk).toEqual([]);
	});

	it('is written without working out the 1:1 head figures, which the Overview does not show', () => {
		const store = storeWithTickets();
		const {report, ticketsById} = reportOf(store);
		let headReads = 0;
		const counted = Object.defineProperty({...report}, 'groupHead', {
			enumerable: true,
			get: () => {
				headReads++;
				return report.groupHead;
			},
		});
		const stamp = snapshotStamp(store, 'demo', config, week, t0);
		writeSnapshot(store, 'demo', stamp, counted, ticketsById);
		expect(headReads).toBe(0);
		expect(readSnapshot(store, 'demo', stamp)?.report.groupHead).toEqual({week: [], weekBefore: null});
	});

	it('is not used after a tag, a sync, another setting, another week or another day', () => {
		const store = storeWithTickets();
		const stamp = snapshotStamp(store, 'demo', config, week, t0);
		const {report, ticketsById} = reportOf(store);
		writeSnapshot(store, 'demo', stamp, report, ticketsById);

		const otherSettings = validateConfig({timezone: 'Europe/Berlin', staleDays: 7}, {}, null);
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', otherSettings, week, t0))).toBeNull();
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, weekOf(t0 - 7 * 86_400_000, config.timezone), t0))).toBeNull();
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, week, t0 + 86_400_000))).toBeNull();

		store.setTag('demo', '1', 'strategic');
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, week, t0))).toBeNull();

		const afterTag = snapshotStamp(store, 'demo', config, week, t0);
		writeSnapshot(store, 'demo', afterTag, report, ticketsById);
		store.writePage('demo', 'tickets', page([ticket('3')]), pageState({lastSyncedAt: t0 + 3_600_000}));
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, week, t0))).toBeNull();
	});

	it('costs only the fast first frame when what is stored is damaged', () => {
		const store = storeWithTickets();
		store.setMeta('overview-snapshot:demo', '{not json');
		expect(readSnapshot(store, 'demo', snapshotStamp(store, 'demo', config, week, t0))).toBeNull();
	});
});
