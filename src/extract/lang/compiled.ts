import type { Lang, Qualifier } from '../../types.js';
import { Lexicon } from '../lexicon.js';
import { en, enMonths, enMultipliers, enOrdinals, enVaguePlurals } from './en.js';
import type { Change, GrammarRules, LanguageTables, MeasureUnit, PercentWord } from './types.js';
import { zh, zhClassifiers, zhSelfNamingClassifiers } from './zh.js';

/** The tables of one language turned into lexicons once, at load time. */
export interface CompiledLanguage {
  lang: Lang;
  grammar: GrammarRules;
  /** English matches whole words, ignoring case; Chinese has no word boundaries */
  wholeWord: boolean;
  scales: Lexicon<number>;
  weakScales: Lexicon<number>;
  currencyBefore: Lexicon<string>;
  currencyAfter: Lexicon<string>;
  currencySubunits: Lexicon<{ code: string; factor: number }>;
  units: Lexicon<MeasureUnit>;
  percentAfter: Lexicon<PercentWord>;
  qualifiersBefore: Lexicon<Qualifier>;
  qualifiersAfter: Lexicon<Qualifier>;
  ratePer: Lexicon<string>;
  transitionTo: Lexicon<Change | null>;
  transitionFrom: Lexicon<true>;
  rangeJoiners: Lexicon<true>;
  rankAfter: Lexicon<true>;
  idioms: Lexicon<true>;
  periodLeads: Lexicon<true>;
  changeBy: Lexicon<true>;
  nounStops: Set<string>;
  moneyNouns: Lexicon<true>;
  moneyLinks: Lexicon<true>;
  bareMoneyCurrency: string | null;
  plural: { endings: string[]; notPlural: string[]; invariant: Set<string> } | null;
  coordination: Set<string>;
  spanLeads: { words: Lexicon<true>; notAfter: Set<string>; notBefore: Set<string> };
}

const flag = (words: string[]): Array<[string, true]> => words.map((w) => [w, true]);

function compile(tables: LanguageTables): CompiledLanguage {
  const fold = tables.lang === 'en';
  return {
    lang: tables.lang,
    grammar: tables.grammar,
    wholeWord: fold,
    scales: new Lexicon(tables.scales, fold),
    // case matters for weak scales: "5M" is million, "5m" may be metres
    weakScales: new Lexicon(tables.weakScales, false),
    // codes are case-sensitive ("EUR", not "eur" inside a word); signs have no case
    currencyBefore: new Lexicon(tables.currencyBefore, false),
    currencyAfter: new Lexicon(tables.currencyAfter, fold),
    currencySubunits: new Lexicon(tables.currencySubunits, fold),
    // unit symbols are case-sensitive (mL vs ML, t vs T); words are listed in lower case
    units: new Lexicon(tables.units, false),
    percentAfter: new Lexicon(tables.percentAfter, fold),
    qualifiersBefore: new Lexicon(tables.qualifiersBefore, fold),
    qualifiersAfter: new Lexicon(tables.qualifiersAfter, fold),
    ratePer: new Lexicon(tables.ratePer, fold),
    transitionTo: new Lexicon(tables.transitionTo, fold),
    transitionFrom: new Lexicon(flag(tables.transitionFrom), fold),
    rangeJoiners: new Lexicon(flag(tables.rangeJoiners), fold),
    rankAfter: new Lexicon(flag(tables.rankAfter), fold),
    idioms: new Lexicon(flag(tables.idioms), fold),
    periodLeads: new Lexicon(flag(tables.periodLeads), fold),
    changeBy: new Lexicon(flag(tables.changeBy), fold),
    nounStops: new Set(tables.nounStops),
    moneyNouns: new Lexicon(flag(tables.moneyNouns), fold),
    moneyLinks: new Lexicon(flag(tables.moneyLinks), fold),
    bareMoneyCurrency: tables.bareMoneyCurrency,
    plural: tables.plural && { ...tables.plural, invariant: new Set(tables.plural.invariant) },
    coordination: new Set(tables.coordination),
    spanLeads: {
      words: new Lexicon(flag(tables.spanLeads.words), fold),
      notAfter: new Set(tables.spanLeads.notAfter),
      notBefore: new Set(tables.spanLeads.notBefore),
    },
  };
}

export const languages: Record<Lang, CompiledLanguage> = { en: compile(en), zh: compile(zh) };

export const englishMonths = new Lexicon(enMonths, true);
export const englishOrdinals = new Lexicon(enOrdinals, true);
export const englishMultipliers = new Lexicon(enMultipliers, true);
export const englishVaguePlurals = new Lexicon(enVaguePlurals, true);
export const chineseClassifiers = new Lexicon(flag(zhClassifiers), false);
/**
 * Classifiers that name the counted thing themselves: 100 人 counts people (100人死亡: 死亡 is
 * no noun). Others take the noun after them when there is one (10家企业, 5名记者) and name the
 * count themselves when there is none (共3家).
 */
export const selfNamingClassifiers = new Set(zhSelfNamingClassifiers);
