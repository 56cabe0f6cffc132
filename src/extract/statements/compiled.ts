import type { Lang } from '../../types.js';
import { enStatements } from '../lang/statements-en.js';
import { zhStatements } from '../lang/statements-zh.js';
import type { StatementWords } from './words.js';
import { type Speller, alternation, escape, spellerOf } from './speller.js';

/** A language's statement words compiled once into the patterns the reader tests. */
export interface StatementPatterns {
  words: StatementWords;
  /** a change word (and its joiner) ending the text before a figure; group 1 the word */
  upBefore: RegExp;
  downBefore: RegExp;
  upAfter: RegExp;
  downAfter: RegExp;
  upAnywhere: RegExp;
  downAnywhere: RegExp;
  toBefore: RegExp;
  fromBefore: RegExp;
  fromAfter: RegExp;
  agoAfter: RegExp;
  shareBefore: RegExp;
  /** a share's whole named between two words right before it (占粮食总产量的) */
  shareAround: RegExp;
  shareAnywhere: RegExp;
  shareOf: RegExp;
  partOf: RegExp;
  wholeBefore: RegExp;
  wholeOpen: RegExp;
  totalBefore: RegExp;
  /** a total word ending the words before a figure */
  totalEnding: RegExp;
  combinedBefore: RegExp;
  partsOpen: RegExp;
  partsEnd: RegExp;
  overall: RegExp;
  complement: RegExp;
  thresholdBefore: RegExp;
  thresholdAfter: RegExp;
  conversion: RegExp;
  averageBefore: RegExp;
  /** the whole gap is a restating joiner (", or", "(") */
  restate: RegExp;
  totalAfter: RegExp;
  /** "of …" right after a figure: a share of something */
  ofAfter: RegExp;
  listJoin: RegExp;
  /** a list joiner opening the words after a figure: the list goes on */
  listNext: RegExp;
  /** a year's digits and their suffix, left out of a subject */
  year: RegExp;
  /** the same, not global: whether a text has a year at all */
  anyYear: RegExp;
  referOpen: RegExp;
  baseOpen: RegExp;
  pronoun: RegExp;
  strongBreak: RegExp;
  /** a clause's opening break word ("while", 而), which is no part of its subject */
  leadingBreak: RegExp;
  respectively: RegExp;
  timesOf: RegExp;
  timesBefore: RegExp;
  timesPlusOne: RegExp;
  timesEither: RegExp;
  /** the base of a comparison between two words ending a multiplier's name (是农村的); the first group that matched is the base */
  timesAround: RegExp;
  pointNouns: Set<string>;
  bases: Array<{ pattern: RegExp; key: string }>;
  /** any of the bases' words: most clauses name none, which one test tells */
  anyBasis: RegExp;
  balances: Array<{ group: number; negated: boolean; result: RegExp; plus: RegExp; minus: RegExp }>;
  /** any word of any side of any difference: most names are of none */
  anyBalance: RegExp;
  balanceBoth: RegExp;
  ratios: Array<{ name: RegExp; part: RegExp; whole: RegExp }>;
  /** every period word in one pattern (longest first, so the first match is the longest there) */
  period: RegExp;
  /** the same, not global: whether a text names any period at all */
  anyPeriod: RegExp;
  /** a matched period word, folded, to its key */
  periodKey(matched: string): string | undefined;
}

/** A difference's two sides in one order: a surplus and a deficit share theirs. */
const sides = (x: { plus: string[]; minus: string[] }): string => [...x.plus, ...x.minus].sort().join('\u0000');

type Difference = StatementWords['balances'][number];

/**
 * The first difference of the same two sides (a surplus and a deficit are both of exports and
 * imports): one group, so the sides meet either result; negated when it takes them the other way.
 */
function groupOf(x: Difference, all: Difference[]): { group: number; negated: boolean } {
  const group = all.findIndex((y) => sides(y) === sides(x));
  return { group, negated: all[group]?.plus[0] !== x.plus[0] };
}

