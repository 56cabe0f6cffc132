import type { Figure, Lang, Statement, StatementRole } from '../types.js';
import { fit, textWidth } from './charts.js';
import { groupDigits } from './format.js';
import { MEASURE_WORDS } from './labels.js';
import { measureOf } from './measure.js';
import { qualifiedValue } from './notation.js';
import { anchorOf, type SheetIndex } from './sheet-index.js';

/*
 * Comparable figures side by side: figures of one kind, unit and thing that a source states
 * together, as its statements tie them: a total and its parts (其中, "of which"), or the levels
 * of several measures in one sentence and period (exports and imports, 出口 and 进口). Chosen
 * from the statements' roles and links, never from the text; absent when no source states two
 * such figures under names of their own.
 */

/** One bar: a figure's measure and value on a line, its bar under them. */
export interface ComparisonBar {
  /** the line of words */
  textY: number;
  barY: number;
  label: string;
  lang: Lang | null;
  width: number;
  text: string;
  /** the total the other bars are parts of */
  total: boolean;
  anchor: string | null;
}

export interface ComparisonChart {
  width: number;
  height: number;
  /** whether the bars are a total and its parts, or measures side by side */
  parts: boolean;
  period: string | null;
  bars: ComparisonBar[];
  desc: string;
}

/** Figures compared: a total and its parts, or the levels of a sentence. */
interface Group {
  total: Figure | null;
  members: Figure[];
  period: string | null;
  lang: Lang;
  order: number;
}

/** Roles that state a level (a change's start is the transitions chart's). */
const LEVELS: ReadonlySet<StatementRole> = new Set<StatementRole>(['value', 'new', 'total', 'part']);

/** A bar's words over the bar: narrow enough to stand beside the dot matrix. */
const ROW = 30;
const TOP = 4;
const MIN_WIDTH = 200;
const MAX_WIDTH = 310;

/**
 * The group of comparable figures that most sources state, a total and its parts before
 * measures side by side, then more bars, then one stated in the reader's language; null when
 * there is none.
 */
export function comparisonChart(statements: readonly Statement[], index: SheetIndex): ComparisonChart | null {
  const byId = index.claimed;
  const levels = new Map<Statement, Level[]>();
  for (const s of statements)
    levels.set(
      s,
      s.figures.flatMap((f) => {
        const figure = LEVELS.has(f.role) ? byId.get(f.figure) : undefined;
        return figure && figure.value !== null ? [{ figure, side: f.balance?.side ?? null }] : [];
      }),
    );
  const levelsOf = (s: Statement) => levels.get(s) ?? [];
  const groups = [...totalGroups(statements, levelsOf, byId), ...sideGroups(statements, levelsOf)];
  const files = new Map<string, Set<string | null>>();
  for (const run of index.runs)
    for (const f of run) {
      const stated = files.get(valueKey(f));
      if (stated) stated.add(f.source.file);
      else files.set(valueKey(f), new Set([f.source.file]));
    }
  // a group is stated as far as its least stated figure
  const support = (g: Group) =>
    Math.min(...[...(g.total ? [g.total] : []), ...g.members].map((f) => files.get(valueKey(f))?.size ?? 0));
  // ranked first, named after: naming reads the statements' words, ranking counts
  const best = groups
    .map((group) => ({ group, support: support(group) }))
    .sort(
      (a, b) =>
        b.support - a.support ||
        Number(b.group.total !== null) - Number(a.group.total !== null) ||
        b.group.members.length - a.group.members.length ||
        Number(b.group.lang === index.lang) - Number(a.group.lang === index.lang) ||
        a.group.order - b.group.order,
    )
    .find(({ group }) => named(group, index));
  return best ? chartOf(best.group, index) : null;
}

type Level = { figure: Figure; side: 'result' | 'plus' | 'minus' | null };

