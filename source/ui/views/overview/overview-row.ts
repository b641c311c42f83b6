/** One headline figure of the Overview as plain data; a leaf, shared by overview-rows.ts and effort-rows.ts. */
export interface OverviewRow {
	readonly label: string;
	readonly value: string;
	readonly trend: string;
	readonly delta: string;
	/** -1 worse, 0 same or unknown, 1 better: drives the colour and the ▲/▼ symbol's meaning. */
	readonly verdict: -1 | 0 | 1;
	readonly detail: string;
	/** What a value with no change beside it counts ("fires in 4 weeks"): said in the change's place where the detail column is hidden. */
	readonly unit?: string;
	/** The figure's JSON path (WeekDetails.figures): Enter lists the tickets it counts. */
	readonly figure: string | null;
}
