import type { FigureKind, Qualifier } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Conventions } from './conventions.js';
import { isYearValue } from './dates.js';
import {
  compoundKinds,
  compoundMeasure,
  compoundMoney,
  englishCurrencyAfter,
  englishMeasure,
  englishRatio,
  unitAfterWeakScale,
} from './english.js';
import { chineseClassifiers, englishOrdinals, selfNamingClassifiers, type CompiledLanguage } from './lang/compiled.js';
import { zhTemperatureContext } from './lang/zh.js';
import { isWordChar, type Lexicon, type LexiconMatch } from './lexicon.js';
import { scaleChain } from './scale-chain.js';
import { andFraction, isDigit, isZhNumeralChar, readChineseNumeral, readDigits, type NumberCore } from './numbers.js';

/**
 * Turns a number as written into a figure by reading the words around it, in this order:
 *
 *     [qualifier] [currency] NUMBER [scale] [多/余] ( currency | % | unit | classifier noun | noun ) [qualifier] [rate]
 *
 * Every word comes from the language tables; this file only knows the order and the rules for
 * ambiguous words ("m" as million or metres, "pounds" as money or mass).
 */

const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;
const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Skip spaces (no line breaks across blocks: U+2029 stops it). */
function skipSpace(text: string, pos: number, max = 2): number {
  let i = pos;
  while (i - pos < max && isSkippedSpace(text.charCodeAt(i))) i++;
  return i;
}
function skipSpaceBack(text: string, pos: number, max = 2): number {
  let i = pos;
  while (pos - i < max && isSkippedSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
const isSkippedSpace = (code: number): boolean => code === 0x20 || code === 0xa0 || code === 0x0a;

/** 10^0 … 10^22: the powers of ten a double holds exactly */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/** 10^n exactly as a decimal shift, so 3.26 × 10^8 is 326000000 and not 326000000.00000006. */
export function scaleValue(value: number, factor: number): number {
  if (factor === 1) return value;
  const exponent = Math.log10(factor);
  // 300 long tons: a product of two decimals, rounded to what a double states (no ...7263999997)
  if (!Number.isInteger(exponent)) return Number((value * factor).toPrecision(15));
  if (factor === EXACT_POWERS_OF_TEN[exponent]) {
    // a whole number a double holds exactly, times a power of ten it holds exactly: one rounding
    // of the exact product, as the decimal shift below gives (which turns -0 into 0)
    if (Number.isSafeInteger(value)) return value === 0 ? 0 : value * factor;
    // 3.26 × 10^8: a decimal shifted past its last digit is the whole number nearest the product
    // when that number shifted back gives the value (below 2^52 no two decimals of as many
    // places give one double, so it is the decimal the value is written as)
    const whole = Math.round(value * factor);
    if (Math.abs(whole) < 2 ** 52 && whole / factor === value) return whole + 0;
  }
  // String() may already carry an exponent (2e+21, 1e-7): add to it rather than append a second
  const [mantissa, own] = String(value).split('e');
  return Number(`${mantissa}e${exponent + Number(own ?? 0)}`);
}

export interface GrammarContext {
  text: string;
  lang: CompiledLanguage;
  /** end of the sentence the number stands in: nothing is read past it */
  limit: number;
  /** start of the sentence */
  floor: number;
  /** how the document writes numbers and what its bare currency signs mean */
  conventions: Conventions;
}

/** The counted noun after an English number: "800 ventilators", "300,000 sets of protective clothing". */
function englishNoun(ctx: GrammarContext, pos: number): { noun: string; end: number } | undefined {
  const { text, limit, lang } = ctx;
  let i = skipSpace(text, pos, 1);
  if (i === pos && isWordChar(text.charCodeAt(pos))) return undefined;
  const words: string[] = [];
  let end = i;
  while (i < limit && words.length < 4) {
    const wordStart = i;
    while (
      i < limit &&
      (isLetter(text.charCodeAt(i)) || ((text[i] === '-' || text[i] === "'") && isLetter(text.charCodeAt(i + 1))))
    )
      i++;
    if (i === wordStart) break;
    const word = text.slice(wordStart, i);
    const lower = word.toLowerCase();
    // "of" joins a head to its complement ("sets of protective clothing"), once
    if (lower === 'of' && words.length > 0 && !words.includes('of')) {
      words.push(lower);
      i = skipSpace(text, i, 1);
      continue;
    }
    if (lang.nounStops.has(lower)) break;
    // "six centres opened", "737 deliveries slowed": a past tense or an adverb ends the noun, but
    // a hyphenated participle is an adjective inside it ("25 new methanol-powered ships")
    if (
      words.length > 0 &&
      lang.lang === 'en' &&
      /(?:[^e]ed|ly)$/.test(lower) &&
      lower.length > 4 &&
      !lower.includes('-')
    )
      break;
    if (words.length > 0 && /^[A-Z]/.test(word) && !/^[A-Z]/.test(words[0] ?? '')) break;
    words.push(word);
    end = i;
    if (text[i] !== ' ') break;
    i++;
  }
  while (words.length > 0 && words[words.length - 1] === 'of') words.pop();
  if (words.length === 0) return undefined;
  return { noun: words.join(' '), end };
}

/** The one-character words of a set of noun stops, by char code (no string made per character). */
const stopTables = new Map<Set<string>, Uint8Array>();
function stopCodes(stops: Set<string>): Uint8Array {
  let table = stopTables.get(stops);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const word of stops) if (word.length === 1) table[word.charCodeAt(0)] = 1;
    stopTables.set(stops, table);
  }
  return table;
}

