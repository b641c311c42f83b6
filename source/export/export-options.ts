/** What to export and where: parsed from the command line (commands/arguments.ts), read by build-exports.ts. */
export interface ExportOptions {
	readonly format: 'md' | 'json' | 'csv';
	readonly reports: readonly string[];
	readonly leadership: boolean;
	readonly out: string | undefined;
	readonly force: boolean;
	/** JSON schemaVersion: 2 (default) or 1 for the old shape. */
	readonly schema: 1 | 2;
	/** Markdown: one page each (default), or with the appendix of full lists and tables. */
	readonly detail: 'page' | 'full';
}
