import { Lexicon, isWordChar } from './lexicon.js';
import { enCountWords, enDenominators, enTens, enUnits } from './lang/en.js';
import { zhBigUnits, zhDigits, zhSmallUnits } from './lang/zh.js';

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
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
export const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/** Separators accepted between groups of three digits; a plain space only in a strict layout. */
const GROUP_SEPARATORS = new Set([',', '\u202f', '\u00a0', '\u2009', "'"]);

/**
 * Digits with optional grouping and decimals at `pos` of the folded text (full-width digits
 * already folded to ASCII): `300,000`, `3.26`, `1 100 000`, `.5`.
 */
export function readDigits(folded: string, pos: number): NumberCore | undefined {
  let i = pos;
  const digitsStart = i;
  while (isDigit(folded.charCodeAt(i))) i++;
  let intDigits = folded.slice(digitsStart, i);
  let grouped = false;
  // groups of exactly three digits after a 1–3 digit head
  if (intDigits.length >= 1 && intDigits.length <= 3) {
    for (;;) {
      const sep = folded[i];
      if (sep === undefined) break;
      const isSpace = sep === ' ';
      if (!GROUP_SEPARATORS.has(sep) && !isSpace) break;
      if (!isDigit(folded.charCodeAt(i + 1)) || !isDigit(folded.charCodeAt(i + 2)) || !isDigit(folded.charCodeAt(i + 3))) break;
      if (isDigit(folded.charCodeAt(i + 4))) break;
      // "in 2021 300 000" is rare, "5 100-metre races" is not: a space groups only when the
      // group is followed by something that cannot start another number
      if (isSpace && (isDigit(folded.charCodeAt(i + 5)) || folded[i + 4] === '.' || folded[i + 4] === '-')) break;
      intDigits += folded.slice(i + 1, i + 4);
      i += 4;
      grouped = true;
    }
  }
  let decimals = '';
  if (folded[i] === '.' && isDigit(folded.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isDigit(folded.charCodeAt(j))) j++;
    decimals = folded.slice(i + 1, j);
    i = j;
  }
  if (intDigits === '' && decimals === '') return undefined;
  const value = Number(`${intDigits || '0'}.${decimals || '0'}`);
  return { start: pos, end: i, value, place: -decimals.length, form: 'digits', grouped };
}

const zhDigitLexicon = new Map(zhDigits);
const zhSmallUnitMap = new Map(zhSmallUnits);
const zhBigUnitMap = new Map(zhBigUnits);

/** Characters that can be part of a Chinese numeral. */
export const isZhNumeralChar = (ch: string): boolean =>
  zhDigitLexicon.has(ch) || zhSmallUnitMap.has(ch) || zhBigUnitMap.has(ch);

/**
 * A Chinese numeral at `pos`: 三万四千, 一千二百万, 两, 二〇二一 (digit by digit, as in years),
 * 一万五 (a trailing digit takes the place below the last unit: 15000). Returns undefined when
 * the run is only a section unit (万, 亿 alone are scale words, not numbers).
 */
export function readChineseNumeral(text: string, pos: number): NumberCore | undefined {
  let total = 0; // sum of completed sections times their big units
  let section = 0; // the current section below 万
  let digit: number | null = null;
  let lastUnit = 1; // the unit that came last, for the elided trailing digit
  let sawDigit = false;
  let positional = '';
  let onlyDigits = true;
  let i = pos;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    const d = zhDigitLexicon.get(ch);
    if (d !== undefined) {
      sawDigit = true;
      if (onlyDigits) {
        positional += String(d);
        digit = d;
      } else if (d === 0) {
        // 零 fills a gap and closes the elision: 一万零五 = 10005
        lastUnit = 1;
      } else if (digit !== null) {
        break; // 三万四五: an estimate of two digits, not one number
      } else {
        digit = d;
      }
      continue;
    }
    const small = zhSmallUnitMap.get(ch);
    if (small !== undefined) {
      if (onlyDigits && positional.length > 1) break; // 二〇二一十 is not a number
      onlyDigits = false;
      // 十 standing first means 一十
      const leadingTen = digit === null && section === 0 && total === 0 && i === pos;
      if (digit === null && !leadingTen) break;
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
      sawDigit = true;
      continue;
    }
    const big = zhBigUnitMap.get(ch);
    if (big !== undefined) {
      if (!sawDigit || (onlyDigits && positional.length > 1)) break;
      onlyDigits = false;
      const sectionValue = section + (digit ?? 0);
      // 一万亿: a big unit larger than all so far multiplies everything before it
      total = total !== 0 && total < big ? (total + sectionValue) * big : total + sectionValue * big;
      section = 0;
      digit = null;
      lastUnit = big;
      continue;
    }
    break;
  }
  if (!sawDigit) return undefined;
  if (onlyDigits) {
    return { start: pos, end: i, value: Number(positional), place: 0, form: 'zh', grouped: false };
  }
  let value = total + section;
  // 一万五 → 15000 (the digit takes the place below the unit); 三百零五 → 305
  if (digit !== null) value += digit * (lastUnit >= 10 ? lastUnit / 10 : 1);
  return { start: pos, end: i, value, place: lowestPlace(value), form: 'zh', grouped: false };
}

