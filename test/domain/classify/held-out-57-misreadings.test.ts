import {describe, expect, it} from 'vitest';
import {classifyAll} from '../../../source/domain/classify/index.js';
import {makeTicket} from './labelled.js';

/**
 * Held-out set 57 (pypi/warehouse, where the PyPI admins take the users' reports beside their own planned work) left unread
 * four kinds of operations title and misread one: a limit or quota increase asked for one project ("File Limit Increase",
 * "File size limit increase for bagpipes", and the tracker's `limit request` label), mail said not to arrive with words
 * between the verb and the mail ("Not getting account verification emails", and "receiving" misspelt), malware, spam or
 * typosquats reported on the service ("Malware packages on PyPI", "Possible Typosquatting around matplotlib"), a wish said
 * as "there should be an option to …", and "Lay down the start of an admin UI" read as something down. Each is read as a
 * director would; the machinery, the guards and the defences built against them are still planned work.
 */
function verdictOf(title: string, labels: readonly string[] = []) {
	const ticket = makeTicket({id: 'PYPI-1', key: 'PYPI-1', team: 'PYPI', project: 'PYPI', title, labels: [...labels]});
	return classifyAll([ticket], {tags: new Map(), rules: [], threshold: 0.6, learner: null}).get('PYPI-1')!;
}

const ordinary = ['Add a status page', 'Remove the legacy upload endpoint', 'How to run Warehouse behind a proxy', 'Upgrade Postgres to 16', 'Fix flaky test', 'Rotate the Fastly API key'];

describe('a limit or quota raised for one project is a service request', () => {
	it('reads a limit increase asked for, by its title or by its label, as firefighting', () => {
		for (const title of ['File Limit Increase', 'File size limit increase request', 'File size limit increase for bagpipes', 'Request to increase upload-limit for "ipp" project', 'get a file size limit exemption or increase for our projects', 'Service quota increase for GPUs']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: limit increase asked')});
		}
		expect(verdictOf('more space for project needed', ['limit request'])).toMatchObject({category: 'operational', reason: expect.stringContaining('limit-request')});
	});

	it('leaves the machinery, the policy and a limit changed in the product alone', () => {
		for (const title of [...ordinary, 'Automate quota increase requests', 'Add limit increase request form', 'Document the limit increase process', 'Increase the default upload limit to 100MB', 'Show quota usage on the project page', 'Limit increase policy for organizations']) {
			expect(verdictOf(title).reason, title).not.toContain('title: limit increase asked');
		}
	});
});

describe('mail said not to arrive, with words before it, is not working', () => {
	it('reads "not getting / receiving … mail" as breakage, receive misspelt too', () => {
		for (const title of ['Not getting verification mail', 'Not getting account verification emails', 'Not reciving the verification mail in test pypi', 'Users not recieving password reset emails', 'Still not getting any password reset emails']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: not working')});
		}
	});

	it('leaves guards and wishes alone', () => {
		for (const title of [...ordinary, 'Ensure users are not getting duplicate emails', 'Users should not be receiving marketing emails', 'Make sure admins stop getting alert emails', 'Send verification mail on signup', 'Avoid getting duplicate notifications']) {
			expect(verdictOf(title).reason, title).not.toContain('title: not working');
		}
	});
});

describe('malware, spam or typosquats reported on the service are an abuse report', () => {
	it('reads them as firefighting', () => {
		for (const title of ['Malware packages on PyPI', 'Malware package on PyPI', 'Possible Typosquatting around matplotlib', 'Reporting spam in Pypi', 'Phishing emails from noreply address', 'Spam accounts on the forum']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: abuse reported')});
		}
	});

	it('leaves the defences built against them alone', () => {
		for (const title of [...ordinary, 'Malware scanning for uploads', 'Add spam filter', 'Malware reporting API', 'Detect typosquatting on upload', 'Spam detection in comments', 'Document how to report malware']) {
			expect(verdictOf(title).reason, title).not.toContain('title: abuse reported');
		}
	});
});

describe('"There should be an option to …" is a wish', () => {
	it('reads it as planned work', () => {
		for (const title of ['there should be an option to completely destroy project on pypi.org', 'There should be a way to transfer ownership', 'There should be the ability to rename a project']) {
			expect(verdictOf(title), title).toMatchObject({category: 'strategic', reason: expect.stringContaining('title: a wish')});
		}
	});

	it('leaves what should not happen alone', () => {
		for (const title of [...ordinary, 'There should be no error when saving', 'There should be only one primary email']) {
			expect(verdictOf(title).reason, title).not.toContain('title: a wish');
		}
	});
});

describe('"down" after lay, write, pin or nail says nothing is down', () => {
	it('does not read "Lay down …", "Write down …", "Pin down …", "Nail down …" as an outage', () => {
		for (const title of ['Lay down the start of an admin UI', 'Write down the on-call process', 'Pin down the cause of slow uploads', 'Nail down API versioning']) {
			expect(verdictOf(title).reason, title).not.toMatch(/title: (is )?down/);
		}
	});

	it('still reads a service down', () => {
		for (const title of ['API down', 'Upload server down', 'Wiki down: LocalSettings broken', 'Search is down since the reindex']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringMatching(/title: (is )?down/)});
		}
	});
});
