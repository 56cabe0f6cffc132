import { type Candidate, type Skipped, plainCandidate } from './candidate.js';
import { enFiscalPrefixes, enTimePrefixes } from './lang/en.js';
import { isYearValue, readDate, type DateOrder } from './dates.js';
import { skipSpace, type GrammarContext } from './grammar-base.js';
import { extendLeft, readOrdinal } from './grammar-left.js';
import { englishMonths, englishMultipliers, englishOrdinals, languages } from './lang/compiled.js';
import { isWordChar } from './lexicon.js';
import { periodLabelEnd, readQuarter } from './quarters.js';
import { readNumberSign } from './ranks.js';
import { readVaguePlural } from './vague.js';
import { isDigit, readEnglishNumber } from './numbers.js';
import { isPronounOne } from './english-scan.js';
import { POSSESSIVES, type Push, figureFromCore, isLetter, readIdiom } from './scan-figures.js';

/*
 * A figure or idiom that starts with a word of letters: a month's date, a quarter, a name glued to
 * digits (G20), vague plurals, "No. 1", multipliers, numbers in words.
 */

/** Words hyphenated to a year or decade that leave it a time: mid-1990s, pre-2008, post-2020. */
const TIME_PREFIXES = new Set(enTimePrefixes);

/** A figure or idiom that starts with the word at `pos`; `idiomMayStart` from `idiomStarts`. */
export function readWordFigure(
  ctx: GrammarContext,
  pos: number,
  order: DateOrder | null,
  skipped: Skipped[],
  push: Push,
  idiomMayStart: boolean,
): number | undefined {
  const { text } = ctx;
  const idiomEnd = idiomMayStart ? readIdiom(ctx, pos, skipped) : undefined;
  if (idiomEnd !== undefined) return idiomEnd;
  if (englishMonths.match(text, pos, true)) {
    const date = readDate(text, pos, 'en', order);
    if (date) return push(date);
  }
  // Q3 2023, H1 2022: a quarter or half with its year is a date, not a name
  const quarter = text[pos] === 'Q' || text[pos] === 'H' ? readQuarter(text, pos, ctx.lang.lang) : undefined;
  if (quarter) return push(quarter);
  const fiscal = fiscalYear(text, pos);
  if (fiscal) return push(fiscal);
  const named = nameWithDigits(ctx, pos, skipped);
  if (named !== undefined) return named;
  // words of letters are read with the English tables, in a sentence of any language
  const english = ctx.lang === languages.en ? ctx : { ...ctx, lang: languages.en };
  const vague =
    readVaguePlural(english, pos) ??
    (text[pos] === 'n' || text[pos] === 'N' ? readNumberSign(english, pos, skipped) : undefined);
  if (typeof vague === 'number') return vague;
  if (vague) return push(vague);
  const multiplier = englishMultipliers.match(text, pos, true);
  if (multiplier)
    return push(extendLeft(english, plainCandidate(pos, multiplier.end, multiplier.value, 'multiplier', 'en')));
  const core = readEnglishNumber(text, pos);
  if (core) {
    const figure = figureFromCore(english, core, skipped);
    // "the one you mentioned", "this one": a pronoun, not a count
    if (figure && isPronounOne(text, figure, core, ctx.floor)) {
      skipped.push({ start: core.start, end: core.end, reason: 'idiom' });
      return core.end;
    }
    return push(figure);
  }
  return readOrdinalWord(ctx, english, pos, skipped, push);
}

