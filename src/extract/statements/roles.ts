import type { FigureKind, Qualifier, StatementRole } from '../../types.js';
import type { StatementPatterns } from './compiled.js';
import { wordsAround } from './around.js';
import { firstDigit } from './text.js';

/** What the reader needs of a figure: where it stands and what it is. */
export interface PlacedFigure {
  id: string;
  start: number;
  end: number;
  kind: FigureKind;
  unit: string;
  noun: string | null;
  qualifier: Qualifier;
  value: number | null;
  /** the figure as written */
  text: string;
  /** a date's ISO form (2021-05-07, --10-31) */
  iso: string | null;
  /** a range: "from 4.1 million to 6.6 million" read as one figure */
  range: boolean;
  period?: string | null;
  link?: { role: 'from' | 'to' | 'low' | 'high'; other: string; trigger?: string };
}

/** A figure read in its clause: the role it plays, the change words, the words naming it. */
export interface RoledFigure {
  figure: PlacedFigure;
  role: StatementRole | null;
  direction: 'up' | 'down' | null;
  trigger: string | null;
  reading?: 'times' | 'plus-one' | 'either';
  /** a range whose two ends are the old and the new of a change */
  transition?: boolean;
  /** index of the clause in its sentence */
  clause: number;
  /** the words between the figure before (or the clause start) and this one */
  before: string;
  /** the words between this figure and the next (or the clause end) */
  after: string;
}

/** How far around a figure its role's words are looked for, in characters. */
const NEAR = 64;

/** Years, dates, ordinals and ranks say when or which, not how much: they take no role. */
const NO_ROLE: ReadonlySet<FigureKind> = new Set(['year', 'date', 'ordinal', 'rank']);
const RATE_KINDS: ReadonlySet<FigureKind> = new Set(['percent', 'pp', 'fraction']);

export const takesRole = (f: PlacedFigure): boolean => !NO_ROLE.has(f.kind);
export const isPoints = (f: PlacedFigure, p: StatementPatterns): boolean =>
  f.kind === 'pp' || (f.kind === 'count' && f.noun !== null && p.pointNouns.has(f.noun.toLowerCase()));
const isAmountLike = (f: PlacedFigure): boolean =>
  takesRole(f) &&
  f.kind !== 'multiplier' &&
  f.kind !== 'fraction' &&
  f.kind !== 'pp' &&
  f.kind !== 'percent' &&
  f.value !== null;

type Change = { direction: 'up' | 'down'; trigger: string } | null;
/** The words last read by `changeBefore`, and what they said: a figure's role asks of them more than once. */
let told: { before: string; p: StatementPatterns | null; change: Change } = { before: '', p: null, change: null };

/** The change words that end `before`, as a direction and the words themselves. */
function changeBefore(before: string, p: StatementPatterns): Change {
  if (before !== told.before || p !== told.p) told = { before, p, change: readChange(before, p) };
  return told.change;
}

function readChange(before: string, p: StatementPatterns): Change {
  const up = p.upBefore.exec(before);
  const down = p.downBefore.exec(before);
  // "down 18% from" and "up" both end the text: the longer match is the nearer word
  if (up && (!down || up.index >= down.index)) return { direction: 'up', trigger: (up[1] ?? '').trim() };
  if (down) return { direction: 'down', trigger: (down[1] ?? '').trim() };
  return null;
}

/**
 * Reads the role of every figure of one sentence. `text` is the whole document; `clauses` the
 * clause index of each figure and `bounds` each clause's [start, end). Linear in the figures.
 */
