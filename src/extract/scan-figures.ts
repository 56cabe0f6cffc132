import type { Candidate, Skipped } from './candidate.js';
import { enPossessives, enYearPrepositions } from './lang/en.js';
import { isYearValue } from './dates.js';
import type { GrammarContext } from './grammar-base.js';
import { extendLeft } from './grammar-left.js';
import { extendNumber } from './grammar.js';
import { languages } from './lang/compiled.js';
import { isWordChar } from './lexicon.js';
import { isSingularPhrase } from './nouns.js';
import { markCutOff } from './truncated.js';
import { readDigits, type NumberCore } from './numbers.js';

/*
 * What the scanner's readers share: a number read into a figure by the grammar (`figureFromCore`:
 * extendNumber, extendLeft, years, rates), idioms skipped with their reason, bracketed codes.
 */

export const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** A possessive right before an ordinal ("her third", "Serena's seventh"): the ordinal counts. */
export const POSSESSIVES = new RegExp(`(?:\\b(?:${enPossessives.join('|')})|'s|s') $`, 'i');

const YEAR_PREPOSITIONS = new Set(enYearPrepositions);

export type Push = (c: Candidate | undefined) => number | undefined;

/** Idioms and names that contain a number ("one of", Covid-19, 唯一): skipped with a reason. */
export function readIdiom(ctx: GrammarContext, pos: number, skipped: Skipped[]): number | undefined {
  const idiom =
    ctx.lang.idioms.match(ctx.text, pos, ctx.lang.wholeWord) ??
    // the English idioms again in a sentence of another language (Chinese text quotes English names)
    (ctx.lang.idioms === languages.en.idioms ? undefined : languages.en.idioms.match(ctx.text, pos, true));
  if (!idiom) return undefined;
  skipped.push({ start: pos, end: idiom.end, reason: /\d/.test(idiom.key) ? 'name' : 'idiom' });
  return idiom.end;
}

const OPENING_BRACKETS = new Set(['(', '（']);

const CLOSING_BRACKETS = new Set([')', '）']);

export function isBracketedCode(text: string, pos: number, digits: NumberCore): boolean {
  return (
    text[pos] === '0' &&
    digits.place === 0 &&
    !digits.grouped &&
    digits.end - pos > 1 &&
    OPENING_BRACKETS.has(text[pos - 1] as string) &&
    CLOSING_BRACKETS.has(text[digits.end] as string)
  );
}

export function figureFromCore(ctx: GrammarContext, rawCore: NumberCore, skipped: Skipped[]): Candidate | undefined {
  const { text } = ctx;
  const core = rawCore;
  const candidate = extendNumber(ctx, core);
  // digits running on into letters the grammar did not read are a code (336x280, 5G), and so are
  // digits hyphenated to one capital letter (3-D, Form 10-K)
  const lettered =
    text[candidate.end] === '-' && /^[A-Z](?![A-Za-z])/.test(text.slice(candidate.end + 1, candidate.end + 3));
  if ((isLetter(text.charCodeAt(candidate.end)) || lettered) && core.form === 'digits' && candidate.end === core.end) {
    let e = candidate.end;
    while (isWordChar(text.charCodeAt(e))) e++;
    skipped.push({ start: core.start, end: e, reason: 'identifier' });
    return undefined;
  }
  extendLeft(ctx, candidate);
  if (isYear(ctx, core, candidate)) {
    candidate.kind = 'year';
    candidate.iso = String(core.value);
    candidate.noun = null;
    candidate.qualifier = 'exact';
    candidate.start = core.start;
    candidate.end = core.end;
  }
  if (candidate.kind === 'count') ratePrefix(ctx, candidate);
  if (core.form === 'digits' && candidate.scale === 1) markCutOff(text, candidate, ctx.limit);
  return candidate;
}

/** 每周五班: a 每 + period right before the number makes it a rate. */
function ratePrefix(ctx: GrammarContext, c: Candidate): boolean {
  const per = ctx.lang.ratePer.matchBefore(ctx.text, c.start);
  if (!per || !ctx.lang.grammar.ratesBefore || per.end < ctx.floor) return false;
  c.kind = 'rate';
  c.unit = `1/${per.value}`;
  return true;
}

/** 每月2000至3000元, 2000-3000 tonnes: a range to a number that is no year starts with no year. */
function startsRangeOfAmounts(ctx: GrammarContext, core: NumberCore): boolean {
  const joiner = ctx.lang.rangeJoiners.match(ctx.text, core.end, ctx.lang.wholeWord);
  const next = joiner ? readDigits(ctx.text, joiner.end) : undefined;
  return next !== undefined && next.end - next.start >= 4 && !isYearValue(next.value);
}

/** A four-digit number that names a year ("in 2018", "2021 年") rather than counts something. */
function isYear(ctx: GrammarContext, core: NumberCore, c: Candidate): boolean {
  if (core.form !== 'digits' || core.grouped || core.place !== 0 || core.end - core.start !== 4) return false;
  if (!isYearValue(core.value) || c.kind !== 'count' || c.scale !== 1 || c.qualifier !== 'exact') return false;
  if (startsRangeOfAmounts(ctx, core)) return false;
  if (c.noun === null) return true;
  // "in 2021 sales rose": a year preposition outweighs the noun after it
  const before =
    ctx.text
      .slice(Math.max(ctx.floor, core.start - 8), core.start)
      .trim()
      .split(/\s+/)
      .pop()
      ?.toLowerCase()
      .replace(/-$/, '') ?? '';
  // "China's 2023 trade edges up": a possessive before it makes it whose year, as "its 2023 budget" does
  return (
    YEAR_PREPOSITIONS.has(before) ||
    /['’]s$/.test(before) ||
    /^[A-Z]/.test(c.noun) ||
    isSingularPhrase(ctx.lang, c.noun)
  );
}
