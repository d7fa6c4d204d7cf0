/**
 * RFC 4180 records (CRLF after every record, "" inside quotes), read the way a
 * spreadsheet would, to check that rendered CSV keeps its shape. Throws when
 * the text does not end with a complete record.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (quoted || field !== '' || record.length > 0) throw new Error('the last record is not ended by CRLF');
  return records;
}