/** The noun after a Chinese classifier: 3.26 亿件包裹 → 包裹. */
function chineseNoun(ctx: GrammarContext, pos: number): string | null {
  const { text, limit, lang } = ctx;
  let i = pos;
  const stops = stopCodes(lang.nounStops);
  while (i < limit && i - pos < 6 && isCjk(text.charCodeAt(i)) && stops[text.charCodeAt(i)] !== 1) i++;
  return i > pos ? text.slice(pos, i) : null;
}

/** Whether the sentence `ctx` is on speaks of temperature, by the words of `zhTemperatureContext`. */
function aboutTemperature(ctx: GrammarContext): boolean {
  const sentence = ctx.text.slice(ctx.floor, ctx.limit);
  return zhTemperatureContext.some((w) => sentence.includes(w));
}

/** "half a mile", "a third of a litre": the article between a fraction and its unit (sticky) */
const ARTICLE = /(?:of )?an? /iy;

/** "three times", "two-fold" (sticky: tested at a position) */
const TIMES = /(?:-| )?(?:times|fold)\b/iy;

/** Read a quantity's words after the number; returns the figure or undefined for non-figures. */
export function extendNumber(ctx: GrammarContext, numberCore: NumberCore): Candidate {
  const { text, lang } = ctx;
  // "one in five adults": a proportion
  const core = (lang.lang === 'en' ? englishRatio(ctx, numberCore) : undefined) ?? numberCore;
  const wholeWord = lang.wholeWord;
  let value = core.value;
  let place = core.place;
  let scale = 1;
  let end = core.end;
  let unit = '';
  let kind: FigureKind = core.fraction ? 'fraction' : 'count';
  let noun: string | null = null;
  /** where a counted English noun ends: a rate may follow it ("five ships per week") */
  let nounEnd: number | undefined;
  let note: string | undefined;
  let qualifier: Qualifier = 'exact';

  // scale words, possibly two ("3.26 亿", "1.5 million", "万亿"); a scale word multiplies only a
  // smaller one before it, so "two billion million" or "one billion and a half million" never compound
  for (let k = 0; k < 2 && !core.fraction; k++) {
    const at = skipSpace(text, end, lang.lang === 'zh' ? 2 : 1);
    const s = lang.scales.match(text, at, wholeWord);
    if (!s || (core.form === 'zh' && isZhNumeralChar(text[at] ?? ''))) break;
    if (
      s.value <= Math.max(scale, core.form === 'words' || core.form === 'zh' ? 10 ** Math.max(core.place, 0) : 1) &&
      s.value >= 100
    )
      break;
    // 5兆瓦 is 5 MW and 323千卡 is 323 kcal: a unit word that starts with the scale word wins
    if (lang.lang === 'zh' && (lang.units.match(text, at)?.key.length ?? 0) > s.key.length) break;
    // "a hundred" as a number word is read by the number reader; here only after digits/words
    scale *= s.value;
    end = s.end;
  }
  // "4 thousand 3 hundred and 21": more digits and smaller scale words after the scale word
  // "three crore 93 lakh": after a number in words that ends in a scale word too
  const chainFrom =
    core.form === 'digits' && core.place === 0
      ? scale
      : scale === 1 && core.form === 'words' && core.place >= 2
        ? 10 ** core.place
        : 1;
  const chain = chainFrom >= 100 && lang.lang === 'en' ? scaleChain(ctx, end, chainFrom) : undefined;
  if (chain) end = chain.end;
  // "3 million and a quarter", "2 and a half years": a fraction of the scale word or of one
  if (!chain && core.form === 'digits' && (scale >= 1e3 || (scale === 1 && core.place === 0 && !core.fraction))) {
    const tail = andFraction(text, end);
    if (tail) {
      value += tail.value;
      place -= 3;
      end = tail.end;
    }
  }
  // weak scales ("€100m", "5k") are read only glued to digits; money and nouns decide later
  let weakScale: { value: number; end: number } | undefined;
  if (scale === 1 && core.form === 'digits') {
    const w = lang.weakScales.match(text, end, true);
    if (w) weakScale = { value: w.value, end: w.end };
    // "1,674,200.5 M", "US$ 1 MM": upper-case M and MM a space away are millions too
    const spaced =
      !w && lang.lang === 'en' && text[end] === ' ' ? lang.weakScales.match(text, end + 1, true) : undefined;
    // "2.33 k" closing the phrase: a decimal is not counted in units called k ("a 5 k run" is a distance)
    const spacedK =
      spaced &&
      (spaced.key === 'k' || spaced.key === 'K') &&
      core.place < 0 &&
      /^\s*(?:$|[.,;:!?)])/.test(text.slice(spaced.end, spaced.end + 3));
    if (spaced && (spaced.key.startsWith('M') || spacedK)) weakScale = { value: spaced.value, end: spaced.end };
  }
  // "1.1m tonnes", "5bn euros": a unit or currency after the weak scale settles it
  if (weakScale && unitAfterWeakScale(ctx, weakScale.end)) {
    scale = weakScale.value;
    end = weakScale.end;
    weakScale = undefined;
  }

  // 300多家, 3万余吨: an "and more" between number and unit; Chinese separates no words with
  // spaces, so a run of them there is layout (一百五十    个百分点)
  let at = skipSpace(text, end, lang.lang === 'zh' ? 4 : 1);
  const midQualifier = lang.lang === 'zh' ? lang.qualifiersAfter.match(text, at) : undefined;
  if (midQualifier && (midQualifier.key === '多' || midQualifier.key === '余' || midQualifier.key === '餘')) {
    qualifier = midQualifier.value;
    end = midQualifier.end;
    at = skipSpace(text, end, 2);
  }
  // "half a mile", "a quarter of a percentage point", "half a cent": the article belongs to the
  // unit, which is no rate ("a mile" is "per mile")
  if (lang.lang === 'en' && core.fraction && core.form === 'fraction' && scale === 1) {
    const article = ARTICLE;
    article.lastIndex = at;
    const unitAt = article.test(text) ? article.lastIndex : -1;
    const unitAfter =
      unitAt >= 0 &&
      (englishMeasure(ctx, core, unitAt, unitAt, undefined) ||
        lang.percentAfter.match(text, unitAt, true) ||
        lang.currencyAfter.match(text, unitAt, true) ||
        lang.currencySubunits.match(text, unitAt, true));
    if (unitAfter) {
      end = article.lastIndex - 1;
      at = article.lastIndex;
    }
  }

  const currency =
    lang.currencyAfter.match(text, at, wholeWord) ??
    (lang.lang === 'en' ? englishCurrencyAfter(ctx, end, at, scale >= 1e6) : undefined);
  const subunit = currency ? undefined : lang.currencySubunits.match(text, at, wholeWord);
  const percent =
    currency || subunit
      ? undefined
      : (lang.percentAfter.match(text, at, wholeWord) ??
        (lang.lang === 'zh'
          ? matchSpaced(lang.percentAfter, text, at, ctx.limit)
          : // "a 0.25-percentage-point cut": a compound adjective, as "a 3-inch screen"
            text[end] === '-'
            ? lang.percentAfter.match(text, end + 1, true)
            : undefined));
  if (currency) {
    unit = currency.value;
    kind = 'money';
    end = currency.end;
    if (currency.key.toLowerCase().startsWith('pound') && scale === 1) note = 'pounds: money (GBP) or mass (lb)?';
    if ('scale' in currency && typeof currency.scale === 'number') scale *= currency.scale;
    // "75 USD million": a scale word after a code written after the amount
    const late =
      lang.lang === 'en' && scale === 1 && /^[a-z]{3}$/i.test(currency.key)
        ? lang.scales.match(text, skipSpace(text, end, 1), true)
        : undefined;
    if (late && late.end > end + 1) {
      scale = late.value;
      end = late.end;
    }
    // "20 dollars 43 cents", "15 dollars 50"
    const cents =
      lang.lang === 'en' && scale === 1 ? compoundMoney(ctx, value, end, /[a-z]/i.test(currency.key)) : undefined;
    if (cents) {
      value = cents.value;
      end = cents.end;
      place = cents.place;
      // "3 pounds 50": the pence settle the pounds as money
      note = undefined;
    }
  } else if (subunit) {
    unit = subunit.value.code;
    kind = 'money';
    value = scaleValue(value, subunit.value.factor);
    place += Math.log10(subunit.value.factor);
    end = subunit.end;
  } else if (percent) {
    const share = percent.value === 'percent' || percent.value === 'permille';
    unit = share ? '%' : 'pp';
    kind = share ? 'percent' : 'pp';
    if (percent.value === 'bp') {
      value = scaleValue(value, 0.01);
      place -= 2;
    } else if (percent.value === 'permille') {
      // -1.48‰ is -0.148 %, as 千分之三 is 0.3 %
      value = scaleValue(value, 0.1);
      place -= 1;
    }
    end = percent.end;
  } else {
    const english = lang.lang === 'en' ? englishMeasure(ctx, core, end, at, weakScale?.end) : undefined;
    const measure = lang.lang === 'en' ? english : lang.units.match(text, at, true);
    // 300K in a sentence about temperature is kelvin, elsewhere 300 thousand
    const usableMeasure =
      measure &&
      (lang.lang === 'en' ||
        !(measure.value.ambiguous && weakScale && weakScale.end === measure.end) ||
        (measure.value.kind === 'temperature' && aboutTemperature(ctx)));
    if (usableMeasure && !(core.form === 'zh' && measure.value.unit === 'year' && isYearValue(core.value))) {
      unit = measure.value.unit;
      kind = measure.value.kind;
      if (measure.value.factor) {
        value = scaleValue(value, measure.value.factor);
        place += Math.log10(measure.value.factor);
      }
      end = measure.end;
      if (english) {
        if (english.note) note = english.note;
      } else if (measure.value.ambiguous) note = `"${measure.key}" read as ${measure.value.unit}`;
      // "5 ft 2 in", "2 kilometres 1 metre": one measure in its smallest unit
      const more = english && compoundKinds.has(kind) ? compoundMeasure(ctx, unit, value, end) : undefined;
      // "a mile and a half", "2 hours and a quarter"
      const tail = english && !more && core.place === 0 && !core.fraction ? andFraction(text, end) : undefined;
      if (more) {
        value = more.value;
        unit = more.unit;
        end = more.end;
        place = more.place;
      } else if (tail) {
        value += tail.value;
        end = tail.end;
        place = -3;
      }
    } else if (weakScale) {
      scale = weakScale.value;
      end = weakScale.end;
      // "€100m" is settled by the currency sign; "2m masks" by the plural noun; else say so
      const nounAfter = englishNoun(ctx, end);
      if (!nounAfter) note = `"${text.slice(core.end, weakScale.end)}" read as a scale (×${weakScale.value})`;
    }
    if (lang.lang === 'zh' && kind === 'count') {
      const classifier = chineseClassifiers.match(text, at);
      if (classifier) {
        end = classifier.end;
        noun = selfNamingClassifiers.has(classifier.key)
          ? classifier.key
          : (chineseNoun(ctx, classifier.end) ?? classifier.key);
      } else if (text[at] === '倍') {
        kind = 'multiplier';
        end = at + 1;
      } else if (text[at] === '成' && core.form === 'zh' && core.value < 10 && scale === 1) {
        kind = 'fraction';
        value = core.value / 10;
        place = -1;
        end = at + 1;
      }
    }
  }

  if (lang.lang === 'en' && (kind === 'count' || kind === 'money' || (unit === '' && kind !== 'fraction'))) {
    // "three times", "two-fold"
    TIMES.lastIndex = end;
    if (kind === 'count' && TIMES.test(text)) {
      kind = 'multiplier';
      end = TIMES.lastIndex;
    } else if (kind === 'count') {
      const n = englishNoun(ctx, end);
      if (n) {
        noun = n.noun;
        nounEnd = n.end;
      }
    }
  }

  value = scaleValue(value, scale);
  // "3 dozen" is exactly 36: a scale that is no power of ten states the last digit of the product
  const decimalScale = Math.log10(scale);
  place = Number.isInteger(decimalScale) ? place + decimalScale : 0;
  if (chain) {
    value += chain.value;
    place = chain.place;
  }

  // qualifiers after the figure: "or more", 以上, 左右
  const afterAt = skipSpace(text, end, lang.lang === 'zh' ? 1 : 1);
  const after = lang.qualifiersAfter.match(text, afterAt, wholeWord);
  if (
    after &&
    qualifier === 'exact' &&
    !(lang.lang === 'zh' && (after.key === '多' || after.key === '来') && !endsQuantity(text, after.end))
  ) {
    qualifier = after.value;
    end = after.end;
  }

  // rates: "five per week", "five ships per week" (the rate takes the noun into the figure), 每年
  // before handled by the caller
  const rateAt = skipSpace(text, end, 1);
  const rate =
    lang.ratePer.match(text, rateAt, wholeWord) ??
    (nounEnd === undefined ? undefined : lang.ratePer.match(text, skipSpace(text, nounEnd, 1), wholeWord));
  if (rate && rate.value !== '' && kind !== 'percent' && kind !== 'pp') {
    unit = unit ? `${unit}/${rate.value}` : `1/${rate.value}`;
    kind = 'rate';
    end = rate.end;
  }

  const c: Candidate = {
    start: core.start,
    end,
    value,
    unit,
    kind,
    noun,
    qualifier,
    place,
    scale,
    iso: null,
    lang: lang.lang,
  };
  if (note) c.note = note;
  return c;
}

