import {describe, expect, it} from 'vitest';
import {FigureCollector} from '../../../../source/domain/metrics/v2/paths.js';

describe('figure lists given as functions', () => {
	it('are built on the first read of their path, once, and read as plain arrays', () => {
		const figures = new FigureCollector();
		let builds = 0;
		figures.addAll('effort.org.unplanned', () => {
			builds++;
			return ['ENG-2', 'ENG-1'];
		});
		figures.addAll('aging', ['ENG-3']);
		const record = figures.toRecord();
		expect(builds).toBe(0);
		expect(JSON.stringify(record)).toBe('{"effort.org.unplanned":["ENG-2","ENG-1"],"aging":["ENG-3"]}');
		expect(record['effort.org.unplanned']).toEqual(['ENG-2', 'ENG-1']);
		expect({...record}).toEqual({'effort.org.unplanned': ['ENG-2', 'ENG-1'], aging: ['ENG-3']});
		expect(builds).toBe(1);
	});

	it('merge with a list already at the path, each key once, in order', () => {
		const figures = new FigureCollector();
		figures.addAll('promiseRisk', ['ENG-1', 'ENG-2']);
		figures.addAll('promiseRisk', () => ['ENG-2', 'ENG-3']);
		expect(figures.toRecord()).toEqual({promiseRisk: ['ENG-1', 'ENG-2', 'ENG-3']});
	});

	it('can be replaced by a caller that writes the record', () => {
		const figures = new FigureCollector();
		figures.addAll('aging', () => ['ENG-1']);
		const record = figures.toRecord();
		record.aging = ['ENG-9'];
		expect(record.aging).toEqual(['ENG-9']);
	});
});
