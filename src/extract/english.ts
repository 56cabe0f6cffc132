import type { FigureKind } from '../types.js';
import { isYearValue } from './dates.js';
import type { GrammarContext } from './grammar-base.js';
import { compoundUnits, currencySignsAfter } from './lang/common.js';
import { enCurrencySymbolsAfter, enRatioJoiners, enUnitPowers } from './lang/en.js';
import type { MeasureUnit } from './lang/types.js';
import { Lexicon, isWordChar, type LexiconMatch } from './lexicon.js';
import { isDigit, readDigits, readEnglishNumber, type NumberCore } from './numbers.js';
import {
  type MeasureHit,
  ambiguousUnit,
  endsPhrase,
  isLetter,
  poundsOfMoney,
  runsIntoCode,
  skipSpaces,
} from './english-units.js';

/**
 * The English rules the tables alone cannot carry: which reading of an ambiguous unit fits
 * ("2 in thick", "100m sprint", "40C heatwave"), compound adjectives ("a 3-inch screen"),
 * and measures written in two units ("5 ft 2 in", "20 dollars 43 cents").
 * `grammar.ts` calls these at fixed points; every word they look for is a table row.
 */

const signsAfter = new Lexicon([...currencySignsAfter, ...enCurrencySymbolsAfter], false);

const compound = new Map(compoundUnits);

const unitPowers = new Lexicon(enUnitPowers, true);

const POWER_KINDS: Record<number, FigureKind> = { 2: 'area', 3: 'volume' };

/**
 * The unit after an English number, or undefined. `at` is where the unit may start (after one
 * space); `end` is the end of the number and its scale words. A hyphen glued to the number takes
 * a unit word as a compound adjective ("a 3-inch screen", "a six-mile trip", "a two-year plan").
 */
export function englishMeasure(
  ctx: GrammarContext,
  core: NumberCore,
  end: number,
  at: number,
  weakScaleEnd: number | undefined,
): MeasureHit | undefined {
  const { text } = ctx;
  const hit = unitHit(ctx, end, at);
  if (!hit) return undefined;
  const per = text[hit.end] === '/' ? unitOverUnit(ctx, hit, at) : undefined;
  if (per) return per;
  if (runsIntoCode(text, hit)) return undefined;
  // "4 km cubed", "9 m squared"
  if (hit.value.kind === 'length' && text[hit.end] === ' ') {
    const power = unitPowers.match(text, hit.end + 1, true);
    if (power)
      return {
        key: text.slice(at, power.end),
        value: { unit: `${hit.value.unit}^${power.value}`, kind: POWER_KINDS[power.value] ?? 'other' },
        end: power.end,
      };
  }
  return hit.value.ambiguous ? ambiguousUnit(ctx, core, hit, end, at === end, weakScaleEnd) : hit;
}

/** The unit word or symbol after the number: hyphenated to it, a spaced hyphen away, or at `at`. */
function unitHit(ctx: GrammarContext, end: number, at: number): LexiconMatch<MeasureUnit> | undefined {
  const { text, lang } = ctx;
  if (text[end] === '-' && isLetter(text.charCodeAt(end + 1))) return unitWord(ctx, end + 1);
  // tokenized newswire spaces the hyphen: "a 20 - mile stretch"
  if (text.startsWith(' - ', end) && isLetter(text.charCodeAt(end + 3))) return unitWord(ctx, end + 3);
  // symbols match as written (mL, t, C); words also capitalised ("70 Degrees F"): the longer wins
  const symbol = lang.units.match(text, at, true);
  const word = unitWord(ctx, at);
  return symbol && (!word || symbol.end >= word.end) ? symbol : word;
}

