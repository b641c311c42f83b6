import {describe, expect, it} from 'vitest';
import {validateConfig} from '../../../source/config/validate.js';
import {configFromAnswers, emptyAnswers} from '../../../source/ui/init/init-steps.js';
import {person} from '../fixtures.js';

describe('the config the init wizard writes', () => {
	it('names two reports who share a display name apart, so the config it saves is one the tool accepts', () => {
		const first = {...person('u-1', 'Alex Kim'), email: 'alex@acme.example'};
		const second = {...person('u-2', 'alex kim'), email: 'alex.kim@acme.example'};
		const director = person('u-dir', 'Dana Director');
		const config = configFromAnswers({...emptyAnswers('Europe/Berlin'), provider: 'linear', linearTeams: ['ENG'], director, reports: [first, second]});
		const reports = (config['roster'] as {reports: Array<{name: string; id: string}>}).reports;
		expect(reports.map((report) => report.name)).toEqual(['Alex Kim', 'alex kim (alex.kim@acme.example)']);
		expect(reports.map((report) => report.id)).toEqual(['alex@acme.example', 'alex.kim@acme.example']);
		expect(validateConfig(config, {}, null).roster?.reports.map((report) => report.name)).toEqual(['Alex Kim', 'alex kim (alex.kim@acme.example)']);
	});
});
