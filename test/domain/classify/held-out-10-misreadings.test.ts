import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 10's misreadings (rust-lang/rust, a tracker whose severity is in prefixed labels only). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 10 readings', () => {
	it('reads the tracker\'s severity labels: "I-ICE", "I-crash", "I-miscompile" say the compiler broke', () => {
		expect(verdictOf('Internal Compiler Error', ['C-bug', 'I-ICE', 'T-compiler']).category).toBe('operational');
		expect(verdictOf('Rustc : segmentation fault', ['I-crash'])).toMatchObject({category: 'operational', reason: expect.stringContaining('label i-crash')});
		expect(verdictOf('LLVM miscompilation in instcombine', ['A-LLVM', 'I-miscompile', 'T-compiler']).category).toBe('operational');
		// A team or area label alone says nothing.
		expect(verdictOf('Tracking issue for the new solver', ['T-compiler', 'A-traits']).reason).not.toContain('label');
	});

	it('reads the "regression-from-stable-to-<channel>" family as a regression, not by its channel', () => {
		for (const label of ['regression-from-stable-to-nightly', 'regression-from-stable-to-beta', 'regression-untriaged']) {
			const verdict = verdictOf('Unstable fingerprints - what to do on beta (and stable)', [label]);
			expect(verdict.category, label).toBe('operational');
			expect(verdict.reason, label).toContain(`label ${label}`);
		}
	});
});

describe('held-out set 10 readings, planned work', () => {
	it('reads "C-cleanup" as cleanup, planned tech debt', () => {
		expect(verdictOf('Split up `astconv.rs`', ['C-cleanup', 'E-easy', 'E-medium'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label c-cleanup')});
		expect(verdictOf('run-make: revise rmake.rs setup in compiletest', ['A-compiletest', 'A-run-make', 'C-cleanup', 'T-compiler']).category).toBe('strategic');
	});

	it('reads a one-letter kind prefix\'s value whole: "C-tracking-issue" is a tracking issue, "C-feature-request" a feature request, not "issue" or "request"', () => {
		expect(verdictOf('Tracking Issue for `fs::append`', ['C-tracking-issue', 'T-libs-api'])).toMatchObject({category: 'strategic', reason: expect.stringContaining('label c-tracking-issue')});
		expect(verdictOf('Tracking Issue for Parallel Rustc Front-end', ['C-tracking-issue']).category).toBe('strategic');
		expect(verdictOf('Add a dedicated search page', ['C-feature-request', 'T-rustdoc']).reason).toContain('label c-feature-request');
		// A tracking issue for a regression is the regression's: the severity outweighs it.
		expect(verdictOf('20% compiler memory usage regression in syntex_syntax incremental compile', ['C-tracking-issue', 'I-compilemem', 'regression-from-stable-to-nightly', 'T-compiler']).category).toBe('operational');
		// Team, area and call-for-participation labels still say nothing.
		expect(verdictOf('Stability story of compiler flags', ['A-tools', 'P-medium', 'E-easy', 'T-infra']).reason).not.toContain('label');
	});
});
