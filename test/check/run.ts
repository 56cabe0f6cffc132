import { assembleSheet, processDocument } from '../../src/pipeline.js';
import { ingestText } from '../../src/ingest/index.js';
import type { FactSheet, Finding } from '../../src/types.js';

/** Documents as text through the real pipeline (ingest, extract, normalize, check): the sheet. */
export function sheetOf(files: Record<string, string>): FactSheet {
  const results = Object.entries(files).map(([name, text]) => {
    const format = name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text';
    const doc = ingestText(text, name, { format });
    return processDocument(doc, name);
  });
  return assembleSheet(results);
}

/** The findings of one rule over one text (or several documents). */
export function findingsOf(rule: string, input: string | Record<string, string>): Finding[] {
  const files = typeof input === 'string' ? { 'a.txt': input } : input;
  return sheetOf(files).findings.filter((f) => f.ruleId === rule);
}

export const verdictsOf = (rule: string, input: string | Record<string, string>): string[] =>
  findingsOf(rule, input).map((f) => f.verdict);
