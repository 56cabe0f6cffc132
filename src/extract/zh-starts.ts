import type { Candidate, Skipped } from './candidate.js';
import { scaleValue, type GrammarContext } from './grammar-base.js';
import { extendLeft } from './grammar-left.js';
import { chineseClassifiers, languages } from './lang/compiled.js';
import { zhDiscount, zhDozen, zhHalving, zhTenths } from './lang/zh.js';
import { isDigit, type NumberCore } from './numbers.js';
import { isZhNumeralChar, isZhNumeralCode, readChineseNumeral } from './zh-numbers.js';
import {
  type FigureReader,
  WEEKDAY,
  WEEKDAY_NAMES,
  halfWords,
  isCjk,
  make,
  negative,
  perDenominators,
  readAnyNumber,
  roundQualifiers,
  roundUnits,
  skipSpace,
  tenthsStops,
  vagueBefore,
  zhBigUnitChars,
  zhDigitValue,
  zhNumeralOptions,
  readQualifierAfter,
} from './zh-lexicons.js';
import { chineseFigure } from './zh-figure.js';
import { readNegative } from './zh-words.js';

/*
 * Figures that start at a Chinese word rather than at a numeral: round units (月薪过万), vague
 * amounts (数十万), fractions (五分之一), 百分之, 翻番, a leading 半, weekdays.
 */

/**
 * 百 or 千 alone before a classifier or unit is one hundred, one thousand: 近百名学生, 逾千家企业,
 * 百亿元 (the numeral reader reads 百 alone as no number: 百姓, 百货, 百分点).
 */
export function readRoundUnit(ctx: GrammarContext, pos: number): NumberCore | undefined {
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
export function readBareRoundUnit(ctx: GrammarContext, pos: number): Candidate | undefined {
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
export function readVague(
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
export function readFraction(text: string, core: NumberCore, mixed = true): NumberCore {
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
export function readPerDenominator(ctx: GrammarContext, pos: number): Candidate | undefined {
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
export function readDoubling(ctx: GrammarContext, pos: number): Candidate | undefined {
  const m = /翻了?(?:([一二两兩三四五六七八九十])番|(番|倍))/y;
  m.lastIndex = pos;
  const hit = m.exec(ctx.text);
  if (!hit) return undefined;
  const times = hit[1] ? (readChineseNumeral(hit[1], 0)?.value ?? 1) : 1;
  return extendLeft(ctx, make(pos, m.lastIndex, 2 ** times, '', 'multiplier', 0));
}

/** 半 before a unit (半公升, 半小时, 半个世纪, 半折) or 半数; not in 上半年, 半导体. */
export function readLeadingHalf(
  ctx: GrammarContext,
  pos: number,
  skipped: Skipped[],
  generic: FigureReader,
): Candidate | undefined {
  const { text } = ctx;
  const prev = text[pos - 1] ?? '';
  // 利润减半: halved, as "doubled" is ×2
  if (zhHalving.includes(prev) && pos - 1 >= ctx.floor)
    return extendLeft(ctx, make(pos - 1, pos + 1, 0.5, '', 'multiplier', 0));
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
export function readWeekday(ctx: GrammarContext, pos: number): Candidate | undefined {
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
