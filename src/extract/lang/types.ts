import type { FigureKind, Lang, Qualifier } from '../../types.js';

/** A measure unit as written, resolved to a mathjs unit string and the figure kind it gives. */
export interface MeasureUnit {
  unit: string;
  kind: FigureKind;
  /** multiply the stated number by this to get the value in `unit` (斤 → 0.5 kg) */
  factor?: number;
  /** the surface form is also a scale or an ordinary word, so it needs context ("m", "in") */
  ambiguous?: boolean;
}

/** A percent sign or word, a percentage-point word, a basis-point word (0.01 pp), or per mille (0.1 %). */
export type PercentWord = 'percent' | 'pp' | 'bp' | 'permille';

/** What a word after a number does to it. */
export type Change = 'increase' | 'decrease';

/**
 * How the language-neutral grammar reads the words around a number in one language: which of
 * its readings apply and how far apart words may stand. The grammar asks these, never which
 * language it reads, so a language is added by describing it here and in the word tables.
 */
export interface GrammarRules {
  /** spaces allowed between a number and its scale word; between it and its unit, currency or classifier (Chinese puts none, so a run of them is layout); before a rank word */
  gaps: { scale: number; unit: number; rank: number };
  /** a unit word that starts with a scale word is the unit (5兆瓦 is 5 MW) */
  unitsOverScales: boolean;
  /** "one in five": a proportion read at its first number */
  ratios: boolean;
  /** "4 thousand 3 hundred and 21", "3 crore 93 lakh": digits and smaller scale words after a scale word */
  scaleChains: boolean;
  /** "US$ 1 MM": an upper-case weak scale a space after the digits */
  spacedWeakScales: boolean;
  /** "and more" words between a number and its unit (300多家, 3万余吨) */
  qualifiersInside: string[];
  /** qualifiers after a number that count only where a quantity ends (多 in 300多, not in 多家) */
  qualifiersAtQuantityEnd: string[];
  /** "half a mile": an article between a fraction and its unit */
  fractionArticles: boolean;
  /** currency words read in context ("5 pounds" as money or mass), amounts with cents ("15 dollars 50"), a scale after a code ("75 USD million") */
  currencyInContext: boolean;
  /** words with layout spaces inside (个 百 分 点) still matched */
  spacedWords: boolean;
  /** a unit or scale word hyphenated to its number as a compound adjective ("a 0.25-percentage-point cut", "a $26-billion deal") */
  hyphenatedUnits: boolean;
  /** units read with the context rules of english.ts (m as metres or million, compound measures); else by the unit table alone */
  unitsInContext: boolean;
  /** a counted noun after a count in words ("800 ventilators"), "three times" as a multiplier, a participle ending the noun */
  countedNouns: boolean;
  /** classifiers after a count, with the noun after them (3.26亿件包裹); a multiplier word, a tenths word */
  classifiers: { multiplier: string; tenths: string } | null;
  /** a sign glued to the word before it still signs the number (增长率为-1.48‰) */
  signAfterWord: boolean;
  /** "75 -300mm": a dash a space after digits is a range, not a minus */
  dashAfterDigitsIsRange: boolean;
  /**
   * signs in words: negators ("minus five", "negative 3 percent") unless after the tolerance
   * words ("plus or minus 2%"); a dash a space before the number signs it after these words in
   * tokenized text ("convert - 20 degrees"), or opening the sentence
   */
  signWords: { negators: string[]; tolerance: string; dashAfter: string[] } | null;
  /** the kinds a currency before the number makes money (null: every kind); "sent a DM 3 days ago" keeps its unit */
  currencyBeforeKinds: FigureKind[] | null;
  /** an amount that names its currency after it keeps it, unless it is this bare currency without these words (新台幣7596.9億元 is TWD) */
  ownCurrencyAfter: { bare: string; unless: string[] } | null;
  /** "per cent of 210" opening a phrase: the percent word before its number */
  percentWordBefore: boolean;
  /** "the 3 sales fell 4%": restatements of a figure in one sentence dropped (english-scan.ts) */
  restatements: boolean;
  /** numbers in words and idioms are read around a numeral too (zh-figure.ts), not only from its start */
  idiomsAround: boolean;
  /** "3 over 4", "a third over": fractions with over; a digit slash pair that is no fraction is a code */
  overFractions: boolean;
  /** numerals of the language's own script read with digits (3万4000) by zh-figure.ts */
  ownNumerals: boolean;
  /** names made of a word and a number ("Apollo 11") told from figures */
  namesWithNumbers: boolean;
  /** a rate word right before the number (每周五班) */
  ratesBefore: boolean;
  /**
   * how "from X to Y" links: the reversed order read too ("fell to 3.9% from 4.1%"), a comma or
   * semicolon between the ends breaking the link, and a bare "from … to …" a range unless a verb
   * of change comes before it
   */
  links: { reversed: boolean; clauseBreaks: boolean; bareFromIsRange: boolean };
}

