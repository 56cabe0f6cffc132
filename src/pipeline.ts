import { applyIgnores, ignoreRanges, type IgnoreRange } from './check/ignore.js';
import { checkAcross, checkDocument, sortFindings, type RuleSettings } from './check/index.js';
import type { DateOrder } from './extract/dates.js';
import { extractDocument } from './extract/index.js';
import { ingest, ingestText } from './ingest/index.js';
import type { IngestedDocument, IngestFailure, IngestOptions } from './ingest/types.js';
import { normalizeFigures } from './normalize/index.js';
import type { Diagnostic, FactSheet, Figure, Finding, NonFigure, SourceInfo, Statement } from './types.js';

/**
 * ingest → extract → normalize → check, as pure functions over bytes already read. No fs, no
 * console: the CLI reads files, writes outputs and chooses exit codes.
 */

export interface InputFile {
  /** the path as the user gave it; figures cite it */
  path: string;
  bytes: Uint8Array;
}

export interface PipelineOptions extends IngestOptions {
  /** sources.json entries by the file's path as given: what a fact-checker knows of each file */
  sources?: Record<string, Omit<SourceInfo, 'file'>>;
  /** list numerals that are not figures, with the reason */
  explain?: boolean;
  /** ISO time shown as the build time; null keeps output reproducible */
  generated?: string | null;
  title?: string;
  /** rules turned off or given another severity */
  rules?: RuleSettings;
}

export interface DocumentResult {
  file: string;
  figures: Figure[];
  statements: Statement[];
  /** blocks an ignore comment keeps findings out of */
  ignores: IgnoreRange[];
  /**
   * the findings of the rules that read one document, ignores applied: made with the document
   * (in a build, on the worker thread that read it); the rules that compare sources run on the sheet
   */
  findings: Finding[];
  nonFigures: NonFigure[];
  diagnostics: Diagnostic[];
  source: SourceInfo;
}

const isFailure = (r: IngestedDocument | IngestFailure): r is IngestFailure => 'reason' in r;

/** How a document writes numeric dates, from its own address: 05/10/2023 on rfi.fr is 5 October. */
export function dateOrderOf(doc: IngestedDocument): DateOrder | null {
  const url = doc.metadata.url ?? /https?:\/\/[^\s"'<>)]+/.exec(doc.text.slice(0, 4000))?.[0];
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const tld = host.split('.').pop() ?? '';
  if (tld === 'us') return 'month-first';
  // a country-code domain other than .us: the rest of the world writes the day first
  return /^[a-z]{2}$/.test(tld) ? 'day-first' : null;
}

/** One file through ingest, extract and normalize; a file that cannot be read is a failure. */
export function processFile(input: InputFile, options: PipelineOptions = {}): DocumentResult | IngestFailure {
  const doc = ingest(input.bytes, input.path, options);
  if (isFailure(doc)) return doc;
  return processDocument(doc, input.path, options);
}

export function processDocument(doc: IngestedDocument, file: string, options: PipelineOptions = {}): DocumentResult {
  const extraction = extractDocument(doc, { dateOrder: dateOrderOf(doc), explain: options.explain ?? false });
  // an own property only: a file named "constructor" has no entry
  const known = options.sources && Object.hasOwn(options.sources, file) ? options.sources[file] : {};
  const source: SourceInfo = {
    file,
    ...definedOnly({
      title: doc.metadata.title,
      date: doc.metadata.date,
      url: doc.metadata.url,
      lang: doc.metadata.lang,
    }),
    ...known,
    encoding: doc.encoding,
  };
  const figures = normalizeFigures(extraction.figures);
  const ignores = ignoreRanges(
    file,
    doc.text,
    doc.masked.filter((m) => m.reason === 'comment'),
  );
  return {
    file,
    figures,
    statements: extraction.statements,
    ignores,
    findings: documentFindings(figures, extraction.statements, ignores, options.rules),
    nonFigures: extraction.nonFigures,
    diagnostics: doc.diagnostics,
    source,
  };
}

/** Figures of a plain string, as `extract --jsonl` gives them: offsets into `text`, no file. */
export function extractText(text: string): Figure[] {
  const doc = ingestText(text, null, { format: 'text', furniture: false });
  return normalizeFigures(extractDocument(doc, { statements: false }).figures);
}

/** The whole fact sheet from per-file results: figures of all files, then the checks over them. */
export function assembleSheet(results: DocumentResult[], options: PipelineOptions = {}): FactSheet {
  const figures = results.flatMap((r) => r.figures);
  const statements = results.flatMap((r) => r.statements);
  return {
    title: options.title ?? 'Fact sheet',
    generated: options.generated ?? null,
    sources: results.map((r) => r.source),
    figures,
    statements,
    findings: sheetFindings(results, options.rules, figures, statements),
    diagnostics: results.flatMap((r) => r.diagnostics),
  };
}

/** The findings of the rules that read one document, but those an ignore comment keeps out. */
export const documentFindings = (
  figures: Figure[],
  statements: Statement[],
  ignores: IgnoreRange[],
  rules: RuleSettings = {},
): Finding[] => applyIgnores(checkDocument(figures, statements, rules), ignores);

/**
 * The documents' own findings made again with other rule settings than they were read with.
 */
export const recheckDocuments = (results: DocumentResult[], rules: RuleSettings): DocumentResult[] =>
  results.map((r) => ({ ...r, findings: documentFindings(r.figures, r.statements, r.ignores, rules) }));

/**
 * The findings of a set of documents: each document's own, and those of the rules that compare
 * them, in one order.
 */
export function sheetFindings(
  results: DocumentResult[],
  rules: RuleSettings = {},
  figures = results.flatMap((r) => r.figures),
  statements = results.flatMap((r) => r.statements),
): Finding[] {
  const across = applyIgnores(
    checkAcross(figures, statements, rules),
    results.flatMap((r) => r.ignores),
  );
  return sortFindings([...results.flatMap((r) => r.findings), ...across]);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
