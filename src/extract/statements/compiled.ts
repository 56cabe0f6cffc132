import type { Lang } from '../../types.js';
import { enStatements } from '../lang/statements-en.js';
import { zhStatements } from '../lang/statements-zh.js';
import type { StatementWords } from './words.js';

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
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);

function compile(words: StatementWords): StatementPatterns {
  const flags = words.spaced ? 'i' : '';
  const gap = words.spaced ? '\\s+' : '\\s*';
  const alt = (list: string[]): string =>
    byLength(list)
      .map((w) => escape(w).replace(/ /g, gap))
      .join('|');
  const b = words.spaced ? '\\b' : '';
  // a word is whole when letters do not run on; "(" and "—" have no word edge of their own
  const spell = (w: string): string => escape(w).replace(/ /g, gap);
  // not the word where it is part of a longer one that means something else (共 of 公共)
  const guard = (w: string): string =>
    words.compounds
      .filter((c) => c !== w && c.includes(w))
      .map((c) => {
        const at = c.indexOf(w);
        return `(?!(?<=${spell(c.slice(0, at))})${spell(c.slice(at))})`;
      })
      .join('');
  const word = (list: string[]): string =>
    alternation(
      list,
      gap,
      words.spaced,
      (w) => (/^\w/.test(w) ? b : ''),
      (w) => (/\w$/.test(w) ? b : ''),
      guard,
    );
  const never = /(?!)/;
  const yearSource = `\\d{4}\\s*${words.yearSuffix.length ? `(?:${alt(words.yearSuffix)})?` : ''}`;
  const ending = (list: string[], tail = ''): RegExp =>
    list.length ? new RegExp(`(${word(list)})${tail}\\s*[,，:：]?\\s*$`, flags) : never;
  const opening = (list: string[]): RegExp =>
    list.length ? new RegExp(`^\\s*[,，、:：;；]?\\s*(${word(list)})`, flags) : never;
  const join = words.changeJoin.length ? `(?:${gap}(?:${alt(words.changeJoin)}))?` : '';
  // qualifier words of the figure's own may stand between ("rose by about 15%"); the figure keeps them
  const qualifier = words.spaced
    ? '(?:\\s+(?:about|around|nearly|almost|some|roughly|more than|less than|over|just over|just under))?'
    : '';
  return {
    words,
    upBefore: ending(words.up, join + qualifier),
    downBefore: ending(words.down, join + qualifier),
    upAfter: opening(words.upAfter),
    downAfter: opening(words.downAfter),
    upAnywhere: new RegExp(word(words.up), flags),
    downAnywhere: new RegExp(word(words.down), flags),
    toBefore: ending(words.to),
    fromBefore: ending(words.from, words.fromJoin.length ? `(?:[^\\d，,。；;]{0,8}(?:${alt(words.fromJoin)}))?` : ''),
    fromAfter: opening(words.fromAfter),
    agoAfter: opening(words.agoAfter),
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
    thresholdBefore: ending(words.threshold, words.spaced ? '(?:\\s+the)?' : ''),
    thresholdAfter: opening(words.thresholdAfter.map((w) => w)),
    conversion: new RegExp(`^\\s*,?\\s*(?:${alt(words.conversion)})\\s*$`, flags),
    restate: new RegExp(`^\\s*,?\\s*(?:${alt(words.restate)})\\s*$`, flags),
    totalAfter: opening(words.totalAfter),
    ofAfter: opening(words.shareOf),
    listNext: new RegExp(`^\\s*${word(words.listJoin)}`, flags),
    listJoin: new RegExp(`\\s*(?:${word(words.listJoin)}|[,，])\\s*`, flags),
    year: new RegExp(yearSource, `g${flags}`),
    anyYear: new RegExp(yearSource, flags),
    averageBefore: ending(
      words.average,
      (words.spaced ? '(?:\\s+of)?' : '') +
        (words.averageGap > 0 ? `[^\\d\\s,，。;；:：、]{0,${words.averageGap}}` : ''),
    ),
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
    timesPlusOne: ending(words.timesPlusOne, words.spaced ? '' : '(?:了)?'),
    timesEither: ending(words.timesEither, words.spaced ? '' : '(?:了)?'),
    timesBefore: ending(words.timesOf),
    timesAround: words.timesAround.length
      ? new RegExp(
          `(?:${words.timesAround.map(([open, close]) => `${escape(open)}([^\\d,，。;；:：]{1,12}?)${escape(close)}`).join('|')})\\s*$`,
          flags,
        )
      : never,
    timesOf: new RegExp(`^\\s*(?:${word(words.timesOf)})`, flags),
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

/**
 * Words as one alternation, longest first, grouped by their first character: a pattern then tries
 * a group only where its character stands, not each word at each position. Words that start with
 * different characters never match at one place, so the word that matches is the one it was.
 * `edge` goes before a word (a word edge, a look back) and `end` after it; spaces match `gap`.
 */
function alternation(
  list: string[],
  gap: string,
  ignoreCase: boolean,
  edge: (w: string) => string,
  end: (w: string) => string,
  guard: (w: string) => string = () => '',
): string {
  const sorted = byLength(list);
  // one edge for every word is said once, before them all
  const shared = sorted.every((w) => edge(w) === edge(sorted[0] ?? '')) ? edge(sorted[0] ?? '') : null;
  const groups = new Map<string, { head: string; rests: string[] }>();
  const keyOf = (first: string): string => (ignoreCase ? first.toLowerCase() : first);
  // a word with a guard of its own, and every word that starts as it does, stands alone, longest first
  const guarded = new Set(sorted.filter((w) => guard(w) !== '').map((w) => keyOf(w.charAt(0))));
  sorted.forEach((w, k) => {
    const first = w.charAt(0);
    // a space opening a word (" while ") is the gap, and the rest opens with what follows it
    const head = (shared === null ? edge(w) : '') + guard(w) + (first === ' ' ? gap : escape(first));
    const rest = escape(w.slice(1)).replace(/ /g, gap) + end(w);
    // a mark, spaces that run on, or a letter beyond ASCII whose case may fold with another's stands alone
    const alone =
      escape(first) !== first ||
      w.startsWith('  ') ||
      (ignoreCase && first.charCodeAt(0) >= 0x80) ||
      guarded.has(keyOf(first));
    const key = alone ? `#${k}` : keyOf(first);
    const group = groups.get(key);
    if (group) group.rests.push(rest);
    else groups.set(key, { head, rests: [rest] });
  });
  const body = [...groups.values()].map(({ head, rests }) => `${head}(?:${rests.join('|')})`).join('|');
  return `${shared ?? ''}(?:${body})`;
}

const compiled: Record<Lang, StatementPatterns> = { en: compile(enStatements), zh: compile(zhStatements) };

/** The patterns of a sentence's language. */
export const patternsOf = (lang: Lang): StatementPatterns => compiled[lang];
