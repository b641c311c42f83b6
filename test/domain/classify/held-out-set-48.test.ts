import {expect} from 'vitest';
import {describeHeldOutSet} from './held-out-set.js';

/**
 * Held-out set 48: real tickets none of the other sets holds, from a project of a public Jira no other set uses: MongoDB's
 * Database Tools (jira.mongodb.org, project TOOLS: mongodump, mongorestore, mongoimport, mongoexport and their build and
 * release), as the Jira-generated release notes in the tools' CHANGELOG.md list them, grouped by issue type (Bug, Task,
 * Build Failure, New Feature, Release, Vulnerability, Investigation, Epic); the notes show no priority, components or
 * labels. Each is labelled with a one-line reason by the Categories definitions of metrics.md before the classifier was run
 * on them. `ambiguous` tickets are ones the definitions do not settle; they are not scored.
 */
describeHeldOutSet({
	set: 48,
	atLeast: 109,
	// Under what is measured now (docs/classification.md: accuracy 1.000 (100/100), coverage 0.962 (100/104) over the 104 scored
	// tickets at version 72; 0.989 (91/92) and 0.885 (92/104) at first contact, version 68) by less than one ticket, so a
	// misreading this set found fails it again.
	floors: {accuracy: 0.995, coverage: 0.955},
	source: (item) => {
		expect(item.tracker).toBe('jira');
		expect(item.project).toBe('TOOLS');
		expect(item.key).toMatch(/^TOOLS-\d+$/);
		expect(item.url).toBe(`https://jira.mongodb.org/browse/${item.key}`);
		expect(['Bug', 'Task', 'Build Failure', 'New Feature', 'Release', 'Vulnerability', 'Investigation', 'Epic']).toContain(item.type);
		expect(item.priority).toBe(null);
		expect(item.labels).toEqual([]);
		expect(item.components).toEqual([]);
	},
});
