/**
 * factsheet as a library: the figures of a text or of files, the checks over them, the fact sheet
 * rendered, and the JSON Lines stream of `extract --jsonl`. The CLI runs the same functions.
 */
import type { Readable, Writable } from 'node:stream';
import type { RuleSettings } from './check/index.js';
import { runJsonl, type JsonlOptions } from './cli/jsonl.js';
import { DEFAULT_MAX_NUMBERS } from './cli/limits.js';
import { DEFAULT_MAX_BYTES } from './ingest/index.js';
import type { IngestFailure } from './ingest/types.js';
import {
  assembleSheet,
  extractText,
  processFile,
  recheckDocuments,
  sheetFindings,
  type DocumentResult,
  type InputFile,
  type PipelineOptions,
} from './pipeline.js';
import { renderCsv, renderFiguresJson, renderFindingsJson, renderHtml } from './render/index.js';
import type { FactSheet, Figure, Finding } from './types.js';

export type * from './types.js';
export type { DocumentResult, IngestFailure, InputFile, PipelineOptions, RuleSettings };

/** What `extract` makes of files: a result per readable file, and the files it could not read. */
export interface ExtractedFiles {
  documents: DocumentResult[];
  failures: IngestFailure[];
}

/** One of `factsheet build`'s output files. */
export type RenderFormat = 'html' | 'figures.json' | 'findings.json' | 'csv';

/** The figures of a plain string: offsets into it, `source.file` null. */
export function extract(text: string): Figure[];
/** The figures of files, read as the CLI reads them (format and encoding sniffed, front matter, sources). */
export function extract(files: InputFile[], options?: PipelineOptions): ExtractedFiles;
export function extract(input: string | InputFile[], options: PipelineOptions = {}): Figure[] | ExtractedFiles {
  if (typeof input === 'string') return extractText(input);
  const extracted: ExtractedFiles = { documents: [], failures: [] };
  for (const file of input) {
    const result = processFile(file, options);
    if ('reason' in result) extracted.failures.push(result);
    else extracted.documents.push(result);
  }
  return extracted;
}

/**
 * The findings of every check over extracted files, one source or many (cross-source compares
 * them): the checks read the statements extraction made of each sentence. `rules` turns a rule
 * off or changes its severity, as `--rule` does.
 */
export function check(extracted: ExtractedFiles, rules: RuleSettings = {}): Finding[] {
  return sheetFindings(recheckDocuments(extracted.documents, rules), rules);
}

/** The fact sheet of extracted files: their sources, figures and diagnostics, and the findings. */
export function factSheet(
  extracted: ExtractedFiles,
  options: Pick<PipelineOptions, 'title' | 'generated' | 'rules'> = {},
): FactSheet {
  const documents = options.rules ? recheckDocuments(extracted.documents, options.rules) : extracted.documents;
  return assembleSheet(documents, options);
}

/** A sheet as one of `factsheet build`'s files: the HTML page (the default), JSON or CSV. */
export function render(sheet: FactSheet, format: RenderFormat = 'html'): string {
  switch (format) {
    case 'html':
      return renderHtml(sheet);
    case 'figures.json':
      return renderFiguresJson(sheet.figures);
    case 'findings.json':
      return renderFindingsJson(sheet.findings);
    case 'csv':
      return renderCsv(sheet.figures);
  }
}

/**
 * `extract --jsonl` between streams: a line `{"id", "text"}` in, a line `{"id", "figures"}` out, in
 * order, waiting when `output` is slower. An invalid line is reported on stderr and answered with
 * `{"id": null, "error"}`.
 */
export async function extractStream(
  input: Readable,
  output: Writable,
  limits: Partial<JsonlOptions> = {},
): Promise<void> {
  await runJsonl(input, output, { maxBytes: DEFAULT_MAX_BYTES, maxNumbers: DEFAULT_MAX_NUMBERS, ...limits });
}
