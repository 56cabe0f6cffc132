import type { Candidate, Skipped } from './candidate.js';
import { moneyByRestatement, moneyByWords } from './bare-money.js';
import { applyCurrency, documentConventions } from './conventions.js';
import { isYearValue, readDate, type DateOrder } from './dates.js';
import type { GrammarContext } from './grammar-base.js';
import { extendLeft, readOrdinal } from './grammar-left.js';
import { extendNumber } from './grammar.js';
import { englishMonths, englishMultipliers, englishOrdinals, englishVaguePlurals, languages } from './lang/compiled.js';
import { isWordChar, StartGate } from './lexicon.js';
import { labelEnd } from './labels.js';
import { isSingularPhrase } from './nouns.js';
import { periodLabelEnd, readQuarter } from './quarters.js';
import { readNumberSign } from './ranks.js';
import { readVaguePlural } from './vague.js';
import { markCutOff } from './truncated.js';
import { codeLike, readTally } from './tally.js';
import { changesInRateUnits } from './rate-changes.js';
import { shareUnits } from './share-units.js';
import { joinSplitNumbers, mapBack } from './markup-joins.js';
import { linkSentence } from './links.js';
import {
  isDigit,
  markEnglishNumberStarts,
  readChineseNumeral,
  readDigits,
  readEnglishNumber,
  VULGAR_FRACTIONS,
  useNumberStyle,
  withAddedTime,
  withDigitFraction,
  withOver,
  type NumberCore,
} from './numbers.js';
import { dropRestatements, isEnglishName, isPronounOne, readVulgarFraction } from './english-scan.js';
import { splitSentences, type Sentence } from './sentences.js';
import { chineseFigure, readChineseFigure, readIdiomAround, triggers as chineseTriggers } from './zh-figure.js';
import { zhNumeralOptions } from './zh-lexicons.js';
import type { MaskedRange } from '../ingest/types.js';
import type { Lang } from '../types.js';

export interface ScanOptions {
  /** how the document writes numeric dates, when known */
  dateOrder?: DateOrder | null;
  /** what ingest blanked: tags inside a number are read through (markup-joins.ts) */
  masked?: readonly MaskedRange[];
}

export interface ScanResult {
  candidates: Candidate[];
  skipped: Skipped[];
  sentences: Sentence[];
  /** index into `sentences` of each candidate */
  sentenceOf: number[];
}

/**
 * Full-width digits and signs folded to ASCII in a string of the same length, so the grammar
 * reads ３２６ and ％ like 326 and %, and offsets stay offsets into the original text.
 *
 * What folds: full-width digits, letters, and . % + -; an ideographic space to a space. Full-width
 * ，and （） stay: they are Chinese punctuation, not number syntax — except a ，between full-width
 * digits before exactly three of them (４，５６５), which groups thousands, and a ／ between
 * full-width digits (３／５), a fraction; 元／吨 keeps its slash.
 */
export function foldWidth(text: string): string {
  // most texts have nothing to fold, which one search says
  WIDE.lastIndex = 0;
  if (!WIDE.test(text)) return text;
  // the char codes copied at once, then each character that folds found by the same search and
  // folded in place: no string made per character
  const bytes = Buffer.allocUnsafeSlow(text.length * 2);
  bytes.write(text, 'utf16le');
  const codes = new Uint16Array(bytes.buffer, bytes.byteOffset, text.length);
  do {
    const i = WIDE.lastIndex - 1;
    const code = text.charCodeAt(i);
    codes[i] = code === 0x3000 ? 0x20 : code - 0xfee0;
    // a ，or ／ folds only after a full-width digit, and before another
    const next = text.charCodeAt(i + 1);
    if (isWideDigit(code) && (next === 0xff0c || next === 0xff0f) && isWideDigit(text.charCodeAt(i + 2))) {
      if (next === 0xff0f) codes[i + 1] = 0x2f;
      else if (
        isWideDigit(text.charCodeAt(i + 3)) &&
        isWideDigit(text.charCodeAt(i + 4)) &&
        !isWideDigit(text.charCodeAt(i + 5))
      )
        codes[i + 1] = 0x2c;
    }
  } while (WIDE.test(text));
  return bytes.toString('utf16le');
}

/** The characters that fold whatever is around them: full-width digits, letters, . % + -, the ideographic space. */
const WIDE = /[\uff05\uff0b\uff0d\uff0e\uff10-\uff19\uff21-\uff5a\u3000]/g;
const isWideDigit = (code: number): boolean => code >= 0xff10 && code <= 0xff19;

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
/**
 * What each character may start, by char code, so the scanner's loop passes over the rest in one
 * table lookup: a letter (a word), a digit, a full stop (.5), a Chinese character that starts a
 * figure, a fraction character (½). Every other character starts nothing.
 */
