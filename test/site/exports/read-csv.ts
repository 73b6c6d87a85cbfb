/**
 * A strict RFC 4180 reader for the tests: records end with CRLF (the last one too), quoted fields
 * may hold commas, quotes (doubled) and line breaks. Throws on anything else, so a test that reads
 * a file back also checks that the file is well-formed.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`unterminated quoted field at ${i}`);
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const stop = text.slice(i).search(/[,\r\n"]/);
      const end = stop < 0 ? text.length : i + stop;
      if (text[end] === '"') throw new Error(`quote inside an unquoted field at ${end}`);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`);
    }
  }
  if (record.length > 0) throw new Error('last record does not end with CRLF');
  return records;
}