/** Power of ten of the lowest non-zero digit of an integer (30000 → 4). */
function lowestPlace(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 0;
  let p = 0;
  while (value % 10 ** (p + 1) === 0 && p < 15) p++;
  return p;
}

const unitWords = new Lexicon(enUnits, true);
const tensWords = new Lexicon(enTens, true);
const countWords = new Lexicon(enCountWords, true);
const denominators = new Lexicon(enDenominators, true);
const SCALE_WORDS = new Lexicon<number>(
  [['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]],
  true,
);

/** Skip one separator between number words: a space, a hyphen, or " and ". */
function skipJoiner(text: string, pos: number): number {
  if (text[pos] === '-' || text[pos] === ' ') {
    const next = pos + 1;
    if (text.slice(next, next + 4).toLowerCase() === 'and ') return next + 4;
    return next;
  }
  return pos;
}

/**
 * English number words at `pos` (a word start): "five", "twenty-one", "three hundred and
 * twelve", "two million", "a dozen", "one and a half", "one-fifth", "two thirds", "half".
 */
export function readEnglishNumber(text: string, pos: number): NumberCore | undefined {
  if (isWordChar(text.charCodeAt(pos - 1))) return undefined;
  // "a dozen", "a hundred", "a third", "a half"
  if ((text[pos] === 'a' || text[pos] === 'A') && text[pos + 1] === ' ') {
    const after = readEnglishNumber(text, pos + 2);
    const word = text.slice(pos + 2, after?.end ?? pos + 2).toLowerCase();
    if (after && (after.fraction || /^(dozen|hundred|thousand|million|billion|trillion|pair|couple)\b/.test(word))) {
      return { ...after, start: pos };
    }
    const denom = denominators.match(text, pos + 2, true);
    if (denom && !denom.key.endsWith('s')) {
      return { start: pos, end: denom.end, value: 1 / denom.value, place: -3, form: 'fraction', grouped: false, fraction: true };
    }
    return undefined;
  }
  const half = text.slice(pos, pos + 4).toLowerCase() === 'half' && !isWordChar(text.charCodeAt(pos + 4));
  if (half) return { start: pos, end: pos + 4, value: 0.5, place: -3, form: 'fraction', grouped: false, fraction: true };

  let total = 0;
  let current = 0;
  let end = pos;
  let i = pos;
  let words = 0;
  let place = 0;
  for (;;) {
    const tens = tensWords.match(text, i, true);
    const units = tens ? undefined : unitWords.match(text, i, true);
    const count = tens || units ? undefined : countWords.match(text, i, true);
    const scale = tens || units || count ? undefined : words > 0 ? SCALE_WORDS.match(text, i, true) : undefined;
    if (tens) {
      current += tens.value;
      end = tens.end;
      // twenty-one
      if (text[end] === '-') {
        const u = unitWords.match(text, end + 1, true);
        if (u && u.value < 10) {
          current += u.value;
          end = u.end;
        }
      }
    } else if (units) {
      current += units.value;
      end = units.end;
    } else if (count) {
      current = (current || 1) * count.value;
      end = count.end;
    } else if (scale) {
      if (scale.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale.value;
        current = 0;
      }
      place = Math.log10(scale.value);
      end = scale.end;
    } else break;
    words++;
    const next = skipJoiner(text, end);
    if (next === end) break;
    i = next;
  }
  if (words === 0) return undefined;
  const value = total + current;
  const core: NumberCore = { start: pos, end, value, place: value === 0 ? 0 : Math.min(place, lowestPlace(value)), form: 'words', grouped: false };
  return withFraction(text, core);
}

/** "one-fifth", "two thirds", "one and a half" after a word number. */
function withFraction(text: string, core: NumberCore): NumberCore {
  const sep = text[core.end];
  if (sep === '-' || sep === ' ') {
    const denom = denominators.match(text, core.end + 1, true);
    // "one fifth" but not "two seconds": denominators never include "second"
    if (denom && (core.value === 1) === !denom.key.endsWith('s') && core.value < denom.value) {
      return { ...core, end: denom.end, value: core.value / denom.value, place: -3, form: 'fraction', fraction: true };
    }
  }
  const andHalf = / and a half\b/iy;
  andHalf.lastIndex = core.end;
  if (andHalf.test(text)) return { ...core, end: andHalf.lastIndex, value: core.value + 0.5, place: -1 };
  return core;
}