/** "10 l/km", "kg/cm³", "W/min", "7.8 km/s": a unit over a unit, when both can be. */
function unitOverUnit(ctx: GrammarContext, hit: LexiconMatch<MeasureUnit>, at: number): MeasureHit | undefined {
  const { text, lang } = ctx;
  if (hit.value.unit === '' || hit.value.unit === 'in') return undefined;
  // "7.8 km/s": a bare "s" is seconds only after a slash
  const perSecond: LexiconMatch<MeasureUnit> | undefined =
    text[hit.end + 1] === 's' && !isWordChar(text.charCodeAt(hit.end + 2))
      ? { key: 's', value: { unit: 's', kind: 'duration' }, end: hit.end + 2 }
      : undefined;
  const per = perSecond ?? lang.units.match(text, hit.end + 1, true) ?? unitWord(ctx, hit.end + 1);
  // "50 km/ms": after a slash an ambiguous time symbol can only be time
  const perUsable =
    per && (!per.value.ambiguous || per.value.kind === 'duration') && !isWordChar(text.charCodeAt(per.end));
  if (!per || !perUsable || per.value.unit === '' || per.value.factor || hit.value.factor) return undefined;
  const kind: FigureKind = hit.value.kind === 'length' && per.value.kind === 'duration' ? 'speed' : 'rate';
  return { key: text.slice(at, per.end), value: { unit: `${hit.value.unit}/${per.value.unit}`, kind }, end: per.end };
}

/** Unit words are listed in lower case; read "Tonnes" and "Square Metres" too. */
function unitWord(ctx: GrammarContext, at: number): LexiconMatch<MeasureUnit> | undefined {
  const word = ctx.text.slice(at, at + 28).toLowerCase();
  let m = ctx.lang.units.match(word, 0, true);
  let end = m ? at + m.end : at;
  // tokenized newswire spaces hyphens: "a 1.2 million - square - foot plant"
  if (word.includes(' - ')) {
    const compact = word.replace(/ - /g, '-');
    const joined = ctx.lang.units.match(compact, 0, true);
    if (joined && (!m || joined.end > m.end)) {
      m = joined;
      // back to the spaced text: each " - " is one "-" of the compact form
      let i = 0;
      for (let j = 0; j < joined.end; j++) i += word.startsWith(' - ', i) ? 3 : 1;
      end = at + i;
    }
  }
  // words only: "MM" is not "mm", "T" is not "t"
  return m && m.key.length >= 3 && /[a-z]/.test(m.key) ? { ...m, end } : undefined;
}

/**
 * A currency after an English number that the word table does not hold: a sign written after
 * the amount ("20€", "10 $"), or a currency word in a compound adjective ("a one-yen bid").
 */
export function englishCurrencyAfter(
  ctx: GrammarContext,
  end: number,
  at: number,
  scaled: boolean,
): (LexiconMatch<string> & { scale?: number }) | undefined {
  const { text, lang } = ctx;
  // "20 million pounds" is money: nobody weighs in millions of pounds without saying tonnes
  const pounds = POUNDS;
  pounds.lastIndex = at;
  // and "3 pounds 50", "2 pounds 20 pence": pence after it make it money too (a P or p first, or
  // no search)
  if (
    (text.charCodeAt(at) | 0x20) === 0x70 &&
    pounds.test(text) &&
    (scaled || compoundMoney(ctx, 0, pounds.lastIndex, true) !== undefined || poundsOfMoney(ctx, end))
  ) {
    return { key: text.slice(at, pounds.lastIndex), value: 'GBP', end: pounds.lastIndex };
  }
  if (text[end] === '-' && isLetter(text.charCodeAt(end + 1))) return lang.currencyAfter.match(text, end + 1, true);
  // "30 MUSD", "48.5 MGBP", "5 KEUR": an M or K glued before a code scales the amount
  if ((text[at] === 'M' || text[at] === 'K') && /^[A-Z]{3}$/.test(text.slice(at + 1, at + 4))) {
    const code = lang.currencyBefore.match(text, at + 1, true);
    if (code && code.end === at + 4 && /^[A-Z]{3}$/.test(code.key))
      return { ...code, key: text.slice(at, at + 4), scale: text[at] === 'M' ? 1e6 : 1e3 };
  }
  const sign = signsAfter.match(text, at, true);
  if (!sign) return undefined;
  // "2 $3.5bn deals": a sign before the next amount is not this number's, unless that amount is
  // the coins of this one ("10 $ 30 cents")
  const next = skipSpaces(text, sign.end);
  if (isDigit(text.charCodeAt(next))) {
    const coins = readDigits(text, next);
    if (!coins || !lang.currencySubunits.match(text, skipSpaces(text, coins.end), true)) return undefined;
  }
  return sign;
}