/**
 * 个 百 分 点: Chinese separates no words with spaces, so spaces inside a word are layout (PDF
 * text) and the word is matched without them. Looks at a few characters, only when one is a space.
 */
/**
 * "the retailer's $9.5 billion": the s of a possessive is no letter of a lower-case sign (the
 * "s $" of tokenized newswire's Singapore dollars); the sign alone is the currency.
 */
function signOf(
  match: LexiconMatch<string> | undefined,
  text: string,
  signs: Lexicon<string>,
): LexiconMatch<string> | undefined {
  if (!match || !/^[a-z]/.test(match.key) || !/['’]/.test(text[match.end - 1] ?? '')) return match;
  const sign = match.key.replace(/^[a-z.\s]+/, '');
  const bare = sign ? signs.matchBefore(sign, sign.length) : undefined;
  return bare && bare.key === sign ? { ...bare, end: match.end + match.key.length - sign.length } : undefined;
}

function matchSpaced<T>(lexicon: Lexicon<T>, text: string, at: number, limit: number): LexiconMatch<T> | undefined {
  // most numbers have no space among the characters after them: nothing is built for them
  let spaced = false;
  for (let i = at, taken = 0; i < limit && taken < 6 && !spaced; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0) spaced = true;
    else if (isCjk(code)) taken++;
    else break;
  }
  if (!spaced) return undefined;
  let compact = '';
  const ends: number[] = [];
  for (let i = at; i < limit && compact.length < 6; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0) continue;
    if (!isCjk(code)) break;
    compact += text[i];
    ends.push(i + 1);
  }
  const m = lexicon.match(compact, 0);
  const end = m ? ends[m.key.length - 1] : undefined;
  return m && end !== undefined ? { key: m.key, value: m.value, end } : undefined;
}

