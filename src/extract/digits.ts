import type { NumberCore } from './numbers.js';

/*
 * Numbers written in digits: grouping (by the document's style), decimals and exponents.
 */

/** How the document being read writes its numbers (conventions.ts decides it, once per document). */
export interface NumberStyle {
  spaceGroups: boolean;
  decimalComma: boolean;
}
let style: NumberStyle = { spaceGroups: false, decimalComma: false };
/** Read the next document's digits in `next`'s style. */
export function useNumberStyle(next: NumberStyle): void {
  if (next.spaceGroups === style.spaceGroups && next.decimalComma === style.decimalComma) return;
  style = { spaceGroups: next.spaceGroups, decimalComma: next.decimalComma };
  lastDigits.pos = -1;
}

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
export const isDigit = (code: number): boolean => code >= DIGIT_0 && code <= DIGIT_9;

/** Separators accepted between groups of three digits; a plain space only in a strict layout. */
const GROUP_SEPARATORS = new Set([',', '\u202f', '\u00a0', '\u2009', "'"]);

/**
 * Digits with optional grouping and decimals at `pos` of the folded text (full-width digits
 * already folded to ASCII): `300,000`, `3.26`, `1 100 000`, `.5`. The grammar asks for the same
 * digits several times (as a day, a date part, the number): the last answer is kept, and shared,
 * as every core is, unchanged.
 */
export function readDigits(folded: string, pos: number): NumberCore | undefined {
  if (pos !== lastDigits.pos || folded !== lastDigits.text) {
    lastDigits.core = readDigitsAt(folded, pos);
    lastDigits.pos = pos;
    lastDigits.text = folded;
  }
  return lastDigits.core;
}
const lastDigits: { text: string; pos: number; core: NumberCore | undefined } = { text: '', pos: -1, core: undefined };

function readDigitsAt(folded: string, pos: number): NumberCore | undefined {
  let i = pos;
  // the integer digits' value as they are read: exact up to 15 digits, so most numbers are never
  // sliced and parsed
  let whole = 0;
  for (let code = folded.charCodeAt(i); isDigit(code); code = folded.charCodeAt(++i))
    whole = whole * 10 + (code - DIGIT_0);
  const head = i - pos;
  const sep = folded.charCodeAt(i);
  if (head >= 1 && head <= 15 && !mayContinue(sep)) {
    return withExponent(folded, { start: pos, end: i, value: whole, place: -0, form: 'digits', grouped: false });
  }
  const digitsStart = pos;
  let intDigits = folded.slice(digitsStart, i);
  let grouped = false;
  // groups of exactly three digits after a 1–3 digit head; Indian groups of two before the last three
  const indian = intDigits.length <= 2 && !style.decimalComma ? indianGroupsEnd(folded, i) : -1;
  if (indian > 0) {
    intDigits += folded.slice(i, indian).replaceAll(',', '');
    i = indian;
    grouped = true;
  } else if (intDigits.length >= 1 && intDigits.length <= 3) {
    const taken = readGroups(folded, i);
    if (taken.end > i) {
      intDigits += taken.digits;
      i = taken.end;
      grouped = true;
    }
  }
  // "1.234.567", "1.000.000,50": two or more groups after points group thousands (one is a
  // decimal), or one in a text that writes decimal commas
  let dotted = false;
  if (!grouped && intDigits.length <= 3 && isDotGroup(folded, i) && (style.decimalComma || isDotGroup(folded, i + 4))) {
    while (isDotGroup(folded, i)) {
      intDigits += folded.slice(i + 1, i + 4);
      i += 4;
    }
    if (isDigit(folded.charCodeAt(i)) || (folded[i] === '.' && isDigit(folded.charCodeAt(i + 1)))) return undefined;
    grouped = true;
    dotted = true;
  }
  let decimals = '';
  // "5,00", "7,50 euros": a comma before exactly two digits, ungrouped, is a decimal comma
  // (in a text that writes decimal commas, any comma before digits)
  // (and "3,5 million", "2,5%": one digit after a comma groups nothing; before a scale or a percent
  // sign it is a decimal, not a list)
  const decimalComma = style.decimalComma
    ? folded[i] === ',' && isDigit(folded.charCodeAt(i + 1))
    : (dotted || (!grouped && intDigits.length <= 3)) &&
      folded[i] === ',' &&
      isDigit(folded.charCodeAt(i + 1)) &&
      ((isDigit(folded.charCodeAt(i + 2)) &&
        !isDigit(folded.charCodeAt(i + 3)) &&
        folded[i + 3] !== ',' &&
        !(folded[i + 3] === '.' && isDigit(folded.charCodeAt(i + 4)))) ||
        (!isDigit(folded.charCodeAt(i + 2)) && SCALE_OR_PERCENT.test(folded.slice(i + 2, i + 12))));
  if (((folded[i] === '.' && !dotted) || decimalComma) && isDigit(folded.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isDigit(folded.charCodeAt(j))) j++;
    decimals = folded.slice(i + 1, j);
    i = j;
  }
  if (intDigits === '' && decimals === '') return undefined;
  const value =
    intDigits.length + decimals.length <= 15
      ? decimalValue(intDigits, decimals)
      : Number(`${intDigits || '0'}.${decimals || '0'}`);
  const core: NumberCore = { start: pos, end: i, value, place: -decimals.length, form: 'digits', grouped };
  return grouped ? core : withExponent(folded, core);
}

