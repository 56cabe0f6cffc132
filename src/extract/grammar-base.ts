import type { FigureKind, Qualifier } from '../types.js';
import type { Conventions } from './conventions.js';
import type { CompiledLanguage } from './lang/compiled.js';

/** What the grammar reads a number in: the text, the sentence's language and bounds, the document's conventions. */

export interface GrammarContext {
  text: string;
  lang: CompiledLanguage;
  /** end of the sentence the number stands in: nothing is read past it */
  limit: number;
  /** start of the sentence */
  floor: number;
  /** how the document writes numbers and what its bare currency signs mean */
  conventions: Conventions;
}

export const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
export const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Skip spaces (no line breaks across blocks: U+2029 stops it). */
export function skipSpace(text: string, pos: number, max = 2): number {
  let i = pos;
  while (i - pos < max && isSkippedSpace(text.charCodeAt(i))) i++;
  return i;
}
export function skipSpaceBack(text: string, pos: number, max = 2): number {
  let i = pos;
  while (pos - i < max && isSkippedSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
const isSkippedSpace = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x0a;

/** 10^0 … 10^22: the powers of ten a double holds exactly */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/** 10^n exactly as a decimal shift, so 3.26 × 10^8 is 326000000 and not 326000000.00000006. */
export function scaleValue(value: number, factor: number): number {
  if (factor === 1) return value;
  const exponent = Math.log10(factor);
  // 300 long tons: a product of two decimals, rounded to what a double states (no ...7263999997)
  if (!Number.isInteger(exponent)) return Number((value * factor).toPrecision(15));
  if (factor === EXACT_POWERS_OF_TEN[exponent]) {
    // a whole number a double holds exactly, times a power of ten it holds exactly: one rounding
    // of the exact product, as the decimal shift below gives (which turns -0 into 0)
    if (Number.isSafeInteger(value)) return value === 0 ? 0 : value * factor;
    // 3.26 × 10^8: a decimal shifted past its last digit is the whole number nearest the product
    // when that number shifted back gives the value (below 2^52 no two decimals of as many
    // places give one double, so it is the decimal the value is written as)
    const whole = Math.round(value * factor);
    if (Math.abs(whole) < 2 ** 52 && whole / factor === value) return whole + 0;
  }
  // String() may already carry an exponent (2e+21, 1e-7): add to it rather than append a second
  const [mantissa, own] = String(value).split('e');
  return Number(`${mantissa}e${exponent + Number(own ?? 0)}`);
}

/** A number's reading as the words after it are taken in, step by step. */
export interface Reading {
  value: number;
  place: number;
  scale: number;
  end: number;
  /** where the unit, currency or classifier may start */
  at: number;
  unit: string;
  kind: FigureKind;
  noun: string | null;
  /** where a counted noun ends: a rate may follow it ("five ships per week") */
  nounEnd?: number;
  note?: string;
  qualifier: Qualifier;
  /** "€100m", "5k": a weak scale glued to the digits, not settled yet */
  weakScale?: { value: number; end: number };
  chain?: { value: number; end: number; place: number };
}
