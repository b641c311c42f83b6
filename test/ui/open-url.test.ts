import {describe, expect, it} from 'vitest';
import {openInBrowser} from '../../source/ui/open-url.js';

/** Only what is decided before an opener starts: no browser is started by these cases. */
describe('openInBrowser', () => {
	it('says when a ticket has no link or an unusable one, and hands no other scheme than http(s) to the opener', () => {
		const failures: string[] = [];
		const onFailure = (line: string) => failures.push(line);
		expect(openInBrowser(null, 'ENG-1', onFailure)).toBe('ENG-1 has no link in the tracker');
		expect(openInBrowser('not a url', 'ENG-2', onFailure)).toBe("ENG-2: the tracker's link is not a valid URL");
		expect(openInBrowser('file:///etc/passwd', 'ENG-3', onFailure)).toBe('ENG-3: refusing to open a file: link');
		expect(openInBrowser('javascript:alert(1)', 'ENG-4', onFailure)).toBe('ENG-4: refusing to open a javascript: link');
		expect(failures).toEqual([]);
	});
});
