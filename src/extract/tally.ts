import { type Candidate, plainCandidate } from './candidate.js';
import type { GrammarContext } from './grammar-base.js';
import { isWordChar } from './lexicon.js';
import { isDigit, readDigits, type NumberCore } from './numbers.js';

/**
 * A score or a tally ("beat Arsenal 3-1", "ruled 5-4", 客场3-1取胜): two plain whole numbers
 * joined by a dash, the second the smaller, with no unit after them. A range runs from low to
 * high, so a falling pair is two counts (goals, votes) side by side, each a figure of its own.
 */
export function readTally(ctx: GrammarContext, core: NumberCore): [Candidate, Candidate] | undefined {
  const { text, lang } = ctx;
  const dash = text[core.end];
  if ((dash !== '-' && dash !== '–') || core.form !== 'digits' || core.grouped || core.place !== 0) return undefined;
  if (core.value > 200 || (text[core.start] === '0' && core.end - core.start > 1)) return undefined;
  const second = readDigits(text, core.end + 1);
  if (!second || second.grouped || second.place !== 0 || second.value >= core.value) return undefined;
  // a code goes on ("3-1-2", "10-05", "2003-84-53"), a word or a percent sign makes it something else
  const prev = text[core.start - 1] ?? '';
  if ((prev === '-' || prev === '–' || prev === '/' || prev === '.') && /\d/.test(text[core.start - 2] ?? ''))
    return undefined;
  const next = text[second.end] ?? '';
  if (isWordChar(text.charCodeAt(second.end)) || next === '%' || next === '-' || next === '–') return undefined;
  if (text[core.end + 1] === '0' && second.end - core.end > 2) return undefined;
  const after = second.end + (text[second.end] === ' ' ? 1 : 0);
  if (
    lang.units.match(text, after, true) ??
    lang.percentAfter.match(text, after, true) ??
    lang.scales.match(text, after, true) ??
    lang.currencyAfter.match(text, after, true)
  )
    return undefined;
  const count = (start: number, end: number, value: number): Candidate =>
    plainCandidate(start, end, value, 'count', lang.lang);
  return [count(core.start, core.end, core.value), count(second.start, second.end, second.value)];
}

/**
 * Digit pairs that are codes, not ranges: phone numbers and ids with a leading zero ("555-0199"),
 * a chain of three numbers or more ("555-123-4567") and the rest of one ("2003-84-53").
 * Returns where the code ends. (A falling pair with no leading zero is a score: tally.ts.)
 */
export function codeLike(ctx: GrammarContext, core: NumberCore): number | undefined {
  const { text } = ctx;
  if (
    core.form !== 'digits' ||
    (text[core.end] !== '-' && text[core.end] !== '–') ||
    !isDigit(text.charCodeAt(core.end + 1))
  )
    return undefined;
  const second = readDigits(text, core.end + 1);
  if (!second || isWordChar(text.charCodeAt(second.end)) || text[second.end] === '%') return undefined;
  const leadingZero =
    (text[core.start] === '0' && core.end - core.start > 1) ||
    (text[core.end + 1] === '0' && second.end - core.end > 2);
  // the middle of a chain ("2003-84-53" after its year) is a code too
  const chained =
    (text[core.start - 1] === '-' || text[core.start - 1] === '–') && isDigit(text.charCodeAt(core.start - 2));
  // three numbers or more joined by dashes are an account or phone number ("7075-78446998-5624")
  const chain = text[second.end] === '-' && isDigit(text.charCodeAt(second.end + 1));
  if (!leadingZero && !chained && !chain) return undefined;
  let e = second.end;
  while (text[e] === '-' && isDigit(text.charCodeAt(e + 1))) {
    e++;
    while (isDigit(text.charCodeAt(e))) e++;
  }
  return e;
}