const NOTHING = 0;
const LETTER = 1;
const DIGIT = 2;
const DOT = 3;
const ZH = 4;
const VULGAR = 5;
const charClass = new Uint8Array(0x10000);
for (let code = 0x41; code <= 0x7a; code++) if (isLetter(code)) charClass[code] = LETTER;
for (let code = 0x30; code <= 0x39; code++) charClass[code] = DIGIT;
charClass[0x2e] = DOT;
for (let code = 0x4e00; code <= 0x9fff; code++) if (chineseTriggers[code] === 1) charClass[code] = ZH;
for (const ch of VULGAR_FRACTIONS.keys()) charClass[ch.charCodeAt(0)] = VULGAR;

/**
 * Where a word may start an idiom (by the sentence's language) and where it may start a figure:
 * everything `readWordFigure` looks up at the word's start. Any other word starts nothing, unless
 * digits are glued to it (G20).
 */
const idiomStarts: Record<Lang, StartGate> = { en: new StartGate(), zh: new StartGate() };
for (const lang of ['en', 'zh'] as const) {
  languages[lang].idioms.markStarts(idiomStarts[lang]);
  languages.en.idioms.markStarts(idiomStarts[lang]);
}
const wordFigureStarts = new StartGate();
for (const words of [englishMonths, englishMultipliers, englishOrdinals, englishVaguePlurals])
  words.markStarts(wordFigureStarts);
markEnglishNumberStarts(wordFigureStarts);
// "No. 1", "number one" (ranks.ts)
for (const key of ['no.', 'number']) wordFigureStarts.add(key);

/** A possessive right before an ordinal ("her third", "Serena's seventh"): the ordinal counts. */
const POSSESSIVES = /(?:\b(?:my|your|his|her|its|our|their)|'s|s') $/i;

/** Words hyphenated to a year or decade that leave it a time: mid-1990s, pre-2008, post-2020. */
const TIME_PREFIXES = new Set(['mid', 'early', 'late', 'pre', 'post']);

const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'until',
  'from',
  'of',
  'during',
  'before',
  'after',
  'to',
  'through',
  'between',
  'and',
  'till',
  'around',
  'early',
  'late',
  'mid',
  'pre',
  'post',
]);

/** Finds every figure in `text` (prose with non-prose blanked), sentence by sentence. */
export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const joins = joinSplitNumbers(text, options.masked);
  const folded = foldWidth(joins.text);
  const conventions = documentConventions(folded);
  useNumberStyle(conventions);
  const sentences = splitSentences(folded);
  const candidates: Candidate[] = [];
  const skipped: Skipped[] = [];
  const sentenceOf: number[] = [];
  const order = options.dateOrder ?? null;
  // one context, list and push for all the sentences, moved on from one to the next (nothing the
  // grammar reads keeps them): most sentences have no figure, and cost no allocation
  const ctx: GrammarContext = { text: folded, lang: languages.en, limit: 0, floor: 0, conventions };
  let found: Candidate[] = [];
  const push: Push = (c) => {
    if (!c) return undefined;
    found.push(c);
    return c.end;
  };
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as Sentence;
    ctx.lang = languages[sentence.lang];
    ctx.limit = sentence.end;
    ctx.floor = sentence.start;
    scanSentence(ctx, sentence, order, skipped, push);
    if (found.length === 0) continue;
    const kept = ctx.lang.grammar.restatements ? dropRestatements(folded, found) : found;
    shareUnits(folded, ctx.lang, kept);
    moneyByWords(folded, ctx.lang, sentence.start, kept);
    changesInRateUnits(folded, ctx.lang, kept);
    linkSentence(folded, kept, ctx.lang, sentence.start);
    for (const c of kept) {
      candidates.push(c);
      sentenceOf.push(index);
    }
    found = [];
  }
  moneyByRestatement(candidates);
  applyCurrency(folded, candidates, conventions);
  mapBack(joins, candidates, skipped, sentences);
  return { candidates, skipped, sentences, sentenceOf };
}

