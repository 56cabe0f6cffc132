import type { Candidate } from './candidate.js';
import { englishMeasure, englishRatio, unitAfterWeakScale } from './english.js';
import { isCjk, scaleValue, skipSpace, type GrammarContext, type Reading } from './grammar-base.js';
import { readCounted, readUnit } from './grammar-units.js';
import { chineseClassifiers } from './lang/compiled.js';
import { scaleChain } from './scale-chain.js';
import { andFraction, isZhNumeralChar, type NumberCore } from './numbers.js';

/**
 * Turns a number as written into a figure by reading the words around it, in this order:
 *
 *     [qualifier] [currency] NUMBER [scale] [多/余] ( currency | % | unit | classifier noun | noun ) [qualifier] [rate]
 *
 * Every word comes from the language tables; this file only knows the order and the rules for
 * ambiguous words ("m" as million or metres, "pounds" as money or mass).
 */

/** "half a mile", "a third of a litre": the article between a fraction and its unit (sticky) */
const ARTICLE = /(?:of )?an? /iy;

/** Read a quantity's words after the number; returns the figure or undefined for non-figures. */
export function extendNumber(ctx: GrammarContext, numberCore: NumberCore): Candidate {
  const { lang } = ctx;
  // "one in five adults": a proportion
  const core = (lang.grammar.ratios ? englishRatio(ctx, numberCore) : undefined) ?? numberCore;
  const r: Reading = {
    value: core.value,
    place: core.place,
    scale: 1,
    end: core.end,
    at: core.end,
    unit: '',
    kind: core.fraction ? 'fraction' : 'count',
    noun: null,
    qualifier: 'exact',
  };
  readScales(ctx, core, r);
  readInside(ctx, core, r);
  readUnit(ctx, core, r);
  readCounted(ctx, core, r);
  return finish(ctx, core, r);
}

/**
 * Scale words, possibly two ("3.26 亿", "1.5 million", "万亿"); a scale word multiplies only a
 * smaller one before it, so "two billion million" or "one billion and a half million" never
 * compound. Then a chain of smaller ones, a fraction of the scale, a weak scale.
 */
function readScales(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const rules = lang.grammar;
  for (let k = 0; k < 2 && !core.fraction; k++) {
    // "a $26-billion takeover": a scale word hyphenated to its number as a compound adjective
    const hyphen = k === 0 && rules.hyphenatedUnits && text[r.end] === '-';
    const at = hyphen ? r.end + 1 : skipSpace(text, r.end, rules.gaps.scale);
    const s = lang.scales.match(text, at, lang.wholeWord);
    if (!s || (core.form === 'zh' && isZhNumeralChar(text[at] ?? ''))) break;
    if (
      s.value <= Math.max(r.scale, core.form === 'words' || core.form === 'zh' ? 10 ** Math.max(core.place, 0) : 1) &&
      s.value >= 100
    )
      break;
    // 5兆瓦 is 5 MW and 323千卡 is 323 kcal: a unit word that starts with the scale word wins
    if (rules.unitsOverScales && (lang.units.match(text, at)?.key.length ?? 0) > s.key.length) break;
    // "a hundred" as a number word is read by the number reader; here only after digits/words
    r.scale *= s.value;
    r.end = s.end;
  }
  // "4 thousand 3 hundred and 21": more digits and smaller scale words after the scale word
  // "three crore 93 lakh": after a number in words that ends in a scale word too
  const chainFrom =
    core.form === 'digits' && core.place === 0
      ? r.scale
      : r.scale === 1 && core.form === 'words' && core.place >= 2
        ? 10 ** core.place
        : 1;
  const chain = chainFrom >= 100 && rules.scaleChains ? scaleChain(ctx, r.end, chainFrom) : undefined;
  if (chain) {
    r.chain = chain;
    r.end = chain.end;
  }
  // "3 million and a quarter", "2 and a half years": a fraction of the scale word or of one
  if (!chain && core.form === 'digits' && (r.scale >= 1e3 || (r.scale === 1 && core.place === 0 && !core.fraction))) {
    const tail = andFraction(text, r.end);
    if (tail) {
      r.value += tail.value;
      r.place -= 3;
      r.end = tail.end;
    }
  }
  if (r.scale === 1 && core.form === 'digits') readWeakScale(ctx, core, r);
}

