import type { Candidate, Skipped } from './candidate.js';
import { isYearValue, readDate, type DateOrder } from './dates.js';
import { scaleValue, type GrammarContext } from './grammar-base.js';
import { extendLeft, readOrdinal } from './grammar-left.js';
import { chineseClassifiers, languages } from './lang/compiled.js';
import {
  zhClockMarks,
  zhColloquialMoney,
  zhCountingOne,
  zhCountingOneClassifiers,
  zhDayMarks,
  zhDegreeSigns,
  zhDiscount,
  zhDozen,
  zhDigits,
  zhDigitSubunits,
  zhElidedDecimalUnits,
  zhEras,
  zhSessions,
  zhTwoForms,
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
import type { MeasureUnit } from './lang/types.js';
import { Lexicon } from './lexicon.js';
import { isDigit, readDigits, type NumberCore } from './numbers.js';
import { isZhNumeralChar, isZhNumeralCode, readChineseNumeral, type ZhNumeralOptions } from './zh-numbers.js';
import { readDegreeWord } from './zh-degree.js';
import { readChinesePeriod } from './zh-periods.js';

/**
 * The Chinese side of the scanner: what starts a figure at a Chinese character (numerals, 百分之,
 * 翻番, 半, 周四), and the words around a Chinese number that the shared grammar does not read
 * (折, 成, 十多万, 一米八, 五元三毛, 两年半, 摄氏37度, 负). The words live in `lang/zh.ts`.
 */

/** The shared path from a number to a figure (extendNumber, extendLeft, years, rates). */
export type FigureReader = (ctx: GrammarContext, core: NumberCore, skipped: Skipped[]) => Candidate | undefined;
type Push = (c: Candidate | undefined) => number | undefined;

const flag = (words: string[]): Array<[string, true]> => words.map((w) => [w, true]);
const countingOne = new Lexicon(flag(zhCountingOne));
const halfWords = new Lexicon(flag(zhHalfWords));
const temperatureBefore = new Lexicon(zhTemperatureBefore);
const moneyTails = new Lexicon(zhMoneyTails);
const numeralUnits = new Set([...zhSmallUnits, ...zhBigUnits].map(([c]) => c));
const vagueBefore = new Lexicon(zhVagueBefore);
const roundUnits = new Map(zhRoundUnits);
const digitSubunits = new Lexicon(zhDigitSubunits);
const eras = new Lexicon(zhEras);
const roundQualifiers = new Lexicon(zhRoundQualifiers);
const zhBigUnitChars = ['万', '萬', '亿', '億'];
// the noun also ends before a word of change: 1500万件增至4200万件
const nounEnd = new Lexicon(flag([...zhNounEndWords, ...zh.transitionTo.map(([w]) => w).filter((w) => w.length > 1)]));
const dayAfter = new Lexicon(flag(zhDayMarks.dateAfter));
const durationAfter = new Lexicon(flag(zhDayMarks.durationAfter));
const durationBefore = new Lexicon(flag(zhDayMarks.durationBefore));
const clockBefore = new Lexicon(flag(zhClockMarks.before));
const clockAfter = new Lexicon(flag(zhClockMarks.after));
const perDenominators = new Map(zhPerDenominators);
const financial = new Set(zhFinancialChars);
const shareTails = new Set(['多', '余', '餘', '几', '幾']);
const sessionBodies = new Lexicon(flag(zhSessions.bodies));
const sessionMeetings = new Lexicon(flag(zhSessions.meetings));
const sessionCounts = new Lexicon(flag(zhSessions.countAfter));
const zhDigitValue = new Map(zhDigits.filter(([c]) => !financial.has(c)));
const fractionNames = new Lexicon(flag(zhFractionNames));
const negative = new Set(zhNegative);
const colloquialMoney = new Set(zhColloquialMoney);
const elidedUnits = new Set(zhElidedDecimalUnits);
const tael = new Set(zhTael.surface);
const degreeSigns = new Set(zhDegreeSigns);
const discountStops = new Set(zhDiscount.notBefore);
const tenthsStops = new Set(zhTenths.notBefore);
const standaloneAfter = new Set(zhStandaloneAfter);
const rangeJoiners = new Set(['至', '到', '-', '–', '—', '~', '～']);
const WEEKDAY = /(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])/y;
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
const skipSpace = (text: string, pos: number, max = 1): number => {
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
function readAnyNumber(text: string, pos: number): NumberCore | undefined {
  if (isDigit(text.charCodeAt(pos)))
    return readChineseNumeral(text, pos, zhNumeralOptions(true)) ?? readDigits(text, pos);
  return readChineseNumeral(text, pos, zhNumeralOptions(false));
}

function make(
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
function readQualifierAfter(ctx: GrammarContext, c: Candidate): void {
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

/** Characters that may start a figure: numerals, 第, 翻, 半, weekdays, estimate words. */
export const triggers = new Uint8Array(0x10000);
for (const c of [
  '第',
  '翻',
  '半',
  '周',
  '週',
  '星',
  '礼',
  '禮',
  '前',
  '首',
  ...zhVagueBefore.map(([w]) => w),
  ...zhPerDenominators.map(([w]) => w),
])
  triggers[c.charCodeAt(0)] = 1;
for (let code = 0; code < 0x10000; code++) if (isZhNumeralCode(code)) triggers[code] = 1;

/** The start of a figure at a Chinese character, or undefined. */
export function readChineseFigure(
  ctx: GrammarContext,
  pos: number,
  order: DateOrder | null,
  skipped: Skipped[],
  push: Push,
  generic: FigureReader,
): number | undefined {
  const { text } = ctx;
  // most characters start nothing: one table lookup, no string made
  if (triggers[text.charCodeAt(pos)] !== 1) return undefined;
  const ch = text[pos] as string;
  if (ch === '第') {
    const idiom = ctx.lang.idioms.match(text, pos);
    if (idiom) {
      skipped.push({ start: pos, end: idiom.end, reason: 'idiom' });
      return idiom.end;
    }
    return push(readOrdinal(ctx, pos));
  }
  const per = readPerDenominator(ctx, pos);
  if (per) return push(per);
  if (ch === '翻') return push(readDoubling(ctx, pos));
  if (ch === '半') {
    const idiom = ctx.lang.idioms.match(text, pos); // 半斤八两
    if (idiom) {
      skipped.push({ start: pos, end: idiom.end, reason: 'idiom' });
      return idiom.end;
    }
    return push(readLeadingHalf(ctx, pos, skipped, generic));
  }
  if (ch === '周' || ch === '週' || ch === '星' || ch === '礼' || ch === '禮') return push(readWeekday(ctx, pos));
  if (ch === '前' || ch === '首') return push(readChinesePeriod(text, pos));
  const vague = vagueBefore.match(text, pos);
  if (vague && !ctx.lang.idioms.match(text, pos)) {
    const estimate = readVague(ctx, pos, vague.end, vague.value, skipped, generic);
    if (estimate) return push(estimate);
  }
  if (!isZhNumeralChar(ch)) return undefined;
  const around = readIdiomAround(ctx, pos, skipped);
  if (around !== undefined) return around;
  const date = readDate(text, pos, 'zh', order);
  if (date) return push(date);
  const bare = readBareRoundUnit(ctx, pos);
  if (bare) return push(bare);
  const raw = readChineseNumeral(text, pos, zhNumeralOptions(false)) ?? readRoundUnit(ctx, pos);
  const core = raw ? readFraction(text, raw) : undefined;
  // an idiom at the numeral wins unless the number or its unit reads on past it (十分 but
  // 十分之一 and 十分钟, 一点 but 一点五)
  const idiom = ctx.lang.idioms.match(text, pos);
  if (idiom && (!core || Math.max(core.end, ctx.lang.units.match(text, core.end)?.end ?? 0) <= idiom.end)) {
    skipped.push({ start: pos, end: idiom.end, reason: 'idiom' });
    return idiom.end;
  }
  if (!core) return undefined;
  // 一半 = one half
  if (core.value === 1 && core.end === pos + 1 && text[pos + 1] === '半' && !halfWords.match(text, pos + 1)) {
    const c = extendLeft(ctx, make(pos, pos + 2, 0.5, '', 'fraction', -3));
    readQualifierAfter(ctx, c);
    return push(c);
  }
  const figure = chineseFigure(ctx, core, skipped, generic);
  if (!figure) {
    // 二三十, 三四万: an estimate runs on through the units after its digits
    let end = core.end;
    while (isZhNumeralChar(text[end] ?? '')) end++;
    skipped.push({ start: core.start, end, reason: 'word' });
    return end;
  }
  return push(figure);
}

/** Idioms and names may start a character or two before the number (唯一, 之一, 进一步, 双11): their end. */
export function readIdiomAround(ctx: GrammarContext, pos: number, skipped: Skipped[]): number | undefined {
  for (let back = 2; back >= 1; back--) {
    const idiom = ctx.lang.idioms.match(ctx.text, pos - back);
    if (idiom && idiom.end > pos && pos - back >= ctx.floor) {
      skipped.push({ start: pos - back, end: idiom.end, reason: 'idiom' });
      return idiom.end;
    }
  }
  return undefined;
}

/**
 * 百 or 千 alone before a classifier or unit is one hundred, one thousand: 近百名学生, 逾千家企业,
 * 百亿元 (the numeral reader reads 百 alone as no number: 百姓, 百货, 百分点).
 */
function readRoundUnit(ctx: GrammarContext, pos: number): NumberCore | undefined {
  const { text } = ctx;
  const round = roundUnitAt(text, pos);
  if (round === undefined) return undefined;
  const { value, end: at } = round;
  // 万 and 亿 alone count only after a word that makes them a round number (逾万人, 上万名, 过亿元):
  // 每万元, 吨标准煤/万元 are per ten thousand, and a bare 亿元 is a number's tail cut off by markup
  if (
    value >= 1e4 &&
    !(
      ctx.lang.qualifiersBefore.matchBefore(text, pos) ??
      roundQualifiers.matchBefore(text, pos) ??
      vagueBefore.matchBefore(text, pos)
    )
  )
    return undefined;
  // 每千克, 千米: a unit word that starts with the unit (and carries no factor of it, as 万吨 does)
  const unitHere = ctx.lang.units.match(text, pos);
  if (unitHere && unitHere.key.length > 1 && unitHere.value.factor === undefined) return undefined;
  if (
    !chineseClassifiers.match(text, at) &&
    !ctx.lang.units.match(text, at) &&
    !ctx.lang.currencyAfter.match(text, at) &&
    !text.startsWith('余', at) &&
    !text.startsWith('多', at)
  )
    return undefined;
  return { start: pos, end: at, value, place: Math.log10(value), form: 'zh', grouped: false };
}

/** A round unit alone, or 万亿 (10^12: the numeral reader needs a digit before 万). */
function roundUnitAt(text: string, pos: number): { value: number; end: number } | undefined {
  const value = roundUnits.get(text[pos] as string);
  if (value === undefined) return undefined;
  if (value === 1e4 && (text[pos + 1] === '亿' || text[pos + 1] === '億')) return { value: 1e12, end: pos + 2 };
  return { value, end: pos + 1 };
}

/** 月薪过万, 销量破亿, 人数近万: a qualified round unit that ends the phrase is that round number. */
function readBareRoundUnit(ctx: GrammarContext, pos: number): Candidate | undefined {
  const { text } = ctx;
  const round = roundUnitAt(text, pos);
  if (round === undefined || round.value < 1000) return undefined;
  const { value, end } = round;
  const next = text.charCodeAt(end);
  if ((isCjk(next) && text[end] !== '的') || isZhNumeralCode(next)) return undefined;
  const word = ctx.lang.qualifiersBefore.matchBefore(text, pos) ?? roundQualifiers.matchBefore(text, pos);
  if (!word || word.end < ctx.floor) return undefined;
  const c = make(word.end, end, value, '', 'count', Math.log10(value));
  c.qualifier = word.value;
  return c;
}

/**
 * 数十家, 几百人, 上万名, 数十亿美元: an estimate word before a numeral that starts with its unit.
 * The value is the round number and the qualifier says "more than" (上万: at least).
 */
function readVague(
  ctx: GrammarContext,
  pos: number,
  at: number,
  qualifier: Candidate['qualifier'],
  skipped: Skipped[],
  generic: FigureReader,
): Candidate | undefined {
  const { text } = ctx;
  const first = roundUnits.get(text[at] as string);
  if (first === undefined) return undefined;
  // 几十, 数百, 数十万: the numeral reader takes 十 alone; 百, 千, 万 alone need a unit after them
  const core =
    readChineseNumeral(text, at, zhNumeralOptions(false)) ??
    readRoundUnit(ctx, at) ??
    (zhBigUnitChars.includes(text[at] as string)
      ? { start: at, end: at + 1, value: first, place: Math.log10(first), form: 'zh' as const, grouped: false }
      : undefined);
  if (!core || core.value !== first * (core.value / first) || core.value % first !== 0) return undefined;
  const c = chineseFigure(ctx, core, skipped, generic);
  if (!c || c.kind === 'date' || c.kind === 'year' || c.start !== core.start) return undefined;
  c.start = pos;
  if (c.qualifier === 'exact') c.qualifier = qualifier;
  extendLeft(ctx, c);
  return c;
}

/** X分之Y: 五分之一 = 1/5; X又Y分之Z: 三百五又三分之一. Spaces may stand between the parts. */
function readFraction(text: string, core: NumberCore, mixed = true): NumberCore {
  let i = skipSpace(text, core.end, 2);
  if (text[i] === '又') {
    if (!mixed) return core;
    const whole = readAnyNumber(text, skipSpace(text, i + 1, 2));
    const part = whole ? readFraction(text, whole, false) : undefined;
    if (part?.fraction)
      return { ...core, end: part.end, value: core.value + part.value, place: -3, form: 'fraction', fraction: true };
    return core;
  }
  if (text[i] !== '分') return core;
  if (text[i + 1] !== '之' && text[i + 1] !== ' ') return readShortFraction(text, core, i + 1);
  i = skipSpace(text, i + 1, 2);
  if (text[i] !== '之' || core.value === 0) return core;
  // 三分之负二: the numerator may carry its own sign (the denominator's is read with the figure)
  let at = skipSpace(text, i + 1, 2);
  const sign = negative.has(text[at] ?? '') ? -1 : 1;
  if (sign < 0) at++;
  const numerator = readAnyNumber(text, at);
  if (!numerator) return core;
  return {
    ...core,
    end: numerator.end,
    value: (sign * numerator.value) / core.value,
    place: -3,
    form: 'fraction',
    fraction: true,
  };
}

/**
 * 四分一, 十分三: X分Y without 之 (Cantonese and colloquial), only in Chinese digits, a proper
 * fraction, and not where Y starts a word (十分一致 is "fully agreed") or a time (五分一秒).
 */
function readShortFraction(text: string, core: NumberCore, at: number): NumberCore {
  const y = zhDigitValue.get(text[at] ?? '');
  // tenths at most: 九十分一次 is a score of ninety
  if (
    core.form !== 'zh' ||
    y === undefined ||
    y === 0 ||
    y >= core.value ||
    core.value > 10 ||
    !Number.isInteger(core.value)
  )
    return core;
  const after = text[at + 1] ?? '';
  if (
    isZhNumeralChar(after) ||
    after === '秒' ||
    after === '分' ||
    after === '钟' ||
    after === '鐘' ||
    languages.zh.idioms.match(text, at)
  )
    return core;
  // 十分 is mostly "very" (十分一心): 十分一 only before a unit, 的 or no Chinese at all
  const endsThere =
    !isCjk(text.charCodeAt(at + 1)) || after === '的' || languages.zh.units.match(text, at + 1) !== undefined;
  if (core.value === 10 && !endsThere) return core;
  return { ...core, end: at + 1, value: y / core.value, place: -3, form: 'fraction', fraction: true };
}

/** 百分之二十 = 20 %, 千分之五 = 0.5 %, 万分之三, 千万分之六: a denominator written as units only. */
function readPerDenominator(ctx: GrammarContext, pos: number): Candidate | undefined {
  const { text } = ctx;
  let denominator = 1;
  let i = pos;
  while (i - pos < 4) {
    const factor = perDenominators.get(text[i] as string);
    if (factor === undefined) break;
    denominator *= factor;
    i++;
  }
  if (denominator === 1) return undefined;
  i = skipSpace(text, i, 2);
  if (text[i] !== '分') return undefined;
  i = skipSpace(text, i + 1, 2);
  if (text[i] !== '之') return undefined;
  const at = skipSpace(text, i + 1, 2);
  // 百分之百: the numerator 百 alone is 100
  const numerator =
    readAnyNumber(text, at) ??
    (perDenominators.has(text[at] ?? '') && !isZhNumeralChar(text[at + 1] ?? '')
      ? {
          start: at,
          end: at + 1,
          value: perDenominators.get(text[at] as string) as number,
          place: 0,
          form: 'zh' as const,
          grouped: false,
        }
      : undefined);
  if (!numerator) return undefined;
  const shift = 100 / denominator;
  const c = make(
    pos,
    numerator.end,
    scaleValue(numerator.value, shift),
    '%',
    'percent',
    numerator.place + Math.log10(shift),
  );
  extendLeft(ctx, c);
  readNegative(ctx, c, pos);
  readQualifierAfter(ctx, c);
  return c;
}

/** 翻了一番 = ×2, 翻两番 = ×4, 翻番 / 翻倍 = ×2. */
function readDoubling(ctx: GrammarContext, pos: number): Candidate | undefined {
  const m = /翻了?(?:([一二两兩三四五六七八九十])番|(番|倍))/y;
  m.lastIndex = pos;
  const hit = m.exec(ctx.text);
  if (!hit) return undefined;
  const times = hit[1] ? (readChineseNumeral(hit[1], 0)?.value ?? 1) : 1;
  return extendLeft(ctx, make(pos, m.lastIndex, 2 ** times, '', 'multiplier', 0));
}

/** 半 before a unit (半公升, 半小时, 半个世纪, 半折) or 半数; not in 上半年, 半导体. */
function readLeadingHalf(
  ctx: GrammarContext,
  pos: number,
  skipped: Skipped[],
  generic: FigureReader,
): Candidate | undefined {
  const { text } = ctx;
  const prev = text[pos - 1] ?? '';
  if (prev !== '' && (isZhNumeralChar(prev) || isDigit(text.charCodeAt(pos - 1)) || '上下前后後多大小'.includes(prev)))
    return undefined;
  if (text[pos + 1] === '数' || text[pos + 1] === '數') {
    const c = extendLeft(ctx, make(pos, pos + 2, 0.5, '', 'fraction', -3));
    readQualifierAfter(ctx, c);
    return c;
  }
  if (text[pos + 1] === zhDiscount.mark) {
    return extendLeft(ctx, make(pos, pos + 2, 50, '%', 'percent', 0));
  }
  // 半成 = 5 % (半成品 is a word)
  if (text[pos + 1] === zhTenths.mark && !halfWords.match(text, pos) && !tenthsStops.has(text[pos + 2] ?? '')) {
    const c = extendLeft(ctx, make(pos, pos + 2, 5, '%', 'percent', 0));
    readQualifierAfter(ctx, c);
    return c;
  }
  // 半打 = 6, at the end of a phrase as 五打 is
  if (text[pos + 1] === zhDozen.mark && !isCjk(text.charCodeAt(pos + 2))) {
    const c = make(pos, pos + 2, zhDozen.size / 2, '', 'count', 0);
    c.noun = zhDozen.mark;
    return extendLeft(ctx, c);
  }
  if (halfWords.match(text, pos)) return undefined;
  const at = pos + 1;
  const unit = ctx.lang.units.match(text, at) ?? ctx.lang.currencyAfter.match(text, at);
  const classifier = text[at] === '个' || text[at] === '個';
  if (!unit && !classifier) return undefined;
  const c = generic(ctx, { start: pos, end: pos + 1, value: 0.5, place: -1, form: 'zh', grouped: false }, skipped);
  if (!c || (c.kind === 'count' && c.noun === null && c.end === pos + 2 && isCjk(text.charCodeAt(c.end))))
    return undefined;
  return c;
}

/** 周四, 星期四, 礼拜天: a weekday is a date. 每周三次 is a rate, not Wednesday. */
function readWeekday(ctx: GrammarContext, pos: number): Candidate | undefined {
  const { text } = ctx;
  WEEKDAY.lastIndex = pos;
  const m = WEEKDAY.exec(text);
  if (!m) return undefined;
  const end = WEEKDAY.lastIndex;
  const after = text[end] ?? '';
  if (
    chineseClassifiers.match(text, end) ||
    ctx.lang.units.match(text, end) ||
    isZhNumeralChar(after) ||
    after === '年'
  )
    return undefined;
  if (text[pos] !== '星' && text[pos - 1] === '每') return undefined;
  const day = m[1] === '日' || m[1] === '天' ? 0 : '一二三四五六'.indexOf(m[1] as string) + 1;
  const c = make(pos, end, 0, '', 'date', 0);
  c.value = null;
  c.note = `weekday: ${day === 0 ? 'Sunday' : WEEKDAY_NAMES[day]}`;
  return c;
}

/**
 * A Chinese figure from a number core (Chinese numerals, or digits in a Chinese sentence): the
 * words the shared grammar does not know, then the shared grammar, then the words after it.
 * Returns undefined for numerals that are parts of words (四川, 一看, 大陆, 九九).
 */
export function chineseFigure(
  ctx: GrammarContext,
  rawCore: NumberCore,
  skipped: Skipped[],
  generic: FigureReader,
): Candidate | undefined {
  const { text } = ctx;
  let core = rawCore.fraction ? rawCore : readFraction(text, rawCore);
  if (core.fraction && fractionNames.match(text, core.end)) return undefined;
  const written = text.slice(core.start, rawCore.end);
  const positional =
    core.form === 'zh' &&
    !core.fraction &&
    written.length > 1 &&
    [...written].every((c) => isZhNumeralChar(c) && !numeralUnits.has(c));
  const ratio = readRatio(ctx, core, positional);
  if (ratio) return ratio;
  // 三四, 九九, 二〇二一 without 年: estimates, names and codes, not one number
  if (positional) return undefined;
  const dozen =
    readDozen(ctx, core) ??
    readDottedDate(ctx, core) ??
    readGeneration(ctx, core) ??
    readDayOfMonth(ctx, core) ??
    readLunarDay(ctx, core) ??
    readMonthOf(ctx, core) ??
    readDecade(ctx, core);
  if (dozen) return dozen;
  let qualifier: Candidate['qualifier'] | undefined;
  ({ core, qualifier } = readEstimate(ctx, core));
  core = readFillerClassifier(ctx, core);
  const c = generic(ctx, core, skipped);
  if (!c) return undefined;
  if (c.kind === 'year' || c.kind === 'date') return c;
  const era = readEra(ctx, c, core);
  if (era) return era;
  // 2~3公升: a tilde between two numbers joins a range, it does not qualify the second
  const tilde = text[core.start - 1];
  if (
    (tilde === '~' || tilde === '～') &&
    c.start === core.start - 1 &&
    (isDigit(text.charCodeAt(core.start - 2)) || isZhNumeralChar(text[core.start - 2] ?? ''))
  ) {
    c.start = core.start;
    c.qualifier = 'exact';
  }
  // 两个半月, 两个多月: 月 is a month only after 个半, 个多
  const manyMonths = text[c.end - 1] === '多' && (text[c.end - 2] === '个' || text[c.end - 2] === '個');
  if (
    c.kind === 'count' &&
    c.noun === null &&
    (c.end === core.end || manyMonths) &&
    /[个個][半多]$/.test(text.slice(core.start, c.end)) &&
    text[c.end] === '月'
  ) {
    c.unit = 'month';
    c.kind = 'duration';
    c.end += 1;
  }
  if (!colloquialMoneyHolds(ctx, c, core)) return undefined;
  // 世界500强, 八强: a list or round of the top N is a rank, not N things
  if (
    c.kind === 'count' &&
    c.noun === null &&
    c.unit === '' &&
    c.end === core.end &&
    text[c.end] === '强' &&
    !core.fraction
  ) {
    c.kind = 'rank';
    c.end += 1;
    return c;
  }
  readDigitSubunit(ctx, c, core);
  readChange(ctx, c);
  readPerUnitRate(ctx, c);
  readElidedDecimal(ctx, c, core);
  readMinutesSeconds(ctx, c, core);
  readTael(ctx, c, core);
  readHalfAfter(ctx, c, core);
  readTemperature(ctx, c);
  readDegreeWord(ctx, c);
  readNegative(ctx, c, core.start);
  readSinceAfter(ctx, c);
  readQualifierAfter(ctx, c);
  if (qualifier && c.qualifier === 'exact') c.qualifier = qualifier;
  readRateBefore(ctx, c);
  trimNoun(ctx, c);
  readSession(ctx, c, core);
  const clock = readClock(ctx, c, core);
  if (clock) return clock;
  if (isWordPart(ctx, c, core, written)) return undefined;
  if (isDigitName(ctx, c, core)) {
    skipped.push({ start: core.start, end: core.end, reason: 'name' });
    return undefined;
  }
  return c;
}

/**
 * Digits that name rather than count, in a Chinese sentence: after a Latin word and a space
 * (iPhone 15, Windows 11), or three or more glued to a noun with no classifier, which Chinese
 * needs to count (985高校, 12345热线, 110报警, 618大促).
 */
function isDigitName(ctx: GrammarContext, c: Candidate, core: NumberCore): boolean {
  const { text } = ctx;
  if (
    core.form !== 'digits' ||
    core.grouped ||
    core.place !== 0 ||
    c.kind !== 'count' ||
    c.unit !== '' ||
    c.noun !== null
  )
    return false;
  if (c.start !== core.start || c.end !== core.end) return false;
  if (text[core.start - 1] === ' ' && isLetterCode(text.charCodeAt(core.start - 2))) return true;
  const next = text[core.end] ?? '';
  return (
    core.end - core.start >= 3 &&
    isCjk(next.charCodeAt(0)) &&
    !isZhNumeralChar(next) &&
    !ctx.lang.nounStops.has(next) &&
    !nounEnd.match(text, core.end) &&
    !ctx.lang.transitionTo.match(text, core.end) &&
    !ctx.lang.rangeJoiners.match(text, core.end)
  );
}
const isLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** 3·15晚会, 7·20暴雨, 9·11: a month and day joined by a middle dot name a date. */
function readDottedDate(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const dot = text[core.end];
  if (
    core.form !== 'digits' ||
    (dot !== '·' && dot !== '•') ||
    core.end - core.start > 2 ||
    core.value < 1 ||
    core.value > 12
  )
    return undefined;
  const day = readDigits(text, core.end + 1);
  if (
    !day ||
    day.place !== 0 ||
    day.end - day.start > 2 ||
    day.value < 1 ||
    day.value > 31 ||
    isDigit(text.charCodeAt(day.end))
  )
    return undefined;
  const c = make(core.start, day.end, 0, '', 'date', 0);
  c.value = null;
  c.iso = `--${String(core.value).padStart(2, '0')}-${String(day.value).padStart(2, '0')}`;
  return c;
}

/** 90后, 00后: the generation born in a decade (ISO 8601 "199", "200"), not ninety of something. */
function readGeneration(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const mark = text[core.end];
  if (
    core.form !== 'digits' ||
    (mark !== '后' && mark !== '後') ||
    core.end - core.start !== 2 ||
    core.value % 10 !== 0
  )
    return undefined;
  if (isDigit(text.charCodeAt(core.start - 1))) return undefined;
  const year = core.value < 30 ? 2000 + core.value : 1900 + core.value;
  const c = make(core.start, core.end + 1, year, '', 'year', 0);
  c.iso = String(year / 10);
  return c;
}

/** 八折 = 80 %, 9.9折 = 99 %, 三八折 = 38 %; 三成 = 30 %, 7.2成 = 72 %, 七成六, 7成5 = 76 %, 75 %; 两成半 = 25 %. */
function readRatio(ctx: GrammarContext, core: NumberCore, positional: boolean): Candidate | undefined {
  const { text } = ctx;
  if (core.fraction) return undefined;
  const at = skipSpace(text, core.end, 1);
  const mark = text[at];
  const next = text[at + 1] ?? '';
  let value: number;
  let end = at + 1;
  if (mark === zhDiscount.mark && !discountStops.has(next)) {
    if (positional && core.end - core.start === 2) value = core.value;
    else if (!positional && core.value > 0 && core.value < 10 && core.place >= -1) value = scaleValue(core.value, 10);
    else return undefined;
  } else if (
    mark === zhTenths.mark &&
    !tenthsStops.has(next) &&
    !positional &&
    core.value > 0 &&
    core.value <= 10 &&
    core.place >= -1
  ) {
    value = scaleValue(core.value, 10);
    // 七成六: a lone digit after 成 is the next place
    const d = readAnyNumber(text, skipSpace(text, end, 1));
    if (
      d &&
      d.end === d.start + 1 &&
      d.value < 10 &&
      core.place === 0 &&
      !isZhNumeralChar(text[d.end] ?? '') &&
      !isDigit(text.charCodeAt(d.end)) &&
      !chineseClassifiers.match(text, d.end) &&
      !ctx.lang.units.match(text, d.end)
    ) {
      value += d.value;
      end = d.end;
    } else if (text[end] === '半' && core.place === 0 && !halfWords.match(text, end)) {
      value += 5; // 两成半 = 25 %
      end += 1;
    }
  } else return undefined;
  const c = make(core.start, end, value, '%', 'percent', end === at + 1 ? core.place + 1 : 0);
  extendLeft(ctx, c);
  readQualifierAfter(ctx, c);
  return c;
}

/**
 * 7日公布, 15号: a day of the month alone is a date (---07); 连续7日, 7日内 count days, and
 * 3号线, 1号文件 name a number (No. 3).
 */
function readDayOfMonth(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const mark = text[core.end] ?? '';
  // 1日元 is money, 5日游 a trip: a longer word that starts with 日 is not the day
  if (ctx.lang.currencyAfter.match(text, core.end) || (ctx.lang.units.match(text, core.end)?.key.length ?? 0) > 1)
    return undefined;
  if (!zhDayMarks.date.includes(mark) || core.fraction || core.place !== 0 || core.value < 1 || core.value > 31)
    return undefined;
  const end = core.end + 1;
  const nextCjk = isCjk(text.charCodeAt(end));
  if (mark !== '日' && nextCjk && !dayAfter.match(text, end)) {
    const c = make(core.start, end, core.value, '', 'ordinal', 0);
    c.noun = mark;
    return c;
  }
  if (durationAfter.match(text, end) || durationBefore.matchBefore(text, core.start)) return undefined;
  const c = make(core.start, end, 0, '', 'date', 0);
  c.value = null;
  c.iso = `---${String(core.value).padStart(2, '0')}`;
  return c;
}

/** 正月十五, 八月十五, 腊月二十三: a day right after a month, as the lunar calendar writes it (no 日). */
function readLunarDay(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  if (
    core.form !== 'zh' ||
    core.fraction ||
    !Number.isInteger(core.value) ||
    core.value < 1 ||
    core.value > 30 ||
    text[core.start - 1] !== '月'
  )
    return undefined;
  const month = text[core.start - 2] ?? '';
  if (!isZhNumeralChar(month) && !'正腊臘冬'.includes(month || '-')) return undefined;
  const next = text[core.end] ?? '';
  if (chineseClassifiers.match(text, core.end) || ctx.lang.units.match(text, core.end) || isZhNumeralChar(next))
    return undefined;
  const c = make(core.start, core.end, 0, '', 'date', 0);
  c.value = null;
  c.iso = `---${String(core.value).padStart(2, '0')}`;
  c.note = 'day of a month written without 日 (lunar calendar)';
  return c;
}

/** 九十年代, 1990年代: a decade (ISO 8601 "199"); two-digit decades are the 1900s. */
function readDecade(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const at = skipSpace(text, core.end, 1);
  if (!text.startsWith('年代', at) || core.fraction || core.place < 0 || core.value % 10 !== 0) return undefined;
  let year: number;
  if (core.value >= 10 && core.value <= 90) year = 1900 + core.value;
  else if (core.value >= 1000 && core.value <= 2190) year = core.value;
  else return undefined;
  const c = make(core.start, at + 2, year, '', 'year', 0);
  c.iso = String(year / 10);
  return c;
}

/**
 * 4月份 is April, as 4月 is (4个月 is a duration, read by the units); the first month of 1至5月
 * and the first year of 2021至2023年 borrow the mark of the second.
 */
function readMonthOf(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  if (core.fraction || core.place !== 0) return undefined;
  let end = core.end;
  let mark: string | undefined;
  if (text.startsWith('月份', end)) {
    mark = '月';
    end += 2;
  } else if (rangeJoiners.has(text[end] ?? '')) {
    const second = readAnyNumber(text, skipSpace(text, end + 1, 1));
    const after = second ? text[skipSpace(text, second.end, 1)] : undefined;
    if (!second || second.place !== 0 || second.value <= core.value || (after !== '月' && after !== '年'))
      return undefined;
    if (after === '年' && !(core.end - core.start === 4 && core.value >= 1000 && core.value <= 2199)) return undefined;
    mark = after;
  } else return undefined;
  if (mark === '月' && (core.value < 1 || core.value > 12)) return undefined;
  const c = make(core.start, end, 0, '', mark === '年' ? 'year' : 'date', 0);
  if (mark === '年') {
    c.value = core.value;
    c.iso = String(core.value);
  } else {
    c.value = null;
    c.iso = `--${String(core.value).padStart(2, '0')}`;
  }
  return c;
}

/** 民國112年 = 2023: a year of an era, not 112 years. */
function readEra(ctx: GrammarContext, c: Candidate, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  if (
    c.unit !== 'year' ||
    c.start !== core.start ||
    core.place < 0 ||
    !Number.isInteger(core.value) ||
    !text.startsWith('年', core.end)
  )
    return undefined;
  const era = eras.matchBefore(text, core.start);
  if (!era || era.end < ctx.floor) return undefined;
  const year = era.value + core.value;
  const y = make(era.end, core.end + 1, year, '', 'year', 0);
  y.iso = String(year);
  return y;
}

/** 十年来: 来 after a duration means "since", not "about" (十来年 is read by readEstimate). */
function readSinceAfter(ctx: GrammarContext, c: Candidate): void {
  const last = ctx.text[c.end - 1];
  if (c.kind === 'duration' && c.qualifier === 'approx' && (last === '来' || last === '來')) {
    c.qualifier = 'exact';
    c.end -= 1;
  }
}

/** 每小时180公里 is a speed, 每年3000吨 a rate: 每 + period before a measure. */
function readRateBefore(ctx: GrammarContext, c: Candidate): void {
  if (
    c.value === null ||
    c.unit === '' ||
    c.kind === 'rate' ||
    c.kind === 'speed' ||
    c.kind === 'money' ||
    c.kind === 'percent' ||
    c.kind === 'pp' ||
    c.kind === 'duration' ||
    c.kind === 'temperature'
  )
    return;
  const per = ctx.lang.ratePer.matchBefore(ctx.text, skipSpace(ctx.text, c.start, 0));
  if (!per || per.end < ctx.floor) return;
  c.unit = `${c.unit}/${per.value}`;
  c.kind = c.kind === 'length' && per.value === 'h' ? 'speed' : 'rate';
  c.start = per.end;
}

/** 三家企业获得许可: the noun ends before the verb (Chinese writes no spaces to end it). */
function trimNoun(ctx: GrammarContext, c: Candidate): void {
  // the noun starts right after the classifier, where the figure ends
  if (!c.noun || !ctx.text.startsWith(c.noun, c.end)) return;
  for (let i = 0; i < c.noun.length; i++) {
    if (nounEnd.match(ctx.text, c.end + i)) {
      // 两次分别: no noun after the classifier, which then names the count itself
      c.noun = i > 0 ? c.noun.slice(0, i) : (chineseClassifiers.matchBefore(ctx.text, c.end)?.key ?? null);
      return;
    }
  }
}

/** 十四届全国人大, 二次会议 after a body: ordinals; 2024届毕业生 is the class of a year. */
function readSession(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.kind !== 'count' || c.qualifier !== 'exact' || core.fraction || core.place < 0 || c.start !== core.start)
    return;
  if (zhTwoForms.includes(text[core.start] ?? '') || sessionCounts.matchBefore(text, core.start)) return;
  const mark = text[core.end] ?? '';
  const term = mark === '届' || mark === '屆';
  if (term && core.form === 'digits' && core.end - core.start === 4 && isYearValue(core.value)) {
    c.kind = 'year';
    c.iso = String(core.value);
  } else if (term && sessionBodies.match(text, core.end + 1)) {
    c.kind = 'ordinal';
  } else if (
    mark === '次' &&
    sessionMeetings.match(text, core.end + 1) &&
    sessionBodies.matchBefore(text, core.start)
  ) {
    c.kind = 'ordinal';
  } else return;
  c.noun = null;
  c.end = core.end + 1;
}

/** 五打 = 60: 打 is a dozen only at the end of a phrase (一打听, 三打白骨精 are verbs). */
function readDozen(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  if (
    core.fraction ||
    text[core.end] !== zhDozen.mark ||
    isCjk(text.charCodeAt(core.end + 1)) ||
    !Number.isInteger(core.value)
  )
    return undefined;
  const c = make(core.start, core.end + 1, core.value * zhDozen.size, '', 'count', 0);
  c.noun = zhDozen.mark;
  extendLeft(ctx, c);
  return c;
}

/** 十多万, 二百余万, 500余万, 二十几万, 十几: an estimate word before the scale. */
function readEstimate(ctx: GrammarContext, core: NumberCore): { core: NumberCore; qualifier?: Candidate['qualifier'] } {
  const { text } = ctx;
  if (core.fraction) return { core };
  const at = skipSpace(text, core.end, 1);
  const word = text[at] ?? '';
  if (!'多余餘几幾来來'.includes(word) || word === '') return { core };
  const scale = ctx.lang.scales.match(text, skipSpace(text, at + 1, 1));
  const unitThere = ctx.lang.units.match(text, skipSpace(text, at + 1, 1));
  if (scale && (unitThere?.key.length ?? 0) <= scale.key.length) {
    return {
      core: {
        ...core,
        end: scale.end,
        value: scaleValue(core.value, scale.value),
        place: core.place + Math.log10(scale.value),
      },
      qualifier: 'more-than',
    };
  }
  // 十几家, 二十几岁: 几 after a round number
  if (
    (word === '几' || word === '幾') &&
    core.value >= 10 &&
    core.value % 10 === 0 &&
    !'乎何'.includes(text[at + 1] ?? '-')
  ) {
    return { core: { ...core, end: at + 1 }, qualifier: 'more-than' };
  }
  // 十来年, 二十来个: 来 between a round number and its unit is "about"
  if (
    (word === '来' || word === '來') &&
    core.value >= 10 &&
    core.value % 10 === 0 &&
    (ctx.lang.units.match(text, at + 1) || chineseClassifiers.match(text, at + 1))
  ) {
    return { core: { ...core, end: at + 1 }, qualifier: 'approx' };
  }
  return { core };
}

/** 六个加仑, 三个多小时, 一个半小时: 个 between a number and a unit is a filler; 个半 adds a half. */
function readFillerClassifier(ctx: GrammarContext, core: NumberCore): NumberCore {
  const { text } = ctx;
  if (core.fraction) return core;
  const at = skipSpace(text, core.end, 1);
  if (text[at] !== '个' && text[at] !== '個') return core;
  if (text[at + 1] === '半') {
    return { ...core, value: core.value + 0.5, end: at + 2, place: -1 };
  }
  if (ctx.lang.units.match(text, at)) return core; // 个小时, 个月 are units themselves
  if (text[at + 1] === '多' && text[at + 2] === '月') return { ...core, end: at + 1 }; // 两个多月: 多 qualifies, 月 is the month
  // only a unit word of two or more characters: 三个年轻人, 五个周末 are no years or weeks
  const unitAt = text[at + 1] === '多' ? at + 2 : at + 1;
  const unit = ctx.lang.units.match(text, unitAt);
  if (unit && unit.key.length > 1 && !chineseClassifiers.match(text, unitAt)) return { ...core, end: at + 1 };
  return core;
}

/** 块, 毛, 角 are money only before 钱, change, 半 or the end of the phrase: 两块石头, 三角形 are not. */
function colloquialMoneyHolds(ctx: GrammarContext, c: Candidate, core: NumberCore): boolean {
  if (c.kind !== 'money') return true;
  const { text } = ctx;
  const word = text[c.end - 1] ?? '';
  if (!colloquialMoney.has(word) || c.end !== skipSpace(text, core.end, 1) + 1) return true;
  const next = text[c.end] ?? '';
  if (!isCjk(next.charCodeAt(0)) || next === '钱' || next === '錢' || next === '半' || isZhNumeralChar(next))
    return true;
  if (word === '块' || word === '塊') {
    // a classifier after all: 两块石头
    c.kind = 'count';
    c.unit = '';
    c.value = core.value;
    c.place = core.place;
    c.noun = text.slice(c.end, c.end + 2);
    return true;
  }
  return false;
}

/** 每股派息30仙: a coin word after a bare number in digits. */
function readDigitSubunit(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  if (core.form !== 'digits' || c.kind !== 'count' || c.unit !== '' || c.end !== core.end || c.value === null) return;
  const coin = digitSubunits.match(ctx.text, skipSpace(ctx.text, c.end, 1));
  if (!coin) return;
  c.value = scaleValue(c.value, coin.value.factor);
  c.place += Math.log10(coin.value.factor);
  c.unit = coin.value.code;
  c.kind = 'money';
  c.noun = null;
  c.end = coin.end;
}

/** 五元三毛, 两角五分, 两美元又三美分, 三块零五, 一块二, 两毛五: change after a sum of money. */
function readChange(ctx: GrammarContext, c: Candidate): void {
  if (c.kind !== 'money' || c.value === null) return;
  const { text } = ctx;
  let last = 1;
  if (text[c.end - 1] === '角' || text[c.end - 1] === '毛') last = 0.1;
  let value = c.value;
  for (let k = 0; k < 2; k++) {
    let at = c.end;
    const zero = text[at] === '零';
    if (text[at] === '又' || zero) at++;
    const n = readAnyNumber(text, at);
    if (!n || n.place < 0) break;
    const tail = moneyTails.match(text, n.end);
    if (tail && tail.value.factor < last && tail.value.code === c.unit) {
      value = Number((value + n.value * tail.value.factor).toFixed(8));
      c.end = tail.end;
      c.place = Math.log10(tail.value.factor);
      last = tail.value.factor;
      continue;
    }
    // 一块二 = 1.2, 三块零五 = 3.05: a lone digit after the word is the next coin down
    const lone =
      n.end - n.start === 1 &&
      n.value < 10 &&
      !isZhNumeralChar(text[n.end] ?? '') &&
      !chineseClassifiers.match(text, n.end) &&
      !ctx.lang.units.match(text, n.end);
    // … and so does one after 毛 or 角: 两毛五 = 0.25
    const elided = last === 1 ? elidedUnits.has(text[c.end - 1] ?? '') : last === 0.1 && !zero;
    if (lone && elided) {
      const factor = zero ? 0.01 : last / 10;
      value = Number((value + n.value * factor).toFixed(8));
      c.end = n.end;
      c.place = Math.log10(factor);
    }
    break;
  }
  c.value = value;
}

/**
 * 3分20秒 = 200 s, 3分20秒5 = 200.5 s: minutes are 分 only before seconds (3分 alone is points
 * or cents). After hours they are minutes anyway: 2小时30分钟 = 150 minutes, 2小时1分9秒 = 7269 s.
 */
function readMinutesSeconds(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.kind === 'duration' && c.unit === 'h' && c.value !== null && Number.isInteger(c.value)) {
    const m = readAnyNumber(text, c.end);
    if (!m || m.value >= 60 || !Number.isInteger(m.value) || text[m.end] !== '分' || text[m.end + 1] === '之') return;
    const hours = c.value;
    const word = text[m.end + 1] === '钟' || text[m.end + 1] === '鐘' ? 2 : 1;
    const s = word === 1 ? readAnyNumber(text, m.end + 1) : undefined;
    if (s && s.value < 60 && text[s.end] === '秒') {
      c.value = hours * 3600 + m.value * 60 + s.value;
      c.unit = 's';
      c.end = s.end + 1;
    } else {
      c.value = hours * 60 + m.value;
      c.unit = 'minute';
      c.end = m.end + word;
    }
    c.place = 0;
    return;
  }
  if (
    c.kind !== 'count' ||
    c.unit !== '' ||
    c.noun !== null ||
    c.end !== core.end ||
    core.place < 0 ||
    c.value === null ||
    text[c.end] !== '分'
  )
    return;
  const s = readAnyNumber(text, c.end + 1);
  if (!s || s.value >= 60 || text[s.end] !== '秒' || text[s.end + 1] === '钟' || text[s.end + 1] === '鐘') return;
  c.value = c.value * 60 + s.value;
  c.place = Math.min(0, s.place);
  c.unit = 's';
  c.kind = 'duration';
  c.end = s.end + 1;
  readElidedDecimal(ctx, c, { ...s, value: c.value });
}

/** Kinds that become a rate when stated per unit: money, measures, and counts (每平方公里1334人). */
const PER_UNIT_KINDS: ReadonlySet<Candidate['kind']> = new Set(['money', 'mass', 'area', 'length', 'volume', 'count']);

/**
 * 3650元/吨, 5.2万元/平方米, 每升8.5元, 366.3公斤/亩, 每平方公里1334人: a quantity per unit is a
 * rate (CNY/t, kg/mu, 1/km^2). Units stated with a factor (13元/斤) stay as they are, as in
 * English: their per-unit value would not be the one written.
 */
function readPerUnitRate(ctx: GrammarContext, c: Candidate): void {
  if (!PER_UNIT_KINDS.has(c.kind) || c.value === null || c.unit.includes('/')) return;
  const { text } = ctx;
  const usable = (m: { value: MeasureUnit } | undefined): boolean =>
    m !== undefined && !m.value.ambiguous && m.value.factor === undefined && m.value.kind !== 'count';
  if (text[c.end] === '/' || text[c.end] === '／') {
    const per = ctx.lang.units.match(text, c.end + 1);
    if (per && usable(per)) {
      perUnit(c, per.value);
      c.end = per.end;
    }
    return;
  }
  const per = ctx.lang.units.matchBefore(text, c.start);
  if (per && usable(per) && per.end - 1 >= ctx.floor && text[per.end - 1] === '每') {
    perUnit(c, per.value);
    c.start = per.end - 1;
  }
}

/** Makes `c` a quantity per `per`: a speed for a length per time, else a rate ("1/km^2" for a count). */
function perUnit(c: Candidate, per: MeasureUnit): void {
  c.kind = c.kind === 'length' && per.kind === 'duration' ? 'speed' : 'rate';
  c.unit = `${c.unit || '1'}/${per.unit}`;
}

/** 一米八 = 1.8 m, 1米75 = 1.75 m, 一米七五: one or two digits after the unit are its decimals. */
function readElidedDecimal(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.value === null || c.kind === 'money' || c.kind === 'count' || core.value === 0 || core.place !== 0) return;
  const unitWord = ctx.lang.units.matchBefore(text, c.end);
  if (!unitWord || !elidedUnits.has(unitWord.key)) return;
  const n = readAnyNumber(text, c.end);
  if (!n || n.end - n.start > 2 || n.place !== 0 || n.value >= 100) return;
  // two Chinese digits read positionally (一米七五), never a numeral with units (一米十五)
  if (
    n.form === 'zh' &&
    n.value >= 10 &&
    (numeralUnits.has(text[n.start] ?? '') || numeralUnits.has(text[n.start + 1] ?? ''))
  )
    return;
  const after = text[n.end] ?? '';
  if (
    isZhNumeralChar(after) ||
    after === '点' ||
    chineseClassifiers.match(text, n.end) ||
    ctx.lang.units.match(text, n.end) ||
    text.startsWith('分之', n.end)
  )
    return;
  const digits = n.end - n.start;
  const factor = c.value / core.value;
  c.value = Number((c.value + (n.value / 10 ** digits) * factor).toFixed(8));
  c.place = -digits + Math.log10(factor);
  c.end = n.end;
}

