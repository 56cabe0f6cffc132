import type { SourceInfo } from '../types.js';
import { LineIndex } from '../location.js';
import { formatMessage } from './report.js';

/** What sources.json may say of a file: schema/sources.schema.json, checked here by hand (no validator at run time). */
export type SourceFields = Omit<SourceInfo, 'file' | 'encoding'>;

const RULE = 'sources-json';
const TEXT_LIMIT = 1000;
/** Lengths as JSON Schema counts them: in code points. */
const length = (s: string): number => [...s].length;
const FIELDS: Record<keyof SourceFields, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string' && v.length > 0 && length(v) <= TEXT_LIMIT,
  publisher: (v) => typeof v === 'string' && v.length > 0 && length(v) <= TEXT_LIMIT,
  date: (v) => typeof v === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/u.test(v),
  lang: (v) => v === 'en' || v === 'zh',
  url: (v) => typeof v === 'string' && length(v) <= 2048 && /^https?:\/\/[^\s]+$/u.test(v),
};
const EXPECTED: Record<keyof SourceFields, string> = {
  title: `a string of 1 to ${TEXT_LIMIT} characters`,
  publisher: `a string of 1 to ${TEXT_LIMIT} characters`,
  date: 'YYYY, YYYY-MM or YYYY-MM-DD',
  lang: '"en" or "zh"',
  url: 'an http(s) address',
};

/** A file name of the same folder: no path, so an entry can only describe its neighbour. */
const isFileName = (name: string): boolean =>
  name.length > 0 && length(name) <= 255 && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);

export interface SourcesReading {
  /** entries by file name, each with only its valid fields */
  entries: Map<string, SourceFields>;
  /** what was ignored and why, as report lines */
  warnings: string[];
}

/**
 * Reads one sources.json (its text, its path for the report). What does not fit the schema is
 * ignored with a warning — a whole entry, or one field — and the rest is kept.
 */
export function readSources(text: string, file: string): SourcesReading {
  const reading: SourcesReading = { entries: new Map(), warnings: [] };
  const lines = new LineIndex(text);
  const warn = (key: string | null, message: string): void => {
    const at = key === null ? 0 : Math.max(0, text.indexOf(JSON.stringify(key)));
    const { line, column } = lines.locate(at);
    reading.warnings.push(formatMessage(file, line, column, 'warning', `${message}: ignored`, RULE));
  };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    warn(null, `not valid JSON (${(error as Error).message})`);
    return reading;
  }
  if (!isPlainObject(json)) {
    warn(null, 'not an object of file names');
    return reading;
  }
  for (const [name, entry] of Object.entries(json)) {
    if (!isFileName(name)) warn(name, `${JSON.stringify(name)} is not a file name of this folder`);
    else if (!isPlainObject(entry)) warn(name, `the entry of ${JSON.stringify(name)} is not an object`);
    else reading.entries.set(name, fieldsOf(name, entry, warn));
  }
  return reading;
}

function fieldsOf(
  name: string,
  entry: Record<string, unknown>,
  warn: (key: string, message: string) => void,
): SourceFields {
  const fields: SourceFields = {};
  for (const [key, value] of Object.entries(entry)) {
    if (!Object.hasOwn(FIELDS, key)) warn(name, `${JSON.stringify(name)}: unknown field ${JSON.stringify(key)}`);
    else if (!FIELDS[key as keyof SourceFields](value))
      warn(name, `${JSON.stringify(name)}: ${key} must be ${EXPECTED[key as keyof SourceFields]}`);
    else Object.assign(fields, { [key]: value });
  }
  return fields;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
