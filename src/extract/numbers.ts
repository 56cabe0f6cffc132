import { isDigit, readDigits } from './digits.js';
import { Lexicon, isWordChar, type StartGate } from './lexicon.js';
import {
  en,
  enComparatives,
  enCountWords,
  enDenominators,
  enOneUnitWords,
  enScaleWords,
  enTens,
  enUnits,
} from './lang/en.js';

/**
 * A number as written, before any unit or scale word: `[start, end)` in the text, its value,
 * and `place`, the power of ten of the last digit it states (3.7 → -1, 300 → 0, 三万 → 4), from
 * which the interval of the stated precision follows.
 */
export interface NumberCore {
  start: number;
  end: number;
  value: number;
  place: number;
  form: 'digits' | 'zh' | 'words' | 'fraction';
  /** digits written with thousands separators ("300,000") */
  grouped: boolean;
  /** the number is a fraction word or X分之Y: value is the ratio */
  fraction?: boolean;
}

export { isDigit, readDigits, useNumberStyle, type NumberStyle } from './digits.js';

/** Unicode fraction characters: ½ ¼ ¾ ⅓ … */
export const VULGAR_FRACTIONS = new Map<string, number>([
  ['½', 1 / 2],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);

/**
 * A fraction in digits after an integer core: "3/4", "1 1/2", "2½". A slash pair reads as a
 * fraction only when the numerator is below the denominator (5/10/2023 is a date and was read
 * before; 24/7 is not a fraction) and nothing numeric follows.
 */
export function withDigitFraction(text: string, core: NumberCore): NumberCore {
  if (core.form !== 'digits' || core.place !== 0 || core.grouped) return core;
  // "2½", and "6 ½" with the space print often puts before the fraction
  const spaced = text[core.end] === ' ' && VULGAR_FRACTIONS.has(text[core.end + 1] ?? '') ? 1 : 0;
  const vulgar = VULGAR_FRACTIONS.get(text[core.end + spaced] ?? '');
  if (vulgar !== undefined)
    return { ...core, end: core.end + spaced + 1, value: core.value + vulgar, place: -3, fraction: core.value === 0 };
  const slash = readSlash(text, core.end, core.value);
  if (slash) return { ...core, end: slash.end, value: slash.value, place: -3, form: 'fraction', fraction: true };
  // "1 1/2": a whole number and a proper fraction
  if (text[core.end] === ' ' && isDigit(text.charCodeAt(core.end + 1))) {
    const numerator = readDigits(text, core.end + 1);
    if (numerator && numerator.place === 0 && !numerator.grouped) {
      const part = readSlash(text, numerator.end, numerator.value);
      if (part && part.value < 1) return { ...core, end: part.end, value: core.value + part.value, place: -3 };
    }
  }
  return core;
}

/** The ends of a match's periods, after which "+N" counts minutes of added time. */
const PERIOD_ENDS = new Set([45, 90, 105, 120]);
const ADDED_TIME = /\+(\d{1,2})(?=\s?(?:分钟|分鐘|分|min|mins|minutes?|'|′|th\b|st\b|nd\b|rd\b))/y;

/** "90+8分钟", "the 45+2nd minute", "90+3'": added time after a period's end is one minute count. */
export function withAddedTime(text: string, core: NumberCore): NumberCore {
  if (core.form !== 'digits' || core.place !== 0 || text[core.end] !== '+' || !PERIOD_ENDS.has(core.value)) return core;
  ADDED_TIME.lastIndex = core.end;
  const m = ADDED_TIME.exec(text);
  return m ? { ...core, end: ADDED_TIME.lastIndex, value: core.value + Number(m[1]) } : core;
}

function readSlash(text: string, pos: number, numerator: number): { value: number; end: number } | undefined {
  if (text[pos] !== '/' || !isDigit(text.charCodeAt(pos + 1))) return undefined;
  let i = pos + 1;
  while (isDigit(text.charCodeAt(i))) i++;
  if (text[i] === '/' || (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) || isWordChar(text.charCodeAt(i)))
    return undefined;
  const denominator = Number(text.slice(pos + 1, i));
  if (denominator === 0 || numerator >= denominator || i - pos > 4) return undefined;
  return { value: numerator / denominator, end: i };
}

// Chinese numerals (三万四千, 3万4000, 三点五) are read in zh-numbers.ts
export { isZhNumeralChar, readChineseNumeral, type ZhNumeralOptions } from './zh-numbers.js';

/** Power of ten of the lowest non-zero digit of an integer (30000 → 4). */
export function lowestPlace(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 0;
  let p = 0;
  while (value % 10 ** (p + 1) === 0 && p < 15) p++;
  return p;
}

const unitWords = new Lexicon(enUnits, true);
const tensWords = new Lexicon(enTens, true);
const countWords = new Lexicon(enCountWords, true);
const denominators = new Lexicon(enDenominators, true);
const SCALE_WORDS = new Lexicon(enScaleWords, true);
const nounStops = new Set([...en.nounStops, ...enComparatives]);
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
  return withOver(text, withPoint(text, withFraction(text, core, wholeBeforeAnd)));
}

/** "one-fifth", "two thirds", "one and a half", "half a million" after a word number. */
function withFraction(text: string, core: NumberCore, wholeBeforeAnd?: number): NumberCore {
  const part = readFractionWords(text, core.end, core.value);
  // "two hundred and fifty-four hundredths": the "and" parts the whole from the numerator
  if (part && wholeBeforeAnd !== undefined && core.value - wholeBeforeAnd < part.denominator) {
    return {
      ...core,
      end: part.end,
      value: wholeBeforeAnd + (core.value - wholeBeforeAnd) / part.denominator,
      place: -3,
    };
  }
  if (part)
    return withScale(text, { ...core, end: part.end, value: part.value, place: -3, form: 'fraction', fraction: true });
  // "one and a half", "three and one fourth", "two million and two thirds"
  const tail = andFraction(text, core.end);
  if (tail) {
    // "one billion and a half million": the fraction is of the smaller scale word after it, added
    const smaller = text[tail.end] === ' ' && core.place >= 3 ? SCALE_WORDS.match(text, tail.end + 1, true) : undefined;
    if (smaller && smaller.value < 10 ** core.place) {
      return {
        ...core,
        end: smaller.end,
        value: core.value + tail.value * smaller.value,
        place: Math.log10(smaller.value) - 3,
      };
    }
    // "two million and a half" is 2.5 million: the fraction is of the last scale word
    const unitOf =
      core.form === 'words' && core.place >= 3 && core.value % 10 ** core.place === 0 ? 10 ** core.place : 1;
    return {
      ...core,
      end: tail.end,
      value: core.value + tail.value * unitOf,
      place: unitOf > 1 ? core.place - 3 : Math.min(core.place, -3),
    };
  }
  return core;
}

const AND = / and /iy;
/** A proper fraction joined by "and" at `pos`: " and a half", " and three quarters", " and a thirtieth". */
export function andFraction(text: string, pos: number): { value: number; end: number } | undefined {
  // most numbers are followed by no " and ": one character says so before the expression runs
  if (text.charCodeAt(pos) !== 0x20 || (text.charCodeAt(pos + 1) | 0x20) !== 0x61) return undefined;
  AND.lastIndex = pos;
  if (!AND.test(text)) return undefined;
  const after = AND.lastIndex;
  const one =
    text.slice(after, after + 2).toLowerCase() === 'a '
      ? { value: 1, end: after + 1 }
      : unitWords.match(text, after, true);
  const tail = one && one.value < 10 ? readFractionWords(text, one.end, one.value, true) : undefined;
  return tail && tail.value < 1 ? tail : undefined;
}

/**
 * A denominator after a numerator word ending at `pos`: " fifth", "-thirds", " halves". A plural
 * needs a numerator above one and a singular needs one ("one fifth", "two fifths", never "two
 * seconds": "second" is no denominator). "quarters" alone are mostly a company's quarters, so a
 * plural "quarters" is a fraction only when hyphenated, followed by "of", or after a whole and
 * "and" (`afterWhole`: "a hundred and three quarters").
 */
function readFractionWords(
  text: string,
  pos: number,
  numerator: number,
  afterWhole = false,
): { value: number; end: number; denominator: number } | undefined {
  const sep = text[pos];
  if (sep !== '-' && sep !== ' ') return undefined;
  const denom = denominators.match(text, pos + 1, true);
  if (!denom) return undefined;
  const plural = denom.key.endsWith('s');
  if ((numerator === 1) === plural || numerator === 0) return undefined;
  // "one twentieth-century house" is no fraction
  if (denom.value > 10 && text[denom.end] === '-') return undefined;
  if (
    denom.key === 'quarters' &&
    sep !== '-' &&
    !afterWhole &&
    !QUARTERS_OF.test(text.slice(denom.end, denom.end + 16)) &&
    !SCALE_WORDS.match(text, denom.end + 1, true)
  )
    return undefined;
  return { value: numerator / denom.value, end: denom.end, denominator: denom.value };
}

const QUARTERS_OF = /^ of (?:the|a|an|its|their|his|her|our|all|those|these|them|us|it|voters|people|respondents)\b/i;

/** "half a million", "a quarter of a million", "three quarters billion", "half a dozen". */
function withScale(text: string, core: NumberCore): NumberCore {
  // "half a  dozen": tokenized text may double the spaces
  const re = / {1,2}(?:of {1,2})?(?:a {1,2})?/iy;
  re.lastIndex = core.end;
  if (!re.test(text)) return core;
  const at = re.lastIndex;
  const scale = SCALE_WORDS.match(text, at, true) ?? countWords.match(text, at, true);
  if (!scale || (scale.value < 12 && scale.key !== 'dozen')) return core;
  // "half a dozen" and "half a million" but not "two thirds of a hundred-strong crowd"
  const value = core.value * scale.value;
  return {
    ...core,
    end: scale.end,
    value,
    place: lowestPlace(Math.round(value)) || Math.round(Math.log10(scale.value)) - 1,
    form: 'words',
    fraction: false,
  };
}

/** "five point five", "nought point nought three": digit words after "point". */
function withPoint(text: string, core: NumberCore): NumberCore {
  const re = / point /iy;
  re.lastIndex = core.end;
  if (!re.test(text) || core.fraction) return core;
  const point = pointDigits(text, re.lastIndex);
  if (!point) return core;
  return { ...core, end: point.end, value: Number(`${core.value}.${point.digits}`), place: -point.digits.length };
}

/** The decimals after "point": digit words ("nought three"), or one word for two digits ("point eleven"). */
function pointDigits(text: string, pos: number): { digits: string; end: number } | undefined {
  const whole = tensWords.match(text, pos, true) ?? unitWords.match(text, pos, true);
  if (whole && whole.value >= 10) {
    const more = text[whole.end] === '-' ? unitWords.match(text, whole.end + 1, true) : undefined;
    return more && more.value < 10 && whole.value >= 20
      ? { digits: String(whole.value + more.value), end: more.end }
      : { digits: String(whole.value), end: whole.end };
  }
  let i = pos;
  let digits = '';
  let end = pos;
  for (;;) {
    const d = unitWords.match(text, i, true);
    if (!d || d.value > 9) break;
    digits += String(d.value);
    end = d.end;
    if (text[end] !== ' ') break;
    i = end + 1;
  }
  return digits === '' ? undefined : { digits, end };
}

/** Words after which "point 5" is a number ("the rate was point 75"), not a noun or verb. */
const BEFORE_POINT = new Set(['is', 'was', 'were', 'are', 'be', 'of', 'than', 'equals', 'equal']);

/**
 * "point 77", "point five" opening a phrase or after a verb of being: a decimal with its zero left
 * out. After other words ("at this point 300 people", "to point 5 cameras") "point" is a word.
 */
function readPoint(text: string, pos: number): NumberCore | undefined {
  if (text.slice(pos, pos + 6).toLowerCase() !== 'point ') return undefined;
  let b = pos;
  while (text[b - 1] === ' ') b--;
  let w = b;
  while (isWordChar(text.charCodeAt(w - 1))) w--;
  if (w < b && !BEFORE_POINT.has(text.slice(w, b).toLowerCase())) return undefined;
  const at = pos + 6;
  if (isDigit(text.charCodeAt(at))) {
    let e = at;
    while (isDigit(text.charCodeAt(e))) e++;
    if (isWordChar(text.charCodeAt(e)) || ((text[e] === '.' || text[e] === ',') && isDigit(text.charCodeAt(e + 1))))
      return undefined;
    const digits = text.slice(at, e);
    return { start: pos, end: e, value: Number(`0.${digits}`), place: -digits.length, form: 'words', grouped: false };
  }
  const point = pointDigits(text, at);
  return (
    point && {
      start: pos,
      end: point.end,
      value: Number(`0.${point.digits}`),
      place: -point.digits.length,
      form: 'words',
      grouped: false,
    }
  );
}

const OVER = / over /iy;
/**
 * "1 over three", "negative one over 20": a spoken fraction, when a larger whole number follows
 * "over" and ends the phrase ("2 over 3 years" is a period, "52 over 45" a comparison).
 */
export function withOver(text: string, core: NumberCore): NumberCore {
  // " o" after the number, or no "over": tested on char codes before the expression runs
  if (
    core.fraction ||
    core.place < 0 ||
    core.grouped ||
    text.charCodeAt(core.end) !== 0x20 ||
    (text.charCodeAt(core.end + 1) | 0x20) !== 0x6f
  )
    return core;
  OVER.lastIndex = core.end;
  if (!OVER.test(text)) return core;
  const at = OVER.lastIndex;
  const denominator = isDigit(text.charCodeAt(at)) ? readDigits(text, at) : readEnglishNumber(text, at);
  if (!denominator || denominator.fraction || denominator.place < 0 || denominator.value <= core.value) return core;
  let i = denominator.end;
  while (text[i] === ' ') i++;
  if (i < text.length && !'.,;:!?)]\n\u2029'.includes(text[i] as string)) return core;
  return {
    ...core,
    end: denominator.end,
    value: core.value / denominator.value,
    place: -3,
    form: 'fraction',
    fraction: true,
  };
}
