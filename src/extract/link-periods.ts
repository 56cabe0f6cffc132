import type { Candidate } from './candidate.js';
import type { CompiledLanguage } from './lang/compiled.js';
import { isQuantity } from './link-ranges.js';

/*
 * The period each figure of a sentence refers to: a year or month next to it, or one opening the
 * sentence ("In 2022, …", 2022年，…) that governs the figures after it.
 */

/**
 * A year right before a quantity (2021 年的 37 亿欧元) or right after it ("€3.7bn in 2021")
 * is the period the quantity refers to.
 */
export function assignPeriods(text: string, found: Candidate[]): void {
  for (let k = 0; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (!isQuantity(c)) continue;
    const prev = found[k - 1];
    const next = found[k + 1];
    if (
      prev &&
      prev.kind === 'year' &&
      /^\s*(?:年\s*)?(?:的|底|末|初)?\s*$/.test(text.slice(prev.end, c.start)) &&
      prev.iso
    ) {
      c.period = prev.iso;
    } else if (
      next &&
      next.kind === 'year' &&
      /^\s*(?:in|for|during|as of|by)\s+$/i.test(text.slice(c.end, next.start)) &&
      next.iso
    ) {
      c.period = next.iso;
    }
  }
}

/** A year, a month, a quarter, with or without its year, or a span of them: what a figure's period may be. */
const PERIOD_ISO = /^(?:\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?|--(?:\d{2}|Q[1-4]))(?:\/(?:\d{4}|--(?:\d{2}|Q[1-4])))?$/;

/**
 * "In 2022, sales were €412bn and profit €3bn", 2022年，营收120亿元: a period opening the sentence
 * (alone, or after a word of `periodLeads`) is the period of every quantity after it that has
 * none, until the next date.
 */
export function governPeriod(text: string, found: Candidate[], lang: CompiledLanguage, floor: number): void {
  const first = found[0] as Candidate;
  if ((first.kind !== 'year' && first.kind !== 'date') || !first.iso || !PERIOD_ISO.test(first.iso)) return;
  // 2024届 (a cohort), 2024-25: a year with more after it names no period
  if (first.kind === 'year' && !/^\d{4}年?$/.test(text.slice(first.start, first.end))) return;
  let lead = floor;
  while (lead < first.start && /\s/.test(text[lead] as string)) lead++;
  if (lead < first.start) {
    const word = lang.periodLeads.match(text, lead, lang.wholeWord);
    if (!word || text.slice(word.end, first.start).trim() !== '') return;
  }
  for (let k = 1; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.kind === 'year' || c.kind === 'date') return;
    if (isQuantity(c) && !c.period) c.period = first.iso;
  }
}

/**
 * "Revenue rose 5% over five years", "Over five years, the fund returned 40%": a duration after a
 * word of `spanLeads`, right after a quantity of its clause or opening the sentence before a comma,
 * is the time the quantity took, not a bound on it; the word is left out of the figure.
 */
export function readSpans(text: string, found: Candidate[], lang: CompiledLanguage, floor: number): void {
  const spans = lang.spanLeads;
  for (let k = 0; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.kind !== 'duration' || c.qualifier !== 'more-than') continue;
    const word = spans.words.match(text, c.start, lang.wholeWord);
    if (!word) continue;
    const prev = found[k - 1];
    const gap = prev ? text.slice(prev.end, c.start) : '';
    // the quantity's noun may stand between: "lost 3,400 jobs over six months"
    const afterQuantity = prev !== undefined && isQuantity(prev) && !/[,;:]/.test(gap) && gap.split(' ').length <= 5;
    const opening = text.slice(floor, c.start).trim() === '' && /^\s*,/.test(text.slice(c.end));
    if (!afterQuantity && !opening) continue;
    const before = /(\S+)\s*$/.exec(text.slice(floor, c.start))?.[1]?.toLowerCase() ?? '';
    const after = /^\s*(\S+)/.exec(text.slice(c.end, c.end + 20))?.[1]?.toLowerCase() ?? '';
    if (spans.notAfter.has(before) || spans.notBefore.has(after)) continue;
    c.qualifier = 'exact';
    c.start = word.end;
    while (text[c.start] === ' ') c.start++;
  }
}
