import type { Lang } from '../types.js';
import { type Candidate, plainCandidate } from './candidate.js';
import { withClock } from './date-time.js';
import { englishMonths } from './lang/compiled.js';
import { isWordChar } from './lexicon.js';
import { isDigit, readChineseNumeral, readDigits } from './numbers.js';
import { readQuarter } from './quarters.js';
import { readChinesePeriod } from './zh-periods.js';
import { monthsCounted } from './zh-lexicons.js';

/** How the document writes numeric dates: 05/10/2023 is 5 October in Paris, May 10 in New York. */
export type DateOrder = 'day-first' | 'month-first';

const pad = (n: number): string => String(n).padStart(2, '0');
const validMonthDay = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;
export const isYearValue = (v: number): boolean => Number.isInteger(v) && v >= 1000 && v <= 2199;

function dateCandidate(start: number, end: number, iso: string | null, lang: Lang, note?: string): Candidate {
  const c: Candidate = plainCandidate(start, end, null, 'date', lang, iso);
  if (note) c.note = note;
  return c;
}

// a time after the date, its seconds too (2023-02-23 14:45:09, a dateline's time on the next line):
// seconds left unread would be a count of their own
const ISO_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|[ \t\r\n]{1,12})(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?/y;
const NUMERIC_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ \t]*-?[ \t]*(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d))?/y;
const CLOCK = /(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/y;
/** Time zones wire copy stamps a time with ("by 0900 GMT"). */
const TIME_ZONES = [
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'ET',
  'CST',
  'PST',
  'PDT',
  'PT',
  'JST',
  'HKT',
  'SGT',
  'AEST',
  'hrs',
  'local time',
];
// 0900 GMT, 1430 hrs: four digits of a 24-hour clock, told by the zone after them
const WIRE_TIME = new RegExp(`([01]\\d|2[0-3])([0-5]\\d) ?(?:${TIME_ZONES.join('|')})(?![A-Za-z])`, 'y');
// 3pm, 2.15 pm, 11 a.m., 2:00 PM: a time of day, never picometres or a count
const MERIDIEM = /(\d{1,2})(?:[:.](\d{2}))?\s?([aApP])\.?[mM]\.?(?![A-Za-z])/y;

/** a, A, p or P: the letter a meridiem (am, p.m.) starts with */
const isMeridiemLetter = (code: number): boolean => code === 0x61 || code === 0x41 || code === 0x70 || code === 0x50;

// 2024-25, 2013/14, 1999–00: a financial or crop year written with the second year short
const SPLIT_YEAR = /(\d{4})[-–/](\d{2})(?![\d\w]|[-/.]\d)/y;

/** A split year at `pos` (a span of two years: iso 2024/2025), when the second follows the first. */
function readSplitYear(text: string, pos: number, lang: Lang): Candidate | undefined {
  SPLIT_YEAR.lastIndex = pos;
  const m = SPLIT_YEAR.exec(text);
  if (!m || isDigit(text.charCodeAt(pos - 1))) return undefined;
  const first = Number(m[1]);
  const second = Math.floor(first / 100) * 100 + Number(m[2]) + (Number(m[2]) < first % 100 ? 100 : 0);
  if (!isYearValue(first) || second - first < 1 || second - first > 9) return undefined;
  return dateCandidate(pos, SPLIT_YEAR.lastIndex, `${first}/${second}`, lang);
}

/** The ISO time of an hour, minutes and seconds read after a date: T14:12, T14:12:09, or ''. */
const timeOf = (hh: string | undefined, mm: string | undefined, ss: string | undefined): string =>
  hh !== undefined && mm !== undefined ? `T${pad(Number(hh))}:${mm}${ss === undefined ? '' : `:${ss}`}` : '';

/** A date written in digits at `pos`: 2021-05-07 14:12, 05/10/2023, 14:12. */
function readNumericDate(text: string, pos: number, lang: Lang, order: DateOrder | null): Candidate | undefined {
  // what the patterns need right after the digits at `pos`: four digits and a separator (ISO), or
  // one or two digits and a separator, a colon, a space or a meridiem letter; most numbers are none
  let digits = 1;
  while (digits < 5 && isDigit(text.charCodeAt(pos + digits))) digits++;
  const after = text.charCodeAt(pos + digits);
  if (digits === 4 && (after === 0x20 || isWordChar(after)) && !isDigit(text.charCodeAt(pos - 1))) {
    WIRE_TIME.lastIndex = pos;
    const wire = WIRE_TIME.exec(text);
    return wire ? dateCandidate(pos, WIRE_TIME.lastIndex, `T${wire[1]}:${wire[2]}`, lang) : undefined;
  }
  if (digits === 4 ? !(after === 0x2d || after === 0x2f || after === 0x2e || after === 0x2013) : digits > 2)
    return undefined;
  let m = digits === 4 ? ((ISO_DATE.lastIndex = pos), ISO_DATE.exec(text)) : null;
  if (m) {
    const [, y, , mo, d, hh, mm, ss] = m;
    if (validMonthDay(Number(mo), Number(d))) {
      const time = timeOf(hh, mm, ss);
      return dateCandidate(pos, ISO_DATE.lastIndex, `${y}-${pad(Number(mo))}-${pad(Number(d))}${time}`, lang);
    }
  }
  if (digits === 4) return readSplitYear(text, pos, lang);
  // one or two digits: what comes right after them says which patterns can match at all
  NUMERIC_DATE.lastIndex = pos;
  m = after === 0x2f || after === 0x2e || after === 0x2d ? NUMERIC_DATE.exec(text) : null;
  if (m) {
    const [, a, , b, y, hh, mm, ss] = m;
    const first = Number(a);
    const second = Number(b);
    let dayFirst: boolean;
    let note: string | undefined;
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) dayFirst = false;
    else {
      dayFirst = order !== 'month-first';
      if (!order && first !== second)
        note = `day and month order not stated; read as ${dayFirst ? 'day/month' : 'month/day'}`;
    }
    const day = dayFirst ? first : second;
    const month = dayFirst ? second : first;
    if (validMonthDay(month, day)) {
      const time = timeOf(hh, mm, ss);
      return dateCandidate(pos, NUMERIC_DATE.lastIndex, `${y}-${pad(month)}-${pad(day)}${time}`, lang, note);
    }
  }
  MERIDIEM.lastIndex = pos;
  m =
    after === 0x3a || after === 0x2e || isMeridiemLetter(after) || isMeridiemLetter(text.charCodeAt(pos + digits + 1))
      ? MERIDIEM.exec(text)
      : null;
  if (
    m &&
    Number(m[1]) >= 1 &&
    Number(m[1]) <= 12 &&
    (m[2] === undefined || Number(m[2]) < 60) &&
    !isDigit(text.charCodeAt(pos - 1))
  ) {
    const hour = (Number(m[1]) % 12) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
    return dateCandidate(pos, MERIDIEM.lastIndex, `T${pad(hour)}:${m[2] ?? '00'}`, lang);
  }
  CLOCK.lastIndex = pos;
  m = after === 0x3a ? CLOCK.exec(text) : null;
  if (m && Number(m[1]) < 24 && !isDigit(text.charCodeAt(pos - 1)) && text[pos - 1] !== ':') {
    return dateCandidate(pos, CLOCK.lastIndex, `T${pad(Number(m[1]))}:${m[2]}`, lang);
  }
  return undefined;
}