/** Case and spaces folded, as a spaced language matches them. */
const fold = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');

function compile(words: StatementWords): StatementPatterns {
  const s = spellerOf(words);
  return {
    words,
    ...changePatterns(words, s),
    ...sharePatterns(words, s),
    ...listPatterns(words, s),
    ...namePatterns(words, s),
  };
}

/** Changes, their ends, thresholds and multipliers. */
function changePatterns(words: StatementWords, s: Speller) {
  const { flags, gap, alt, word, ending, opening, never } = s;
  const join = words.changeJoin.length ? `(?:${gap}(?:${alt(words.changeJoin)}))?` : '';
  // qualifier words of the figure's own may stand between ("rose by about 15%"); the figure keeps them
  const qualifier = words.qualifiersBetween.length ? `(?:\\s+(?:${words.qualifiersBetween.join('|')}))?` : '';
  return {
    upBefore: ending(words.up, join + qualifier),
    downBefore: ending(words.down, join + qualifier),
    upAfter: opening(words.upAfter),
    downAfter: opening(words.downAfter),
    upAnywhere: new RegExp(word(words.up), flags),
    downAnywhere: new RegExp(word(words.down), flags),
    toBefore: ending(words.to),
    fromBefore: ending(
      words.from,
      words.fromJoin.length ? `(?:[^\\d，,。；;]{0,${words.fromJoinGap}}(?:${alt(words.fromJoin)}))?` : '',
    ),
    fromAfter: opening(words.fromAfter),
    agoAfter: opening(words.agoAfter),
    thresholdBefore: ending(words.threshold, words.tails.threshold),
    thresholdAfter: opening(words.thresholdAfter.map((w) => w)),
    timesPlusOne: ending(words.timesPlusOne, words.tails.times),
    timesEither: ending(words.timesEither, words.tails.times),
    timesBefore: ending(words.timesOf),
    timesAround: words.timesAround.length
      ? new RegExp(
          `(?:${words.timesAround.map(([open, close]) => `${escape(open)}([^\\d,，。;；:：]{1,12}?)${escape(close)}`).join('|')})\\s*$`,
          flags,
        )
      : never,
    timesOf: new RegExp(`^\\s*(?:${word(words.timesOf)})`, flags),
  };
}

/** Shares, wholes, totals and parts, averages, conversions. */
function sharePatterns(words: StatementWords, s: Speller) {
  const { flags, b, alt, word, ending, opening, never } = s;
  return {
    shareBefore: ending(words.share),
    shareAround: words.shareAround.length
      ? new RegExp(
          `(?:${words.shareAround.map(([open, close]) => `${escape(open)}[^\\d,，。;；:：]{1,16}?${escape(close)}`).join('|')})\\s*$`,
          flags,
        )
      : never,
    partOf: words.partOf.length ? new RegExp(`^\\s*(?:${alt(words.partOf)})${b}\\s*$`, flags) : never,
    shareAnywhere: new RegExp(word(words.share), flags),
    shareOf: words.shareOf.length
      ? new RegExp(`^\\s*(?:${alt(words.shareOf)})${b}[^\\d,;:，；：—–]{0,30}$`, flags)
      : never,
    wholeBefore: words.wholeBefore.length ? new RegExp(`(?:${alt(words.wholeBefore)})\\s*[,，]?\\s*$`, flags) : never,
    wholeOpen: words.wholeOpen.length ? new RegExp(`^\\s*(?:${word(words.wholeOpen)})`, flags) : never,
    totalBefore: new RegExp(`${word(words.total)}`, flags),
    totalEnding: ending(words.total),
    combinedBefore: ending(words.combined),
    partsOpen: opening(words.parts),
    partsEnd: opening(words.partsEnd),
    overall: new RegExp(word(words.overall), flags),
    complement: new RegExp(words.spaced ? `\\b(?:${alt(words.complement)})\\b|\\bnon-` : alt(words.complement), flags),
    conversion: new RegExp(`^\\s*,?\\s*(?:${alt(words.conversion)})\\s*$`, flags),
    restate: new RegExp(`^\\s*,?\\s*(?:${alt(words.restate)})\\s*$`, flags),
    totalAfter: opening(words.totalAfter),
    ofAfter: opening(words.shareOf),
    averageBefore: ending(
      words.average,
      words.tails.average + (words.averageGap > 0 ? `[^\\d\\s,，。;；:：、]{0,${words.averageGap}}` : ''),
    ),
  };
}