/** Reads the figures of `sentence`, the one `ctx` is on, into `push`. */
function scanSentence(
  ctx: GrammarContext,
  sentence: Sentence,
  order: DateOrder | null,
  skipped: Skipped[],
  push: Push,
): void {
  const { text } = ctx;
  const idioms = idiomStarts[sentence.lang];
  const end = sentence.end;
  let i = sentence.start;
  while (i < end) {
    const kind = charClass[text.charCodeAt(i)];
    if (kind === NOTHING) {
      i++;
      continue;
    }
    let next: number | undefined;
    if (kind === LETTER) {
      // inside a word: its other letters start nothing either
      if (isWordChar(text.charCodeAt(i - 1))) {
        i++;
        while (i < end && isLetter(text.charCodeAt(i))) i++;
        continue;
      }
      // most words start nothing: a table lookup or two, then only digits glued to the word (G20) count
      const figureMayStart = wordFigureStarts.mayStart(text, i);
      const idiomMayStart = idioms.mayStart(text, i);
      if (!figureMayStart) {
        let w = i + 1;
        while (isLetter(text.charCodeAt(w))) w++;
        const after = text.charCodeAt(w);
        if (!isDigit(after) && !(after === 0x2d && isDigit(text.charCodeAt(w + 1)))) {
          next = idiomMayStart ? readIdiom(ctx, i, skipped) : undefined;
          if (next === undefined) {
            i = w;
            while (i < end && isWordChar(text.charCodeAt(i))) i++;
            continue;
          }
        }
      }
      next ??= readWordFigure(ctx, i, order, skipped, push, idiomMayStart);
      if (next === undefined) {
        while (i < end && isWordChar(text.charCodeAt(i))) i++;
        continue;
      }
      // ".5" starts a number; the "9" of "...9" is no decimal
    } else if ((kind === DIGIT || kind === ZH) && !isDigit(text.charCodeAt(i - 1)) && (next = labelEnd(text, i)) > 0) {
      skipped.push({ start: i, end: next - 1, reason: 'identifier' });
    } else if (
      kind === DIGIT ||
      (kind === DOT &&
        isDigit(text.charCodeAt(i + 1)) &&
        !isDigit(text.charCodeAt(i - 1)) &&
        text.charCodeAt(i - 1) !== 0x2e)
    ) {
      next = readDigitFigure(ctx, i, order, skipped, push);
    } else if (kind === ZH) {
      next = readChineseFigure(ctx, i, order, skipped, push, figureFromCore);
    } else if (kind === VULGAR && !isDigit(text.charCodeAt(i - 1))) {
      next = push(readVulgarFraction(ctx, i, (core) => figureFromCore(ctx, core, skipped)));
    }
    i = next !== undefined && next > i ? next : i + 1;
  }
}

type Push = (c: Candidate | undefined) => number | undefined;

/** Idioms and names that contain a number ("one of", Covid-19, 唯一): skipped with a reason. */
function readIdiom(ctx: GrammarContext, pos: number, skipped: Skipped[]): number | undefined {
  const idiom =
    ctx.lang.idioms.match(ctx.text, pos, ctx.lang.wholeWord) ??
    // the English idioms again in a sentence of another language (Chinese text quotes English names)
    (ctx.lang.idioms === languages.en.idioms ? undefined : languages.en.idioms.match(ctx.text, pos, true));
  if (!idiom) return undefined;
  skipped.push({ start: pos, end: idiom.end, reason: /\d/.test(idiom.key) ? 'name' : 'idiom' });
  return idiom.end;
}