const skipSpaceComma = (text: string, pos: number): number => {
  let i = pos;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2c) i++;
  return i;
};
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)\b/iy;
const isLetterCode = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A day of the month in digits, with an optional ordinal suffix, not running into more digits. */
function readDay(text: string, pos: number): { day: number; end: number } | undefined {
  const core = readDigits(text, pos);
  if (!core || core.grouped || core.place !== 0 || core.value < 1 || core.value > 31 || core.end - pos > 2)
    return undefined;
  ORDINAL_SUFFIX.lastIndex = core.end;
  // the suffix needs a letter right after the digits: look before searching
  const end =
    isLetterCode(text.charCodeAt(core.end)) && ORDINAL_SUFFIX.test(text) ? ORDINAL_SUFFIX.lastIndex : core.end;
  if (isWordChar(text.charCodeAt(end))) return undefined;
  return { day: core.value, end };
}

function readYear(text: string, pos: number): { year: number; end: number } | undefined {
  const core = readDigits(text, pos);
  if (
    !core ||
    core.grouped ||
    core.end - pos !== 4 ||
    !isYearValue(core.value) ||
    isWordChar(text.charCodeAt(core.end))
  )
    return undefined;
  return { year: core.value, end: core.end };
}

/**
 * English dates around a month name at `pos` ("May 7, 2021", "March 2020") or starting with a
 * day ("13 March 2020"). A month name alone is a word ("may allow"), never a date.
 */
