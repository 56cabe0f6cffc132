import { LineIndex } from '../location.js';
import type { Diagnostic } from '../types.js';

/**
 * Numbers read from one input (a file, a `--jsonl` record) at most. Each figure costs some
 * 8 KB of memory and 2.3 KB of output on its way through the build, so an input of nothing but
 * numbers (2 MB of `1 1 1 …` is a million of them) would take gigabytes; with the cap the cost of
 * any one input is bounded. A dense statistics article has a few thousand.
 */
export const DEFAULT_MAX_NUMBERS = 20_000;

/** A run of digits or of Chinese numeral characters: an upper bound of the figures in a stretch of text, or nearly. */
const NUMERAL = /[0-9０-９]+|[〇零一二两三四五六七八九十百千万亿兩萬億]+/gu;

/** Offset of the numeral past `cap` in `prose`, or null when there are no more than `cap`. */
export function numeralOverflow(prose: string, cap: number): number | null {
  // numerals are maximal runs, so cap + 1 of them need cap separators between them too
  if (prose.length <= 2 * cap) return null;
  let count = 0;
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(prose); m !== null; m = NUMERAL.exec(prose)) {
    if (++count > cap) {
      NUMERAL.lastIndex = 0;
      return m.index;
    }
  }
  return null;
}

/** The diagnostic of an input refused for its numbers: at the first number past the cap. */
export function tooManyNumbers(
  file: string | null,
  text: string,
  offset: number,
  cap: number,
  what = 'numbers',
): Diagnostic {
  const { line, column } = new LineIndex(text).locate(offset);
  return {
    ruleId: 'too-many-numbers',
    severity: 'error',
    message: `more than ${cap.toLocaleString('en-US')} ${what} in one input: skipped, to keep memory bounded (raise with --max-numbers)`,
    file,
    line,
    column,
  };
}
