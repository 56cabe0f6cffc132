import type { Candidate } from './candidate.js';
import { isYearValue } from './dates.js';
import { scaleValue, type GrammarContext } from './grammar-base.js';
import { extendLeft } from './grammar-left.js';
import { chineseClassifiers } from './lang/compiled.js';
import { zhCountingOneClassifiers, zhDiscount, zhDozen, zhTwoForms, zhTenths } from './lang/zh.js';
import { isDigit, type NumberCore } from './numbers.js';
import { isZhNumeralChar } from './zh-numbers.js';
import {
  countingOne,
  degreeSigns,
  discountStops,
  financial,
  halfWords,
  isCjk,
  make,
  negative,
  nounEnd,
  rangeJoiners,
  readAnyNumber,
  sessionBodies,
  sessionCounts,
  sessionMeetings,
  skipSpace,
  standaloneAfter,
  temperatureBefore,
  tenthsStops,
  readQualifierAfter,
} from './zh-lexicons.js';

/*
 * Words after a Chinese number that change what it is: 折 and 成 (ratios), 来 after a duration,
 * 每 before it, sessions (十四届), 打, estimates (十多万), filler 个, 半 after it, temperatures, 负.
 */

/** 八折 = 80 %, 9.9折 = 99 %, 三八折 = 38 %; 三成 = 30 %, 7.2成 = 72 %, 七成六, 7成5 = 76 %, 75 %; 两成半 = 25 %. */
export function readRatio(ctx: GrammarContext, core: NumberCore, positional: boolean): Candidate | undefined {
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
  // 3至5成 is 30 % to 50 %: the first end counts tenths too
  if (!positional && end === at + 1) c.scale = 10;
  extendLeft(ctx, c);
  readQualifierAfter(ctx, c);
  return c;
}

/** 十年来: 来 after a duration means "since", not "about" (十来年 is read by readEstimate). */
export function readSinceAfter(ctx: GrammarContext, c: Candidate): void {
  const last = ctx.text[c.end - 1];
  if (c.kind === 'duration' && c.qualifier === 'approx' && (last === '来' || last === '來')) {
    c.qualifier = 'exact';
    c.end -= 1;
  }
}

/** 每小时180公里 is a speed, 每年3000吨 a rate: 每 + period before a measure. */
export function readRateBefore(ctx: GrammarContext, c: Candidate): void {
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
export function trimNoun(ctx: GrammarContext, c: Candidate): void {
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
export function readSession(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
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
export function readDozen(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
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
export function readEstimate(
  ctx: GrammarContext,
  core: NumberCore,
): { core: NumberCore; qualifier?: Candidate['qualifier'] } {
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
export function readFillerClassifier(ctx: GrammarContext, core: NumberCore): NumberCore {
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

/** 两年半, 3斤半, 一块半, 9两半: a half of the unit just read. */
export function readHalfAfter(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
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
export function readTemperature(ctx: GrammarContext, c: Candidate): void {
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
export function readNegative(ctx: GrammarContext, c: Candidate, numberStart: number): void {
  const { text } = ctx;
  if (c.value === null || c.start !== numberStart) return;
  const at = text[numberStart - 1] === ' ' ? numberStart - 2 : numberStart - 1;
  if (at < ctx.floor || !negative.has(text[at] ?? '') || text[at - 1] === '正') return;
  c.value = -c.value;
  c.start = at;
  extendLeft(ctx, c);
}

/**
 * Numerals inside ordinary words: a lone digit before another character (四川, 一看, 三是), a
 * lone financial digit that names no money or unit (大陆, 队伍, 拾取), and 一 + classifier before
 * a noun, which is the article "a" (一家公司) unless 仅, 只, 至少 … make it a count.
 */
export function isWordPart(ctx: GrammarContext, c: Candidate, core: NumberCore, written: string): boolean {
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
