import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 46: real tickets none of the other sets holds, from Apache Flink's Jira (issues.apache.org, project FLINK),
 * the fallback the brief names when Apache Cassandra's Jira is too thin in the stored corpora: every row of the
 * Yetus-generated changelog of Flink 1.11.2 and the IMPROVEMENTS, TESTS and OTHER rows of that of 1.11.1, with type by
 * changelog table and priority and components as listed (no labels). Each is labelled with a one-line reason by the
 * Categories definitions of metrics.md before the classifier was run on them. `ambiguous` tickets are ones the definitions
 * do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 46,
	atLeast: 108,
	// Under what is measured now (docs/classification.md: accuracy 0.977 (85/87), coverage 1.000 (87/87) at version 70; 0.976
	// (82/84) and 0.966 (84/87) at first contact, version 68) by less than one ticket, so a misreading this set found fails it again.
	floors: {accuracy: 0.975, coverage: 0.995},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('FLINK');
		expect(item.key).toMatch(/^FLINK-\d+$/);
		expect(item.url).toBe(`https://issues.apache.org/jira/browse/${item.key}`);
		expect(['Bug', 'Improvement', 'Sub-task', 'Task', 'Test']).toContain(item.type);
		expect(['Blocker', 'Critical', 'Major', 'Minor', 'Trivial']).toContain(item.priority);
		expect(item.labels).toEqual([]);
		expect(Array.isArray(item.components)).toBe(true);
	},
});
