import { Lexicon, isWordChar } from './lexicon.js';
import type { StartGate } from './start-gate.js';
import {
  en,
  enComparatives,
  enShareVerbs,
  enCountWords,
  enDenominators,
  enOneUnitWords,
  enScaleWords,
  enTens,
  enUnits,
} from './lang/en.js';
import { lowestPlace, type NumberCore } from './numbers.js';
import { readFractionWords, readPoint, withFraction, withOver, withPoint, withScale } from './word-fractions.js';

/*
 * English numbers in words ("three hundred and twelve", "a dozen", "two million") and the word
 * lists they are read with. Re-exported by numbers.ts.
 */

export const unitWords = new Lexicon(enUnits, true);

export const tensWords = new Lexicon(enTens, true);

export const countWords = new Lexicon(enCountWords, true);

export const denominators = new Lexicon(enDenominators, true);

export const SCALE_WORDS = new Lexicon(enScaleWords, true);

const nounStops = new Set([...en.nounStops, ...enComparatives, ...enShareVerbs]);
// case as written: "a KG" is no unit

const oneUnitWords = new Lexicon(
  enOneUnitWords.map((w): [string, true] => [w, true]),
  false,
);

/** Adds to `gate` what `readEnglishNumber` may start with: its first word, "a ", "quarter", "half", "point". */
export function markEnglishNumberStarts(gate: StartGate): void {
  for (const words of [unitWords, tensWords, countWords]) words.markStarts(gate);
  for (const word of ['a ', 'an ', 'quarter', 'half', 'point ']) gate.add(word);
}

/** Skip one separator between number words: a space, a hyphen, or " and ". */
function skipJoiner(text: string, pos: number): number {
  if (text[pos] === '-' || text[pos] === ' ') {
    let next = pos + 1;
    // "fifty   two", "ninety - five": runs of spaces around a hyphen
    while (next - pos < 4 && (text[next] === ' ' || (text[next] === '-' && text[pos] === ' '))) next++;
    if (text.slice(next, next + 4).toLowerCase() === 'and ') return next + 4;
    return next;
  }
  return pos;
}

/** Whether "a third", "one half", "two thirds" starts at `pos`. */
function startsFraction(text: string, pos: number): boolean {
  if (text.slice(pos, pos + 2).toLowerCase() === 'a ') return denominators.match(text, pos + 2, true) !== undefined;
  const u = unitWords.match(text, pos, true);
  return u !== undefined && u.value < 10 && readFractionWords(text, u.end, u.value, true) !== undefined;
}

/**
 * Whether an ordinal-like word ending at `end` describes a noun after it ("a fifth consecutive
 * year", "a third-term mayor", "a twentieth-century house") rather than stands as a fraction
 * ("a fifth of voters", "cut by a third in May", "a fifth higher", "a tenth.").
 */
function describesNoun(text: string, end: number): boolean {
  if (text[end] === '-') return isWordChar(text.charCodeAt(end + 1));
  if (text[end] !== ' ') return false;
  let w = end + 1;
  while (isWordChar(text.charCodeAt(w))) w++;
  if (w === end + 1) return false;
  const word = text.slice(end + 1, w).toLowerCase();
  return !nounStops.has(word) && !SCALE_WORDS.match(word, 0, true) && !countWords.match(word, 0, true);
}

/**
 * English number words at `pos` (a word start): "five", "twenty-one", "three hundred and
 * twelve", "two million", "a dozen", "one and a half", "one-fifth", "two thirds", "half".
 */
