import {UsageError} from '../errors/app-error.js';
import {echoedValue} from '../text/sanitize.js';
import type {Note, ResolvedReport} from '../domain/types.js';
import type {ExportOptions} from './export-options.js';
import {buildCsv} from './csv.js';
import {buildJsonExport, buildJsonExportV1, type JsonExportInput} from './json.js';
import {buildLeadership} from './leadership.js';
import {buildOneOnOne} from './one-on-one.js';
import {notesFor, reportScope} from './report-scope.js';
import type {ReviewSnapshot} from './snapshot.js';
import type {ExportFile} from './write-files.js';

export type ExportSelection = Pick<ExportOptions, 'format' | 'reports' | 'leadership'> & {readonly schema?: 1 | 2; readonly detail?: 'page' | 'full'};

/**
 * The files one export writes. Markdown: a 1:1 file per report (every report, or the ones
 * named with --report), plus the leadership summary with --leadership. JSON and CSV cover
 * the whole org, so --report and --leadership do not apply to them.
 */
export function buildExportFiles(s: ReviewSnapshot, options: ExportSelection): ExportFile[] {
	if (options.format !== 'md') {
		if (options.reports.length > 0 || options.leadership) {
			throw new UsageError(
				`${options.reports.length > 0 ? '--report' : '--leadership'} applies to Markdown exports only`,
				`--format ${options.format} always covers the whole org; drop the flag or use --format md`,
			);
		}
		return [options.format === 'json' ? jsonFile(s, options.schema ?? 2) : buildCsv(s)];
	}

	const reports = selectReports(s, options.reports);
	if (reports.length === 0 && !options.leadership) {
		throw new UsageError('the roster has no reports, so there are no 1:1 notes to export', 'add roster.reports to the config, or pass --leadership for the org summary');
	}
	const files = reports.map((report) => buildOneOnOne(s, report.slug, options.detail));
	if (options.leadership) files.push(buildLeadership(s, options.detail));
	return files;
}

/**
 * The reports a Markdown export covers: all of them, or those named (by name or slug, any
 * case). An unknown name is a usage error that lists the names there are.
 */
export function selectReports(s: ReviewSnapshot, names: readonly string[]): ResolvedReport[] {
	if (names.length === 0) return [...s.roster.reports];
	const selected: ResolvedReport[] = [];
	for (const name of names) {
		const wanted = name.trim().toLowerCase();
		const report = s.roster.reports.find((candidate) => candidate.name.toLowerCase() === wanted || candidate.slug === wanted);
		if (report === undefined) {
			const known = s.roster.reports.map((candidate) => `${candidate.name} (${candidate.slug})`).join(', ');
			throw new UsageError(`no report named "${echoedValue(name)}"`, known === '' ? 'the roster has no reports; add roster.reports to the config' : `reports: ${known}`);
		}
		if (!selected.includes(report)) selected.push(report);
	}
	return selected;
}

/** The notes a Markdown export puts in front of the director: the selected reports' 1:1 notes. */
export function notesIncluded(s: ReviewSnapshot, options: ExportSelection): Note[] {
	if (options.format !== 'md') return [];
	const included = new Map<number, Note>();
	for (const report of selectReports(s, options.reports)) {
		for (const note of notesFor(s, reportScope(s, report))) included.set(note.id, note);
	}
	return [...included.values()];
}

/** The JSON export's input, read off the snapshot. */
export function jsonInput(s: ReviewSnapshot): JsonExportInput {
	return {
		provider: s.provider,
		week: s.week,
		metrics: s.report.metrics,
		trend: s.report.trend,
		tickets: s.report.tickets,
		figures: s.report.details.figures,
		version2: s.report.version2,
		effortTrend: s.report.effortTrend,
		ticketsById: s.ticketsById,
		classifications: s.classifications,
		peopleById: s.peopleById,
		roster: s.roster,
		now: s.now,
		asOf: s.report.asOf,
		since: s.since,
	};
}

function jsonFile(s: ReviewSnapshot, schema: 1 | 2): ExportFile {
	const json = schema === 1 ? buildJsonExportV1(jsonInput(s)) : buildJsonExport(jsonInput(s));
	return {name: `director-review-${s.week.id}.json`, content: `${JSON.stringify(json, null, 2)}\n`};
}
