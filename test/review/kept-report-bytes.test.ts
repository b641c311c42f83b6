import {describe, expect, it} from 'vitest';
import {decodeReport, encodeReport} from '../../source/review/stored-report.js';
import {weekReport, weekDetails} from '../support/week-report.js';

/** A report with lists long enough that both parts are several deflate blocks. */
const report = weekReport({
	details: weekDetails({
		figures: Array.from({length: 400}, (_, index) => ({path: `allocation.completed.operational#${index}`, unit: 'count' as const, value: 1, tickets: [{ticketId: `t-${index}`, why: `completed on day ${index % 7} — “operational”`}]})),
	}),
});

describe('a kept report as bytes (review/stored-report.ts)', () => {
	const bytes = encodeReport(report, new Map());
	if (bytes === null) throw new Error('the report is not kept');
	const headLength = bytes.readUInt32BE(0);

	it('reads back as the very report', () => {
		expect(decodeReport(bytes, new Map())).toEqual(report);
	});

	it('a changed byte in either part, or a cut row, reads as no report (the report is computed), never as another one', () => {
		const positions = [4 + 2, 4 + Math.floor(headLength / 2), 4 + headLength - 1, 4 + headLength + 2, Math.floor((4 + headLength + bytes.length) / 2), bytes.length - 1];
		for (const position of positions) {
			const changed = Buffer.from(bytes);
			changed[position] = changed[position]! ^ 0x5a;
			expect(decodeReport(changed, new Map()), `byte ${position}`).toBeNull();
		}
		expect(decodeReport(bytes.subarray(0, bytes.length - 3), new Map())).toBeNull();
	});
});