/** 多 and 来 qualify only at the end of a quantity, not in 多家 (many companies). */
function endsQuantity(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return !isCjk(code) || chineseClassifiers.match(text, pos) !== undefined;
}

/** English unit words are listed in lower case; read "Tonnes" and "Square Metres" too. */
function matchUnitWord(ctx: GrammarContext, at: number) {
  const word = ctx.text.slice(at, at + 24).toLowerCase();
  const m = ctx.lang.units.match(word, 0, true);
  return m && /[a-z]/.test(m.key) ? { ...m, end: at + m.end } : undefined;
}

/**
 * Words before the figure: a currency sign or code ("€", "US$ ", "EUR "), a sign, and a
 * qualifier ("more than", 约). Moves `start` left over what it reads.
 */
export function extendLeft(ctx: GrammarContext, c: Candidate): Candidate {
  const { text, lang, floor } = ctx;
  let start = c.start;
  // a sign glued to the number
  const sign = text[start - 1];
  if (
    (sign === '-' || sign === '−' || sign === '+') &&
    c.value !== null &&
    !isWordChar(text.charCodeAt(start - 2)) &&
    !isDigit(text.charCodeAt(start - 2))
  ) {
    // "75 -300mm" is a range written loosely, not minus 300
    // Chinese writes the sign glued to the word before it (增长率为-1.48‰), but not to a
    // quantity before it (五元六角-五元七毛: a range)
    const zhSign = lang.lang === 'zh' && isCjk(text.charCodeAt(start - 2)) && !endsChineseQuantity(ctx, start - 1);
    if (
      (text[start - 2] === ' ' && !(lang.lang === 'en' && isDigit(text.charCodeAt(start - 3)))) ||
      start - 1 === floor ||
      zhSign
    ) {
      start--;
      if (sign !== '+') c.value = -c.value;
    }
  } else if (
    lang.lang === 'en' &&
    c.value !== null &&
    text[start - 1] === ' ' &&
    (text[start - 2] === '-' || text[start - 2] === '−')
  ) {
    // "- 20 degrees" at the start of a phrase (tokenized text), never "3 - 4" or "team - 20"
    const before = start - 3;
    if (
      start - 2 === floor ||
      (text[before] === ' ' &&
        /^(?:to|convert|is|at|of|was|by|from|hit|reached)$/i.test(wordBefore(text, before, floor)))
    ) {
      start -= 2;
      c.value = -c.value;
    }
  } else if (lang.lang === 'en' && c.value !== null && c.value > 0) {
    // "minus five", "negative 3 percent"
    const word = wordBefore(text, skipSpaceBack(text, start, 1), floor).toLowerCase();
    const wordStart = skipSpaceBack(text, start, 1) - word.length;
    // "plus or minus 2%" is a tolerance, a qualifier read below
    if (
      (word === 'minus' || word === 'negative') &&
      skipSpaceBack(text, start, 1) < start &&
      !/plus or\s+$/i.test(text.slice(Math.max(floor, wordStart - 9), wordStart))
    ) {
      start = wordStart;
      c.value = -c.value;
    }
  }
  // currency before: "€3.7bn", "US$ 5", "EUR 100", "USD34.6"
  const currencyEnd = skipSpaceBack(text, start, 1);
  const currency = signOf(
    lang.currencyBefore.matchBefore(text, currencyEnd, true) ??
      lang.currencyBefore.matchBefore(text, start, false) ??
      lang.currencyBefore.matchBefore(text, currencyEnd, false),
    text,
    lang.currencyBefore,
  );
  // "12 m 2 dm 3 times": a lower-case code right after another number is that number's unit
  const unitOfNumberBefore =
    currency !== undefined &&
    /^[a-z]{2,3}$/.test(currency.key) &&
    isDigit(text.charCodeAt(skipSpaceBack(text, currency.end, 1) - 1));
  // "sent a DM 3 days ago": a measure or a multiplier keeps its own unit
  const takesCurrency =
    lang.lang !== 'en' || c.kind === 'count' || c.kind === 'money' || c.kind === 'rate' || c.kind === 'fraction';
  // 4人民币5美元: a Chinese amount that names its currency after it takes no other from before
  // it, unless that is the bare 元 (新台幣7596.9億元 is TWD)
  const bareYuan = lang.lang === 'zh' && c.unit === 'CNY' && !text.slice(c.start, c.end).includes('人民');
  if (
    currency &&
    !unitOfNumberBefore &&
    takesCurrency &&
    c.kind !== 'date' &&
    c.kind !== 'percent' &&
    !(lang.lang === 'zh' && c.kind === 'money' && currency.value !== c.unit && !bareYuan)
  ) {
    const code = /^[A-Z]{3}$/.test(currency.key);
    // "MUSD 120": an M or K before a code scales the amount
    const scaled =
      code &&
      (text[currency.end - 1] === 'M' || text[currency.end - 1] === 'K') &&
      !isWordChar(text.charCodeAt(currency.end - 2));
    if (!isWordChar(text.charCodeAt(currency.end - 1)) || scaled || !/^[A-Za-z]/.test(currency.key)) {
      c.unit = c.kind === 'rate' ? `${currency.value}${c.unit.slice(c.unit.indexOf('/'))}` : currency.value;
      if (c.kind !== 'rate') c.kind = 'money';
      start = scaled ? currency.end - 1 : currency.end;
      if (scaled) {
        const factor = text[currency.end - 1] === 'M' ? 1e6 : 1e3;
        c.value = c.value === null ? null : scaleValue(c.value, factor);
        c.place += Math.log10(factor);
        c.scale *= factor;
      }
      if (c.note?.includes('read as a scale')) delete c.note;
      if (c.noun && c.kind === 'money') c.noun = null;
    }
  }
  // "per cent of 210" opening a phrase: the percent word written before its number
  if (lang.lang === 'en' && c.kind === 'count' && c.unit === '' && c.value !== null && start === c.start) {
    const ofAt = skipSpaceBack(text, start, 1);
    const percent =
      ofAt > start - 1 || !/^ of$/i.test(text.slice(ofAt - 3, ofAt))
        ? undefined
        : lang.percentAfter.matchBefore(text, ofAt - 3, true);
    if (percent && percent.value === 'percent' && opensPhrase(text, percent.end, floor)) {
      c.kind = 'percent';
      c.unit = '%';
      c.noun = null;
      start = percent.end;
    }
  }
  // qualifier before: "more than", "about", 约, 超过
  const qualifierEnd = skipSpaceBack(text, start, 1);
  const q = lang.qualifiersBefore.matchBefore(text, qualifierEnd, lang.wholeWord);
  if (q && q.end >= floor && c.qualifier === 'exact') {
    c.qualifier = q.value;
    start = q.end;
  }
  c.start = start;
  return c;
}