/** A total and the levels of the statements that are its parts (其中, "of which"), two at least. */
function totalGroups(
  statements: readonly Statement[],
  levelsOf: (s: Statement) => Level[],
  byId: Map<string, Figure>,
): Group[] {
  const partsOf = new Map<string, Figure[]>();
  for (const s of statements) {
    // a difference of two parts (a surplus) is no part of their total
    const parts = levelsOf(s).flatMap((l) => (l.side === 'result' ? [] : [l.figure]));
    for (const link of s.links) if (link.type === 'parts-of') listAt(partsOf, link.statement).push(...parts);
  }
  return statements.flatMap((s, order): Group[] => {
    const stated = s.figures.find((f) => f.role === 'total');
    const total = (stated && byId.get(stated.figure)) ?? (partsOf.has(s.id) ? levelsOf(s)[0]?.figure : undefined);
    if (!total || total.value === null) return [];
    const inside = s.figures.flatMap((f) => (f.role === 'part' ? [byId.get(f.figure)] : []));
    const members = [...inside, ...(partsOf.get(s.id) ?? [])].filter(
      (f): f is Figure => f !== undefined && f !== total && comparable(f, total),
    );
    return members.length >= 2 ? [{ total, members, period: s.period, lang: s.lang, order }] : [];
  });
}

/**
 * Measures side by side: the clauses of one sentence, or the sides of one difference (exports,
 * imports, the surplus), each naming its own measure, all in one period; two at least.
 */
function sideGroups(statements: readonly Statement[], levelsOf: (s: Statement) => Level[]): Group[] {
  const clusters = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = s.figures.find((f) => f.balance)?.balance?.group ?? s.sentence;
    listAt(clusters, key).push(s);
  }
  const groups: Group[] = [];
  for (const said of clusters.values()) {
    const lead = said[0] as Statement;
    if (said.length < 2 || said.some((s) => s.period !== lead.period)) continue;
    // each clause's level, and every side of a difference it states
    const levels = said.flatMap((s) =>
      levelsOf(s)
        .filter((l, k) => k === 0 || l.side !== null)
        .map((l) => l.figure),
    );
    for (const first of levels) {
      const members = levels.filter((f) => comparable(f, first));
      if (members[0] !== first || members.length < 2) continue;
      groups.push({ total: null, members, period: lead.period, lang: lead.lang, order: groups.length });
    }
  }
  return groups;
}

/** Figures that a bar chart may set side by side: one kind, one unit, one thing counted. */
function comparable(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.unit === b.unit && (a.noun ?? '').toLowerCase() === (b.noun ?? '').toLowerCase();
}

/**
 * Whether every compared figure has a measure of its own, not a counter (人, 辆): bars without
 * names compare nothing.
 */
function named(group: Group, index: SheetIndex): boolean {
  const labels = group.members.map((f) => {
    const label = measureOf(f, index.claims.get(f.id)).label;
    return label && !MEASURE_WORDS[f.lang].counters.includes(label.toLowerCase()) ? label.toLowerCase() : null;
  });
  return labels.every((label) => label !== null) && new Set(labels).size === labels.length;
}

const valueKey = (f: Figure) => `${f.value}|${f.unit}`;

/** The list at `key`, made empty when there is none. */
function listAt<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function chartOf(group: Group, index: SheetIndex): ComparisonChart {
  const { lang } = index;
  const figures = group.total ? [group.total, ...group.members] : group.members;
  const max = Math.max(...figures.map((f) => Math.abs(f.value ?? 0)));
  const rows = figures.map((figure) => {
    const share = group.total && figure !== group.total ? shareText(figure, group.total) : '';
    const label = measureOf(figure, index.claims.get(figure.id)).label ?? '';
    return { figure, label, text: `${qualifiedValue(figure, lang)}${share}` };
  });
  const width = Math.round(
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...rows.map((row) => textWidth(row.label) + 8 + textWidth(row.text)))),
  );
  const bars = rows.map(({ figure, label, text }, k): ComparisonBar => ({
    textY: TOP + k * ROW + 7,
    barY: TOP + k * ROW + 15,
    // the label is cut to fit beside its value; the <desc> says it whole
    label: fit(label, width - textWidth(text) - 8),
    lang: figure.lang,
    // the total's outline stands 1 unit inside the chart either side
    width: max > 0 ? (Math.abs(figure.value ?? 0) / max) * (width - 2) : 0,
    text,
    total: figure === group.total,
    anchor: anchorOf(index, figure.id),
  }));
  return {
    width,
    height: TOP * 2 + bars.length * ROW - 4,
    parts: group.total !== null,
    period: group.period,
    bars,
    desc: rows.map((row) => `${row.label}: ${row.text}`).join('; '),
  };
}

/** " (56.9%)": a part's share of its total, computed, three digits. */
function shareText(part: Figure, total: Figure): string {
  if (!total.value || part.value === null) return '';
  return ` (${groupDigits(Number(((part.value / total.value) * 100).toPrecision(3)))}%)`;
}