function readEnglishDate(text: string, pos: number): Candidate | undefined {
  // three digits or more are no day, and no month name starts with a digit
  if (isDigit(text.charCodeAt(pos)) && isDigit(text.charCodeAt(pos + 1)) && isDigit(text.charCodeAt(pos + 2)))
    return undefined;
  const dayFirst = readDay(text, pos);
  if (dayFirst) {
    const afterDay = skipSpaceComma(text, dayFirst.end);
    if (afterDay === dayFirst.end) return undefined;
    const month = englishMonths.match(text, afterDay, true);
    if (!month) return undefined;
    const monthEnd = text[month.end] === '.' ? month.end + 1 : month.end;
    const year = readYear(text, skipSpaceComma(text, monthEnd));
    const iso = year
      ? `${year.year}-${pad(month.value)}-${pad(dayFirst.day)}`
      : `--${pad(month.value)}-${pad(dayFirst.day)}`;
    return dateCandidate(pos, year?.end ?? month.end, iso, 'en');
  }
  if (isWordChar(text.charCodeAt(pos - 1))) return undefined;
  const month = englishMonths.match(text, pos, true);
  if (!month) return undefined;
  // "May" and "March" are also words: the month needs a capital and a number after it
  if (!/[A-Z]/.test(text[pos] ?? '')) return undefined;
  const monthEnd = text[month.end] === '.' ? month.end + 1 : month.end;
  // "January-July 2022": a span of months, the year stated once after it
  const last = text[monthEnd] === '-' || text[monthEnd] === '–' ? englishMonths.match(text, monthEnd + 1, true) : null;
  if (last && /[A-Z]/.test(text[monthEnd + 1] ?? '') && last.value > month.value) {
    const y = readYear(text, skipSpaceComma(text, last.end));
    const [a, b] = [pad(month.value), pad(last.value)];
    return dateCandidate(pos, y?.end ?? last.end, y ? `${y.year}-${a}/${y.year}-${b}` : `--${a}/--${b}`, 'en');
  }
  const next = skipSpaceComma(text, monthEnd);
  if (next === monthEnd) return undefined;
  const year = readYear(text, next);
  if (year) return dateCandidate(pos, year.end, `${year.year}-${pad(month.value)}`, 'en');
  const day = readDay(text, next);
  if (!day) return undefined;
  const afterDay = skipSpaceComma(text, day.end);
  const dayYear = text[day.end] === ',' || text[day.end] === ' ' ? readYear(text, afterDay) : undefined;
  const iso = dayYear ? `${dayYear.year}-${pad(month.value)}-${pad(day.day)}` : `--${pad(month.value)}-${pad(day.day)}`;
  return dateCandidate(pos, dayYear?.end ?? day.end, iso, 'en');
}

/** A number in digits or Chinese numerals, as Chinese dates write them (2021年 / 二〇二一年). */
function readZhPart(text: string, pos: number): { value: number; end: number; digits: number } | undefined {
  const core = isDigit(text.charCodeAt(pos)) ? readDigits(text, pos) : readChineseNumeral(text, pos);
  if (!core || core.grouped || core.place < 0 || !Number.isInteger(core.value)) return undefined;
  return { value: core.value, end: core.end, digits: core.end - pos };
}

const skipSpaces = (text: string, pos: number): number => {
  let i = pos;
  while (text[i] === ' ') i++;
  return i;
};

/** Chinese dates: 2021年5月7日, 2023 年 7 月, 7月, 5月7日, 二〇二一年; a bare 2021年 is a year. */
function readChineseDate(text: string, pos: number): Candidate | undefined {
  const first = readZhPart(text, pos);
  if (!first) return undefined;
  let i = skipSpaces(text, first.end);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (text[i] === '年' && isYearValue(first.value) && first.digits >= 4) {
    year = first.value;
    i++;
    const m = readZhPart(text, skipSpaces(text, i));
    if (m && text[skipSpaces(text, m.end)] === '月' && m.value >= 1 && m.value <= 12) {
      month = m.value;
      i = skipSpaces(text, m.end) + 1;
    }
  } else if (
    text[i] === '月' &&
    first.value >= 1 &&
    first.value <= 12 &&
    text[i + 1] !== '份' &&
    text[i - 1] !== '个' &&
    // 連三月, 近三月, 为期三月: months counted, not March
    !monthsCounted.matchBefore(text, pos)
  ) {
    month = first.value;
    i++;
  } else return undefined;
  if (month !== undefined) {
    const d = readZhPart(text, skipSpaces(text, i));
    const mark = d ? text[skipSpaces(text, d.end)] : undefined;
    if (d && (mark === '日' || mark === '号' || mark === '號') && d.value >= 1 && d.value <= 31) {
      day = d.value;
      i = skipSpaces(text, d.end) + 1;
    }
  }
  if (year !== undefined && month === undefined) {
    const c = dateCandidate(pos, i, String(year), 'zh');
    c.kind = 'year';
    c.value = year;
    return c;
  }
  const iso = `${year ?? '-'}-${pad(month ?? 1)}${day !== undefined ? `-${pad(day)}` : ''}`;
  return dateCandidate(pos, i, iso, 'zh');
}

/** A date at `pos`, in any of the forms above, or undefined. */
export function readDate(text: string, pos: number, lang: Lang, order: DateOrder | null): Candidate | undefined {
  const date = readDateAt(text, pos, lang, order);
  return date && withClock(text, date);
}

function readDateAt(text: string, pos: number, lang: Lang, order: DateOrder | null): Candidate | undefined {
  if (isDigit(text.charCodeAt(pos))) {
    const numeric = readNumericDate(text, pos, lang, order) ?? readQuarter(text, pos, lang);
    if (numeric) return numeric;
  }
  return DATE_WORDS[lang](text, pos);
}

/** Dates and periods in words, by the language of the sentence: 2023年3月, 上半年; March 3, 2023. */
const DATE_WORDS: Record<Lang, (text: string, pos: number) => Candidate | undefined> = {
  en: (text, pos) => readEnglishDate(text, pos),
  zh: (text, pos) => readChinesePeriod(text, pos) ?? readChineseDate(text, pos),
};