/**
 * The thousands groups after the head digits, from `i`: ",000", " 000" and the like. A plain
 * space groups in a chain of groups ("26 779 025"), in a text that groups with spaces, or before
 * what cannot start another number ("in 2021 300 000" is rare, "5 100-metre races" is not). A
 * group that opens with 0 after ", " is a typed-apart group ("629, 088"): no number opens with 0.
 */
function readGroups(folded: string, from: number): { digits: string; end: number } {
  let i = from;
  let digits = '';
  let spaced = false;
  for (;;) {
    const sep = folded[i];
    if (sep === undefined || (sep === ',' && style.decimalComma)) break;
    if (sep === ',' && folded[i + 1] === ' ' && folded[i + 2] === '0' && isGroup(folded, i + 2)) {
      digits += folded.slice(i + 2, i + 5);
      i += 5;
      continue;
    }
    const isSpace = sep === ' ';
    if ((!GROUP_SEPARATORS.has(sep) && !isSpace) || !isGroup(folded, i + 1)) break;
    if (isSpace && !spaced && !(folded[i + 4] === ' ' && isGroup(folded, i + 5))) {
      // "5 100-metre races" in any text; "2 316.4" only where spaces group thousands
      if (folded[i + 4] === '-' || (!style.spaceGroups && (isDigit(folded.charCodeAt(i + 5)) || folded[i + 4] === '.')))
        break;
    }
    if (isSpace) spaced = true;
    digits += folded.slice(i + 1, i + 4);
    i += 4;
  }
  return { digits, end: i };
}

/** Exactly three digits at `i`, no fourth. */
const isGroup = (text: string, i: number): boolean =>
  isDigit(text.charCodeAt(i)) &&
  isDigit(text.charCodeAt(i + 1)) &&
  isDigit(text.charCodeAt(i + 2)) &&
  !isDigit(text.charCodeAt(i + 3));

/** Where Indian grouping after the head ends ("12,34,567": ",34,567"), or -1: groups of two, then three. */
function indianGroupsEnd(text: string, i: number): number {
  let j = i;
  while (text[j] === ',' && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && text[j + 3] === ',')
    j += 3;
  return j > i && text[j] === ',' && isGroup(text, j + 1) ? j + 4 : -1;
}

/** What makes one digit after a comma a decimal: a scale word or a percent sign after it. */
const SCALE_OR_PERCENT = /^ ?(?:%|per ?cent|percent|million|billion|trillion|thousand|mn\b|bn\b|tn\b|Mrd|万|亿|億)/i;