/** An ordinal in words: a quarter with its year ("third quarter of 2023"), a period label, a name ("the Second World War"), or an ordinal or rank. */
function readOrdinalWord(
  ctx: GrammarContext,
  english: GrammarContext,
  pos: number,
  skipped: Skipped[],
  push: Push,
): number | undefined {
  const { text } = ctx;
  const ordinal = englishOrdinals.match(text, pos, true);
  const quarterOf = ordinal ? readQuarter(text, pos, ctx.lang.lang) : undefined;
  if (quarterOf) return push(quarterOf);
  const label = ordinal ? periodLabelEnd(text, pos) : -1;
  if (label > 0) {
    skipped.push({ start: pos, end: label, reason: 'idiom' });
    return label;
  }
  if (!ordinal) return undefined;
  // "the Second World War", "the second Lagrangian point": an ordinal before a capitalised word
  // names it, unless a possessive counts ("her third Grand Slam title")
  const capital = text.charCodeAt(ordinal.end + 1);
  const next = text.charCodeAt(ordinal.end + 2);
  if (
    text[ordinal.end] === ' ' &&
    capital >= 0x41 &&
    capital <= 0x5a &&
    next >= 0x61 &&
    next <= 0x7a &&
    !POSSESSIVES.test(text.slice(Math.max(ctx.floor, pos - 7), pos))
  ) {
    skipped.push({ start: pos, end: ordinal.end, reason: 'name' });
    return ordinal.end;
  }
  return push(readOrdinal(english, pos));
}

const FISCAL_PREFIXES = new Set(enFiscalPrefixes);

/** "FY2024 profit": a fiscal year glued to its prefix is a year. */
function fiscalYear(text: string, pos: number): Candidate | undefined {
  let w = pos;
  while (isLetter(text.charCodeAt(w))) w++;
  // most words have no digit glued to them: no slice and lower-casing for them
  if (!isDigit(text.charCodeAt(w)) || !FISCAL_PREFIXES.has(text.slice(pos, w).toLowerCase())) return undefined;
  const digits = /^\d{4}(?![\d.,/-])/.exec(text.slice(w, w + 5))?.[0];
  const value = Number(digits);
  if (!digits || !isYearValue(value)) return undefined;
  return plainCandidate(pos, w + 4, value, 'year', 'en', digits);
}

/** "R1,2 billion", "R250", "R5 billion" after a one-letter sign; "R2-D2" and "the R1 road" are names. */
function amountAfterSign(ctx: GrammarContext, at: number): boolean {
  const { text, lang } = ctx;
  const digits = /^\d+(?:[.,]\d+)*/.exec(text.slice(at, at + 24))?.[0] ?? '';
  if (digits.length >= 3) return true;
  const end = at + digits.length;
  return (
    lang.weakScales.match(text, end, true) !== undefined ||
    lang.scales.match(text, skipSpace(text, end, 1), true) !== undefined
  );
}

/**
 * A name glued to digits (Covid-19, G20, A380, MH17, PM2.5): the digits are part of the name,
 * skipped. Where the word ends when it is a currency code before its digits ("USD34.6") or a
 * time word before a year ("mid-1990s"); undefined when no digits follow the word.
 */
function nameWithDigits(ctx: GrammarContext, pos: number, skipped: Skipped[]): number | undefined {
  const { text } = ctx;
  let w = pos;
  while (isLetter(text.charCodeAt(w))) w++;
  const joiner = text[w] === '-' ? w + 1 : w;
  // "USD34.6 million", "CAD3.03", "$US1.2 billion": the code (after its sign) is read as the number's currency, the digits next
  if (joiner === w && isDigit(text.charCodeAt(w))) {
    const code = ctx.lang.currencyBefore.match(text, pos);
    if (code?.end === w && (w - pos >= 2 || amountAfterSign(ctx, w))) return w;
    if ((ctx.lang.currencyBefore.matchBefore(text, w)?.end ?? pos) < pos) return w;
  }
  // "mid-1990s", "pre-2008 levels": a time word before a year is no name
  if (joiner > w && TIME_PREFIXES.has(text.slice(pos, w).toLowerCase())) return w;
  if (!isDigit(text.charCodeAt(joiner)) || (w - pos >= 2 && ctx.lang.currencyBefore.match(text, pos))) return undefined;
  let e = joiner;
  // catalogue ids run on over a point or sign between digits: J1149.5+6663, A380-800, PM2.5
  while (
    isWordChar(text.charCodeAt(e)) ||
    ((text[e] === '.' || text[e] === '+' || text[e] === '-') && isDigit(text.charCodeAt(e + 1)))
  )
    e++;
  skipped.push({ start: pos, end: e, reason: 'name' });
  return e;
}
