import { type Candidate, type Skipped, plainCandidate } from './candidate.js';
import { isYearValue, readDate, type DateOrder } from './dates.js';
import type { GrammarContext } from './grammar-base.js';
import { readOrdinal } from './grammar-left.js';
import { isWordChar } from './lexicon.js';
import { codeLike, readTally } from './tally.js';
import {
  isDigit,
  readChineseNumeral,
  readDigits,
  withAddedTime,
  withDigitFraction,
  withOver,
  type NumberCore,
} from './numbers.js';
import { isEnglishName, nameRunsOn } from './english-scan.js';
import { chineseFigure, readIdiomAround } from './zh-figure.js';
import { zhNumeralOptions } from './zh-lexicons.js';
import { type Push, figureFromCore, isBracketedCode, isLetter, readIdiom } from './scan-figures.js';

/*
 * A figure that starts with a digit: dates, ordinals, idioms around it, decades, fractions, codes
 * and tallies told apart, the Chinese words after it (zh-figure.ts), English names with numbers.
 */

export function readDigitFigure(
  ctx: GrammarContext,
  pos: number,
  order: DateOrder | null,
  skipped: Skipped[],
  push: Push,
): number | undefined {
  const { text } = ctx;
  const date = readDate(text, pos, ctx.lang.lang, order);
  if (date) return push(date);
  const ordinal = readOrdinal(ctx, pos);
  if (ordinal) return push(ordinal);
  const idiomEnd =
    (ctx.lang.grammar.idiomsAround ? readIdiomAround(ctx, pos, skipped) : undefined) ?? readIdiom(ctx, pos, skipped);
  if (idiomEnd !== undefined) return idiomEnd;
  const digits = readDigits(text, pos);
  if (!digits) return undefined;
  const code = codeAt(ctx, pos, digits);
  if (code !== undefined) {
    skipped.push({ start: pos, end: code, reason: 'identifier' });
    return code;
  }
  const decade = readDecadeDigits(ctx, pos, digits);
  if (decade) return push(decade);
  // 3/4, 约1/3的企业: a slash fraction reads the same in both languages
  const core = withAddedTime(
    text,
    ctx.lang.grammar.overFractions ? withOver(text, withDigitFraction(text, digits)) : withDigitFraction(text, digits),
  );
  // 1/0 and other slash pairs that are no fraction: a code
  if (
    ctx.lang.grammar.overFractions &&
    text[core.end] === '/' &&
    isDigit(text.charCodeAt(core.end + 1)) &&
    core === digits
  ) {
    let e = core.end + 1;
    while (isWordChar(text.charCodeAt(e)) || text[e] === '/') e++;
    skipped.push({ start: pos, end: e, reason: 'identifier' });
    return e;
  }
  const tally = readTally(ctx, core);
  if (tally) {
    push(tally[0]);
    return push(tally[1]);
  }
  const coded = codeLike(ctx, core);
  if (coded !== undefined) {
    skipped.push({ start: pos, end: coded, reason: 'identifier' });
    return coded;
  }
  // Chinese: 3万4000, 9.9折, 一米八 and the other words zh-figure.ts reads
  const figure = ctx.lang.grammar.ownNumerals
    ? chineseFigure(ctx, readChineseNumeral(text, pos, zhNumeralOptions(true)) ?? core, skipped, figureFromCore)
    : figureFromCore(ctx, core, skipped);
  if (!figure) {
    let e = core.end;
    while (isWordChar(text.charCodeAt(e))) e++;
    return e;
  }
  if (ctx.lang.grammar.namesWithNumbers && isEnglishName(ctx, core, figure)) {
    const end = nameRunsOn(text, figure.end);
    skipped.push({ start: core.start, end, reason: 'name' });
    return end;
  }
  return push(figure);
}

/**
 * Where digits that are part of a code end, or undefined: digits glued to a word before them
 * (w:1280, ca-pub-…), except after a currency code ("USD34.6") or a scaled code ("MUSD");
 * addresses, versions and URL pieces (192.168.1.2, 1.2.3, RQT=305, %28); a whole number with a
 * leading zero alone in brackets (a stock code: 信置（0083）, Foo (0083)).
 */
function codeAt(ctx: GrammarContext, pos: number, digits: NumberCore): number | undefined {
  const { text } = ctx;
  if (isLetter(text.charCodeAt(pos - 1)) && !ctx.lang.currencyBefore.matchBefore(text, pos)) return digits.end;
  const prev = text[pos - 1];
  if (
    !isBracketedCode(text, pos, digits) &&
    !(text[digits.end] === '.' && isDigit(text.charCodeAt(digits.end + 1))) &&
    prev !== '=' &&
    prev !== '&' &&
    prev !== '%' &&
    prev !== '#'
  )
    return undefined;
  let e = digits.end;
  while (isWordChar(text.charCodeAt(e)) || (text[e] === '.' && isDigit(text.charCodeAt(e + 1)))) e++;
  return e;
}

/** "the 1960s", "the 1990's": a decade, a time and no count; its iso names the decade. */
function readDecadeDigits(ctx: GrammarContext, pos: number, digits: NumberCore): Candidate | undefined {
  const { text } = ctx;
  const decadeEnd = text[digits.end] === 's' ? digits.end + 1 : text.startsWith("'s", digits.end) ? digits.end + 2 : -1;
  if (
    decadeEnd < 0 ||
    digits.end - pos !== 4 ||
    digits.grouped ||
    digits.value % 10 !== 0 ||
    !isYearValue(digits.value) ||
    isWordChar(text.charCodeAt(decadeEnd))
  )
    return undefined;
  return plainCandidate(pos, decadeEnd, digits.value, 'year', ctx.lang.lang, `${digits.value}s`);
}