export function readEnglishNumber(text: string, pos: number, afterArticle = false): NumberCore | undefined {
  if (isWordChar(text.charCodeAt(pos - 1))) return undefined;
  // "an ml", "a kg of rice", "a dollar and 42 cents": the article counts one of the unit after it
  if (
    (text[pos] === 'a' || text[pos] === 'A') &&
    (text[pos + 1] === ' ' || (text[pos + 1] === 'n' && text[pos + 2] === ' '))
  ) {
    const article = text[pos + 1] === ' ' ? 1 : 2;
    const unit = oneUnitWords.match(text, pos + article + 1, true);
    if (unit && text[unit.end] !== '-')
      return { start: pos, end: pos + article, value: 1, place: 0, form: 'words', grouped: false };
  }
  // "a dozen", "a hundred", "a third", "a half"
  if ((text[pos] === 'a' || text[pos] === 'A') && text[pos + 1] === ' ') {
    // "a million", "a billion dollars", "a hundred": a scale word after "a" is one of it
    const bare = SCALE_WORDS.match(text, pos + 2, true);
    if (bare) return readWordNumber(text, pos, pos + 2, afterArticle);
    const after = readEnglishNumber(text, pos + 2, true);
    const word = text.slice(pos + 2, after?.end ?? pos + 2).toLowerCase();
    if (after && (after.fraction || /^(dozen|pair|couple)\b/.test(word))) {
      return { ...after, start: pos };
    }
    const denom = denominators.match(text, pos + 2, true);
    if (denom && !denom.key.endsWith('s') && !(denom.value !== 4 && describesNoun(text, denom.end))) {
      return withScale(text, {
        start: pos,
        end: denom.end,
        value: 1 / denom.value,
        place: -3,
        form: 'fraction',
        grouped: false,
        fraction: true,
      });
    }
    return undefined;
  }
  // only an h or H lowercases to "h": test that before slicing, at every word start
  const h = text.charCodeAt(pos) | 0x20;
  // "quarter million", "quarter-litre": a bare "quarter" is a fraction only before a scale or a hyphen
  if (h === 0x71 && text.slice(pos, pos + 7).toLowerCase() === 'quarter' && !isWordChar(text.charCodeAt(pos + 7))) {
    const q: NumberCore = {
      start: pos,
      end: pos + 7,
      value: 0.25,
      place: -3,
      form: 'fraction',
      grouped: false,
      fraction: true,
    };
    const scaled = withScale(text, q);
    if (scaled !== q) return scaled;
    return text[pos + 7] === '-' && isWordChar(text.charCodeAt(pos + 8)) ? q : undefined;
  }
  const point = h === 0x70 ? readPoint(text, pos) : undefined;
  if (point) return point;
  const half = h === 0x68 && text.slice(pos, pos + 4).toLowerCase() === 'half' && !isWordChar(text.charCodeAt(pos + 4));
  if (half)
    return withScale(text, {
      start: pos,
      end: pos + 4,
      value: 0.5,
      place: -3,
      form: 'fraction',
      grouped: false,
      fraction: true,
    });
  return readWordNumber(text, pos, pos, afterArticle);
}

type Match = NonNullable<ReturnType<typeof unitWords.match>>;

/**
 * A number being read word by word. English composes "twenty one", "three hundred", never
 * "three twenty": `last` says what the last word was, and each reader says whether its word
 * goes on the number (false ends it before the word).
 */
class WordReading {
  total = 0;
  current: number;
  end: number;
  words: number;
  place = 0;
  /** the largest scale word so far: a larger one multiplies everything before it */
  biggest = 0;
  /** the number before an " and " after a scale word: "two hundred and fifty-four hundredths" is 200.54 */
  wholeBeforeAnd: number | undefined;
  last: 'none' | 'units' | 'tens' | 'hundred' | 'scale';

  constructor(
    private readonly text: string,
    pos: number,
    article: boolean,
    private readonly afterArticle: boolean,
  ) {
    this.current = article ? 1 : 0;
    this.end = pos;
    this.words = article ? 1 : 0;
    this.last = article ? 'units' : 'none';
  }

