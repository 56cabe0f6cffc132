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
 * Everything the grammar knows about one language, as data. The grammar reads these tables
 * through `Lexicon` lookups; adding a word is adding a row, never a regular expression.
 * Surface forms are matched whole-word and case-insensitively for English, as written for Chinese.
 */
export interface LanguageTables {
  lang: Lang;
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
}
