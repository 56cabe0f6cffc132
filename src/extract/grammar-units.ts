import { isYearValue } from './dates.js';
import { compoundKinds, compoundMeasure, compoundMoney, englishCurrencyAfter, englishMeasure } from './english.js';
import type { MeasureHit } from './english-units.js';
import { enDurationAdjectives } from './lang/en.js';
import { isCjk, isLetter, scaleValue, skipSpace, type GrammarContext, type Reading } from './grammar-base.js';
import { chineseClassifiers, selfNamingClassifiers } from './lang/compiled.js';
import type { PercentWord } from './lang/types.js';
import { zhTemperatureContext } from './lang/zh.js';
import { isWordChar, type Lexicon, type LexiconMatch } from './lexicon.js';
import { andFraction, type NumberCore } from './numbers.js';

/*
 * What follows a number: its currency, percent word or unit, and what a count counts (a noun,
 * a classifier and its noun, a multiplier). Steps of `extendNumber` (grammar.ts).
 */

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
      lang.grammar.countedNouns &&
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

/** "three times", "two-fold", "3.5x earnings" (an x glued, never 4x4 or 336x280) (sticky: tested at a position) */
const TIMES = /(?:-| )?(?:times|fold)\b|x(?![\w-]|\.\d)/iy;

/** The currency, percent word or measure unit after the number, at `r.at`. */
export function readUnit(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const rules = lang.grammar;
  const at = r.at;
  const currency =
    lang.currencyAfter.match(text, at, lang.wholeWord) ??
    (rules.currencyInContext ? englishCurrencyAfter(ctx, r.end, at, r.scale >= 1e6) : undefined);
  if (currency) return readCurrency(ctx, currency, r);
  const subunit = lang.currencySubunits.match(text, at, lang.wholeWord);
  if (subunit) {
    r.unit = subunit.value.code;
    r.kind = 'money';
    r.value = scaleValue(r.value, subunit.value.factor);
    r.place += Math.log10(subunit.value.factor);
    r.end = subunit.end;
    return;
  }
  const percent =
    lang.percentAfter.match(text, at, lang.wholeWord) ??
    (rules.spacedWords
      ? matchSpaced(lang.percentAfter, text, at, ctx.limit)
      : // "a 0.25-percentage-point cut": a compound adjective, as "a 3-inch screen"
        rules.hyphenatedUnits && text[r.end] === '-'
        ? lang.percentAfter.match(text, r.end + 1, true)
        : undefined);
  if (percent) readPercent(percent.value, percent.end, r);
  else readMeasure(ctx, core, r);
}

function readCurrency(ctx: GrammarContext, currency: LexiconMatch<string> & { scale?: number }, r: Reading): void {
  const { text, lang } = ctx;
  r.unit = currency.value;
  r.kind = 'money';
  r.end = currency.end;
  if (currency.key.toLowerCase().startsWith('pound') && r.scale === 1) r.note = 'pounds: money (GBP) or mass (lb)?';
  if (typeof currency.scale === 'number') r.scale *= currency.scale;
  if (!lang.grammar.currencyInContext || r.scale !== 1) return;
  // "75 USD million": a scale word after a code written after the amount
  const late = /^[a-z]{3}$/i.test(currency.key) ? lang.scales.match(text, skipSpace(text, r.end, 1), true) : undefined;
  if (late && late.end > r.end + 1) {
    r.scale = late.value;
    r.end = late.end;
    return;
  }
  // "20 dollars 43 cents", "15 dollars 50"
  const cents = compoundMoney(ctx, r.value, r.end, /[a-z]/i.test(currency.key));
  if (cents) {
    r.value = cents.value;
    r.end = cents.end;
    r.place = cents.place;
    // "3 pounds 50": the pence settle the pounds as money
    r.note = undefined;
  }
}

function readPercent(word: PercentWord, end: number, r: Reading): void {
  const share = word === 'percent' || word === 'permille';
  r.unit = share ? '%' : 'pp';
  r.kind = share ? 'percent' : 'pp';
  if (word === 'bp') {
    r.value = scaleValue(r.value, 0.01);
    r.place -= 2;
  } else if (word === 'permille') {
    // -1.48‰ is -0.148 %, as 千分之三 is 0.3 %
    r.value = scaleValue(r.value, 0.1);
    r.place -= 1;
  }
  r.end = end;
}

