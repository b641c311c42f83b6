import {describe, expect, it} from 'vitest';
import {UsageError} from '../../source/errors/app-error.js';
import {checkOptionValues, optionWithoutValue, parseExportOptions, parseGlobalOptions} from '../../source/commands/arguments.js';

describe('options that take a value', () => {
	it('finds an option given without its value', () => {
		expect(optionWithoutValue(['export', '--out'])).toBe('out');
		expect(optionWithoutValue(['export', '--out='])).toBe('out');
		expect(optionWithoutValue(['export', '--week', '--offline'])).toBe('week');
		expect(optionWithoutValue(['--home', ''])).toBe('home');
		expect(optionWithoutValue(['export', '--report'])).toBe('report');
	});

	it('accepts values, and "-" as the value of --out', () => {
		expect(optionWithoutValue(['export', '--out', '-'])).toBeNull();
		expect(optionWithoutValue(['export', '--out=-', '--week', 'last'])).toBeNull();
		expect(optionWithoutValue(['export', '--out', 'notes', '--force'])).toBeNull();
		expect(optionWithoutValue(['--offline', '--demo'])).toBeNull();
	});

	it('makes a missing value a usage error (exit 2), never a silent default', () => {
		expect(() => checkOptionValues(['export', '--out'])).toThrow(UsageError);
		expect(() => checkOptionValues(['export', '--out'])).toThrow('--out needs a value');
	});
});

describe('--format', () => {
	it('is md by default, takes markdown for md, json and csv, and refuses anything else', () => {
		expect(parseExportOptions({}).format).toBe('md');
		expect(parseExportOptions({format: 'markdown', detail: 'full'})).toMatchObject({format: 'md', detail: 'full'});
		expect(parseExportOptions({format: 'csv'}).format).toBe('csv');
		expect(() => parseExportOptions({format: 'xml'})).toThrow('unknown export format "xml"');
	});
});

describe('--schema', () => {
	it('defaults the JSON export to schemaVersion 2, takes 1 for the old shape, and refuses anything else', () => {
		expect(parseExportOptions({format: 'json'}).schema).toBe(2);
		expect(parseExportOptions({format: 'json', schema: '1'}).schema).toBe(1);
		expect(() => parseExportOptions({format: 'json', schema: '3'})).toThrow(UsageError);
		expect(() => parseExportOptions({format: 'md', schema: '1'})).toThrow('--schema applies to JSON exports only');
	});
});

describe('--detail', () => {
	it('is one page by default, the appendix with full, and a usage error otherwise', () => {
		expect(parseExportOptions({}).detail).toBe('page');
		expect(parseExportOptions({detail: 'full'}).detail).toBe('full');
		expect(() => parseExportOptions({detail: 'all'})).toThrow(UsageError);
		expect(() => parseExportOptions({format: 'json', detail: 'full'})).toThrow('--detail applies to Markdown exports only');
		expect(optionWithoutValue(['export', '--detail'])).toBe('detail');
	});
});

describe('DIRECTOR_REVIEW_DEMO_NOW', () => {
	it('pins the demo clock to an ISO instant with its offset, and is absent by default', () => {
		expect(parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_NOW: '2026-12-04T16:00:00Z'}).demoNow).toBe(Date.parse('2026-12-04T16:00:00Z'));
		expect(parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_NOW: '2026-12-04T17:00+01:00'}).demoNow).toBe(Date.parse('2026-12-04T16:00:00Z'));
		expect(parseGlobalOptions({demo: true}, {}).demoNow).toBeNull();
	});

	it('refuses a date without a time or offset, or an impossible one, as a usage error with a hint', () => {
		for (const bad of ['2026-12-04', 'friday', '2026-12-04T16:00:00', '2026-13-40T16:00:00Z']) {
			expect(() => parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_NOW: bad}), bad).toThrow(UsageError);
		}
	});
});

describe('DIRECTOR_REVIEW_DEMO_WEEK', () => {
	it('empty reads as unset, as the other variables do', () => {
		expect(parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_WEEK: ''}).demoWeek).toBe(0);
		expect(parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_WEEK: ' '}).demoWeek).toBe(0);
		expect(parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_WEEK: '2'}).demoWeek).toBe(2);
	});

	it('a bad value is a usage error naming the variable, not the flag', () => {
		expect(() => parseGlobalOptions({demo: true}, {DIRECTOR_REVIEW_DEMO_WEEK: 'soon'})).toThrow(/^DIRECTOR_REVIEW_DEMO_WEEK takes a number of weeks/);
		expect(() => parseGlobalOptions({demo: true, demoWeek: 'soon'}, {})).toThrow(/^--demo-week takes a number of weeks/);
	});
});
