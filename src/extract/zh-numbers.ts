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
  const r = new NumeralReading(text, pos, options);
  for (let i = pos; i < text.length;) {
    let ch = text[i] as string;
    if (ch === ' ' || ch === '\u00a0') {
      const j = r.spaceEnd(i);
      if (j < 0) break;
      i = j;
      ch = text[j] as string;
    }
    const d = zhDigitMap.get(ch);
    const small = d === undefined ? zhSmallUnitMap.get(ch) : undefined;
    const big = d === undefined && small === undefined ? zhBigUnitMap.get(ch) : undefined;
    let next: number;
    if (d !== undefined) next = r.chineseDigit(ch, d, i);
    else if (options.arabic && isDigit(text.charCodeAt(i))) next = r.arabicRun(i);
    else if (small !== undefined) next = r.smallUnit(small, i);
    else if (big !== undefined) next = r.bigUnit(big, i);
    else break;
    if (next === NOT_A_NUMERAL) return undefined;
    if (next === STOP) break;
    i = next;
  }
  return r.finish();
}

/** What a reading step returns instead of the next position: the numeral ends; there is none. */
const STOP = -1;
const NOT_A_NUMERAL = -2;

/** The state of a numeral as its characters are read, a method per kind of character. */
class NumeralReading {
  /** completed sections times their big units */
  total = 0;
  /** the current section below 万 */
  section = 0;
  /** a digit waiting for its unit */
  digit: number | null = null;
  digitStart: number;
  /** the waiting digit is one Chinese character (may be elided: 一万五) … */
  digitZh = false;
  /** … and it is 两, which never stands elided */
  digitTwo = false;
  /** the last small unit of this section: the next must be smaller */
  lastSmall = 0;
  lastBig = Infinity;
  /** the first small unit, the head's when no big unit follows (三百五) */
  headSmall = 0;
  lastUnit = 1;
  afterZero = false;
  sawDigit = false;
  sawUnit = false;
  positional = '';
  writtenPlace: number | undefined;
  end: number;

  constructor(
    readonly text: string,
    readonly pos: number,
    readonly options: ZhNumeralOptions,
  ) {
    this.digitStart = pos;
    this.end = pos;
  }

  private dropDigit(): void {
    this.digit = null;
    this.end = this.digitStart;
  }

  /**
   * A space continues a numeral only before a unit after a digit ("7 万", "四 百"), or before a
   * digit once a unit was read ("两千 四"); never inside digit-by-digit runs. Where it goes on, or STOP.
   */
  spaceEnd(i: number): number {
    const j = skipInnerSpace(this.text, i);
    const next = this.text[j] ?? '';
    const unitNext = zhSmallUnitMap.has(next) || zhBigUnitMap.has(next);
    const digitNext = zhDigitMap.has(next) || (this.options.arabic === true && isDigit(this.text.charCodeAt(j)));
    return (unitNext && this.digit !== null) || (digitNext && this.sawUnit && this.digit === null) ? j : STOP;
  }

  chineseDigit(ch: string, d: number, i: number): number {
    if (!this.sawUnit) {
      if (this.positional !== '' && (twoForms.has(ch) || this.digitTwo)) return STOP; // 两两, 两三: not one number
      if (this.digit !== null && !this.digitZh) return STOP; // 3五
      this.positional += String(d);
    } else if (d === 0) {
      // 零 fills a gap and closes the elision: 一万零五 = 10005; a trailing 零 is not read
      if (this.digit !== null) return STOP;
      this.afterZero = true;
      this.lastUnit = 1;
      return i + 1;
    } else if (this.digit !== null) return STOP; // 三万四五: an estimate of two digits, not one number
    this.digit = d;
    this.digitStart = i;
    this.digitZh = true;
    this.digitTwo = twoForms.has(ch);
    this.sawDigit = true;
    this.end = i + 1;
    return i + 1;
  }

  /** Arabic digits standing for section digits: 3万4000, 1千零20. */
  arabicRun(i: number): number {
    if (this.digit !== null || (!this.sawUnit && this.positional !== '')) return STOP;
    const run = readDigits(this.text, i);
    // 3.26亿 is digits and a scale word, read elsewhere
    if (!run || run.place < 0) return this.sawUnit ? STOP : NOT_A_NUMERAL;
    // after a unit the run is the rest of the section or number: 3万4000, 1千零20
    const below = Math.min(this.lastUnit === 1 ? this.lastSmall || this.lastBig : this.lastUnit, this.lastBig);
    if (this.sawUnit && run.value >= below) return STOP;
    this.digit = run.value;
    this.digitStart = i;
    // a lone digit after a unit is elided as a Chinese one is: 3万5 = 35000 (as 三万五), 3万4000 is not
    this.digitZh = run.end - i === 1 && this.sawUnit;
    this.digitTwo = false;
    this.sawDigit = true;
    this.end = run.end;
    return run.end;
  }

