import type { StatementPatterns } from './compiled.js';
import type { PlacedFigure, RoledFigure } from './roles.js';
import { collapse, lastWords, trimMarks } from './text.js';

/* What a clause is about: the words naming what it measures, and the period it states. */

/** The marks a subject neither opens nor ends with (its spaces are single ones). */
const SUBJECT_OPEN = ' ,，。;；:：、(（)）—–-';
const SUBJECT_CLOSE = ' ,，:：、(（—–-';

/** The words naming what a clause measures: its opening words, without periods and marks. */
export function subjectOf(text: string, from: number, to: number, p: StatementPatterns): string | null {
  // a subject is a few words: a long opening is read from its end
  let words = collapse(text.slice(Math.max(from, to - 120), to));
  if (p.anyPeriod.test(words)) words = words.replace(p.period, ' ');
  if (p.anyYear.test(words)) words = words.replace(p.year, ' ');
  words = trimMarks(words, SUBJECT_OPEN, SUBJECT_CLOSE);
  words = trimMarks(words.replace(p.partsOpen, ''), ' ,，:：', '');
  // the part nearest the figure: "据海关统计，2023年，我国货物贸易进出口总值" → 我国货物贸易进出口总值
  // a dateline's day ("Jan. 12 -- China's …") opens no subject
  const parts = words.split(/\s*[,，;；:：]\s*|\s+[-–—]{1,2}\s+/);
  let k = parts.length - 1;
  while (k >= 0 && !/\p{L}/u.test(parts[k] as string)) k--;
  const nearest = k < 0 ? '' : (parts[k] as string).trim();
  // what is measured, without the words that state the change ("Exports rose", 比利时的贸易赤字从……的)
  const subject = collapse(
    nearest
      .replace(p.leadingBreak, '')
      .replace(p.toBefore, '')
      .replace(p.fromBefore, '')
      .replace(p.upBefore, '')
      .replace(p.downBefore, ''),
  ).trim();
  if (!subject) return null;
  return p.words.spaced ? lastWords(subject, 8) : subject.slice(-16);
}

/** The period a clause is about: the year stated in it or its sentence (whose `figures` these are), and a part of the year. */
export function periodOf(
  body: string,
  figures: PlacedFigure[],
  roled: RoledFigure[],
  sentencePart: () => string | null,
  p: StatementPatterns,
): string | null {
  // the year of a figure's own period (2023, 2023-11, 2023-Q1/2023-Q3), else a year the sentence names
  const own = roled.find((r) => /^\d{4}/.test(r.figure.period ?? ''))?.figure.period?.slice(0, 4);
  const year = own ?? figures.find((f) => f.kind === 'year' && f.value !== null)?.value?.toString() ?? null;
  const part = firstPeriod(body, p) ?? sentencePart();
  const period = [year, part].filter((x) => x !== null && x !== undefined).join(' ');
  return period || null;
}

/** The part of a year named first in `words` (上半年 → H1, "in March" → M3). */
export function firstPeriod(words: string, p: StatementPatterns): string | null {
  p.period.lastIndex = 0;
  const m = p.period.exec(words);
  return m ? (p.periodKey(m[0]) ?? null) : null;
}