/** 两 as the tael after a number (三千两百两, 9两半) and after 斤 (3斤5两). */
function readTael(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.value === null) return;
  // 3斤5两: taels after catties
  if (c.kind === 'mass' && text[c.end - 1] === '斤') {
    const n = readAnyNumber(text, c.end);
    if (n && n.place === 0 && n.value < 10 && tael.has(text[n.end] ?? '') && !isCjk(text.charCodeAt(n.end + 1))) {
      c.value = Number((c.value + (n.value * zhTael.grams) / 1000).toFixed(8));
      c.place = Math.log10(zhTael.grams / 1000);
      c.end = n.end + 1;
    }
    return;
  }
  if (!tael.has(text[c.end] ?? '')) return;
  const next = text[c.end + 1] ?? '';
  if (isCjk(next.charCodeAt(0)) && next !== '半') return;
  if (c.kind === 'count' && c.unit === '' && c.noun === null && c.end === core.end) {
    c.value = core.value * zhTael.grams;
    c.unit = 'g';
    c.kind = 'mass';
    c.place = core.place + Math.log10(zhTael.grams);
    c.end += 1;
  }
}

/** 两年半, 3斤半, 一块半, 9两半: a half of the unit just read. */
function readHalfAfter(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
  const { text } = ctx;
  if (c.value === null || text[c.end] !== '半' || halfWords.match(text, c.end) || core.value === 0 || core.fraction)
    return;
  if (c.kind === 'count' || c.kind === 'percent' || c.kind === 'pp' || c.kind === 'fraction' || c.kind === 'rate')
    return;
  const perUnit = c.value / core.value;
  c.value = Number((c.value + 0.5 * perUnit).toFixed(8));
  c.place = Math.min(c.place, Math.log10(perUnit) - 1);
  c.end += 1;
}

