import type { Figure } from '../types.js';

/** Column names of figures.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'file',
  'line',
  'column',
  'start',
  'end',
  'byte_start',
  'byte_end',
  'text',
  'value',
  'range_low',
  'range_high',
  'ends',
  'unit',
  'kind',
  'noun',
  'qualifier',
  'interval_low',
  'interval_high',
  'iso',
  'lang',
  'period',
  'link_type',
  'link_role',
  'link_other',
  'link_trigger',
  'note',
  'sentence',
] as const;

/**
 * The columns each field of a figure is flattened into: typed by the Figure's keys, so that a
 * field added to ../types.ts fails to compile here until figures.csv has it too.
 */
export const CSV_FIELDS: Record<keyof Figure, readonly (typeof CSV_COLUMNS)[number][]> = {
  id: ['id'],
  source: ['file', 'line', 'column', 'start', 'end', 'byte_start', 'byte_end'],
  text: ['text'],
  value: ['value'],
  range: ['range_low', 'range_high'],
  ends: ['ends'],
  unit: ['unit'],
  kind: ['kind'],
  noun: ['noun'],
  qualifier: ['qualifier'],
  interval: ['interval_low', 'interval_high'],
  iso: ['iso'],
  lang: ['lang'],
  period: ['period'],
  link: ['link_type', 'link_role', 'link_other', 'link_trigger'],
  note: ['note'],
  sentence: ['sentence'],
};

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
 * UTF-8 with a byte order mark, which spreadsheets need to open Chinese text by double-click
 * (without it Excel reads the file in the machine's legacy code page). Text cells that a spreadsheet would run as a formula
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

/** The header line of figures.csv, after the UTF-8 byte order mark. */
export const CSV_HEADER = '\uFEFF' + CSV_COLUMNS.join(',') + EOL;

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
    numberCell(f.source.byteStart),
    numberCell(f.source.byteEnd),
    textCell(f.text),
    numberCell(f.value),
    numberCell(f.range?.[0]),
    numberCell(f.range?.[1]),
    // each end's text, value, qualifier and place: JSON in one cell, as figures.json has it
    textCell(f.ends ? JSON.stringify(f.ends) : null),
    textCell(f.unit),
    textCell(f.kind),
    textCell(f.noun),
    textCell(f.qualifier),
    numberCell(f.interval?.[0]),
    numberCell(f.interval?.[1]),
    textCell(f.iso),
    textCell(f.lang),
    textCell(f.period),
    textCell(f.link?.type),
    textCell(f.link?.role),
    textCell(f.link?.other),
    textCell(f.link?.trigger),
    textCell(f.note),
    textCell(f.sentence),
  ].join(',');
}