/** A measure unit after the number, read in context or by the unit table alone; else a weak scale. */
function readMeasure(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const inContext = lang.grammar.unitsInContext;
  const weakScale = r.weakScale;
  const english = inContext
    ? (englishMeasure(ctx, core, r.end, r.at, weakScale?.end) ?? durationAfterAdjective(ctx, core, r))
    : undefined;
  const measure = inContext ? english : lang.units.match(text, r.at, true);
  // 300K in a sentence about temperature is kelvin, elsewhere 300 thousand
  const usableMeasure =
    measure &&
    (inContext ||
      !(measure.value.ambiguous && weakScale && weakScale.end === measure.end) ||
      (measure.value.kind === 'temperature' && aboutTemperature(ctx)));
  if (usableMeasure && !(core.form === 'zh' && measure.value.unit === 'year' && isYearValue(core.value))) {
    r.unit = measure.value.unit;
    r.kind = measure.value.kind;
    if (measure.value.factor) {
      r.value = scaleValue(r.value, measure.value.factor);
      r.place += Math.log10(measure.value.factor);
    }
    r.end = measure.end;
    if (english) {
      if (english.note) r.note = english.note;
      measureTail(ctx, core, r);
    } else if (measure.value.ambiguous) r.note = `"${measure.key}" read as ${measure.value.unit}`;
  } else if (weakScale) {
    r.scale = weakScale.value;
    r.end = weakScale.end;
    // "€100m" is settled by the currency sign; "2m masks" by the plural noun; else say so
    const nounAfter = englishNoun(ctx, r.end);
    if (!nounAfter) r.note = `"${text.slice(core.end, weakScale.end)}" read as a scale (×${weakScale.value})`;
  }
}

const durationAdjectives = new Set(enDurationAdjectives);

/** "three straight months", "five consecutive years": a duration one adjective after its count. */
function durationAfterAdjective(ctx: GrammarContext, core: NumberCore, r: Reading): MeasureHit | undefined {
  const first = ctx.text.charCodeAt(r.at);
  if (first < 0x61 || first > 0x7a) return undefined;
  const word = /^([a-z]+) /.exec(ctx.text.slice(r.at, r.at + 16));
  if (!word || !durationAdjectives.has(word[1] as string)) return undefined;
  const hit = englishMeasure(ctx, core, r.end, r.at + word[0].length, undefined);
  return hit?.value.kind === 'duration' ? hit : undefined;
}

/** "5 ft 2 in", "2 kilometres 1 metre": one measure in its smallest unit; "a mile and a half". */
function measureTail(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const more = compoundKinds.has(r.kind) ? compoundMeasure(ctx, r.unit, r.value, r.end) : undefined;
  if (more) {
    r.value = more.value;
    r.unit = more.unit;
    r.end = more.end;
    r.place = more.place;
    return;
  }
  const tail = core.place === 0 && !core.fraction ? andFraction(ctx.text, r.end) : undefined;
  if (tail) {
    r.value += tail.value;
    r.end = tail.end;
    r.place = -3;
  }
}

/** What a count counts: a classifier and the noun after it (3.26亿件包裹), a counted noun ("800 ventilators"), or a multiplier. */
export function readCounted(ctx: GrammarContext, core: NumberCore, r: Reading): void {
  const { text, lang } = ctx;
  const rules = lang.grammar;
  if (rules.classifiers && r.kind === 'count') {
    const at = r.at;
    const classifier = chineseClassifiers.match(text, at);
    if (classifier) {
      r.end = classifier.end;
      r.noun = selfNamingClassifiers.has(classifier.key)
        ? classifier.key
        : (chineseNoun(ctx, classifier.end) ?? classifier.key);
    } else if (text.startsWith(rules.classifiers.multiplier, at)) {
      r.kind = 'multiplier';
      r.end = at + rules.classifiers.multiplier.length;
    } else if (
      text.startsWith(rules.classifiers.tenths, at) &&
      core.form === 'zh' &&
      core.value < 10 &&
      r.scale === 1
    ) {
      r.kind = 'fraction';
      r.value = core.value / 10;
      r.place = -1;
      r.end = at + rules.classifiers.tenths.length;
    }
  }
  if (!rules.countedNouns || !(r.kind === 'count' || r.kind === 'money' || (r.unit === '' && r.kind !== 'fraction')))
    return;
  // "three times", "two-fold"
  TIMES.lastIndex = r.end;
  if (r.kind === 'count' && TIMES.test(text)) {
    r.kind = 'multiplier';
    r.end = TIMES.lastIndex;
  } else if (r.kind === 'count') {
    const n = englishNoun(ctx, r.end);
    if (n) {
      r.noun = n.noun;
      r.nounEnd = n.end;
    }
  }
}

/**
 * 个 百 分 点: Chinese separates no words with spaces, so spaces inside a word are layout (PDF
 * text) and the word is matched without them. Looks at a few characters, only when one is a space.
 */
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