export function readRoles(
  text: string,
  figures: PlacedFigure[],
  clauses: number[],
  bounds: Array<[number, number]>,
  p: StatementPatterns,
): RoledFigure[] {
  // a span that says when (比十年前的46万亿元, "five years ago") is left out as a year is
  const roleless = (k: number): boolean => {
    const f = figures[k] as PlacedFigure;
    return !takesRole(f) || (f.kind === 'duration' && p.agoAfter.test(text.slice(f.end, f.end + 16)));
  };
  const around = wordsAround(text, figures, clauses, bounds, roleless, NEAR);
  const { prevOf, nextOf } = around;
  const roled: RoledFigure[] = figures.map((figure, k) => {
    const { before, after } = around.words[k] as { before: string; after: string };
    return { figure, role: null, direction: null, trigger: null, clause: clauses[k] ?? 0, before, after };
  });
  roled.forEach((r, k) => {
    if (!takesRole(r.figure)) return;
    // "the first half" is a period, not a share
    const before = figures[k - 1];
    if (
      r.figure.kind === 'fraction' &&
      before?.kind === 'ordinal' &&
      /^\s*$/.test(text.slice(before.end, r.figure.start))
    )
      return;
    const prev = prevOf[k] === undefined ? undefined : roled[prevOf[k] as number];
    const next = nextOf[k] === undefined ? undefined : roled[nextOf[k] as number];
    Object.assign(r, roleOf(r, prev, next, p));
  });
  return roled;
}

type Reading = Pick<RoledFigure, 'role' | 'direction' | 'trigger' | 'reading' | 'transition'>;

/** 增长了两倍 counts the increase (×3), 扩大两倍 is read both ways, 增长到两倍 and "doubled" are ×N. */
function multiplierReading(r: RoledFigure, p: StatementPatterns): 'times' | 'plus-one' | 'either' {
  if (p.toBefore.test(r.before) || p.timesBefore.test(r.before)) return 'times';
  if (p.timesPlusOne.test(r.before)) return 'plus-one';
  if (p.timesEither.test(r.before)) return 'either';
  return 'times';
}
const as = (
  role: StatementRole | null,
  change: { direction: 'up' | 'down'; trigger: string } | null = null,
): Reading => ({
  role,
  direction: change?.direction ?? null,
  trigger: change?.trigger ?? null,
});

function roleOf(
  r: RoledFigure,
  prev: RoledFigure | undefined,
  next: RoledFigure | undefined,
  p: StatementPatterns,
): Reading {
  const f = r.figure;
  // "five years ago", 五年前: when, not a measure
  if (f.kind === 'duration' && p.agoAfter.test(r.after)) return as(null);
  if (f.kind === 'multiplier') {
    const change = changeBefore(r.before, p);
    // "visited twice" claims nothing: a multiplier needs change words, comparison words or an amount beside it
    const compares = p.timesOf.test(r.after) || p.timesBefore.test(r.before);
    const beside = (prev && isAmountLike(prev.figure)) || (next && (isAmountLike(next.figure) || next.figure.range));
    if (!change && !compares && !beside && /\d/.test(f.text)) return as(null);
    if (
      !change &&
      !compares &&
      !beside &&
      !p.upAnywhere.test(f.text) &&
      !p.words.multiplierVerbs.some((w) => f.text.includes(w))
    )
      return as(null);
    return { ...as('multiplier', change), reading: multiplierReading(r, p) };
  }
  if ((RATE_KINDS.has(f.kind) || isPoints(f, p)) && !f.link) {
    const rate = rateOf(r, prev, next, p);
    if (rate) return rate;
    if (f.kind !== 'percent') return as(null);
  }
  return amountOf(r, prev, next, p);
}

/** A percentage, fraction or points figure as a rate of change or a share; null when it is a level. */
function rateOf(
  r: RoledFigure,
  prev: RoledFigure | undefined,
  next: RoledFigure | undefined,
  p: StatementPatterns,
): Reading | null {
  const change = changeBefore(r.before, p);
  if (change) return as('rate', change);
  // "58.4%, down from 63.1%": a level whose base follows, not a fall of 58.4%
  const level = next?.figure.kind === r.figure.kind && p.fromBefore.test(r.after);
  if (level) return null;
  if (p.upAfter.test(r.after))
    return as('rate', { direction: 'up', trigger: (p.upAfter.exec(r.after)?.[1] ?? '').trim() });
  if (p.downAfter.test(r.after))
    return as('rate', { direction: 'down', trigger: (p.downAfter.exec(r.after)?.[1] ?? '').trim() });
  // "rose by $95.7 billion (6.6 percent)", "rising 7.5 pence, or almost 3%": the change said again as a rate
  if (prev && !p.ofAfter.test(r.after) && (prev.role === 'change' || prev.role === 'new') && p.restate.test(r.before)) {
    const said = prev.role === 'change' ? prev : null;
    return as('rate', said?.direction ? { direction: said.direction, trigger: said.trigger ?? '' } : null);
  }
  if (isPoints(r.figure, p)) return null;
  if ((p.shareBefore.test(r.before) || p.shareAround.test(r.before)) && !p.restate.test(r.before)) return as('share');
  if (p.restate.test(r.before) && prev && isAmountLike(prev.figure) && next === undefined && p.ofAfter.test(r.after))
    return as('share');
  if (next && isAmountLike(next.figure) && p.shareOf.test(r.after)) return as('share');
  if (
    prev &&
    isAmountLike(prev.figure) &&
    prev.figure.kind !== 'percent' &&
    p.wholeBefore.test(prev.after) &&
    !p.fromBefore.test(prev.after)
  )
    return as('share');
  if (r.figure.kind === 'fraction') return as('share');
  if (r.figure.kind === 'percent' && p.ofAfter.test(r.after) && r.figure.qualifier !== 'exact') return as('share');
  return null;
}

