import type { Candidate } from './candidate.js';
import { scaleValue } from './grammar-base.js';
import type { CompiledLanguage } from './lang/compiled.js';
import { enChangeVerbStems } from './lang/en.js';

/**
 * Joins the figures of one sentence that belong together:
 *
 * - ranges, "between 5 and 7", "5-7%", "3 to 5 million", 5至7: the first end borrows the unit,
 *   kind and scale of the second when it states none ("5-7%" is 5% to 7%). Such a range is one
 *   claim, so one figure spanning both ends, with `range` [low, high] and the ends nested in it;
 *   but "prices range from $1.2 million to $23.5 million" states two whole figures, kept and linked;
 * - transitions, "from €3.7bn in 2021 to €9.1bn in 2022", 从 2021 年的 37 亿欧元扩大到 2022 年的
 *   91 亿欧元: two claims, linked, each taking the year next to it as its period.
 *
 * `found` is rewritten in place: the two ends of a range folded into one figure make way for it.
 */
export function linkSentence(text: string, found: Candidate[], lang: CompiledLanguage, floor = 0): void {
  // one figure or none: nothing to link, no range, no neighbouring year
  if (found.length < 2) return;
  // the quantities and where each stands in `found`, so no lookup walks the whole sentence (a
  // 40,000-character "sentence" of numbers must stay linear)
  const quantities: Candidate[] = [];
  const positions: number[] = [];
  for (let k = 0; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (!isQuantity(c)) continue;
    quantities.push(c);
    positions.push(k);
  }
  // the ranges folded into one figure, made at the first (most sentences have none)
  let folds: Folds | undefined;
  const joined = (c: Candidate): boolean =>
    c.link !== undefined || (folds !== undefined && (folds.ranges.has(c) || folds.highs.has(c)));
  // "Sales grew from $2.1bn to $4.6bn, and costs from $2.1bn to $3bn": after one change the
  // verb is left out, so a later bare "from … to …" is a change too
  let changed = false;
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k] as Candidate;
    const b = quantities[k + 1] as Candidate;
    const at = positions[k] as number;
    if (joined(a) || joined(b)) continue;
    const gap = text.slice(a.end, b.start);
    if (isRangeGap(text, a, b, gap, lang)) {
      borrowUnit(a, b);
      if (a.kind === b.kind && a.unit === b.unit) folds = addRange(folds, a, b, true);
      continue;
    }
    const reversed = lang.grammar.links.reversed ? reversedTrigger(text, a, gap) : undefined;
    if (reversed !== undefined && a.kind === b.kind && a.unit === b.unit && !quantityBetween(found, at, b)) {
      // "fell to 3.9% in May from 4.1% in April": the second figure is where the change started
      linkPair('transition', b, a, reversed);
      changed = true;
      continue;
    }
    const fromAt = findFrom(text, a, at, found, lang);
    const trigger =
      fromAt !== undefined && !(lang.grammar.links.clauseBreaks && CLAUSE_BREAK.test(gap))
        ? findTransition(gap, found, a, at, b, lang)
        : undefined;
    if (trigger !== undefined) {
      const bare = borrowUnit(a, b);
      if (a.kind !== b.kind) continue;
      // "prices range from $10 to $20", "from 7 to 10": with no verb of change before "from",
      // a bare "from … to …" states a range, of two whole figures unless an end was bare;
      // "rose from … to …" is a transition
      if (
        trigger === '' &&
        lang.grammar.links.bareFromIsRange &&
        fromAt !== undefined &&
        !changed &&
        !changeVerbBefore(text, fromAt)
      ) {
        if (a.unit === b.unit) folds = addRange(folds, a, b, bare);
        continue;
      }
      linkPair('transition', a, b, trigger || undefined);
      changed = true;
    }
  }
  if (folds) foldRanges(text, found, folds);
  assignPeriods(text, found);
  governPeriod(text, found, lang, floor);
}

/** A comma or semicolon between two English figures ends the clause a "from … to …" lives in. */
const CLAUSE_BREAK = /[,;]/;

/**
 * The change named before the first figure when the start comes second ("fell to 3.9% in May
 * from 4.1%"): "to" right before the first figure after a verb of change, and "from" closing a
 * short gap with no clause break ("in May", "last year").
 */
function reversedTrigger(text: string, a: Candidate, gap: string): string | undefined {
  if (gap.length > 40 || CLAUSE_BREAK.test(gap) || !/(?:^|\s)from\s+$/i.test(gap)) return undefined;
  const to = /\bto\s+$/i.exec(text.slice(Math.max(0, a.start - 6), a.start));
  if (!to) return undefined;
  // "cut its key rate to": the object between verb and "to" takes a word or three
  return changeVerbBefore(text, a.start - to[0].length, 4);
}

/** Whether a quantity stands between two figures of the sentence, the first at `found[at]`. */
function quantityBetween(found: Candidate[], at: number, b: Candidate): boolean {
  for (let k = at + 1; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.start >= b.start) return false;
    if (isQuantity(c)) return true;
  }
  return false;
}

