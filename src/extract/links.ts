import type { Candidate } from './candidate.js';
import type { CompiledLanguage } from './lang/compiled.js';
import {
  addRange,
  borrowUnit,
  changeVerbBefore,
  foldRanges,
  isQuantity,
  isRangeGap,
  linkPair,
  type Folds,
} from './link-ranges.js';
import { assignPeriods, governPeriod, readSpans } from './link-periods.js';

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
      borrowUnit(text, a, b);
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
      const bare = borrowUnit(text, a, b);
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
  readSpans(text, found, lang, floor);
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
