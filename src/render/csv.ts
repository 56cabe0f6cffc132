import type { Figure } from '../types.js';

/** Column names of figures.csv, in order. */
export const CSV_COLUMNS = [
  'id', 'file', 'line', 'column', 'start', 'end', 'text', 'value', 'range_low', 'range_high', 'unit', 'kind', 'noun',
  'qualifier', 'interval_low', 'interval_high', 'iso', 'lang', 'link_type', 'link_role',
  'link_other', 'sentence',
] as const;

// RFC 4180 line ending. Excel and the RFC expect CRLF; CR/LF inside a field stays as written.
const EOL = '\r\n';

/** Leading characters that make spreadsheets run a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** …except a plain signed number such as `-5`, `+3.5%` or `-1,200`, which is only a number. */
const PLAIN_NUMBER = /^[+-]\d[\d,]*(\.\d+)?%?$/;

/** A text cell: defused against formula injection, then quoted if RFC 4180 requires it. */
function textCell(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell: written by us, never a formula; empty for null. */
function numberCell(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/**
 * figures.csv: RFC 4180 with a header row, CRLF line ends (the last record ends with one too),
 * UTF-8 without a byte order mark. Text cells that a spreadsheet would run as a formula
 * (`=…`, `+…`, `-…`, `@…`) get a leading apostrophe, plain signed numbers excepted.
 */
export function renderCsv(figures: Figure[]): string {
  return [...csvChunks(figures)].join('');
}

/** Rows per piece of csvChunks. */
const CSV_BATCH = 1000;

/** renderCsv in pieces (the header, then batches of rows), to be written as they come. */
export function* csvChunks(figures: Figure[]): Generator<string> {
  yield CSV_HEADER;
  for (let from = 0; from < figures.length; from += CSV_BATCH) yield csvRows(figures.slice(from, from + CSV_BATCH));
}

/** The header line of figures.csv. */
export const CSV_HEADER = CSV_COLUMNS.join(',') + EOL;

/** The figures' records, each with its line end: a worker thread renders each file's. */
export function csvRows(figures: Figure[]): string {
  let rows = '';
  for (const f of figures) rows += csvRow(f) + EOL;
  return rows;
}

function csvRow(f: Figure): string {
  return [
    textCell(f.id),
    textCell(f.source.file),
    numberCell(f.source.line),
    numberCell(f.source.column),
    numberCell(f.source.start),
    numberCell(f.source.end),
    textCell(f.text),
    numberCell(f.value),
    numberCell(f.range?.[0]),
    numberCell(f.range?.[1]),
    textCell(f.unit),
    textCell(f.kind),
    textCell(f.noun),
    textCell(f.qualifier),
    numberCell(f.interval?.[0]),
    numberCell(f.interval?.[1]),
    textCell(f.iso),
    textCell(f.lang),
    textCell(f.link?.type),
    textCell(f.link?.role),
    textCell(f.link?.other),
    textCell(f.sentence),
  ].join(',');
}