/** Weak scales ("€100m", "5k") are read only glued to digits; money and nouns decide later. */
function readWeakScale(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const w = lang.weakScales.match(text, r.end, true);
  let weakScale = w ? { value: w.value, end: w.end } : undefined;
  // "1,674,200.5 M", "US$ 1 MM": upper-case M and MM a space away are millions too
  const spaced =
    !w && lang.grammar.spacedWeakScales && text[r.end] === ' '
      ? lang.weakScales.match(text, r.end + 1, true)
      : undefined;
  // "2.33 k" closing the phrase: a decimal is not counted in units called k ("a 5 k run" is a distance)
  const spacedK =
    spaced &&
    (spaced.key === 'k' || spaced.key === 'K') &&
    core.place < 0 &&
    /^\s*(?:$|[.,;:!?)])/.test(text.slice(spaced.end, spaced.end + 3));
  if (spaced && (spaced.key.startsWith('M') || spacedK)) weakScale = { value: spaced.value, end: spaced.end };
  // "1.1m tonnes", "5bn euros": a unit or currency after the weak scale settles it
  if (weakScale && unitAfterWeakScale(ctx, weakScale.end)) {
    r.scale = weakScale.value;
    r.end = weakScale.end;
  } else r.weakScale = weakScale;
}

/**
 * What stands between the number and its unit: an "and more" (300多家, 3万余吨), or the
 * article of "half a mile", "a quarter of a percentage point", "half a cent" (the article
 * belongs to the unit, which is no rate: "a mile" is "per mile"). Sets where the unit may start.
 */
function readInside(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const rules = lang.grammar;
  let at = skipSpace(text, r.end, rules.gaps.unit);
  const inside = rules.qualifiersInside.length > 0 ? lang.qualifiersAfter.match(text, at) : undefined;
  if (inside && rules.qualifiersInside.includes(inside.key)) {
    r.qualifier = inside.value;
    r.end = inside.end;
    at = skipSpace(text, r.end, 2);
  }
  if (rules.fractionArticles && core.fraction && core.form === 'fraction' && r.scale === 1) {
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
      r.end = article.lastIndex - 1;
      at = article.lastIndex;
    }
  }
  r.at = at;
}

/** The scale applied, qualifiers after the figure ("or more", 以上, 左右), a rate ("five per week", 每年). */
function finish(ctx: GrammarContext, core: NumberCore, r: Reading): Candidate {
  const { text, lang } = ctx;
  let value = scaleValue(r.value, r.scale);
  // "3 dozen" is exactly 36: a scale that is no power of ten states the last digit of the product
  const decimalScale = Math.log10(r.scale);
  let place = Number.isInteger(decimalScale) ? r.place + decimalScale : 0;
  if (r.chain) {
    value += r.chain.value;
    place = r.chain.place;
  }
  let { end, unit, kind, qualifier } = r;
  const after = lang.qualifiersAfter.match(text, skipSpace(text, end, 1), lang.wholeWord);
  if (
    after &&
    qualifier === 'exact' &&
    !(lang.grammar.qualifiersAtQuantityEnd.includes(after.key) && !endsQuantity(text, after.end))
  ) {
    qualifier = after.value;
    end = after.end;
  }
  // a rate takes the counted noun into the figure ("five ships per week"); 每 before is the caller's
  const rate =
    lang.ratePer.match(text, skipSpace(text, end, 1), lang.wholeWord) ??
    (r.nounEnd === undefined ? undefined : lang.ratePer.match(text, skipSpace(text, r.nounEnd, 1), lang.wholeWord));
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
    noun: r.noun,
    qualifier,
    place,
    scale: r.scale,
    iso: null,
    lang: lang.lang,
  };
  if (r.note) c.note = r.note;
  if (core.scale) c.innerScale = core.scale;
  return c;
}

/** 多 and 来 qualify only at the end of a quantity, not in 多家 (many companies). */
function endsQuantity(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return !isCjk(code) || chineseClassifiers.match(text, pos) !== undefined;
}