const POUNDS = /pounds?(?![A-Za-z])/iy;

/** Whether a weak scale ("1.1m") is followed by a unit or currency that settles it as a scale. */
export function unitAfterWeakScale(ctx: GrammarContext, pos: number): boolean {
  const { text, lang } = ctx;
  const at = skipSpaces(text, pos);
  if (at === pos && isWordChar(text.charCodeAt(pos))) return false;
  if (lang.currencyAfter.match(text, at, true) || lang.percentAfter.match(text, at, true)) return true;
  const unit = lang.units.match(text, at, true) ?? unitWord(ctx, at);
  return unit !== undefined && !unit.value.ambiguous && /[a-z]{2}/i.test(unit.key);
}

const ratioJoiners = new Lexicon(
  enRatioJoiners.map((w): [string, true] => [w, true]),
  true,
);

/**
 * "one in five adults", "nine out of ten doctors", "3 in 10 Americans": a whole number, a ratio
 * joiner and a larger whole number are one proportion, unless a unit, scale or year follows ("2 in
 * 5 minutes", "3 in 10 million", "5 in 2020").
 */
export function englishRatio(ctx: GrammarContext, core: NumberCore): NumberCore | undefined {
  const { text, lang } = ctx;
  // "one in five", "a one-in-five chance": the same space or hyphen around the joiner
  const sep = text[core.end];
  if (core.fraction || core.place < 0 || core.grouped || (sep !== ' ' && sep !== '-')) return undefined;
  const joiner = ratioJoiners.match(text, core.end + 1, true);
  if (!joiner || text[joiner.end] !== sep) return undefined;
  const at = joiner.end + 1;
  const whole = isDigit(text.charCodeAt(at)) ? readDigits(text, at) : readEnglishNumber(text, at);
  if (
    !whole ||
    whole.fraction ||
    whole.place < 0 ||
    whole.value <= core.value ||
    text[whole.end] === '-' ||
    isWordChar(text.charCodeAt(whole.end))
  )
    return undefined;
  if (whole.form === 'digits' && whole.end - whole.start === 4 && isYearValue(whole.value)) return undefined;
  const after = skipSpaces(text, whole.end);
  if (
    lang.units.match(text, after, true) ||
    unitWord(ctx, after) ||
    lang.scales.match(text, after, true) ||
    lang.currencyAfter.match(text, after, true) ||
    lang.percentAfter.match(text, after, true)
  )
    return undefined;
  return { ...core, end: whole.end, value: core.value / whole.value, place: -3, form: 'fraction', fraction: true };
}

