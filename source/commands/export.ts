import {buildJsonExport} from '../export/json.js';
import {writeExportFiles, type ExportFile} from '../export/write-files.js';
import {parseExportOptions, type GlobalOptions, type ParsedFlags} from './arguments.js';
import {openContext} from './context.js';
import {syncBeforeReading} from './sync-first.js';

/** `director-review export`: summaries for the selected week, to files or stdout. */
export async function runExport(options: GlobalOptions, flags: ParsedFlags): Promise<number> {
	const exportOptions = parseExportOptions(flags);
	const context = openContext(options);
	try {
		const session = context.openSession();
		await syncBeforeReading(context, session, options);
		const report = session.weekReport(context.week);
		const review = session.review;
		const files: ExportFile[] = [];
		if (exportOptions.format === 'json') {
			const json = buildJsonExport({
				provider: context.providerName,
				week: context.week,
				metrics: report.metrics,
				trend: report.trend,
				tickets: report.tickets,
				classifications: review.classifications,
				peopleById: review.peopleById,
				now: context.now,
			});
			files.push({name: `director-review-${context.week.id}.json`, content: `${JSON.stringify(json, null, 2)}\n`});
		}

		session.dispose();
		if (exportOptions.out === '-') {
			process.stdout.write(files.map((file) => file.content).join('\n'));
			return 0;
		}

		const written = writeExportFiles(files, exportOptions.out ?? process.cwd(), exportOptions.force);
		for (const file of written) process.stderr.write(`wrote ${file}\n`);
		return 0;
	} finally {
		context.close();
	}
}
