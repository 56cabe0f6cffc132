import { zhBigUnits, zhDecimalPoints, zhDigits, zhSmallUnits, zhTwoForms } from './lang/zh.js';
import { isDigit, lowestPlace, readDigits, type NumberCore } from './numbers.js';

const zhDigitMap = new Map(zhDigits);
const zhSmallUnitMap = new Map(zhSmallUnits);
const zhBigUnitMap = new Map(zhBigUnits);
const decimalPoints = new Set(zhDecimalPoints);
const twoForms = new Set(zhTwoForms);

/** Characters that can be part of a Chinese numeral, flagged by char code (no string per lookup). */
const numeralCodes = new Uint8Array(0x10000);
for (const [c] of [...zhDigits, ...zhSmallUnits, ...zhBigUnits]) numeralCodes[c.charCodeAt(0)] = 1;
export const isZhNumeralCode = (code: number): boolean => numeralCodes[code] === 1;
export const isZhNumeralChar = (ch: string): boolean => ch.length === 1 && numeralCodes[ch.charCodeAt(0)] === 1;

export interface ZhNumeralOptions {
  /** Arabic digit runs stand for section digits: 3万4000, 1千零20, 25万6千, 7 萬5 千4 百 */
  arabic?: boolean;
  /** a unit word starting here owns the character (兆 in 兆字节 is mega, not 10^12): stop before it */
  stopAt?: (text: string, pos: number) => boolean;
  /** a unit word of two or more characters starts here (千瓦时, 千米): 七百三十一千瓦时 is 731 kWh */
  unitStarts?: (text: string, pos: number) => boolean;
}

