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
	/**
	 * Of those, the types whose *outward* description reads as the blocked side ("is blocked by",
	 * "depends on"): on a blocked issue, such a link names its blocker as `outwardIssue`, not `inwardIssue`.
	 */
	readonly blockerOutwardTypeIds: ReadonlySet<string>;
	/** Their names (lower case), for links without ids. */
	readonly blockerLinkNames: ReadonlySet<string>;
	/** The blocked side's descriptions (lower case), as a changelog says "This issue <phrase> KEY". */
	readonly blockerInwardPhrases: readonly string[];
}

export interface JiraResolutionVocabulary {
	/** Resolution ids that mean "not done" (Won't Do, Duplicate…), found by their English names. */
	readonly canceledResolutionIds: ReadonlySet<string>;
}
