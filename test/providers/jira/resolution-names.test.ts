import {describe, expect, it} from 'vitest';
import {isCanceledResolution} from '../../../source/providers/jira/values.js';

/** metrics.md, provider readings: Won't Do, Won't Fix, Duplicate… make a ticket canceled, by English name. */
describe('a resolution named as not done', () => {
	it('cancels whatever apostrophe the site typed', () => {
		for (const name of ["Won't Do", 'Won’t Do', 'Won‘t Fix', 'Wonʼt Fix', 'Won`t Do', 'Won´t Fix', 'Wont Do', ' won’t fix ', 'Can’t Reproduce']) {
			expect(isCanceledResolution(name), name).toBe(true);
		}
	});

	it('leaves done resolutions done', () => {
		for (const name of ['Done', 'Fixed', 'Resolved', 'Won’t Do later', 'Delivered']) expect(isCanceledResolution(name), name).toBe(false);
	});
});
