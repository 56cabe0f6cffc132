import type { Lang } from '../types.js';
import { type Candidate, plainCandidate } from './candidate.js';

/**
 * Quarters and halves of a year written with their year: Q3 2023, Q3-2023, 2Q21, 3Q 2021, H1 2022,
 * 1H22, "the third quarter of 2023", "the first half of 2022". A quarter without a year ("third
 * quarter") is a label, no date.
 */
const LETTER_FIRST = /([QH])([1-4])[ -]?(?:FY ?)?(\d{4}|'?\d{2})(?![\w'])/y;
const DIGIT_FIRST = /([1-4])([QH])[ -]?(\d{4}|'?\d{2})(?![\w'])/y;
const WORDS = /(first|second|third|fourth) (quarter|half) of (\d{4})(?!\d)/iy;
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

export function readQuarter(text: string, pos: number, lang: Lang): Candidate | undefined {
  const code = text.charCodeAt(pos);
  const re = code === 0x51 || code === 0x48 ? LETTER_FIRST : code >= 0x31 && code <= 0x34 ? DIGIT_FIRST : WORDS;
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const [part, n, year] =
    re === LETTER_FIRST
      ? [m[1], Number(m[2]), m[3]]
      : re === DIGIT_FIRST
        ? [m[2], Number(m[1]), m[3]]
        : [m[2]?.[0]?.toUpperCase(), ORDINAL[(m[1] ?? '').toLowerCase()] ?? 0, m[3]];
  const digits = (year ?? '').replace("'", '');
  const fullYear = digits.length === 4 ? Number(digits) : 2000 + Number(digits);
  if (part === 'H' && n > 2) return undefined;
  const iso = `${fullYear}-${part === 'H' ? 'H' : 'Q'}${n}`;
  return plainCandidate(pos, re.lastIndex, null, 'date', lang, iso);
}

const LABEL = /(?:first|second|third|fourth|final|last) (?:quarter|half)(?![\w-])/iy;

/** Where "the third quarter", "the first half" end: a period label without its year, no figure (-1 if none). */
export function periodLabelEnd(text: string, pos: number): number {
  LABEL.lastIndex = pos;
  return LABEL.test(text) ? LABEL.lastIndex : -1;
}
