import type { GrammarContext } from './grammar-base.js';
import {
  enAngleContext,
  enDataContext,
  enDimensionAdjectives,
  enEventDeterminers,
  enLengthContext,
  enLengthNouns,
  enMassContext,
  enMoneyContext,
  enPicometreContext,
  enPicometreWords,
  enTemperatureContext,
} from './lang/en.js';
import type { MeasureUnit } from './lang/types.js';
import { Lexicon, isWordChar, type LexiconMatch } from './lexicon.js';
import { isDigit, readDigits, type NumberCore } from './numbers.js';

/*
 * Which reading of an ambiguous English unit symbol fits its sentence: m as metres or million,
 * in as inches or the preposition, C/F/K as degrees, b as bits, pm as picometres or the hour,
 * ' and " as feet and inches, degrees of angle or of temperature.
 */

const dimensionAdjectives = new Lexicon(
  enDimensionAdjectives.map((w): [string, true] => [w, true]),
  true,
);

const lengthNouns = new Lexicon(
  enLengthNouns.map((w): [string, true] => [w, true]),
  true,
);

const angleWords = new Set(enAngleContext);

const temperatureWords = new Set(enTemperatureContext);

const dataWords = new Set(enDataContext);

const moneyWords = new Set(enMoneyContext);

const massWords = new Set(enMassContext);

const determiners = new Set(enEventDeterminers);

const lengthContext = new Set([...enLengthNouns, ...enLengthContext]);

const picometreContext = new Set(enPicometreContext);

const picometreWords = new Set(enPicometreWords);

/** "L-202", "F-16": a symbol running into a code is part of a name; "2.4m-tall", "a 30m-deep shaft" are no code. */
export function runsIntoCode(text: string, hit: LexiconMatch<MeasureUnit>): boolean {
  const next = text.charCodeAt(hit.end + 1);
  return (
    !/[a-z]{2}/i.test(hit.key) &&
    text[hit.end] === '-' &&
    (isDigit(next) || isLetter(next)) &&
    dimensionAdjectives.match(text, hit.end + 1, true) === undefined
  );
}

/** Lower-case words of the sentence around `pos` (a bounded window, never the whole text). */
function wordsAround(ctx: GrammarContext, pos: number, span = 80): string[] {
  const from = Math.max(ctx.floor, pos - span);
  const to = Math.min(ctx.limit, pos + span);
  return ctx.text
    .slice(from, to)
    .toLowerCase()
    .split(/[^a-z°]+/);
}

/** The lower-case word that ends right before `pos` (spaces skipped). */
function previousWord(ctx: GrammarContext, pos: number): string {
  let end = pos;
  while (end > ctx.floor && isSpace(ctx.text[end - 1])) end--;
  let start = end;
  while (start > ctx.floor && (isLetter(ctx.text.charCodeAt(start - 1)) || ctx.text[start - 1] === "'")) start--;
  return ctx.text.slice(start, end).toLowerCase();
}

/** The lower-case word at `pos`, or '' when no letter starts there. */
function nextWord(ctx: GrammarContext, pos: number): string {
  let end = pos;
  while (end < ctx.limit && isLetter(ctx.text.charCodeAt(end))) end++;
  return ctx.text.slice(pos, end).toLowerCase();
}

/** Whether what follows `pos` ends the phrase: the sentence end, punctuation, or a closing bracket. */
export function endsPhrase(ctx: GrammarContext, pos: number): boolean {
  let i = pos;
  while (isSpace(ctx.text[i])) i++;
  if (i >= ctx.limit) return true;
  const ch = ctx.text[i] as string;
  return '.,;:!?)]}'.includes(ch) || ch === '\u2029' || ch === '\n';
}

/** Whether the quote marks before `pos` in the sentence are balanced, so a `"` there closes nothing. */
function outsideQuotes(ctx: GrammarContext, pos: number): boolean {
  let n = 0;
  for (let i = Math.max(ctx.floor, pos - 400); i < pos; i++) if (ctx.text[i] === '"') n++;
  return n % 2 === 0;
}

