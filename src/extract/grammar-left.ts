import type { FigureKind } from '../types.js';
import { type Candidate, plainCandidate } from './candidate.js';
import { isCjk, isLetter, scaleValue, skipSpace, skipSpaceBack, type GrammarContext } from './grammar-base.js';
import { chineseClassifiers, englishOrdinals } from './lang/compiled.js';
import type { GrammarRules } from './lang/types.js';
import { isWordChar, type Lexicon, type LexiconMatch } from './lexicon.js';
import { isDigit, isZhNumeralChar, readChineseNumeral, readDigits } from './numbers.js';

/**
 * Words before the figure: a currency sign or code ("€", "US$ ", "EUR "), a sign, and a
 * qualifier ("more than", 约). Moves `start` left over what it reads.
 */
export function extendLeft(ctx: GrammarContext, c: Candidate): Candidate {
  const { text, lang, floor } = ctx;
  let start = readSign(ctx, c);
  start = readCurrencyBefore(ctx, c, start);
  start = readPercentWordBefore(ctx, c, start);
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

/** A sign before the number: glued to it, a dash a space before it, or a word ("minus five"). Where the figure starts. */
function readSign(ctx: GrammarContext, c: Candidate): number {
  const { text, lang, floor } = ctx;
  const rules = lang.grammar;
  const start = c.start;
  const sign = text[start - 1];
  if (c.value === null) return start;
  if (
    (sign === '-' || sign === '−' || sign === '+') &&
    !isWordChar(text.charCodeAt(start - 2)) &&
    !isDigit(text.charCodeAt(start - 2))
  ) {
    // "75 -300mm" is a range written loosely, not minus 300
    // Chinese writes the sign glued to the word before it (增长率为-1.48‰), but not to a
    // quantity before it (五元六角-五元七毛: a range)
    const signAfterWord =
      rules.signAfterWord && isCjk(text.charCodeAt(start - 2)) && !endsChineseQuantity(ctx, start - 1);
    if (
      (text[start - 2] === ' ' && !(rules.dashAfterDigitsIsRange && isDigit(text.charCodeAt(start - 3)))) ||
      start - 1 === floor ||
      signAfterWord
    ) {
      if (sign !== '+') c.value = -c.value;
      return start - 1;
    }
    return start;
  }
  const words = rules.signWords;
  if (!words) return start;
  if (text[start - 1] === ' ' && (text[start - 2] === '-' || text[start - 2] === '−')) {
    // "- 20 degrees" at the start of a phrase (tokenized text), never "3 - 4" or "team - 20"
    const before = start - 3;
    if (
      start - 2 === floor ||
      (text[before] === ' ' && words.dashAfter.includes(wordBefore(text, before, floor).toLowerCase()))
    ) {
      c.value = -c.value;
      return start - 2;
    }
    return start;
  }
  if (c.value <= 0) return start;
  // "minus five", "negative 3 percent"; "plus or minus 2%" is a tolerance, a qualifier read later
  const wordEnd = skipSpaceBack(text, start, 1);
  const word = wordBefore(text, wordEnd, floor).toLowerCase();
  const wordStart = wordEnd - word.length;
  const lead = text.slice(Math.max(floor, wordStart - 9), wordStart);
  const tolerance = lead.trimEnd() !== lead && lead.trimEnd().toLowerCase().endsWith(words.tolerance);
  if (words.negators.includes(word) && wordEnd < start && !tolerance) {
    c.value = -c.value;
    return wordStart;
  }
  return start;
}

/** Currency before: "€3.7bn", "US$ 5", "EUR 100", "USD34.6", "MUSD 120". Where the figure starts. */
function readCurrencyBefore(ctx: GrammarContext, c: Candidate, start: number): number {
  const { text, lang } = ctx;
  const rules = lang.grammar;
  const currencyEnd = skipSpaceBack(text, start, 1);
  const currency = signOf(
    lang.currencyBefore.matchBefore(text, currencyEnd, true) ??
      lang.currencyBefore.matchBefore(text, start, false) ??
      lang.currencyBefore.matchBefore(text, currencyEnd, false),
    text,
    lang.currencyBefore,
  );
  // a sign of one letter ("R1,2 billion") is glued to its number, never a word before it ("grade R 5")
  if (!currency || (/^[A-Za-z]$/.test(currency.key) && currency.end + 1 !== start)) return start;
  // "12 m 2 dm 3 times": a lower-case code right after another number is that number's unit
  const unitOfNumberBefore =
    /^[a-z]{2,3}$/.test(currency.key) && isDigit(text.charCodeAt(skipSpaceBack(text, currency.end, 1) - 1));
  // "sent a DM 3 days ago": a measure or a multiplier keeps its own unit
  const takesCurrency = rules.currencyBeforeKinds === null || rules.currencyBeforeKinds.includes(c.kind);
  if (
    unitOfNumberBefore ||
    !takesCurrency ||
    c.kind === 'date' ||
    c.kind === 'percent' ||
    (currency.value !== c.unit && namesOwnCurrency(text, c, rules))
  )
    return start;
  const code = /^[A-Z]{3}$/.test(currency.key);
  // "MUSD 120": an M or K before a code scales the amount
  const scaled =
    code &&
    (text[currency.end - 1] === 'M' || text[currency.end - 1] === 'K') &&
    !isWordChar(text.charCodeAt(currency.end - 2));
  if (isWordChar(text.charCodeAt(currency.end - 1)) && !scaled && /^[A-Za-z]/.test(currency.key)) return start;
  c.unit = c.kind === 'rate' ? `${currency.value}${c.unit.slice(c.unit.indexOf('/'))}` : currency.value;
  if (c.kind !== 'rate') c.kind = 'money';
  if (scaled) {
    const factor = text[currency.end - 1] === 'M' ? 1e6 : 1e3;
    c.value = c.value === null ? null : scaleValue(c.value, factor);
    c.place += Math.log10(factor);
    c.scale *= factor;
  }
  if (c.note?.includes('read as a scale')) delete c.note;
  if (c.noun && c.kind === 'money') c.noun = null;
  return scaled ? currency.end - 1 : currency.end;
}

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

/** "per cent of 210" opening a phrase: the percent word written before its number. Where the figure starts. */
function readPercentWordBefore(ctx: GrammarContext, c: Candidate, start: number): number {
  const { text, lang, floor } = ctx;
  if (!lang.grammar.percentWordBefore || c.kind !== 'count' || c.unit !== '' || c.value === null || start !== c.start)
    return start;
  const ofAt = skipSpaceBack(text, start, 1);
  const percent =
    ofAt > start - 1 || !/^ of$/i.test(text.slice(ofAt - 3, ofAt))
      ? undefined
      : lang.percentAfter.matchBefore(text, ofAt - 3, true);
  if (!percent || percent.value !== 'percent' || !opensPhrase(text, percent.end, floor)) return start;
  c.kind = 'percent';
  c.unit = '%';
  c.noun = null;
  return percent.end;
}

/**
 * 4人民币5美元: an amount that names its currency after it takes no other from before it, unless
 * that is the bare currency word (新台幣7596.9億元 is TWD).
 */
function namesOwnCurrency(text: string, c: Candidate, rules: GrammarRules): boolean {
  const own = rules.ownCurrencyAfter;
  if (!own || c.kind !== 'money') return false;
  const written = text.slice(c.start, c.end);
  return c.unit !== own.bare || own.unless.some((word) => written.includes(word));
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
  const rankAt = skipSpace(text, end, lang.grammar.gaps.rank);
  const rank =
    lang.rankAfter.match(text, rankAt, lang.wholeWord) ??
    (text[rankAt] === '-' ? lang.rankAfter.match(text, rankAt + 1, lang.wholeWord) : undefined);
  if (rank) {
    kind = 'rank';
    end = rank.end;
  }
  return plainCandidate(pos, end, value, kind, lang.lang);
}
