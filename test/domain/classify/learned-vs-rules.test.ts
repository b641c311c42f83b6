import {expect, it} from 'vitest';
import {crossValidate} from './cross-validate.js';
import {loadLabelledSet} from './labelled.js';

it('rules + learner beat the rules alone in 5-fold cross-validation on the labelled set', () => {
	const result = crossValidate(loadLabelledSet(), 5, 0.6);
	console.log(`5-fold cross-validation, accuracy over all held-out tickets: rules ${result.rules.toFixed(3)}, rules + learner ${result.learned.toFixed(3)}`);
	expect(result.learned).toBeGreaterThan(result.rules);
});