/** 摄氏37度, 华氏温度98.6度, 零下5度: a temperature word before the number gives 度 its scale. */
function readTemperature(ctx: GrammarContext, c: Candidate): void {
  const { text } = ctx;
  if (c.value === null) return;
  const beforeEnd = skipSpace(text, c.start, 0);
  const before = temperatureBefore.matchBefore(text, beforeEnd);
  if (!before || before.end < ctx.floor) return;
  if (c.kind === 'count' && c.unit === '' && c.noun === null && degreeSigns.has(text[c.end] ?? '')) {
    c.unit = before.value;
    c.kind = 'temperature';
    c.end += 1;
  } else if (c.kind === 'temperature' && c.unit === '') {
    c.unit = before.value; // 摄氏37°: the word settles the bare degree sign
    delete c.note;
  }
  if (c.kind !== 'temperature') return;
  if (before.key === '零下') c.value = -c.value;
  c.start = before.end;
}

/** 负三十二, 負0.2, 负 1200000: a negative sign before the number (not 正负, ±). */
function readNegative(ctx: GrammarContext, c: Candidate, numberStart: number): void {
  const { text } = ctx;
  if (c.value === null || c.start !== numberStart) return;
  const at = text[numberStart - 1] === ' ' ? numberStart - 2 : numberStart - 1;
  if (at < ctx.floor || !negative.has(text[at] ?? '') || text[at - 1] === '正') return;
  c.value = -c.value;
  c.start = at;
  extendLeft(ctx, c);
}