/** A point and exactly three digits at `i`: ".234" of "1.234.567". */
const isDotGroup = (text: string, i: number): boolean =>
  text[i] === '.' &&
  isDigit(text.charCodeAt(i + 1)) &&
  isDigit(text.charCodeAt(i + 2)) &&
  isDigit(text.charCodeAt(i + 3)) &&
  !isDigit(text.charCodeAt(i + 4));

/** Powers of ten that a double holds exactly. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of `intDigits.decimals` with at most 15 digits in all, without parsing a string: the
 * digits as an integer are exact, and one division of two exact numbers rounds correctly, as
 * `Number()` of the decimal string does.
 */
function decimalValue(intDigits: string, decimals: string): number {
  let n = 0;
  for (let k = 0; k < intDigits.length; k++) n = n * 10 + (intDigits.charCodeAt(k) - DIGIT_0);
  for (let k = 0; k < decimals.length; k++) n = n * 10 + (decimals.charCodeAt(k) - DIGIT_0);
  return decimals.length === 0 ? n : n / (POW10[decimals.length] as number);
}

/**
 * Whether the character after the integer digits may continue the number: a group separator
 * (GROUP_SEPARATORS or a space) or a decimal point. Anything else, and the digits are the number.
 */
const mayContinue = (code: number): boolean =>
  code === 0x2c ||
  code === 0x2e ||
  code === 0x20 ||
  code === 0x27 ||
  code === 0xa0 ||
  code === 0x202f ||
  code === 0x2009;

// 1.3x10^6, 2.48×10−5, 12.32e+14: a power of ten written after the digits
const TIMES_TEN = /\s?[x×]\s?10(?:\^([-−+]?\d{1,3})|([-−]\d{1,3}))(?![\w.])/y;
// 8x2^10: a power of another base
const TIMES_POWER = /\s?[x×]\s?(\d{1,3})\^([-−+]?\d{1,3})(?![\w.^])/y;
const E_NOTATION = /[eE]([-+]?\d{1,3})(?![\w.])/y;
// 2^10, 1.1^+23, 2500^-1: a power written with a caret
const POWER = /\^([-−+]?\d{1,3})(?![\w.^])/y;

/** A digits core with an exponent after it, or the core unchanged. */
function withExponent(text: string, core: NumberCore): NumberCore {
  const c = text.charCodeAt(core.end);
  if (c === 0x5e) {
    POWER.lastIndex = core.end;
    const m = POWER.exec(text);
    if (!m) return core;
    const value = core.value ** Number((m[1] ?? '1').replace('−', '-'));
    // a computed power states no last digit: keep twelve significant ones
    return Number.isFinite(value)
      ? { ...core, end: POWER.lastIndex, value, place: Math.floor(Math.log10(Math.abs(value) || 1)) - 12 }
      : core;
  }
  // e or E, or × or x (a space before it)
  const times = c === 0x20 ? text.charCodeAt(core.end + 1) : c;
  if (c !== 0x65 && c !== 0x45 && times !== 0x78 && times !== 0xd7) return core;
  TIMES_POWER.lastIndex = core.end;
  const power = times === 0x78 || times === 0xd7 ? TIMES_POWER.exec(text) : null;
  if (power && power[1] !== '10') {
    const value = core.value * Number(power[1]) ** Number((power[2] ?? '1').replace('−', '-'));
    if (Number.isFinite(value)) return { ...core, end: TIMES_POWER.lastIndex, value, place: Math.min(core.place, 0) };
  }
  for (const re of [TIMES_TEN, E_NOTATION]) {
    re.lastIndex = core.end;
    const m = re.exec(text);
    if (!m) continue;
    const exponent = Number((m[1] ?? m[2] ?? '0').replace('−', '-'));
    return { ...core, end: re.lastIndex, value: Number(`${core.value}e${exponent}`), place: core.place + exponent };
  }
  return core;
}
