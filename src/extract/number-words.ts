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

/**
 * The number words of a number that starts at `pos`, read from `from`: after "a" (`from` past
 * it) the article stands for one ("a hundred and twenty", "a hundred thousand trillionths").
 */
function readWordNumber(text: string, pos: number, from: number, afterArticle: boolean): NumberCore | undefined {
  const article = from > pos;
  let total = 0;
  let current = article ? 1 : 0;
  let end = pos;
  let i = from;
  let words = article ? 1 : 0;
  let place = 0;
  // the largest scale word so far: a larger one multiplies everything before it
  let biggest = 0;
  // the number before an " and " after a scale word: "two hundred and fifty-four hundredths" is 200.54
  let wholeBeforeAnd: number | undefined;
  // what the last word was: English composes "twenty one", "three hundred", never "three twenty"
  let last: 'none' | 'units' | 'tens' | 'hundred' | 'scale' = article ? 'units' : 'none';
  for (;;) {
    const tens = tensWords.match(text, i, true);
    const units = tens ? undefined : unitWords.match(text, i, true);
    const count = tens || units ? undefined : countWords.match(text, i, true);
    const scale = tens || units || count ? undefined : words > 0 ? SCALE_WORDS.match(text, i, true) : undefined;
    if (tens) {
      if (last === 'tens') break;
      // "three twenty-fifths", "one hundred thirty fifths": the tens word starts the denominator
      // ("one hundred and thirty fifths" is 130 fifths); "twenty-fifth" opening the number is an ordinal
      const denominator = / and $/i.test(text.slice(end, i)) ? undefined : denominators.match(text, i, true);
      const plural = denominator?.key.endsWith('s');
      if (denominator && (words === 0 ? !plural : (total + current === 1) !== plural)) break;
      // spoken hundreds: "one twenty two" is 122, "nineteen eighty four" 1984
      if (last === 'units') {
        if (total !== 0 || current >= 100) break;
        current *= 100;
      }
      current += tens.value;
      end = tens.end;
      last = 'tens';
      // twenty-one
      if (text[end] === '-') {
        const u = unitWords.match(text, end + 1, true);
        if (u && u.value < 10) {
          current += u.value;
          end = u.end;
          last = 'units';
        }
      }
    } else if (units) {
      if (last === 'units' || (last === 'tens' && units.value >= 10)) break;
      current += units.value;
      end = units.end;
      last = 'units';
    } else if (count) {
      // "the score", "the single market", "dozens were hurt": a count word counts only after a
      // number or an article ("two dozen", "a pair"), or as "couple of", "pair of"
      if (words === 0 && !afterArticle && !(count.value === 2 && /^ of /i.test(text.slice(count.end, count.end + 4))))
        break;
      current = (current || 1) * count.value;
      end = count.end;
      // "a couple of hundred", "a pair of million": the scale word after "of" multiplies the count
      const of = / of /iy;
      of.lastIndex = end;
      if (of.test(text) && SCALE_WORDS.match(text, of.lastIndex, true)?.key.endsWith('s') === false)
        end = of.lastIndex - 1;
    } else if (scale) {
      if (scale.value === 100 && last === 'hundred') break;
      last = scale.value === 100 ? 'hundred' : 'scale';
      if (scale.value === 100) current = (current || 1) * 100;
      else if (scale.value > biggest) {
        // "two thousand million", "three crore": the scale word multiplies all before it
        total = (total + (current || (total ? 0 : 1))) * scale.value;
        biggest = scale.value;
        current = 0;
      } else {
        total += (current || 1) * scale.value;
        current = 0;
      }
      place = Math.log10(scale.value);
      end = scale.end;
    } else break;
    words++;
    const next = skipJoiner(text, end);
    if (next === end) break;
    if (/ and $/i.test(text.slice(end, next))) {
      // "two million and one half": the "and" starts a fraction, not more of the number
      if (startsFraction(text, next)) break;
      if (last === 'hundred' || last === 'scale') wholeBeforeAnd = total + current;
    }
    i = next;
  }
  if (words === 0) return undefined;
  const value = total + current;
  const core: NumberCore = {
    start: pos,
    end,
    value,
    place: value === 0 ? 0 : Math.min(place, lowestPlace(value)),
    form: 'words',
    grouped: false,
  };
  if (biggest || last === 'hundred') core.scale = biggest || 100;
  return withOver(text, withPoint(text, withFraction(text, core, wholeBeforeAnd)));
}
