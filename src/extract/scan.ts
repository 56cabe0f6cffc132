import type { Candidate, Skipped } from './candidate.js';
import { moneyByRestatement, moneyByWords } from './bare-money.js';
import { applyCurrency, documentConventions } from './conventions.js';
import { type DateOrder } from './dates.js';
import type { GrammarContext } from './grammar-base.js';
import { englishMonths, englishMultipliers, englishOrdinals, englishVaguePlurals, languages } from './lang/compiled.js';
import { isWordChar } from './lexicon.js';
import { StartGate } from './start-gate.js';
import { labelEnd } from './labels.js';
import { changesInRateUnits } from './rate-changes.js';
import { shareUnits } from './share-units.js';
import { joinSplitNumbers, mapBack } from './markup-joins.js';
import { linkSentence } from './links.js';
import { isDigit, markEnglishNumberStarts, VULGAR_FRACTIONS, useNumberStyle } from './numbers.js';
import { dropRestatements, readVulgarFraction } from './english-scan.js';
import { splitSentences, type Sentence } from './sentences.js';
import { readChineseFigure, triggers as chineseTriggers } from './zh-figure.js';
import type { MaskedRange } from '../ingest/types.js';
import type { Lang } from '../types.js';
import { type Push, figureFromCore, isLetter, readIdiom } from './scan-figures.js';
import { readWordFigure } from './scan-words.js';
import { readDigitFigure } from './scan-digits.js';

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
        text.charCodeAt(i - 1) !== 0x2e &&
        // "Rs.50,000", "No.5": the full stop of an abbreviation starts no decimal
        !isLetter(text.charCodeAt(i - 1)))
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
