import type { Candidate } from './candidate.js';
import { type GrammarContext } from './grammar-base.js';
import { chineseClassifiers } from './lang/compiled.js';
import { zhClockMarks, zhDayMarks } from './lang/zh.js';
import { isDigit, readDigits, type NumberCore } from './numbers.js';
import { isZhNumeralChar } from './zh-numbers.js';
import {
  clockAfter,
  clockBefore,
  dayAfter,
  durationAfter,
  durationBefore,
  eras,
  isCjk,
  make,
  monthsCounted,
  nounEnd,
  rangeJoiners,
  readAnyNumber,
  skipSpace,
  streets,
} from './zh-lexicons.js';
import { readElidedDecimal } from './zh-money.js';

/*
 * Numbers that name a time, not an amount: dotted dates (9·11), generations (90后), days of a
 * month, lunar days, decades, months of a year, era years (民國112年), clock times.
 */

/**
 * Digits that name rather than count, in a Chinese sentence: after a Latin word and a space
 * (iPhone 15, Windows 11), or three or more glued to a noun with no classifier, which Chinese
 * needs to count (985高校, 12345热线, 110报警, 618大促).
 */
export function isDigitName(ctx: GrammarContext, c: Candidate, core: NumberCore): boolean {
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
export function readDottedDate(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
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
export function readGeneration(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
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

/**
 * 7日公布, 15号: a day of the month alone is a date (---07); 连续7日, 7日内 count days, and
 * 3号线, 1号文件 name a number (No. 3).
 */
export function readDayOfMonth(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const mark = text[core.end] ?? '';
  // 1日元 is money, 5日游 a trip: a longer word that starts with 日 is not the day
  if (ctx.lang.currencyAfter.match(text, core.end) || (ctx.lang.units.match(text, core.end)?.key.length ?? 0) > 1)
    return undefined;
  if (!zhDayMarks.date.includes(mark) || core.fraction || core.place !== 0 || core.value < 1) return undefined;
  const end = core.end + 1;
  // 人民路88号: a house number names a building, as 3号线 names a line
  if (mark !== '日' && streets.matchBefore(text, core.start) !== undefined) {
    const c = make(core.start, end, core.value, '', 'ordinal', 0);
    c.noun = mark;
    return c;
  }
  if (core.value > 31) return undefined;
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
export function readLunarDay(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
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
export function readDecade(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
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
export function readMonthOf(ctx: GrammarContext, core: NumberCore): Candidate | undefined {
  const { text } = ctx;
  if (core.fraction || core.place !== 0) return undefined;
  let end = core.end;
  let mark: string | undefined;
  // 連三月, 近三月: months counted after a word of duration, not March
  if (text[end] === '月' && monthsCounted.matchBefore(text, core.start))
    return make(core.start, end + 1, core.value, 'month', 'duration', 0);
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
export function readEra(ctx: GrammarContext, c: Candidate, core: NumberCore): Candidate | undefined {
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

/**
 * 3分20秒 = 200 s, 3分20秒5 = 200.5 s: minutes are 分 only before seconds (3分 alone is points
 * or cents). After hours they are minutes anyway: 2小时30分钟 = 150 minutes, 2小时1分9秒 = 7269 s.
 */
export function readMinutesSeconds(ctx: GrammarContext, c: Candidate, core: NumberCore): void {
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

/**
 * 十二点, 下午三点半, 凌晨3时: a clock time is a date (T15:30). A bare number before 点 that
 * is no time counts points (下跌500点, 三点建议): 点 becomes its noun.
 */
export function readClock(ctx: GrammarContext, c: Candidate, core: NumberCore): Candidate | undefined {
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
