import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/** Held-out set 9's misreadings (tianocore/edk2, a tracker whose kind of work is in scoped labels only). */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'T-1', key: 'T-1', title, labels});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('T-1')!;
}

describe('held-out set 9 readings', () => {
	it('reads a scoped label by its value: "type:bug", GitLab\'s "type::bug", "type:feature-request"', () => {
		for (const label of ['type:bug', 'type::bug', 'Type::Bug'])
			expect(verdictOf('UefiCpuPkg: ASSERT in RegisterCpuFeaturesLib', ['package:ueficpupkg', 'priority:low', label]).reason, label).toContain('label type:bug');
		expect(verdictOf('Support FSP 2.3 header', ['type:feature-request']).suggestion?.reason).toContain('label type:feature-request');
		// The scope alone, or an area under a scope, says nothing.
		expect(verdictOf('Support FSP 2.3 header', ['package:mdepkg', 'state:needs-triage']).suggestion?.reason).not.toContain('label');
	});

	it('a tracker record number ("Bug 2906", "(Bugzilla Bug 3304)") is not a defect', () => {
		for (const title of ['Implementation of UEFI spec 31.1 Redfish Discover Protocol (Bugzilla Bug 2906)', 'Bug 1560133 - Add a Redfish config handler protocol'])
			expect(verdictOf(title).category, title).not.toBe('operational');
		// A bug named as one still is.
		for (const title of ['Bug in the TLS session setup', 'Fix bug 12 in the parser crash path'])
			expect(verdictOf(title).category, title).toBe('operational');
	});
});
