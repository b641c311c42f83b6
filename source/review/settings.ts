import type {AppConfig} from '../config/schema.js';
import type {ClassificationRule} from '../domain/classify/rules.js';

/** The settings a review is computed with, read off the config in one place. */
export interface ReviewSettings {
	readonly timezone: string;
	readonly trendWeeks: number;
	readonly staleDays: number;
	readonly threshold: number;
	readonly rules: readonly ClassificationRule[];
}

export function reviewSettings(config: AppConfig): ReviewSettings {
	return {
		timezone: config.timezone,
		trendWeeks: config.trendWeeks,
		staleDays: config.staleDays,
		threshold: config.classification.threshold,
		rules: config.classification.rules,
	};
}
