import { isDigit, readDigits } from './digits.js';
import { isWordChar } from './lexicon.js';

/**
 * A number as written, before any unit or scale word: `[start, end)` in the text, its value,
 * and `place`, the power of ten of the last digit it states (3.7 → -1, 300 → 0, 三万 → 4), from
 * which the interval of the stated precision follows.
 */
export interface NumberCore {
  start: number;
  end: number;
  value: number;
  place: number;
  form: 'digits' | 'zh' | 'words' | 'fraction';
  /** digits written with thousands separators ("300,000") */
  grouped: boolean;
  /** the number is a fraction word or X分之Y: value is the ratio */
  fraction?: boolean;
  /** the scale word inside the number its head is counted in (五万, 1.5亿, 三百, five million): what a bare range start before it borrows */
  scale?: number;
}

export { isDigit, readDigits, useNumberStyle } from './digits.js';

/** Unicode fraction characters: ½ ¼ ¾ ⅓ … */
export const VULGAR_FRACTIONS = new Map<string, number>([
  ['½', 1 / 2],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);

/**
 * A fraction in digits after an integer core: "3/4", "1 1/2", "2½". A slash pair reads as a
 * fraction only when the numerator is below the denominator (5/10/2023 is a date and was read
 * before; 24/7 is not a fraction) and nothing numeric follows.
 */
export function withDigitFraction(text: string, core: NumberCore): NumberCore {
  if (core.form !== 'digits' || core.place !== 0 || core.grouped) return core;
  // "2½", and "6 ½" with the space print often puts before the fraction
  const spaced = text[core.end] === ' ' && VULGAR_FRACTIONS.has(text[core.end + 1] ?? '') ? 1 : 0;
  const vulgar = VULGAR_FRACTIONS.get(text[core.end + spaced] ?? '');
  if (vulgar !== undefined)
    return { ...core, end: core.end + spaced + 1, value: core.value + vulgar, place: -3, fraction: core.value === 0 };
  const slash = readSlash(text, core.end, core.value);
  if (slash) return { ...core, end: slash.end, value: slash.value, place: -3, form: 'fraction', fraction: true };
  // "1 1/2": a whole number and a proper fraction
  if (text[core.end] === ' ' && isDigit(text.charCodeAt(core.end + 1))) {
    const numerator = readDigits(text, core.end + 1);
    if (numerator && numerator.place === 0 && !numerator.grouped) {
      const part = readSlash(text, numerator.end, numerator.value);
      if (part && part.value < 1) return { ...core, end: part.end, value: core.value + part.value, place: -3 };
    }
  }
  return core;
}

/** The ends of a match's periods, after which "+N" counts minutes of added time. */
const PERIOD_ENDS = new Set([45, 90, 105, 120]);
const ADDED_TIME = /\+(\d{1,2})(?=\s?(?:分钟|分鐘|分|min|mins|minutes?|'|′|th\b|st\b|nd\b|rd\b))/y;

/** "90+8分钟", "the 45+2nd minute", "90+3'": added time after a period's end is one minute count. */
export function withAddedTime(text: string, core: NumberCore): NumberCore {
  if (core.form !== 'digits' || core.place !== 0 || text[core.end] !== '+' || !PERIOD_ENDS.has(core.value)) return core;
  ADDED_TIME.lastIndex = core.end;
  const m = ADDED_TIME.exec(text);
  return m ? { ...core, end: ADDED_TIME.lastIndex, value: core.value + Number(m[1]) } : core;
}

function readSlash(text: string, pos: number, numerator: number): { value: number; end: number } | undefined {
  if (text[pos] !== '/' || !isDigit(text.charCodeAt(pos + 1))) return undefined;
  let i = pos + 1;
  while (isDigit(text.charCodeAt(i))) i++;
  if (text[i] === '/' || (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) || isWordChar(text.charCodeAt(i)))
    return undefined;
  const denominator = Number(text.slice(pos + 1, i));
  if (denominator === 0 || numerator >= denominator || i - pos > 4) return undefined;
  return { value: numerator / denominator, end: i };
}

// Chinese numerals (三万四千, 3万4000, 三点五) are read in zh-numbers.ts
export { isZhNumeralChar, readChineseNumeral } from './zh-numbers.js';

/** Power of ten of the lowest non-zero digit of an integer (30000 → 4). */
export function lowestPlace(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 0;
  let p = 0;
  while (value % 10 ** (p + 1) === 0 && p < 15) p++;
  return p;
}

// English numbers in words are read in number-words.ts
export { markEnglishNumberStarts, readEnglishNumber } from './number-words.js';
export { andFraction, withOver } from './word-fractions.js';
