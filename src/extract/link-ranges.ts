import type { Candidate } from './candidate.js';
import { scaleValue } from './grammar-base.js';
import type { CompiledLanguage } from './lang/compiled.js';
import { enChangeVerbStems } from './lang/en.js';

/*
 * Ranges of a sentence: whether the gap between two figures makes them one ("5-7%", "between 5
 * and 7", 5至7), the unit the first end borrows, and the ends folded into one figure or linked.
 */

/** The ranges of a sentence folded into one figure: low end → high end, and the high ends. */
export interface Folds {
  ranges: Map<Candidate, Candidate>;
  highs: Set<Candidate>;
}

/**
 * Puts each range in the place of its two ends: "between 3 and 5 km" is one figure spanning
 * both, with no single value (`value` null), `range` [3, 5] and the ends in `ends`.
 */
export function foldRanges(text: string, found: Candidate[], { ranges, highs }: Folds): void {
  let out = 0;
  for (const c of found) {
    if (highs.has(c)) continue;
    const high = ranges.get(c);
    found[out++] = high ? rangeOf(text, c, high) : c;
  }
  found.length = out;
}

/** A range is folded into one figure, or its ends, two whole figures, are linked; the folds so far. */
export function addRange(folds: Folds | undefined, low: Candidate, high: Candidate, fold: boolean): Folds | undefined {
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
export function linkPair(type: 'range' | 'transition', first: Candidate, second: Candidate, trigger?: string): void {
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

export const isQuantity = (c: Candidate): boolean =>
  c.kind !== 'year' && c.kind !== 'date' && c.kind !== 'ordinal' && c.kind !== 'rank';

export function isRangeGap(text: string, a: Candidate, b: Candidate, gap: string, lang: CompiledLanguage): boolean {
  const g = gap.trim();
  // "rose by 40,000 bpd to 2.68 million bpd", 增加4万桶至268万桶: a change, then the level it
  // reached; a bare first end is still a range ("cut by 3 to 5 percent")
  let before = a.start;
  while (before > 0 && text[before - 1] === ' ') before--;
  // "cut by 500 to 120 people": a bare first end larger than the second is a change too
  const changeBy = lang.changeBy.matchBefore(text, before, lang.wholeWord) !== undefined;
  if (changeBy && (a.unit !== '' || (a.value !== null && b.value !== null && a.value > b.value / scaleOf(b))))
    return false;
  if (g === '-' || g === '–' || g === '—' || g === '~' || g === '～' || g === '至' || g === '到') {
    // "5-7" but not "2020-2021" style codes; ranges need both ends to be plain numbers, and two
    // bare counts falling or level ("won 3-1", "drew 1-1", "a 50-50 split") are a score (tally.ts), not a range
    return (
      a.value !== null &&
      !(
        a.kind === 'count' &&
        b.kind === 'count' &&
        a.unit === '' &&
        b.unit === '' &&
        b.value !== null &&
        b.value <= a.value
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
export function borrowUnit(text: string, a: Candidate, b: Candidate): boolean {
  // "$1-2 per litre", "$2,000-3,000 a month": the first end's currency, the second's rate, for both
  if (a.kind === 'money' && b.kind === 'rate' && b.unit.startsWith('1/') && b.value !== null) {
    a.unit = `${a.unit}${b.unit.slice(1)}`;
    a.kind = 'rate';
    b.unit = a.unit;
    return true;
  }
  // 每平方米2至2.5万元: the rate word before the first end makes both ends rates in the second's unit
  if (a.kind === 'rate' && a.unit.startsWith('1/') && b.unit !== '' && b.kind !== 'rate' && b.value !== null) {
    if (takesScale(a, b)) borrowScale(a, b);
    a.unit = `${b.unit}${a.unit.slice(1)}`;
    b.unit = a.unit;
    b.kind = 'rate';
    return true;
  }
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
    if (takesScale(a, b)) {
      borrowScale(a, b);
    }
    return true;
  }
  // "$2 to $3 billion", "$300-$400 million": both ends name the unit before the number, only the
  // second its scale (2元 and 5 km state theirs after it: whole)
  const endsInDigit = /\d$/.test(text.slice(a.start, a.end));
  if (a.unit !== '' && a.unit === b.unit && a.kind === b.kind && endsInDigit && takesScale(a, b)) borrowScale(a, b);
  if (a.unit !== '' || a.kind !== 'count' || a.value === null || a.noun !== null) return false;
  if (takesScale(a, b)) borrowScale(a, b);
  a.unit = b.unit;
  a.kind = b.kind;
  a.noun = b.noun;
  return true;
}

/**
 * "3-4 million", "from 3 to 2 million": a first end with no scale of its own takes the second's
 * when the two numbers as written are of a size; "from 18,000 to 2.49 million" (900 to 1.2万)
 * states its first end whole.
 */
function takesScale(a: Candidate, b: Candidate): boolean {
  const scale = scaleOf(b);
  if (a.scale !== 1 || scale === 1 || a.value === null || b.value === null) return false;
  return Math.abs(a.value) < Math.abs(b.value) && Math.abs(a.value) < (100 * Math.abs(b.value)) / scale;
}

function borrowScale(a: Candidate, b: Candidate): void {
  const scale = scaleOf(b);
  a.value = scaleValue(a.value as number, scale);
  a.place += Math.log10(scale);
  a.scale = scale;
}

/** The scale a figure's number is counted in, after it (5 million) or inside it (五万). */
const scaleOf = (c: Candidate): number => (c.scale !== 1 ? c.scale : (c.innerScale ?? 1));

/** The verb of change among the `count` words before `pos` ("rose", "cut", "went"), if any. */
export function changeVerbBefore(text: string, pos: number, count = 3): string | undefined {
  const words = text
    .slice(Math.max(0, pos - 50), pos)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .slice(-count);
  return words.find((w) => enChangeVerbStems.some((stem) => w.startsWith(stem)));
}