/** A numeral, unit, currency, scale or classifier ends at `end`: what a range joiner follows. */
function endsChineseQuantity(ctx: GrammarContext, end: number): boolean {
  const { text, lang } = ctx;
  return (
    isZhNumeralChar(text[end - 1] ?? '') ||
    lang.units.matchBefore(text, end) !== undefined ||
    lang.currencyAfter.matchBefore(text, end) !== undefined ||
    lang.currencySubunits.matchBefore(text, end) !== undefined ||
    lang.scales.matchBefore(text, end) !== undefined ||
    chineseClassifiers.matchBefore(text, end) !== undefined
  );
}

/** Whether nothing but spaces, an opening bracket or a clause's punctuation stands between `pos` and the sentence start. */
function opensPhrase(text: string, pos: number, floor: number): boolean {
  const at = skipSpaceBack(text, pos, 2);
  return at <= floor || '.,;:!?(['.includes(text[at - 1] as string);
}

/** The word that ends at `end` (letters only), or ''. */
function wordBefore(text: string, end: number, floor: number): string {
  let w = end;
  while (w > floor && isLetter(text.charCodeAt(w - 1))) w--;
  return text.slice(w, end);
}

const ORDINAL_SUFFIX = /(?:st|nd|rd|th)\b/iy;
/** Characters that may group digits (readDigits reads on over them): the suffix may follow a group. */
const mayGroup = (code: number): boolean =>
  code === 0x2c ||
  code === 0x20 ||
  code === 0x27 ||
  code === 0xa0 ||
  code === 0x202f ||
  code === 0x2009 ||
  code === 0x2e;