/** The verb of change among the `count` words before `pos` ("rose", "cut", "went"), if any. */
function changeVerbBefore(text: string, pos: number, count = 3): string | undefined {
  const words = text
    .slice(Math.max(0, pos - 50), pos)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-count);
  return words.find((w) => enChangeVerbStems.some((stem) => w.startsWith(stem)));
}

/** The ranges of a sentence folded into one figure: low end → high end, and the high ends. */
interface Folds {
  ranges: Map<Candidate, Candidate>;
  highs: Set<Candidate>;
}

/**
 * Puts each range in the place of its two ends: "between 3 and 5 km" is one figure spanning
 * both, with no single value (`value` null), `range` [3, 5] and the ends in `ends`.
 */
function foldRanges(text: string, found: Candidate[], { ranges, highs }: Folds): void {
  let out = 0;
  for (const c of found) {
    if (highs.has(c)) continue;
    const high = ranges.get(c);
    found[out++] = high ? rangeOf(text, c, high) : c;
  }
  found.length = out;
}

/** A range is folded into one figure, or its ends, two whole figures, are linked; the folds so far. */
function addRange(folds: Folds | undefined, low: Candidate, high: Candidate, fold: boolean): Folds | undefined {
  if (low.value === null || high.value === null) return folds;
  if (!fold) {
    linkPair('range', low, high);
    return folds;
  }
  const made = folds ?? { ranges: new Map<Candidate, Candidate>(), highs: new Set<Candidate>() };
  made.ranges.set(low, high);
  made.highs.add(high);
  return made;
}

/** Links two figures both ways: the first is where a transition starts, or a range's low end. */
function linkPair(type: 'range' | 'transition', first: Candidate, second: Candidate, trigger?: string): void {
  const [roleFirst, roleSecond] = type === 'range' ? (['low', 'high'] as const) : (['from', 'to'] as const);
  first.link = { type, role: roleFirst, other: second, ...(trigger ? { trigger } : {}) };
  second.link = { type, role: roleSecond, other: first, ...(trigger ? { trigger } : {}) };
}

function rangeOf(text: string, low: Candidate, high: Candidate): Candidate {
  const lowValue = low.value ?? 0;
  const highValue = high.value ?? 0;
  // "between 3 and 5 km": the word that opens the range belongs to it
  const opener = /(?:between|from)\s+$/i.exec(text.slice(Math.max(0, low.start - 10), low.start));
  return {
    start: opener ? low.start - opener[0].length : low.start,
    end: high.end,
    value: null,
    unit: high.unit,
    kind: high.kind,
    noun: high.noun,
    qualifier: low.qualifier === 'approx' || high.qualifier === 'approx' ? 'approx' : 'exact',
    place: Math.min(low.place, high.place),
    scale: high.scale,
    iso: null,
    lang: high.lang,
    range: [Math.min(lowValue, highValue), Math.max(lowValue, highValue)],
    ends: [low, high],
  };
}

const isQuantity = (c: Candidate): boolean =>
  c.kind !== 'year' && c.kind !== 'date' && c.kind !== 'ordinal' && c.kind !== 'rank';

function isRangeGap(text: string, a: Candidate, b: Candidate, gap: string, lang: CompiledLanguage): boolean {
  const g = gap.trim();
  // "rose by 40,000 bpd to 2.68 million bpd", 增加4万桶至268万桶: a change, then the level it
  // reached; a bare first end is still a range ("cut by 3 to 5 percent")
  let before = a.start;
  while (before > 0 && text[before - 1] === ' ') before--;
  if (a.unit !== '' && lang.changeBy.matchBefore(text, before, lang.wholeWord)) return false;
  if (g === '-' || g === '–' || g === '—' || g === '~' || g === '～' || g === '至' || g === '到') {
    // "5-7" but not "2020-2021" style codes; ranges need both ends to be plain numbers, and two
    // bare counts falling ("won 3-1") are a score (tally.ts), not a range
    return (
      a.value !== null &&
      !(
        a.kind === 'count' &&
        b.kind === 'count' &&
        a.unit === '' &&
        b.unit === '' &&
        b.value !== null &&
        b.value < a.value
      )
    );
  }
  if (g.toLowerCase() === 'to' || g.toLowerCase() === 'and') {
    // "between 5 and 7"; "5 to 7" only when the first end is bare
    const before = text.slice(Math.max(0, a.start - 9), a.start).toLowerCase();
    if (g.toLowerCase() === 'and') return /between\s*$/.test(before);
    // "between 44 mg to 50 mg" is a range written loosely
    if (/between\s*$/.test(before)) return true;
    if (lang.transitionFrom.matchBefore(text, a.start - 1, true)) return false;
    // "5 to 7 people"; "given 44 mg to 50 mg" with no "from" and no verb of change before it
    return (
      (a.unit === '' && a.noun === null) ||
      (a.unit !== '' && a.unit === b.unit && a.kind === b.kind && !changeVerbBefore(text, a.start))
    );
  }
  return false;
}

/**
 * "3-4 million", "5-7%": the bare first end takes the second end's unit and scale ("$3-4bn": the
 * bare second end takes the first's currency). Whether an end was bare.
 */