/**
 * Everything the grammar knows about one language, as data. The grammar reads these tables
 * through `Lexicon` lookups; adding a word is adding a row, never a regular expression.
 * Surface forms are matched whole-word and case-insensitively for English, as written for Chinese.
 */
export interface LanguageTables {
  lang: Lang;
  grammar: GrammarRules;
  /** scale words after a number: million → 1e6, bn → 1e9, 万 → 1e4 */
  scales: Array<[string, number]>;
  /** scale abbreviations that are also units or words ("m", "k"), read as scale only with money or a plural noun after them */
  weakScales: Array<[string, number]>;
  /** currency signs, codes and words before a number: €, US$, EUR, RMB */
  currencyBefore: Array<[string, string]>;
  /** currency words after a number: euros, 欧元, 元 */
  currencyAfter: Array<[string, string]>;
  /** coins after a number: cents → 0.01 USD */
  currencySubunits: Array<[string, { code: string; factor: number }]>;
  /** measure units after a number */
  units: Array<[string, MeasureUnit]>;
  /** % and its words, percentage points, and basis points (hundredths of a point) */
  percentAfter: Array<[string, PercentWord]>;
  /** qualifier words before a number (about, more than, 约, 超过) */
  qualifiersBefore: Array<[string, Qualifier]>;
  /** qualifier words after a number or its unit (or more, 以上, 左右, 多) */
  qualifiersAfter: Array<[string, Qualifier]>;
  /** words that mark a rate after a quantity: "per week" → "1/week", 每年 → "1/year" */
  ratePer: Array<[string, string]>;
  /** words that say a quantity changed, used to link "from X to Y" and to mark periods */
  transitionTo: Array<[string, Change | null]>;
  transitionFrom: string[];
  /** range joiners between two numbers: "to", "and" (after between), "-", 至 */
  rangeJoiners: string[];
  /** words before a number that make it a rank (第), or after an ordinal (largest) */
  rankAfter: string[];
  /** numbers that are part of names and idioms, never figures: Covid-19, 唯一, 一些 */
  idioms: string[];
  /** words right before the first of "X to Y" that make X a change, Y the level it reached: "by", 增加 */
  changeBy: string[];
  /** words that stand before a year opening a sentence ("In 2022, …", 在2022年): it governs the sentence */
  periodLeads: string[];
  /** words that start a noun phrase the grammar must not take as the counted noun */
  nounStops: string[];
  /** words naming an amount of money (税金支出, 纳税): a bare scaled number right after them is money */
  moneyNouns: string[];
  /** words that may stand between a money noun and its number (为, 达) */
  moneyLinks: string[];
  /** the currency of such a bare amount before the document's conventions (元 → CNY, HKD in Hong Kong); null: none implied */
  bareMoneyCurrency: string | null;
  /** how a plural noun is told: endings ("s"), endings that are no plural ("ss", "us"), words always plural ("people"); null where nouns have no plural */
  plural: { endings: string[]; notPlural: string[]; invariant: string[] } | null;
  /** words that join two numbers of a list, the second stating the unit of both ("2 or 3 weeks", 三或四周) */
  coordination: string[];
  /**
   * qualifier words that, before a duration after a quantity, say over what time it came about
   * ("rose 5% over five years": a span, not more than five years), unless after one of
   * `notAfter` ("for over five years") or before one of `notBefore` ("over five years of talks")
   */
  spanLeads: { words: string[]; notAfter: string[]; notBefore: string[] };
}