/** An ordinal or rank after 第 or with an English suffix (5th, 21st); "fifth largest" is a rank. */
export function readOrdinal(ctx: GrammarContext, pos: number): Candidate | undefined {
  const { text, lang } = ctx;
  let value: number | undefined;
  let end = pos;
  if (text[pos] === '第') {
    const core = isDigit(text.charCodeAt(pos + 1)) ? readDigits(text, pos + 1) : readChineseNumeral(text, pos + 1);
    // 第106B區, 第3A号: digits running into a letter are a name (a planning area, a block)
    if (!core || isLetter(text.charCodeAt(core.end))) return undefined;
    value = core.value;
    end = core.end;
  } else if (isDigit(text.charCodeAt(pos))) {
    // the suffix needs a letter right after the digits: look before reading them
    let d = pos + 1;
    while (isDigit(text.charCodeAt(d))) d++;
    if (!isLetter(text.charCodeAt(d)) && !mayGroup(text.charCodeAt(d))) return undefined;
    const core = readDigits(text, pos);
    if (!core || core.place !== 0) return undefined;
    ORDINAL_SUFFIX.lastIndex = core.end;
    if (!ORDINAL_SUFFIX.test(text)) return undefined;
    value = core.value;
    end = ORDINAL_SUFFIX.lastIndex;
  } else {
    const word = englishOrdinals.match(text, pos, true);
    if (!word || isWordChar(text.charCodeAt(pos - 1))) return undefined;
    value = word.value;
    end = word.end;
  }
  let kind: FigureKind = 'ordinal';
  // "fifth largest", "second-biggest", 第五大: the superlative is part of the rank's text
  const rankAt = lang.lang === 'zh' ? end : skipSpace(text, end, 1);
  const rank =
    lang.rankAfter.match(text, rankAt, lang.wholeWord) ??
    (text[rankAt] === '-' ? lang.rankAfter.match(text, rankAt + 1, lang.wholeWord) : undefined);
  if (rank) {
    kind = 'rank';
    end = rank.end;
  }
  return {
    start: pos,
    end,
    value,
    unit: '',
    kind,
    noun: null,
    qualifier: 'exact',
    place: 0,
    scale: 1,
    iso: null,
    lang: lang.lang,
  };
}