/** A figure or idiom that starts with the word at `pos`; `idiomMayStart` from `idiomStarts`. */
function readWordFigure(
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
  // a name glued to digits: Covid-19, G20, A380, MH17, PM2.5 — the digits are part of the name
  let w = pos;
  while (isLetter(text.charCodeAt(w))) w++;
  const joiner = text[w] === '-' ? w + 1 : w;
  // "USD34.6 million", "CAD3.03": the code is read as the number's currency, the digits next
  const code =
    w - pos >= 2 && joiner === w && isDigit(text.charCodeAt(w)) ? ctx.lang.currencyBefore.match(text, pos) : undefined;
  if (code && code.end === w) return w;
  // "mid-1990s", "pre-2008 levels": a time word before a year is no name
  if (joiner > w && TIME_PREFIXES.has(text.slice(pos, w).toLowerCase())) return w;
  if (isDigit(text.charCodeAt(joiner)) && !ctx.lang.currencyBefore.match(text, pos)) {
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
  // words of letters are read with the English tables, in a sentence of any language
  const english = ctx.lang === languages.en ? ctx : { ...ctx, lang: languages.en };
  const vague =
    readVaguePlural(english, pos) ??
    (text[pos] === 'n' || text[pos] === 'N' ? readNumberSign(english, pos, skipped) : undefined);
  if (typeof vague === 'number') return vague;
  if (vague) return push(vague);
  const multiplier = englishMultipliers.match(text, pos, true);
  if (multiplier) {
    return push(
      extendLeft(english, {
        start: pos,
        end: multiplier.end,
        value: multiplier.value,
        unit: '',
        kind: 'multiplier',
        noun: null,
        qualifier: 'exact',
        place: 0,
        scale: 1,
        iso: null,
        lang: 'en',
      }),
    );
  }
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
  const ordinal = englishOrdinals.match(text, pos, true);
  const quarterOf = ordinal ? readQuarter(text, pos, ctx.lang.lang) : undefined;
  if (quarterOf) return push(quarterOf);
  const label = ordinal ? periodLabelEnd(text, pos) : -1;
  if (label > 0) {
    skipped.push({ start: pos, end: label, reason: 'idiom' });
    return label;
  }
  if (ordinal) {
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
  return undefined;
}

function readDigitFigure(
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
  // digits glued to a word before them are part of a name or code (w:1280, ca-pub-…), except
  // after a currency code ("USD34.6") or a scaled code ("MUSD")
  const before = text.charCodeAt(pos - 1);
  if (isLetter(before) && !ctx.lang.currencyBefore.matchBefore(text, pos)) {
    skipped.push({ start: pos, end: digits.end, reason: 'identifier' });
    return digits.end;
  }
  // 192.168.1.2, 1.2.3, RQT=305, %28: addresses, versions and URL pieces are codes; so is a
  // whole number with a leading zero alone in brackets (a stock code: 信置（0083）, Foo (0083))
  const prev = text[pos - 1];
  if (
    isBracketedCode(text, pos, digits) ||
    (text[digits.end] === '.' && isDigit(text.charCodeAt(digits.end + 1))) ||
    prev === '=' ||
    prev === '&' ||
    prev === '%' ||
    prev === '#'
  ) {
    let e = digits.end;
    while (isWordChar(text.charCodeAt(e)) || (text[e] === '.' && isDigit(text.charCodeAt(e + 1)))) e++;
    skipped.push({ start: pos, end: e, reason: 'identifier' });
    return e;
  }
  // "the 1960s", "the 1990's": a decade, a time and no count; its iso names the decade
  const decadeEnd = text[digits.end] === 's' ? digits.end + 1 : text.startsWith("'s", digits.end) ? digits.end + 2 : -1;
  if (
    decadeEnd > 0 &&
    digits.end - pos === 4 &&
    !digits.grouped &&
    digits.value % 10 === 0 &&
    isYearValue(digits.value) &&
    !isWordChar(text.charCodeAt(decadeEnd))
  ) {
    return push({
      start: pos,
      end: decadeEnd,
      value: digits.value,
      unit: '',
      kind: 'year',
      noun: null,
      qualifier: 'exact',
      place: 0,
      scale: 1,
      iso: `${digits.value}s`,
      lang: ctx.lang.lang,
    });
  }
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
  const code = codeLike(ctx, core);
  if (code !== undefined) {
    skipped.push({ start: pos, end: code, reason: 'identifier' });
    return code;
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
    skipped.push({ start: core.start, end: figure.end, reason: 'name' });
    return figure.end;
  }
  return push(figure);
}

const OPENING_BRACKETS = new Set(['(', '（']);
const CLOSING_BRACKETS = new Set([')', '）']);

function isBracketedCode(text: string, pos: number, digits: NumberCore): boolean {
  return (
    text[pos] === '0' &&
    digits.place === 0 &&
    !digits.grouped &&
    digits.end - pos > 1 &&
    OPENING_BRACKETS.has(text[pos - 1] as string) &&
    CLOSING_BRACKETS.has(text[digits.end] as string)
  );
}

function figureFromCore(ctx: GrammarContext, rawCore: NumberCore, skipped: Skipped[]): Candidate | undefined {
  const { text } = ctx;
  const core = rawCore;
  const candidate = extendNumber(ctx, core);
  // digits running on into letters the grammar did not read are a code (336x280, 5G)
  if (isLetter(text.charCodeAt(candidate.end)) && core.form === 'digits' && candidate.end === core.end) {
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

/** A four-digit number that names a year ("in 2018", "2021 年") rather than counts something. */
function isYear(ctx: GrammarContext, core: NumberCore, c: Candidate): boolean {
  if (core.form !== 'digits' || core.grouped || core.place !== 0 || core.end - core.start !== 4) return false;
  if (!isYearValue(core.value) || c.kind !== 'count' || c.scale !== 1 || c.qualifier !== 'exact') return false;
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
