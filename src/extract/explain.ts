import type { IngestedDocument, MaskedRange } from '../ingest/types.js';
import type { NonFigure, NonFigureReason, SourcePointer } from '../types.js';
import type { Candidate, Skipped } from './candidate.js';
import { isZhNumeralChar } from './numbers.js';

const isDigitChar = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/**
 * Accounts for every numeral in the file that is not inside a figure: digit runs and Chinese
 * numeral characters, each with the reason it is not a figure — the grammar skipped it (a name,
 * an idiom, a code), or ingest masked it (markup, URL, comment, front matter, page furniture).
 * A numeral no rule explains is listed as `unclassified`, so a gap in the grammar shows.
 */
export function explainNumerals(
  doc: IngestedDocument,
  figures: Candidate[],
  skipped: Skipped[],
  pointer: (start: number, end: number) => SourcePointer,
): NonFigure[] {
  const covered = [...figures].sort((a, b) => a.start - b.start);
  const skips = [...skipped].sort((a, b) => a.start - b.start);
  const masked: MaskedRange[] = doc.masked;
  const out: NonFigure[] = [];
  const text = doc.text;
  let f = 0;
  let s = 0;
  let m = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const digit = isDigitChar(code);
    if (!digit && !isZhNumeralChar(text[i] as string)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (digit ? isDigitChar(text.charCodeAt(end)) : isZhNumeralChar(text[end] as string)))
      end++;
    while (f < covered.length && (covered[f] as Candidate).end <= i) f++;
    const inFigure = f < covered.length && (covered[f] as Candidate).start <= i;
    if (!inFigure) {
      while (s < skips.length && (skips[s] as Skipped).end <= i) s++;
      while (m < masked.length && (masked[m] as MaskedRange).end <= i) m++;
      const skip = skips[s];
      const mask = masked[m];
      let reason: NonFigureReason;
      if (mask && mask.start <= i) reason = mask.reason;
      else if (skip && skip.start <= i) reason = skip.reason;
      else reason = digit ? 'unclassified' : 'word';
      out.push({ text: text.slice(i, end), reason, source: pointer(i, end) });
    }
    i = end;
  }
  return out;
}
