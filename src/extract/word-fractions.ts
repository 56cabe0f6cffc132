import { isDigit, readDigits } from './digits.js';
import { isWordChar } from './lexicon.js';
import { lowestPlace, type NumberCore } from './numbers.js';
import { SCALE_WORDS, countWords, denominators, readEnglishNumber, tensWords, unitWords } from './number-words.js';

/*
 * What joins an English number in words or digits: a fraction ("two and a half", "three
 * quarters"), a scale word, a decimal point in words ("one point five"), "3 over 4".
 */

/** "one-fifth", "two thirds", "one and a half", "half a million" after a word number. */
export function withFraction(text: string, core: NumberCore, wholeBeforeAnd?: number): NumberCore {
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
export function readFractionWords(
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

/** "half a million", "a quarter of a million", "three quarters billion", "half a dozen", "a half-billion". */
export function withScale(text: string, core: NumberCore): NumberCore {
  // "half a  dozen": tokenized text may double the spaces
  const re = / {1,2}(?:of {1,2})?(?:a {1,2})?|-/iy;
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
export function withPoint(text: string, core: NumberCore): NumberCore {
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
export function readPoint(text: string, pos: number): NumberCore | undefined {
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