/** A second number and unit that continue a measure: "5 ft 2 in", "7 feet and 10 inches". */
export function compoundMeasure(
  ctx: GrammarContext,
  unit: string,
  value: number,
  end: number,
): { value: number; unit: string; end: number; place: number } | undefined {
  const big = compound.get(unit);
  if (!big) return undefined;
  const { text } = ctx;
  // "6-foot-2", "six-foot-two": a height's inches after a hyphen
  if (unit === 'ft' && text[end] === '-') {
    const inches = isDigit(text.charCodeAt(end + 1)) ? readDigits(text, end + 1) : readEnglishNumber(text, end + 1);
    if (
      inches &&
      inches.place === 0 &&
      !inches.fraction &&
      inches.value < 12 &&
      !isWordChar(text.charCodeAt(inches.end)) &&
      text[inches.end] !== '-'
    ) {
      return { value: value * 12 + inches.value, unit: 'in', end: inches.end, place: 0 };
    }
  }
  const joiner = /(?:,? and |, | )/iy;
  joiner.lastIndex = end;
  if (!joiner.test(text)) return undefined;
  const core = isDigit(text.charCodeAt(joiner.lastIndex))
    ? readDigits(text, joiner.lastIndex)
    : readEnglishNumber(text, joiner.lastIndex);
  if (!core || core.fraction) return undefined;
  const at = skipSpaces(text, core.end);
  // "2 yd 7'": after yards or miles a feet mark needs no inches or dimension word to follow
  const feet =
    (unit === 'yd' || unit === 'mi') &&
    text[core.end] === "'" &&
    !isWordChar(text.charCodeAt(core.end + 1)) &&
    text[core.end + 1] !== "'";
  const hit = feet
    ? { key: "'", value: { unit: 'ft', kind: 'length' as const }, end: core.end + 1 }
    : englishMeasure(ctx, core, core.end, at, undefined);
  if (!hit) return undefined;
  const small = compound.get(hit.value.unit);
  if (!small || small.group !== big.group || small.size >= big.size) return undefined;
  const ratio = Math.round((big.size / small.size) * 1e9) / 1e9;
  const total = Number((value * ratio + core.value).toPrecision(12));
  const more = compoundMeasure(ctx, hit.value.unit, total, hit.end);
  return more ?? { value: total, unit: hit.value.unit, end: hit.end, place: core.place };
}

/**
 * Cents after an amount: "20 dollars 43 cents", "thirteen dollars and forty-five cents", and a
 * bare two-digit number closing the phrase after a currency word ("15 dollars 50").
 */
export function compoundMoney(
  ctx: GrammarContext,
  value: number,
  end: number,
  currencyWordAfter: boolean,
): { value: number; end: number; place: number } | undefined {
  const { text, lang } = ctx;
  const joiner = /(?:,? and | )/iy;
  joiner.lastIndex = end;
  if (!joiner.test(text)) return undefined;
  const at = joiner.lastIndex;
  const core = isDigit(text.charCodeAt(at)) ? readDigits(text, at) : readEnglishNumber(text, at);
  if (!core || core.fraction || core.place !== 0 || core.value >= 100 || core.value < 1) return undefined;
  const subunitAt = skipSpaces(text, core.end);
  const sub =
    lang.currencySubunits.match(text, subunitAt, true) ??
    (text[core.end] === 'c' && !isWordChar(text.charCodeAt(core.end + 1))
      ? { key: 'c', value: { code: '', factor: 0.01 }, end: core.end + 1 }
      : undefined);
  if (sub) return { value: Number((value + core.value * sub.value.factor).toFixed(2)), end: sub.end, place: -2 };
  if (
    !currencyWordAfter ||
    (core.form === 'words' && !/^[a-z]+(?:[- ][a-z]+)?$/i.test(text.slice(core.start, core.end)))
  )
    return undefined;
  if (core.end - core.start > 12 || (core.form === 'digits' && core.end - core.start !== 2)) return undefined;
  const next = skipSpaces(text, core.end);
  const word = /[a-z]+/iy;
  word.lastIndex = next;
  const following = word.test(text) ? text.slice(next, word.lastIndex).toLowerCase() : '';
  if (!endsPhrase(ctx, core.end) && following !== 'more' && following !== 'each') return undefined;
  return { value: Number((value + core.value / 100).toFixed(2)), end: core.end, place: -2 };
}

/** A figure kind that a compound measure may continue. */
export const compoundKinds = new Set<FigureKind>(['length', 'mass', 'volume', 'duration']);