/**
 * 十二点, 下午三点半, 凌晨3时: a clock time is a date (T15:30). A bare number before 点 that
 * is no time counts points (下跌500点, 三点建议): 点 becomes its noun.
 */
function readClock(ctx: GrammarContext, c: Candidate, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  // any place: 十点 is ten o'clock (its lowest digit is the tens), 3088.64点 index points
  if (c.kind !== 'count' || c.noun !== null || c.unit !== '' || c.end !== core.end) return undefined;
  if (!zhClockMarks.hour.includes(text[c.end] ?? '')) return undefined;
  const hour = core.value;
  if (!Number.isInteger(hour) || hour > 24) {
    c.noun = text[c.end] ?? null;
    c.end += 1;
    return undefined;
  }
  let end = c.end + 1;
  let minute = 0;
  let marked = false;
  const after = clockAfter.match(text, end);
  if (after) {
    marked = true;
    if (after.key === '半') minute = 30;
    else if (after.key === '一刻') minute = 15;
    else if (after.key === '三刻') minute = 45;
    end = after.end;
  } else {
    const m = readAnyNumber(text, end);
    // 二十分: a numeral's place is its lowest non-zero digit, so whole minutes are enough
    if (
      m &&
      m.value < 60 &&
      Number.isInteger(m.value) &&
      m.place >= 0 &&
      text[m.end] === '分' &&
      text[m.end + 1] !== '之'
    ) {
      minute = m.value;
      end = m.end + 1;
      marked = true;
    }
  }
  const before = clockBefore.matchBefore(text, c.start);
  if (!marked && !before) {
    // not a time: 下跌500点 (index points), 三点建议
    c.noun = text[c.end] ?? null;
    c.end += 1;
    return undefined;
  }
  const pm = before && ['下午', '晚上', '傍晚', '晚'].includes(before.key) && hour < 12;
  const iso = `T${String(pm ? hour + 12 : hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const t = make(c.start, end, 0, '', 'date', 0);
  t.value = null;
  t.iso = iso;
  return t;
}

/**
 * Numerals inside ordinary words: a lone digit before another character (四川, 一看, 三是), a
 * lone financial digit that names no money or unit (大陆, 队伍, 拾取), and 一 + classifier before
 * a noun, which is the article "a" (一家公司) unless 仅, 只, 至少 … make it a count.
 */
function isWordPart(ctx: GrammarContext, c: Candidate, core: NumberCore, written: string): boolean {
  const { text } = ctx;
  if (core.form !== 'zh' || core.fraction) return false;
  const lone = written.length === 1;
  const prevCjk = isCjk(text.charCodeAt(core.start - 1));
  const nextCjk = isCjk(text.charCodeAt(core.end));
  if (lone && financial.has(written) && (c.unit === '' || c.kind === 'count') && (prevCjk || nextCjk)) return true;
  const bare = c.kind === 'count' && c.unit === '' && c.noun === null && c.end === core.end && c.start === core.start;
  if (bare && lone) {
    // a space inside Chinese text is layout: 这一 点 is 这一点
    const next = text[prevCjk ? skipSpace(text, c.end, 1) : c.end] ?? '';
    if (!isCjk(next.charCodeAt(0)) || standaloneAfter.has(next)) return false;
    if (rangeJoiners.has(next) && (isZhNumeralChar(text[c.end + 1] ?? '') || isDigit(text.charCodeAt(c.end + 1))))
      return false;
    return true;
  }
  if (
    lone &&
    core.value === 1 &&
    c.kind === 'count' &&
    c.noun !== null &&
    c.qualifier === 'exact' &&
    c.start === core.start
  ) {
    const classifier = chineseClassifiers.match(text, skipSpace(text, core.end, 1));
    if (!classifier || zhCountingOneClassifiers.includes(classifier.key)) return false;
    if (!isCjk(text.charCodeAt(classifier.end))) return false;
    return !countingOne.matchBefore(text, core.start);
  }
  return false;
}