/** Which reading of an ambiguous unit symbol fits (`glued`: no space between number and unit) ("2 in thick", "100m sprint", "40C heatwave", "64b packets"). */
export function ambiguousUnit(
  ctx: GrammarContext,
  core: NumberCore,
  hit: LexiconMatch<MeasureUnit>,
  end: number,
  glued: boolean,
  weakScaleEnd: number | undefined,
): MeasureHit | undefined {
  const { text } = ctx;
  switch (hit.key) {
    case 'm':
      return metresOrMillions(ctx, core, hit, end, weakScaleEnd);
    case 'in':
      // "2 in thick", "10 1/2 in" at the end, never the preposition in "5 in 10"
      if (core.form !== 'digits' && core.form !== 'fraction') return undefined;
      if (endsPhrase(ctx, hit.end) || dimensionAdjectives.match(text, skipSpaces(text, hit.end), true) !== undefined)
        return hit;
      return undefined;
    case '"':
    case "''":
      if (core.form === 'words' || (!glued && text[end] !== ' ') || !outsideQuotes(ctx, end)) return undefined;
      return isLetter(text.charCodeAt(hit.end)) || isDigit(text.charCodeAt(hit.end)) ? undefined : hit;
    case 'C':
    case 'F':
    case 'K':
      // "40C" in a heatwave story, "cooled to 4K", not "13F filings", "Boeing 777F", "a 300K salary"
      if (text[hit.end] === '-') return undefined;
      if (wordsAround(ctx, end).some((w) => temperatureWords.has(w))) return hit;
      return hit.key === 'K' ? kilometreRace(ctx, core, hit) : undefined;
    case 'k':
      return kilometreRace(ctx, core, hit);
    case 'b':
    case 'B':
      // "64b packets", "a 256B cache line"; "$5b", "10b users" are billions
      if (!glued || ctx.lang.currencyBefore.matchBefore(text, core.start) !== undefined) return undefined;
      return wordsAround(ctx, end).some((w) => dataWords.has(w)) ? hit : undefined;
    case 'h':
    case 'V':
    case 'J':
      return glued && !isWordChar(text.charCodeAt(hit.end)) ? hit : undefined;
    case 'ms':
      return hit;
    case "'": {
      // "6' 2\"", "12' x 10'", "a 20' tall mast": glued to digits, then inches or a dimension
      if (!glued || core.form !== 'digits' || isWordChar(text.charCodeAt(hit.end))) return undefined;
      const next = skipSpaces(text, hit.end);
      const inches = isDigit(text.charCodeAt(next)) ? readDigits(text, next) : undefined;
      if (inches && (text[inches.end] === '"' || text[inches.end] === '″' || text.startsWith("''", inches.end)))
        return hit;
      return dimensionAdjectives.match(text, next, true) !== undefined ? hit : undefined;
    }
    case 'pm': {
      // "2.1 pm" in a sentence about sizes; "2 pm", "2.30 pm" are times unless picometres are named
      const words = wordsAround(ctx, end);
      if (words.some((w) => picometreWords.has(w))) return hit;
      const fraction = core.value - Math.floor(core.value);
      const hourLike = core.place === 0 || (core.place === -2 && fraction < 0.6);
      return !hourLike && core.form === 'digits' && words.some((w) => picometreContext.has(w)) ? hit : undefined;
    }
    case 'degrees':
    case 'degree':
    case 'deg':
    case '°': {
      const words = wordsAround(ctx, end);
      if (words.some((w) => angleWords.has(w))) return { ...hit, value: { unit: 'deg', kind: 'other' } };
      return { ...hit, note: 'degrees: the scale (°C or °F) is not stated' };
    }
    default:
      return { ...hit, note: `"${hit.key}" read as ${hit.value.unit}` };
  }
}

/** "a 10K race", "the 5k run": kilometres before a race, else a thousand ("a 300K salary"). */
function kilometreRace(ctx: GrammarContext, core: NumberCore, hit: LexiconMatch<MeasureUnit>): MeasureHit | undefined {
  const { text } = ctx;
  if (
    ctx.lang.currencyBefore.matchBefore(text, core.start) ||
    !lengthNouns.match(text, skipSpaces(text, hit.end), true)
  )
    return undefined;
  return { ...hit, value: { unit: 'km', kind: 'length' } };
}

/** "€100m", "2m masks" are millions; "the 100m sprint", "a 30m-high wall" are metres. */
function metresOrMillions(
  ctx: GrammarContext,
  core: NumberCore,
  hit: LexiconMatch<MeasureUnit>,
  end: number,
  weakScaleEnd: number | undefined,
): MeasureHit | undefined {
  const { text } = ctx;
  if (weakScaleEnd !== hit.end) return { ...hit, note: '"m" read as metres' };
  const after = text[hit.end] === '-' ? hit.end + 1 : skipSpaces(text, hit.end);
  // "a $2m pool upgrade" is money, whatever the noun
  const moneyBefore = ctx.lang.currencyBefore.matchBefore(text, core.start) !== undefined;
  if (!moneyBefore && lengthNouns.match(text, after, true)) return hit;
  // no money in sight and no noun to count: "the 100m in 9.58 seconds" is a distance
  const noNounAfter = endsPhrase(ctx, hit.end) || ctx.lang.nounStops.has(nextWord(ctx, after));
  const around = wordsAround(ctx, end);
  // and an event or a size: "the 400m", "a 30m drop", a race or a height in the sentence
  const distance = determiners.has(previousWord(ctx, core.start)) || around.some((w) => lengthContext.has(w));
  if (noNounAfter && distance && !moneyBefore && !around.some((w) => moneyWords.has(w))) {
    return { ...hit, note: '"m" read as metres: no currency in the sentence' };
  }
  return undefined;
}

/**
 * "it costs 15 pounds", "1,250 euros and 300 pounds", "4.20 pounds": pounds are money in a
 * sentence of money or stated to the penny, unless something is weighed there.
 */
export function poundsOfMoney(ctx: GrammarContext, end: number): boolean {
  const words = wordsAround(ctx, end);
  if (words.some((w) => massWords.has(w))) return false;
  return /\.\d\d$/.test(ctx.text.slice(end - 3, end)) || words.some((w) => !w.startsWith('pound') && moneyWords.has(w));
}

export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i - pos < 2 && isSpace(text[i])) i++;
  return i;
}

export const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00a0';

/** A unit reading at a position: the table row, where it ends, and a doubt to report. */
export interface MeasureHit {
  key: string;
  value: MeasureUnit;
  end: number;
  note?: string;
}
