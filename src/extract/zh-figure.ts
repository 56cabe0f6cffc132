import type { Candidate, Skipped } from './candidate.js';
import { readDate, type DateOrder } from './dates.js';
import { type GrammarContext } from './grammar-base.js';
import { extendLeft, readOrdinal } from './grammar-left.js';
import { zhPerDenominators, zhVagueBefore } from './lang/zh.js';
import { isDigit, type NumberCore } from './numbers.js';
import { isZhNumeralChar, isZhNumeralCode, readChineseNumeral } from './zh-numbers.js';
import { readDegreeWord } from './zh-degree.js';
import { readChinesePeriod } from './zh-periods.js';
import {
  type FigureReader,
  type Push,
  fractionNames,
  halfWords,
  make,
  numeralUnits,
  vagueBefore,
  zhNumeralOptions,
  readQualifierAfter,
} from './zh-lexicons.js';
import {
  readBareRoundUnit,
  readDoubling,
  readFraction,
  readLeadingHalf,
  readPerDenominator,
  readRoundUnit,
  readVague,
  readWeekday,
} from './zh-starts.js';
import {
  isDigitName,
  readClock,
  readDayOfMonth,
  readDecade,
  readDottedDate,
  readEra,
  readGeneration,
  readLunarDay,
  readMinutesSeconds,
  readMonthOf,
} from './zh-times.js';
import {
  colloquialMoneyHolds,
  readChange,
  readDigitSubunit,
  readElidedDecimal,
  readPerUnitRate,
  readTael,
} from './zh-money.js';
import {
  isWordPart,
  readDozen,
  readEstimate,
  readFillerClassifier,
  readHalfAfter,
  readNegative,
  readRateBefore,
  readRatio,
  readSession,
  readSinceAfter,
  readTemperature,
  trimNoun,
} from './zh-words.js';

/**
 * The Chinese side of the scanner: what starts a figure at a Chinese character (numerals, 百分之,
 * 翻番, 半, 周四), and the words around a Chinese number that the shared grammar does not read
 * (折, 成, 十多万, 一米八, 五元三毛, 两年半, 摄氏37度, 负). The words live in `lang/zh.ts`.
 */

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
  joinTildeRange(text, c, core);
  monthsAfterClassifier(text, c, core);
  if (!colloquialMoneyHolds(ctx, c, core)) return undefined;
  if (topRank(text, c, core)) return c;
  const clock = readWordsAfter(ctx, c, core, qualifier);
  if (clock) return clock;
  if (isWordPart(ctx, c, core, written)) return undefined;
  if (isDigitName(ctx, c, core)) {
    skipped.push({ start: core.start, end: core.end, reason: 'name' });
    return undefined;
  }
  return c;
}

/** 2~3公升: a tilde between two numbers joins a range, it does not qualify the second. */
function joinTildeRange(text: string, c: Candidate, core: NumberCore): void {
  const tilde = text[core.start - 1];
  if (
    (tilde === '~' || tilde === '～') &&
    c.start === core.start - 1 &&
    (isDigit(text.charCodeAt(core.start - 2)) || isZhNumeralChar(text[core.start - 2] ?? ''))
  ) {
    c.start = core.start;
    c.qualifier = 'exact';
  }
}

/** 两个半月, 两个多月: 月 is a month only after 个半, 个多. */
function monthsAfterClassifier(text: string, c: Candidate, core: NumberCore): void {
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
}

/** 世界500强, 八强: a list or round of the top N is a rank, not N things. */
function topRank(text: string, c: Candidate, core: NumberCore): boolean {
  if (
    c.kind !== 'count' ||
    c.noun !== null ||
    c.unit !== '' ||
    c.end !== core.end ||
    text[c.end] !== '强' ||
    core.fraction
  )
    return false;
  c.kind = 'rank';
  c.end += 1;
  return true;
}

/**
 * The words after a Chinese figure that change what it is, in order: coins, change, per-unit
 * rates, elided decimals, minutes and seconds, taels, a half, temperatures, 度, 负, 来, qualifiers,
 * 每, the noun's end, sessions. A clock time read there replaces the figure: returned.
 */
function readWordsAfter(
  ctx: GrammarContext,
  c: Candidate,
  core: NumberCore,
  qualifier: Candidate['qualifier'] | undefined,
): Candidate | undefined {
  readDigitSubunit(ctx, c, core);
  readChange(ctx, c);
  readPerUnitRate(ctx, c);
  // 度 read before its elided decimal (三十七度五), after the scale a 华氏 names
  readTemperature(ctx, c);
  readDegreeWord(ctx, c);
  readElidedDecimal(ctx, c, core);
  readMinutesSeconds(ctx, c, core);
  readTael(ctx, c, core);
  readHalfAfter(ctx, c, core);
  readNegative(ctx, c, core.start);
  readSinceAfter(ctx, c);
  readQualifierAfter(ctx, c);
  if (qualifier && c.qualifier === 'exact') c.qualifier = qualifier;
  readRateBefore(ctx, c);
  trimNoun(ctx, c);
  readSession(ctx, c, core);
  return readClock(ctx, c, core);
}