/** Spaces inside a numeral ("两千 四 百 五"): at most two, never a line break. */
function skipInnerSpace(text: string, pos: number): number {
  let i = pos;
  while (i - pos < 2 && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i;
}

/**
 * A Chinese numeral at `pos`, read as sections of up to four digits times 万/亿:
 *
 *     三万四千 · 一千二百万 · 四百零五亿零四百零四万 · 一万万 (10^8) · 一万五 (15000, the digit
 *     takes the place below the last unit) · 百二萬 (1 200 000) · 二〇二一 (digit by digit) ·
 *     三点五 / 三点五亿 / 两千万点五五四四 (decimals after 点) · 3万4000 (with `arabic`)
 *
 * The numeral ends where the next character cannot continue it grammatically: a unit no smaller
 * than the one before it in the section (三千五千), a second digit without a unit (三四: an
 * estimate), a trailing 零, or 两 where an elided digit would stand (一万两: 两 is the tael).
 * Returns undefined when no digit is stated (万, 百 alone are words or scales, not numbers).
 */
export function readChineseNumeral(text: string, pos: number, options: ZhNumeralOptions = {}): NumberCore | undefined {
  let total = 0; // completed sections times their big units
  let section = 0; // the current section below 万
  let digit: number | null = null; // a digit waiting for its unit
  let digitStart = pos;
  let digitZh = false; // the waiting digit is one Chinese character (may be elided: 一万五)
  let digitTwo = false; // … and it is 两, which never stands elided
  let lastSmall = 0; // the last small unit of this section: the next must be smaller
  let lastBig = Infinity;
  let lastUnit = 1;
  let afterZero = false;
  let sawDigit = false;
  let sawUnit = false;
  let positional = '';
  let writtenPlace: number | undefined;
  let end = pos;
  let i = pos;
  const dropDigit = (): void => {
    digit = null;
    end = digitStart;
  };
  for (;;) {
    if (i >= text.length) break;
    let ch = text[i] as string;
    if (ch === ' ' || ch === '\u00a0') {
      // a space continues a numeral only before a unit after a digit ("7 万", "四 百"), or before a
      // digit once a unit was read ("两千 四"); never inside digit-by-digit runs
      const j = skipInnerSpace(text, i);
      const next = text[j] ?? '';
      const unitNext = zhSmallUnitMap.has(next) || zhBigUnitMap.has(next);
      const digitNext = zhDigitMap.has(next) || (options.arabic === true && isDigit(text.charCodeAt(j)));
      if (!((unitNext && digit !== null) || (digitNext && sawUnit && digit === null))) break;
      i = j;
      ch = next;
    }
    const d = zhDigitMap.get(ch);
    if (d !== undefined) {
      if (!sawUnit) {
        if (positional !== '' && (twoForms.has(ch) || digitTwo)) break; // 两两, 两三: not one number
        if (digit !== null && !digitZh) break; // 3五
        positional += String(d);
        digit = d;
        digitStart = i;
        digitZh = true;
        digitTwo = twoForms.has(ch);
      } else if (d === 0) {
        // 零 fills a gap and closes the elision: 一万零五 = 10005; a trailing 零 is not read
        if (digit !== null) break;
        afterZero = true;
        lastUnit = 1;
        i++;
        continue;
      } else {
        if (digit !== null) break; // 三万四五: an estimate of two digits, not one number
        digit = d;
        digitStart = i;
        digitZh = true;
        digitTwo = twoForms.has(ch);
      }
      sawDigit = true;
      end = i + 1;
      i++;
      continue;
    }
    if (options.arabic && isDigit(text.charCodeAt(i))) {
      if (digit !== null || (!sawUnit && positional !== '')) break;
      const run = readDigits(text, i);
      if (!run || run.place < 0) {
        if (!sawUnit) return undefined; // 3.26亿 is digits and a scale word, read elsewhere
        break;
      }
      // after a unit the run is the rest of the section or number: 3万4000, 1千零20
      if (sawUnit && run.value >= Math.min(lastUnit === 1 ? lastSmall || lastBig : lastUnit, lastBig)) break;
      digit = run.value;
      digitStart = i;
      // a lone digit after a unit is elided as a Chinese one is: 3万5 = 35000 (as 三万五), 3万4000 is not
      digitZh = run.end - i === 1 && sawUnit;
      digitTwo = false;
      sawDigit = true;
      end = run.end;
      i = run.end;
      continue;
    }
    const small = zhSmallUnitMap.get(ch);
    if (small !== undefined) {
      if (!sawUnit && positional.length > 1) break; // 二〇二一十 is not a number
      if (digit === null) {
        // 十 standing first means 一十, and so does 十 after 零 (一千零十二); 百 and 千 stand
        // first only before a digit or a big unit (百二萬, 百万), never alone (百姓, 百分点)
        const next = text[i + 1] ?? '';
        const leading = !sawDigit && i === pos;
        const ten = small === 10 && (leading || afterZero);
        const hundreds = leading && small > 10 && (zhDigitMap.has(next) || zhBigUnitMap.has(next));
        if (!ten && !hundreds) break;
      } else if (!digitZh && digit >= 10) {
        dropDigit(); // 25千: not a section digit
        break;
      }
      if (lastSmall !== 0 && small >= lastSmall) {
        if (digit !== null && !options.unitStarts?.(text, i)) dropDigit();
        break;
      }
      if (options.stopAt?.(text, i)) break;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      lastUnit = small;
      afterZero = false;
      sawDigit = true;
      sawUnit = true;
      end = i + 1;
      i++;
      continue;
    }
    const big = zhBigUnitMap.get(ch);
    if (big !== undefined) {
      // 一五〇〇億, 六三四億: digits written one by one before a big unit (three or more, or with
      // 〇: 三四万 is an estimate, thirty to forty thousand)
      if (
        !sawUnit &&
        (positional.length > 2 || (positional.length === 2 && positional.includes('0'))) &&
        digit !== null
      ) {
        total = Number(positional) * big;
        writtenPlace = Math.log10(big);
        digit = null;
        sawUnit = true;
        lastBig = big;
        lastUnit = big;
        end = i + 1;
        i++;
        continue;
      }
      if (!sawDigit || (!sawUnit && positional.length > 1)) break;
      if (options.stopAt?.(text, i)) break;
      let sectionValue = section;
      // 7000亿: digits written out before the big unit are each a place, as "7,000 million" is to the million
      writtenPlace =
        total === 0 && section === 0 && digit !== null && !digitZh && positional === '' ? Math.log10(big) : undefined;
      if (digit !== null) {
        // 百二萬: the digit after a small unit takes the place below it (120 万)
        sectionValue +=
          digitZh && !afterZero && lastUnit >= 10 && lastUnit < 1e4 && !digitTwo ? (digit * lastUnit) / 10 : digit;
      }
      if (sectionValue === 0 && digit === null) {
        if (section === 0 && total !== 0)
          total *= big; // 一万万, 十万亿
        else break;
      } else if (total !== 0 && big >= lastBig) {
        total = (total + sectionValue) * big; // 一万五千亿: a larger unit multiplies all before it
      } else {
        total += sectionValue * big;
      }
      section = 0;
      digit = null;
      lastSmall = 0;
      lastBig = big;
      lastUnit = big;
      afterZero = false;
      sawUnit = true;
      end = i + 1;
      i++;
      continue;
    }
    break;
  }
  if (!sawDigit) return undefined;
  if (options.arabic && !sawUnit) return undefined; // plain digits: readDigits reads them
  let place: number | undefined;
  let value: number;
  if (!sawUnit) {
    value = Number(positional);
    place = 0;
  } else {
    value = total + section;
    if (section === 0 && digit === null) place = writtenPlace;
    if (digit !== null) {
      if (afterZero || lastUnit === 1 || !digitZh) value += digit;
      else if (!digitTwo) {
        // 一万五 → 15000; 三百五 → 350
        value += (digit * lastUnit) / 10;
        place = Math.log10(lastUnit / 10);
      } else dropDigit(); // 一万两: the 两 is a tael, not an elided 2000
    }
  }
  const core: NumberCore = { start: pos, end, value, place: place ?? lowestPlace(value), form: 'zh', grouped: false };
  return readDecimals(text, core, sawUnit && total !== 0);
}

/**
 * 点 and the digits after it: 三点五, 十点二三三, 两千万点五五四四. A big unit after the decimals
 * scales the whole number when none came before (三点五亿 = 3.5 × 10^8). Clock times are not
 * decimals: 三点十分, 三点五十分, 三点一刻 stop before 点.
 */
function readDecimals(text: string, core: NumberCore, hadBig: boolean): NumberCore {
  // spaces may stand around 点 as around the units (六 点 五, 百分之一 点五)
  const point = skipInnerSpace(text, core.end);
  if (!decimalPoints.has(text[point] ?? '')) return core;
  // "二.三季度" opening a line is a list marker before a word, no decimal
  if (text[point] === '.' && opensLine(text, core.start)) return core;
  let i = skipInnerSpace(text, point + 1);
  let digits = '';
  while (i < text.length) {
    const d = zhDigitMap.get(text[i] as string);
    if (d === undefined || twoForms.has(text[i] as string)) break;
    digits += String(d);
    i++;
  }
  if (digits === '') return core;
  const after = text[i] ?? '';
  if (
    zhSmallUnitMap.has(after) ||
    after === '刻' ||
    after === '钟' ||
    after === '鐘' ||
    (after === '分' && text[i + 1] !== '之')
  )
    return core;
  let value = Number(`${core.value}.${digits}`);
  let place = -digits.length;
  let end = i;
  const big = zhBigUnitMap.get(after);
  if (big !== undefined && !hadBig && core.value < 1e4) {
    value = Number(`${value}e${Math.log10(big)}`);
    place += Math.log10(big);
    end = i + 1;
  }
  return { ...core, end, value, place };
}

/** Whether only spaces stand between `pos` and the start of its line or block. */
export function opensLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2029';
}
