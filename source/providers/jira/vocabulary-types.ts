/** The instance's vocabulary as data (vocabulary.ts looks it up); a leaf, so shapes.ts can extend it without importing the look-ups. */
export interface JiraFieldIds {
	readonly sprintField: string | null;
	readonly flaggedField: string | null;
	/** Company-managed "Story Points" and team-managed "Story point estimate": both are read. */
	readonly storyPointsFields: readonly string[];
	/**
	 * Epic Link (`com.pyxis.greenhopper.jira:gh-epic-link`): the epic's key, where Data Center
	 * (and Cloud before `parent` replaced it) keeps an epic child's epic; `parent` there holds
	 * only a sub-task's parent.
	 */
	readonly epicLinkField?: string | null;
}

export interface JiraStatusVocabulary {
	/** Status id → Jira status category key (`new`, `indeterminate`, `done`). */
	readonly statusCategories: ReadonlyMap<string, string>;
	/** Status name (lower case) → category key, for changelog entries that only name the status. */
	readonly statusCategoriesByName: ReadonlyMap<string, string>;
}

export interface JiraLinkVocabulary {
	/** Ids of the link types that mean "is blocked by". */
	readonly blockerLinkTypeIds: ReadonlySet<string>;
	/** Their names (lower case), for links without ids. */
	readonly blockerLinkNames: ReadonlySet<string>;
	/** The changelog phrases of a blocked issue's side of such a link ("is blocked by", or "depends on" below), lower case. */
	readonly blockerInwardPhrases: readonly string[];
	/**
	 * Ids of the link types whose blocked issue is the link's source, its outward issue the
	 * blocker: named by their outward description ("depends on"), or written by the site with
	 * the blocked side outward ("is blocked by").
	 */
	readonly outwardBlockerLinkTypeIds: ReadonlySet<string>;
}

export interface JiraResolutionVocabulary {
	/** Resolution ids that mean "not done" (Won't Do, Duplicate…), found by their English names. */
	readonly canceledResolutionIds: ReadonlySet<string>;
}
