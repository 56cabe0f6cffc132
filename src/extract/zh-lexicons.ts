import type { Candidate, Skipped } from './candidate.js';
import { type GrammarContext } from './grammar-base.js';
import { languages } from './lang/compiled.js';
import {
  zhClockMarks,
  zhColloquialMoney,
  zhCountingOne,
  zhDayMarks,
  zhDegreeSigns,
  zhDiscount,
  zhDigits,
  zhDigitSubunits,
  zhElidedDecimalUnits,
  zhEras,
  zhSessions,
  zhFinancialChars,
  zhFractionNames,
  zhHalfWords,
  zhMoneyTails,
  zhNegative,
  zhNounEndWords,
  zhPerDenominators,
  zh,
  zhBigUnits,
  zhSmallUnits,
  zhRoundQualifiers,
  zhRoundUnits,
  zhStandaloneAfter,
  zhTael,
  zhVagueBefore,
  zhTemperatureBefore,
  zhTenths,
} from './lang/zh.js';
import { Lexicon } from './lexicon.js';
import { isDigit, readDigits, type NumberCore } from './numbers.js';
import { readChineseNumeral, type ZhNumeralOptions } from './zh-numbers.js';

/*
 * The Chinese reader's word lists as lexicons and sets, built once from `lang/zh.ts`, and the
 * small helpers every part of it shares (`make`, `skipSpace`, `readAnyNumber`).
 */

/** The shared path from a number to a figure (extendNumber, extendLeft, years, rates). */
export type FigureReader = (ctx: GrammarContext, core: NumberCore, skipped: Skipped[]) => Candidate | undefined;

export type Push = (c: Candidate | undefined) => number | undefined;

const flag = (words: string[]): Array<[string, true]> => words.map((w) => [w, true]);

export const countingOne = new Lexicon(flag(zhCountingOne));

export const halfWords = new Lexicon(flag(zhHalfWords));

export const temperatureBefore = new Lexicon(zhTemperatureBefore);

export const moneyTails = new Lexicon(zhMoneyTails);

export const numeralUnits = new Set([...zhSmallUnits, ...zhBigUnits].map(([c]) => c));

export const vagueBefore = new Lexicon(zhVagueBefore);

export const roundUnits = new Map(zhRoundUnits);

export const digitSubunits = new Lexicon(zhDigitSubunits);

export const eras = new Lexicon(zhEras);

export const roundQualifiers = new Lexicon(zhRoundQualifiers);

export const zhBigUnitChars = ['万', '萬', '亿', '億'];
// the noun also ends before a word of change: 1500万件增至4200万件

export const nounEnd = new Lexicon(
  flag([...zhNounEndWords, ...zh.transitionTo.map(([w]) => w).filter((w) => w.length > 1)]),
);

export const dayAfter = new Lexicon(flag(zhDayMarks.dateAfter));

export const durationAfter = new Lexicon(flag(zhDayMarks.durationAfter));

export const durationBefore = new Lexicon(flag(zhDayMarks.durationBefore));

export const streets = new Lexicon(flag(zhDayMarks.streets));

export const monthsCounted = new Lexicon(flag(zhDayMarks.monthsCounted));

export const clockBefore = new Lexicon(flag(zhClockMarks.before));

export const clockAfter = new Lexicon(flag(zhClockMarks.after));

export const perDenominators = new Map(zhPerDenominators);

export const financial = new Set(zhFinancialChars);

export const shareTails = new Set(['多', '余', '餘', '几', '幾']);

export const sessionBodies = new Lexicon(flag(zhSessions.bodies));

export const sessionMeetings = new Lexicon(flag(zhSessions.meetings));

export const sessionCounts = new Lexicon(flag(zhSessions.countAfter));

export const zhDigitValue = new Map(zhDigits.filter(([c]) => !financial.has(c)));

export const fractionNames = new Lexicon(flag(zhFractionNames));

export const negative = new Set(zhNegative);

export const colloquialMoney = new Set(zhColloquialMoney);

export const elidedUnits = new Set(zhElidedDecimalUnits);

export const tael = new Set(zhTael.surface);

export const degreeSigns = new Set(zhDegreeSigns);

export const discountStops = new Set(zhDiscount.notBefore);

export const tenthsStops = new Set(zhTenths.notBefore);

export const standaloneAfter = new Set(zhStandaloneAfter);

export const rangeJoiners = new Set(['至', '到', '-', '–', '—', '~', '～']);

export const WEEKDAY = /(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])/y;

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

export const skipSpace = (text: string, pos: number, max = 1): number => {
  let i = pos;
  while (i - pos < max && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  return i;
};

/** 兆 is mega before a unit word (兆瓦, 兆字节) and 10^12 elsewhere: the unit wins. */
export const zhNumeralOptions = (arabic: boolean): ZhNumeralOptions => ({
  arabic,
  stopAt: (text, i) => text[i] === '兆' && (languages.zh.units.match(text, i)?.key.length ?? 0) > 1,
  unitStarts: (text, i) => (languages.zh.units.match(text, i)?.key.length ?? 0) > 1,
});

/** A number in digits or Chinese numerals at `pos` (numerators, change, the digit of 一米八). */
export function readAnyNumber(text: string, pos: number): NumberCore | undefined {
  if (isDigit(text.charCodeAt(pos)))
    return readChineseNumeral(text, pos, zhNumeralOptions(true)) ?? readDigits(text, pos);
  return readChineseNumeral(text, pos, zhNumeralOptions(false));
}

export function make(
  start: number,
  end: number,
  value: number,
  unit: string,
  kind: Candidate['kind'],
  place: number,
): Candidate {
  return { start, end, value, unit, kind, noun: null, qualifier: 'exact', place, scale: 1, iso: null, lang: 'zh' };
}

/** Qualifiers after a figure the grammar did not read because something came after it (两年半以上). */
export function readQualifierAfter(ctx: GrammarContext, c: Candidate): void {
  if (c.qualifier !== 'exact') return;
  // 两成多, 百分之三十几: 多, 余, 几 that end a share say "more than"; elsewhere they may start a word (多家)
  const { text } = ctx;
  if ((c.kind === 'percent' || c.kind === 'pp') && shareTails.has(text[c.end] ?? '')) {
    const next = text[c.end + 1] ?? '';
    if (!isCjk(next.charCodeAt(0)) || ctx.lang.nounStops.has(next)) {
      c.qualifier = 'more-than';
      c.end += 1;
      return;
    }
  }
  const q = ctx.lang.qualifiersAfter.match(text, c.end);
  if (q && q.key !== '多' && q.key !== '来' && q.key !== '余') {
    c.qualifier = q.value;
    c.end = q.end;
  }
}
