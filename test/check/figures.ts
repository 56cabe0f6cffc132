import { checkFigures, type CheckFinding } from '../../src/check/index.js';
import { extractDocument } from '../../src/extract/index.js';
import type { IngestedDocument } from '../../src/ingest/types.js';
import { normalizeFigures } from '../../src/normalize/index.js';
import type { Figure } from '../../src/types.js';

/**
 * Figures of a plain-text file through the real extractor and normalizer. Plain text needs no
 * ingest step: prose is the text itself, and a blank line ends a paragraph.
 */
export function figuresOf(file: string, text: string): Figure[] {
  const doc: IngestedDocument = { file, text, prose: text, format: 'text', encoding: 'utf-8', metadata: {}, masked: [], diagnostics: [] };
  return normalizeFigures(extractDocument(doc).figures);
}

/** The findings of one rule over files given as `{ name: text }`. */
export function findingsOf(ruleId: string, files: Record<string, string>): CheckFinding[] {
  const figures = Object.entries(files).flatMap(([file, text]) => figuresOf(file, text));
  return checkFigures(figures).filter((f) => f.ruleId === ruleId);
}

/** What a test asserts of a finding: its verdict, code, severity and the text at its place. */
export function summary(f: CheckFinding, files: Record<string, string>) {
  const text = files[f.source.file ?? '']?.slice(f.source.start, f.source.end);
  return { verdict: f.verdict, code: f.code, severity: f.severity, at: text };
}
