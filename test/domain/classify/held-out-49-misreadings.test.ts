import {describe, expect, it} from 'vitest';
import {rulesVerdict} from './labelled.js';

/**
 * Held-out set 49 (the Python Software Foundation's web and infrastructure trackers: python/pythondotorg, python/psf-salt,
 * python/psf-infra-meta) found kinds of title the readings did not know, each what the readers of a website and the team
 * that runs it write: the words of a host name read as title words ("reflect infrastructure move of bugs.python.org …" read
 * as a bug, "bogus ssl redirect on legacy.python.org member" as legacy code), a page or link said to answer 404 ("Events/Python
 * Events is a 404", "Download links result in 404 page", "404 link on download page.": no signal), a link or redirect said to be
 * bad ("Bad RSS Feed Link": no signal) and a page showing one thing instead of another ("download page still shows 3.8.5
 * instead of 3.8.6": no signal; "Dashboard shows UTC instead of local time" read as dashboard work).
 */
function verdictOf(title: string) {
	return rulesVerdict('PY-1', {title, labels: []});
}

const ordinary = ['Add SSO to the admin console', 'Remove the legacy importer', 'How to rotate the TLS certificates?', 'Fix flaky test in CheckoutSpec', 'Upgrade the ingress controller to 1.9'];

describe('a host name is a place, not title words', () => {
	it('does not read the labels of a host name as what the work is', () => {
		expect(verdictOf('reflect infrastructure move of bugs.python.org (to server bugs.ams1.psf.io)').reason).not.toContain('title: bug');
		expect(verdictOf('Move alerts.example.com to the new cluster').reason).not.toContain('alerting');
		expect(verdictOf('bogus ssl redirect on legacy.python.org member').reason).not.toContain('title: legacy');
	});

	it('still reads the words of the title around a host name', () => {
		expect(verdictOf('Fix bug in legacy importer')).toMatchObject({category: 'operational'});
		expect(verdictOf('status.example.com is down')).toMatchObject({category: 'operational', reason: expect.stringContaining('title: is down')});
		expect(verdictOf('Migrate legacy.example.org to the new stack')).toMatchObject({category: 'strategic'});
		expect(verdictOf('https://docs.python.org/ returns 503')).toMatchObject({category: 'operational'});
	});
});

describe('a page or a link answering 404 is breakage', () => {
	it('reads a page said to be, return or lead to a 404, a 404 link and pages 404ing as an HTTP error', () => {
		for (const title of ['Events/Python Events is a 404', 'Download links result in 404 page', '404 link on download page.', 'Docs pages 404ing since the move', 'Release notes link gives a 404']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: HTTP error')});
		}
	});

	it('leaves a 404 asked for, counted, redirected or designed to the other readings', () => {
		for (const title of ['API should return 404 for unknown ids', 'Track 404s in analytics', 'Redirect 404s to the homepage', 'Custom 404 page', 'Add a 404 page', ...ordinary]) {
			expect(verdictOf(title).reason, title).not.toContain('title: HTTP error');
		}
	});
});

describe('a bad, dead or bogus link is a broken link', () => {
	it('reads a link, URL or redirect said to be bad, dead, bogus or wrong as broken', () => {
		for (const title of ['Bad RSS Feed Link', 'bogus ssl redirect on the member page', 'Dead link in the footer', 'Wrong link on the download page', 'Bad redirect after login']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: broken link')});
		}
	});

	it('leaves a hunt or a clean-up of bad links to the other readings', () => {
		for (const title of ['Check for dead links in CI', 'Remove dead links from the docs', 'Add a link checker to catch dead links', 'Report bad redirects in the admin', ...ordinary]) {
			expect(verdictOf(title).reason, title).not.toContain('title: broken link');
		}
	});
});

describe('a page or a service giving one thing instead of another', () => {
	it('reads what is shown, returned or served instead of what should be as breakage', () => {
		for (const title of ['download page still shows 3.8.5 instead of 3.8.6', 'Dashboard shows UTC instead of local time', 'API returns 200 instead of 404', 'Login redirects to / instead of the dashboard']) {
			expect(verdictOf(title), title).toMatchObject({category: 'operational', reason: expect.stringContaining('title: wrong result')});
		}
	});

	it('leaves the change asked for, and what something should do, to the other readings', () => {
		for (const title of ['Show relative dates instead of timestamps', 'Make the CLI print JSON instead of text', 'Search should show exact matches instead of fuzzy ones', 'Link to the new docs instead of the wiki', 'Add option that returns JSON instead of YAML', 'Use pathlib instead of os.path', 'Refactor loader to return a list instead of a tuple', 'How to show logs instead of metrics?', ...ordinary]) {
			expect(verdictOf(title).reason, title).not.toContain('title: wrong result');
		}
	});
});
