import { checkFigures, type CheckFinding } from '../../src/check/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { processDocument } from '../../src/pipeline.js';
import type { Figure } from '../../src/types.js';

/** Figures of a plain-text file, through the real pipeline (ingest, extract, normalize). */
export function figuresOf(file: string, text: string): Figure[] {
  return processDocument(ingestText(text, file, { format: 'text' }), file).figures;
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