  smallUnit(small: number, i: number): number {
    const { text, options } = this;
    if (!this.sawUnit && this.positional.length > 1) return STOP; // 二〇二一十 is not a number
    if (this.digit === null) {
      // 十 standing first means 一十, and so does 十 after 零 (一千零十二); 百 and 千 stand
      // first only before a digit or a big unit (百二萬, 百万), never alone (百姓, 百分点)
      const next = text[i + 1] ?? '';
      const leading = !this.sawDigit && i === this.pos;
      const ten = small === 10 && (leading || this.afterZero);
      const hundreds = leading && small > 10 && (zhDigitMap.has(next) || zhBigUnitMap.has(next));
      if (!ten && !hundreds) return STOP;
    } else if (!this.digitZh && this.digit >= 10) {
      this.dropDigit(); // 25千: not a section digit
      return STOP;
    }
    if (this.lastSmall !== 0 && small >= this.lastSmall) {
      if (this.digit !== null && !options.unitStarts?.(text, i)) this.dropDigit();
      return STOP;
    }
    if (options.stopAt?.(text, i)) return STOP;
    this.section += (this.digit ?? 1) * small;
    this.digit = null;
    this.headSmall ||= small;
    this.lastSmall = small;
    this.lastUnit = small;
    this.afterZero = false;
    this.sawDigit = true;
    this.sawUnit = true;
    this.end = i + 1;
    return i + 1;
  }

  bigUnit(big: number, i: number): number {
    const positional = this.positional;
    // 一五〇〇億, 六三四億: digits written one by one before a big unit (three or more, or with
    // 〇: 三四万 is an estimate, thirty to forty thousand)
    if (
      !this.sawUnit &&
      (positional.length > 2 || (positional.length === 2 && positional.includes('0'))) &&
      this.digit !== null
    ) {
      this.total = Number(positional) * big;
      this.writtenPlace = Math.log10(big);
      this.digit = null;
      return this.closeBig(big, i);
    }
    if (!this.sawDigit || (!this.sawUnit && positional.length > 1)) return STOP;
    if (this.options.stopAt?.(this.text, i)) return STOP;
    const { digit, section } = this;
    let sectionValue = section;
    // 7000亿: digits written out before the big unit are each a place, as "7,000 million" is to the million
    this.writtenPlace =
      this.total === 0 && section === 0 && digit !== null && !this.digitZh && positional === ''
        ? Math.log10(big)
        : undefined;
    if (digit !== null) {
      // 百二萬: the digit after a small unit takes the place below it (120 万)
      const below = this.digitZh && !this.afterZero && this.lastUnit >= 10 && this.lastUnit < 1e4 && !this.digitTwo;
      sectionValue += below ? (digit * this.lastUnit) / 10 : digit;
    }
    if (sectionValue === 0 && digit === null) {
      if (section !== 0 || this.total === 0) return STOP;
      this.total *= big; // 一万万, 十万亿
    } else if (this.total !== 0 && big >= this.lastBig) {
      this.total = (this.total + sectionValue) * big; // 一万五千亿: a larger unit multiplies all before it
    } else {
      this.total += sectionValue * big;
    }
    this.section = 0;
    this.digit = null;
    this.lastSmall = 0;
    this.afterZero = false;
    return this.closeBig(big, i);
  }

  private closeBig(big: number, i: number): number {
    this.sawUnit = true;
    this.lastBig = big;
    this.lastUnit = big;
    this.end = i + 1;
    return i + 1;
  }

  finish(): NumberCore | undefined {
    if (!this.sawDigit) return undefined;
    if (this.options.arabic && !this.sawUnit) return undefined; // plain digits: readDigits reads them
    let place: number | undefined;
    let value: number;
    if (!this.sawUnit) {
      value = Number(this.positional);
      place = 0;
    } else {
      value = this.total + this.section;
      if (this.section === 0 && this.digit === null) place = this.writtenPlace;
      const digit = this.digit;
      if (digit !== null) {
        if (this.afterZero || this.lastUnit === 1 || !this.digitZh) value += digit;
        else if (!this.digitTwo) {
          // 一万五 → 15000; 三百五 → 350
          value += (digit * this.lastUnit) / 10;
          place = Math.log10(this.lastUnit / 10);
        } else this.dropDigit(); // 一万两: the 两 is a tael, not an elided 2000
      }
    }
    const core: NumberCore = {
      start: this.pos,
      end: this.end,
      value,
      place: place ?? lowestPlace(value),
      form: 'zh',
      grouped: false,
    };
    const scale = this.lastBig !== Infinity ? this.lastBig : this.headSmall >= 100 ? this.headSmall : 0;
    if (scale) core.scale = scale;
    return readDecimals(this.text, core, this.sawUnit && this.total !== 0);
  }
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
    return { ...core, end, value, place, scale: big };
  }
  return { ...core, end, value, place };
}

/** Whether only spaces stand between `pos` and the start of its line or block. */
export function opensLine(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2029';
}
