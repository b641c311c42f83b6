import {describe, expect, it} from 'vitest';
import {UsageError} from '../../source/errors/app-error.js';
import {checkOptionValues, optionWithoutValue, parseExportOptions} from '../../source/commands/arguments.js';

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