/** Lists, clause breaks, references back, years. */
function listPatterns(words: StatementWords, s: Speller) {
  const { flags, gap, alt, word, opening, never } = s;
  const yearSource = `\\d{4}\\s*${words.yearSuffix.length ? `(?:${alt(words.yearSuffix)})?` : ''}`;
  return {
    listNext: new RegExp(`^\\s*${word(words.listJoin)}`, flags),
    listJoin: new RegExp(`\\s*(?:${word(words.listJoin)}|[,，])\\s*`, flags),
    year: new RegExp(yearSource, `g${flags}`),
    anyYear: new RegExp(yearSource, flags),
    referOpen: opening(words.refer),
    baseOpen: opening(words.baseOpen),
    pronoun: words.pronouns.length ? new RegExp(word(words.pronouns), flags) : never,
    strongBreak: new RegExp(
      alternation(
        words.strongBreaks,
        gap,
        words.spaced,
        () => '',
        () => '',
      ),
      'g' + flags,
    ),
    leadingBreak: new RegExp(
      `^(?:${alt(words.strongBreaks.map((w) => w.trim()).filter((w) => /\p{L}/u.test(w)))})${words.spaced ? '\\s+' : ''}`,
      flags,
    ),
    respectively: new RegExp(word(words.respectively), flags),
  };
}

/** Named differences and ratios, bases and periods. */
function namePatterns(words: StatementWords, s: Speller) {
  const { flags, gap, b, word, never } = s;
  return {
    balances: words.balances.map((x) => ({
      ...groupOf(x, words.balances),
      result: new RegExp(word(x.result), flags),
      plus: new RegExp(word(x.plus), flags),
      minus: new RegExp(word(x.minus), flags),
    })),
    ratios: words.ratios.map((x) => ({
      name: new RegExp(word(x.name), flags),
      part: new RegExp(word(x.part), flags),
      whole: new RegExp(word(x.whole), flags),
    })),
    anyBalance: words.balances.length
      ? new RegExp(word(words.balances.flatMap((x) => [...x.result, ...x.plus, ...x.minus])), flags)
      : never,
    balanceBoth: words.balanceBoth.length ? new RegExp(word(words.balanceBoth), flags) : never,
    bases: words.bases.map(([w, key]) => ({ pattern: new RegExp(word([w]), flags), key })),
    anyBasis: words.bases.length ? new RegExp(word(words.bases.map(([w]) => w)), flags) : never,
    pointNouns: new Set(words.pointNouns.map((w) => w.toLowerCase())),
    period: new RegExp(periodSource(words, b, gap), `g${flags}`),
    anyPeriod: new RegExp(periodSource(words, b, gap), flags),
    periodKey: (() => {
      const keys = new Map(words.periods.map(([w, key]) => [fold(w), key]));
      return (matched: string) => keys.get(fold(matched));
    })(),
  };
}

/**
 * Every period word, longest first, none right after a digit (11月 is not 1月). A word edge
 * before a word already says no digit stands there: the look back is only for the words without one.
 */
function periodSource(words: StatementWords, b: string, gap: string): string {
  return alternation(
    words.periods.map(([w]) => w),
    gap,
    words.spaced,
    (w) => (b && /^\w/.test(w) ? b : '(?<!\\d)'),
    (w) => (/\w$/.test(w) ? b : ''),
  );
}

const compiled: Record<Lang, StatementPatterns> = { en: compile(enStatements), zh: compile(zhStatements) };

/** The patterns of a sentence's language. */
export const patternsOf = (lang: Lang): StatementPatterns => compiled[lang];
