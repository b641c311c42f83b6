/**
 * A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. It throws on what a
 * lenient reader would guess at: a quote inside an unquoted field, a bare line break, an
 * unterminated quote, a last record not ended by CRLF.
 */
export function parseCsv(content: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	let index = 0;
	while (index < content.length) {
		const c = content[index]!;
		if (quoted) {
			if (c === '"' && content[index + 1] === '"') {
				field += '"';
				index += 2;
			} else if (c === '"') {
				quoted = false;
				index++;
			} else {
				field += c;
				index++;
			}
		} else if (c === '"') {
			if (field !== '') throw new Error(`a quote inside an unquoted field at ${index}`);
			quoted = true;
			index++;
		} else if (c === ',') {
			record.push(field);
			field = '';
			index++;
		} else if (c === '\r' && content[index + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			index += 2;
		} else if (c === '\n' || c === '\r') {
			throw new Error(`a bare line break at ${index}`);
		} else {
			field += c;
			index++;
		}
	}

	if (quoted) throw new Error('an unterminated quoted field');
	if (field !== '' || record.length > 0) throw new Error('the last record is not ended by CRLF');
	return records;
}
