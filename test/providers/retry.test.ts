import {describe, expect, it} from 'vitest';
import {backoffDelay, parseRetryAfter, TransientFault, withRetries, type RetryPolicy} from '../../source/providers/retry.js';

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & {waits: number[]} {
	const waits: number[] = [];
	return {attempts: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRateLimitWaitMs: 5000, random: () => 0.5, sleep: async (ms) => void waits.push(ms), waits, ...overrides};
}

describe('withRetries', () => {
	it('retries transient faults and returns the first success', async () => {
		const retry = policy();
		let calls = 0;
		const result = await withRetries(async () => {
			calls++;
			if (calls < 3) throw new TransientFault('503', 'server');
			return 'ok';
		}, retry);
		expect(result).toBe('ok');
		expect(calls).toBe(3);
		expect(retry.waits).toEqual([75, 150]);
	});

	it('waits as long as a rate limit asks', async () => {
		const retry = policy();
		let calls = 0;
		await withRetries(async () => {
			calls++;
			if (calls === 1) throw new TransientFault('429', 'rate-limit', 2000);
			return 'ok';
		}, retry);
		expect(retry.waits).toEqual([2125]);
	});

	it('gives up after the last attempt with the fault itself', async () => {
		const retry = policy({attempts: 3});
		await expect(withRetries(async () => Promise.reject(new TransientFault('reset', 'network')), retry)).rejects.toThrow('reset');
		expect(retry.waits).toHaveLength(2);
	});

	it('does not wait out a rate limit longer than the policy allows', async () => {
		const retry = policy();
		await expect(withRetries(async () => Promise.reject(new TransientFault('429', 'rate-limit', 60_000)), retry)).rejects.toThrow('429');
		expect(retry.waits).toEqual([]);
	});

	it('never retries other errors', async () => {
		const retry = policy();
		let calls = 0;
		await expect(
			withRetries(async () => {
				calls++;
				throw new Error('401');
			}, retry),
		).rejects.toThrow('401');
		expect(calls).toBe(1);
	});
});

describe('backoffDelay', () => {
	it('doubles and caps', () => {
		const retry = policy();
		expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, retry, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
		expect(backoffDelay(3, retry, () => 0)).toBe(200);
	});
});

describe('parseRetryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(parseRetryAfter('3')).toBe(3000);
		expect(parseRetryAfter('0.5')).toBe(500);
		expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:05 GMT', Date.parse('2026-11-25T10:00:00Z'))).toBe(5000);
		expect(parseRetryAfter('soon')).toBeNull();
		expect(parseRetryAfter(undefined)).toBeNull();
	});
});