  tens(tens: Match, i: number): boolean {
    const { text } = this;
    if (this.last === 'tens') return false;
    // "three twenty-fifths", "one hundred thirty fifths": the tens word starts the denominator
    // ("one hundred and thirty fifths" is 130 fifths); "twenty-fifth" opening the number is an ordinal
    const denominator = / and $/i.test(text.slice(this.end, i)) ? undefined : denominators.match(text, i, true);
    const plural = denominator?.key.endsWith('s');
    if (denominator && (this.words === 0 ? !plural : (this.total + this.current === 1) !== plural)) return false;
    // spoken hundreds: "one twenty two" is 122, "nineteen eighty four" 1984
    if (this.last === 'units') {
      if (this.total !== 0 || this.current >= 100) return false;
      this.current *= 100;
    }
    this.current += tens.value;
    this.end = tens.end;
    this.last = 'tens';
    // twenty-one
    if (text[this.end] === '-') {
      const u = unitWords.match(text, this.end + 1, true);
      if (u && u.value < 10) {
        this.current += u.value;
        this.end = u.end;
        this.last = 'units';
      }
    }
    return true;
  }

  units(units: Match): boolean {
    if (this.last === 'units' || (this.last === 'tens' && units.value >= 10)) return false;
    this.current += units.value;
    this.end = units.end;
    this.last = 'units';
    return true;
  }

  count(count: Match): boolean {
    const { text } = this;
    // "the score", "the single market", "dozens were hurt": a count word counts only after a
    // number or an article ("two dozen", "a pair"), or as "couple of", "pair of"
    if (
      this.words === 0 &&
      !this.afterArticle &&
      !(count.value === 2 && /^ of /i.test(text.slice(count.end, count.end + 4)))
    )
      return false;
    this.current = (this.current || 1) * count.value;
    this.end = count.end;
    // "a couple of hundred", "a pair of million": the scale word after "of" multiplies the count
    const of = / of /iy;
    of.lastIndex = this.end;
    if (of.test(text) && SCALE_WORDS.match(text, of.lastIndex, true)?.key.endsWith('s') === false)
      this.end = of.lastIndex - 1;
    return true;
  }

  scale(scale: Match): boolean {
    if (scale.value === 100 && this.last === 'hundred') return false;
    this.last = scale.value === 100 ? 'hundred' : 'scale';
    if (scale.value === 100) this.current = (this.current || 1) * 100;
    else if (scale.value > this.biggest) {
      // "two thousand million", "three crore": the scale word multiplies all before it
      this.total = (this.total + (this.current || (this.total ? 0 : 1))) * scale.value;
      this.biggest = scale.value;
      this.current = 0;
    } else {
      this.total += (this.current || 1) * scale.value;
      this.current = 0;
    }
    this.place = Math.log10(scale.value);
    this.end = scale.end;
    return true;
  }

  /** The word at `i`, read into the number; false when there is none there that goes on it. */
  word(i: number): boolean {
    const { text } = this;
    const tens = tensWords.match(text, i, true);
    if (tens) return this.tens(tens, i);
    const units = unitWords.match(text, i, true);
    if (units) return this.units(units);
    const count = countWords.match(text, i, true);
    if (count) return this.count(count);
    const scale = this.words > 0 ? SCALE_WORDS.match(text, i, true) : undefined;
    return scale ? this.scale(scale) : false;
  }
}

/**
 * The number words of a number that starts at `pos`, read from `from`: after "a" (`from` past
 * it) the article stands for one ("a hundred and twenty", "a hundred thousand trillionths").
 */
function readWordNumber(text: string, pos: number, from: number, afterArticle: boolean): NumberCore | undefined {
  const r = new WordReading(text, pos, from > pos, afterArticle);
  for (let i = from; r.word(i);) {
    r.words++;
    const next = skipJoiner(text, r.end);
    if (next === r.end) break;
    if (/ and $/i.test(text.slice(r.end, next))) {
      // "two million and one half": the "and" starts a fraction, not more of the number
      if (startsFraction(text, next)) break;
      if (r.last === 'hundred' || r.last === 'scale') r.wholeBeforeAnd = r.total + r.current;
    }
    i = next;
  }
  if (r.words === 0) return undefined;
  const value = r.total + r.current;
  const core: NumberCore = {
    start: pos,
    end: r.end,
    value,
    place: value === 0 ? 0 : Math.min(r.place, lowestPlace(value)),
    form: 'words',
    grouped: false,
  };
  if (r.biggest || r.last === 'hundred') core.scale = r.biggest || 100;
  return withOver(text, withPoint(text, withFraction(text, core, r.wholeBeforeAnd)));
}