/** The words a figure's text opens with, before its first digit (约合 of 约合450亩). */
const lead = (f: PlacedFigure): string => f.text.slice(0, Math.max(0, firstDigit(f.text)));

/** An amount (or a percentage stated as a level) by the words around it. */
function amountOf(
  r: RoledFigure,
  prev: RoledFigure | undefined,
  next: RoledFigure | undefined,
  p: StatementPatterns,
): Reading {
  const f = r.figure;
  // "from 4.1 million in 2013 to 6.6 million": a range whose ends are the two ends of a change
  if (f.range && (p.fromBefore.test(r.before + lead(f).replace(/[^\p{L}\s]/gu, '')) || changeBefore(r.before, p)))
    return { ...as('value'), transition: true };
  if (f.link?.role === 'from') return as('old');
  if (f.link?.role === 'to') return as('new');
  if (next?.figure.kind === 'multiplier' && p.timesOf.test(r.after) && !/\d/.test(r.after)) return as('old');
  if (
    next &&
    f.kind !== 'percent' &&
    RATE_KINDS.has(next.figure.kind) &&
    p.wholeBefore.test(r.after) &&
    // 6.3万人,完成年度目标的105%: a clause between names another whole
    !/[,，;；]/.test(r.after.replace(p.wholeBefore, '')) &&
    !p.shareAnywhere.test(r.after) &&
    !p.fromBefore.test(r.after)
  )
    return as('whole');
  if (
    prev &&
    (prev.role === 'share' || prev.figure.kind === 'fraction') &&
    p.shareOf.test(r.before) &&
    !/^\s*,/.test(r.before)
  )
    return as('whole');
  if (prev?.figure.kind === 'multiplier' && p.timesOf.test(r.before) && r.before.trim().length < 24) return as('old');
  if (prev && isAmountLike(prev.figure) && p.partOf.test(r.before)) return as('whole');
  // the words before with the figure's own opening words, when it has some (约合 of 约合450亩)
  const opening = lead(f);
  const led = opening === '' ? null : r.before + opening;
  const passed = p.thresholdBefore.test(r.before) || (led !== null && p.thresholdBefore.test(led));
  if (passed || p.thresholdAfter.test(r.after)) return as('threshold');
  // 日均达到142.2万人次: an average reached; a match of the words before a new level is never empty
  const untold = r.before.replace(p.toBefore, '');
  if (p.averageBefore.test(untold)) return as('average');
  if (untold.length !== r.before.length) return as('new', changeBefore(untold, p));
  if (p.fromBefore.test(r.before) || p.fromAfter.test(r.after)) return as('old');
  const change = changeBefore(r.before, p);
  if (change) return as('change', change);
  // the words before alone were asked above (`untold` is them)
  if (led !== null && p.averageBefore.test(led)) return as('average');
  if (p.combinedBefore.test(r.before)) return as('total');
  if (
    prev &&
    isAmountLike(prev.figure) &&
    p.conversion.test(led ?? r.before) &&
    prev.figure.unit !== f.unit &&
    prev.figure.kind === f.kind
  )
    return as('conversion');
  if (p.wholeOpen.test(r.before) && /[,，]\s*$/.test(r.after)) return as('total');
  if (p.totalBefore.test(r.before) || p.totalAfter.test(r.after)) return as('total');
  return as('value');
}
