import { extractDocument } from '../../../src/extract/index.js';
import type { IngestedDocument } from '../../../src/ingest/types.js';
import { normalizeFigures } from '../../../src/normalize/index.js';
import type { Figure } from '../../../src/types.js';

/** Figures of a plain English text, as `extract --jsonl` gives them. */
export function extractEnglish(text: string): Figure[] {
  const doc = {
    file: null,
    text,
    prose: text,
    format: 'text',
    encoding: 'utf-8',
    metadata: {},
    masked: [],
    diagnostics: [],
  } as unknown as IngestedDocument;
  return normalizeFigures(extractDocument(doc).figures);
}