function borrowUnit(a: Candidate, b: Candidate): boolean {
  // "$3-4bn": the currency sign before the first end is the second's too, and its scale the first's
  if (
    a.kind === 'money' &&
    b.kind === 'count' &&
    b.unit === '' &&
    b.noun === null &&
    b.value !== null &&
    a.value !== null
  ) {
    b.unit = a.unit;
    b.kind = 'money';
    if (a.scale === 1 && b.scale !== 1 && Math.abs(a.value) < Math.abs(b.value)) {
      a.value = scaleValue(a.value, b.scale);
      a.place += Math.log10(b.scale);
      a.scale = b.scale;
    }
    return true;
  }
  if (a.unit !== '' || a.kind !== 'count' || a.value === null || a.noun !== null) return false;
  if (a.scale === 1 && b.scale !== 1 && b.value !== null && Math.abs(a.value) < Math.abs(b.value)) {
    a.value = scaleValue(a.value, b.scale);
    a.place += Math.log10(b.scale);
    a.scale = b.scale;
  }
  a.unit = b.unit;
  a.kind = b.kind;
  a.noun = b.noun;
  return true;
}

/** The "from" word before the first end `a`, which is `found[at]`, within a few characters. */
function findFrom(
  text: string,
  a: Candidate,
  at: number,
  found: Candidate[],
  lang: CompiledLanguage,
): number | undefined {
  const floor = Math.max(0, a.start - 16);
  let previous: Candidate | undefined;
  for (let k = at - 1; k >= 0; k--) {
    const c = found[k] as Candidate;
    if (c.end <= floor) break;
    if (c.end <= a.start) {
      previous = c;
      break;
    }
  }
  const windowStart = previous && previous.kind !== 'year' ? previous.end : floor;
  for (let i = a.start; i >= windowStart; i--) {
    const m = lang.transitionFrom.match(text, i, lang.wholeWord);
    if (m && m.end <= a.start) return i;
  }
  return undefined;
}

/** The "to" word between the two ends (`a` is `found[at]`), ignoring years and dates in the gap; '' for a bare "to". */
function findTransition(
  gap: string,
  found: Candidate[],
  a: Candidate,
  at: number,
  b: Candidate,
  lang: CompiledLanguage,
): string | undefined {
  for (let k = at + 1; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.start >= b.start) break;
    if (c.start >= a.end && c.end <= b.start && isQuantity(c)) return undefined;
  }
  for (let i = 0; i < gap.length; i++) {
    const m = lang.transitionTo.match(gap, i, lang.wholeWord);
    if (m) return m.key === 'to' || m.key === '到' || m.key === '至' ? '' : m.key;
  }
  return undefined;
}

/**
 * A year right before a quantity (2021 年的 37 亿欧元) or right after it ("€3.7bn in 2021")
 * is the period the quantity refers to.
 */
function assignPeriods(text: string, found: Candidate[]): void {
  for (let k = 0; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (!isQuantity(c)) continue;
    const prev = found[k - 1];
    const next = found[k + 1];
    if (
      prev &&
      prev.kind === 'year' &&
      /^\s*(?:年\s*)?(?:的|底|末|初)?\s*$/.test(text.slice(prev.end, c.start)) &&
      prev.iso
    ) {
      c.period = prev.iso;
    } else if (
      next &&
      next.kind === 'year' &&
      /^\s*(?:in|for|during|as of|by)\s+$/i.test(text.slice(c.end, next.start)) &&
      next.iso
    ) {
      c.period = next.iso;
    }
  }
}

/** A year, a month, a quarter, with or without its year, or a span of them: what a figure's period may be. */
const PERIOD_ISO = /^(?:\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?|--(?:\d{2}|Q[1-4]))(?:\/(?:\d{4}|--(?:\d{2}|Q[1-4])))?$/;

/**
 * "In 2022, sales were €412bn and profit €3bn", 2022年，营收120亿元: a period opening the sentence
 * (alone, or after a word of `periodLeads`) is the period of every quantity after it that has
 * none, until the next date.
 */
function governPeriod(text: string, found: Candidate[], lang: CompiledLanguage, floor: number): void {
  const first = found[0] as Candidate;
  if ((first.kind !== 'year' && first.kind !== 'date') || !first.iso || !PERIOD_ISO.test(first.iso)) return;
  // 2024届 (a cohort), 2024-25: a year with more after it names no period
  if (first.kind === 'year' && !/^\d{4}年?$/.test(text.slice(first.start, first.end))) return;
  let lead = floor;
  while (lead < first.start && /\s/.test(text[lead] as string)) lead++;
  if (lead < first.start) {
    const word = lang.periodLeads.match(text, lead, lang.wholeWord);
    if (!word || text.slice(word.end, first.start).trim() !== '') return;
  }
  for (let k = 1; k < found.length; k++) {
    const c = found[k] as Candidate;
    if (c.kind === 'year' || c.kind === 'date') return;
    if (isQuantity(c) && !c.period) c.period = first.iso;
  }
}
