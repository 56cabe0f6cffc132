import type { Figure, Lang } from '../types.js';
import { KIND_LABELS, KIND_LABELS_ZH, UI_TEXT, VERDICT_LABELS, VERDICT_LABELS_ZH } from './labels.js';
import { isKeyFigure, measureOf, saidOfLevel, statedChange, transitionPartners, type Measure } from './measure.js';
import { excerpt } from './format.js';
import { changeText, fullValue, qualifiedValue, unitLabel } from './notation.js';
import { anchorOf, type FindingRef, type SheetIndex } from './sheet-index.js';

/*
 * The first page: the story's key figures grouped by what they measure, ranked by what a reader
 * needs first. One pass gathers every key figure into its measure and row (a row is one value,
 * or one change, however many sources state it); only the best measures are then formatted, so
 * the section costs the same on a sheet of 100,000 figures as on five articles.
 */

/** Measures on the first page, and rows per measure. */
export const TOP_MEASURES = 8;
export const ROWS_PER_MEASURE = 3;

export interface GlanceRow {
  /** on a measure's first row: the measure, whose cell spans its rows */
  head: { label: string; lang: Lang | null; kind: string | null; span: number } | null;
  /** the figure's anchor in the quoted sentences */
  anchor: string | null;
  value: string;
  full: string | null;
  /** as the first source wrote it, in a few words of its sentence */
  quote: { before: string; mark: string; after: string; lang: Lang };
  /** how the other sources wrote it, each distinct text once */
  also: { text: string; lang: Lang }[];
  period: string | null;
  change: { from: string; fromPeriod: string | null; delta: string | null; up: boolean } | null;
  /** the sources that state it, each linked to its figure, the first `SOURCES_SHOWN` of them */
  sources: { key: string; anchor: string | null }[];
  moreSources: number;
  agree: number;
  /** "1 conflict", "2 矛盾" when a check found one */
  conflict: string | null;
  /** the change its statement states ("stated +17.7% year-on-year"), when one does */
  stated: string | null;
  verdicts: { anchor: string; verdict: string; label: string; severity: string }[];
  /** for the charts: the numbers behind the row */
  numbers: { from: number | null; to: number | null };
}

export interface GlanceMeasure {
  label: string;
  lang: Lang | null;
  /** kind and unit, when the label is a noun or subject */
  kind: string | null;
  rows: GlanceRow[];
}

/** A row being gathered: the figures of every source that states it. */
interface RowAcc {
  figures: Figure[];
  from: Figure | null;
  files: Set<string | null>;
  lead: boolean;
  /** a set: a value stated in thousands of files has thousands of agreements */
  findings: Set<FindingRef>;
  /** whether a check failed on it: kept as findings are added, for the sorts */
  failed: boolean;
  period: string | null;
  /** the change the statement states of it ("up 17.7%"), when it states one */
  stated: { figure: Figure; direction: 'up' | 'down' | null; basis: string | null } | null;
}

interface MeasureAcc {
  measure: Measure;
  rows: Map<string, RowAcc>;
  order: number;
  score: number;
}

/** Characters of the sentence either side of a figure at a glance: a Chinese character says about as much as an English word. */
const EXCERPT_EN = 28;
const EXCERPT_ZH = 10;

/** Sources named on a row; a value stated in thousands of files says "+3,994" for the rest. */
const SOURCES_SHOWN = 8;

/** Sentences of a file that count as its headline and lead. */
const LEAD_SENTENCES = 3;

/** Rows on the first page in all: each measure shows its best row, the best measures more. */
export const ROW_BUDGET = 11;

export function buildGlance(index: SheetIndex): GlanceMeasure[] {
  const measures = gather(index);
  joinValues(measures);
  for (const acc of measures.values()) acc.score = scoreMeasure(acc);
  const top = topN(measures.values(), TOP_MEASURES, (a, b) => b.score - a.score || a.order - b.order);
  const rows = top.map((acc) => topN(acc.rows.values(), ROWS_PER_MEASURE, byNeed));
  const shown = rows.map(() => 1);
  let budget = ROW_BUDGET - top.length;
  for (let k = 0; k < rows.length && budget > 0; k++) {
    const extra = Math.min(budget, (rows[k]?.length ?? 1) - 1);
    shown[k] = 1 + extra;
    budget -= extra;
  }
  return top.map((acc, k) => measureView(acc, (rows[k] ?? []).slice(0, shown[k]), index));
}

/** A measure's rows: more sources first, a failed check, then larger values. */
function byNeed(a: RowAcc, b: RowAcc): number {
  return (
    b.files.size - a.files.size ||
    Number(b.failed) - Number(a.failed) ||
    magnitude(b.figures[0]) - magnitude(a.figures[0])
  );
}

const FAILING: ReadonlySet<FindingRef['verdict']> = new Set(['fails', 'conflict', 'mismatch']);

/** Every key figure into its measure and row, in one pass. */
function gather(index: SheetIndex): Map<string, MeasureAcc> {
  const { claimed } = index;
  const partners = transitionPartners(claimed, index.claims);
  const measures = new Map<string, MeasureAcc>();
  for (const run of index.runs) {
    let sentences = 0;
    let sentence: string | undefined;
    for (const figure of run) {
      if (figure.sentence !== sentence) [sentence, sentences] = [figure.sentence, sentences + 1];
      const claim = index.claims.get(figure.id);
      // a change's start, and a rate or change its statement says of a level, show on the level's row
      if (!isKeyFigure(figure, claim) || partners.froms.has(figure) || saidOfLevel(claim)) continue;
      const from = partners.fromOf.get(figure) ?? null;
      const measure = measureOf(figure, claim);
      let acc = measures.get(measure.key);
      if (!acc) measures.set(measure.key, (acc = { measure, rows: new Map(), order: measures.size, score: 0 }));
      // one value is one row, whether a source states it alone or as the end of a change
      const key = `${figure.value}|${figure.range?.join('–') ?? ''}|${figure.unit}`;
      let row = acc.rows.get(key);
      if (!row)
        acc.rows.set(
          key,
          (row = {
            figures: [],
            from: null,
            files: new Set(),
            lead: false,
            findings: new Set(),
            failed: false,
            period: null,
            stated: null,
          }),
        );
      row.from ??= from;
      row.stated ??= claim ? statedChange(claim, claimed) : null;
      row.period ??= figure.period ?? claim?.statement.period ?? null;
      if (!row.files.has(figure.source.file)) row.figures.push(figure);
      row.files.add(figure.source.file);
      row.lead ||= sentences <= LEAD_SENTENCES;
      for (const one of from ? [from, figure] : [figure]) {
        for (const ref of index.findingsOf.get(one.id) ?? []) {
          row.findings.add(ref);
          row.failed ||= FAILING.has(ref.verdict);
        }
      }
    }
  }
  return measures;
}

/**
 * One value in one unit that sources state under different subjects ("throughput at the port",
 * "南海湾港集装箱吞吐量") is one row: it goes to the measure that met it first, with every source,
 * and a measure left with no row goes. Sources word a subject each their own way; the number
 * is what they agree on.
 */
function joinValues(measures: Map<string, MeasureAcc>): void {
  const home = new Map<string, RowAcc>();
  for (const [name, acc] of measures) {
    for (const [key, row] of acc.rows) {
      const first = home.get(key);
      if (!first) home.set(key, row);
      else if (first !== row) {
        for (const figure of row.figures) if (!first.files.has(figure.source.file)) first.figures.push(figure);
        for (const file of row.files) first.files.add(file);
        for (const ref of row.findings) first.findings.add(ref);
        first.lead ||= row.lead;
        first.failed ||= row.failed;
        first.from ??= row.from;
        first.period ??= row.period;
        first.stated ??= row.stated;
        acc.rows.delete(key);
      }
    }
    if (acc.rows.size === 0) measures.delete(name);
  }
}

/**
 * What a reader needs first: stated in more sources, in a headline or lead, a change, a
 * failed check; then larger magnitude. The best row speaks for its measure.
 */
function scoreMeasure(acc: MeasureAcc): number {
  let best = 0;
  for (const row of acc.rows.values()) {
    const score =
      row.files.size * 4 + (row.lead ? 2 : 0) + (row.from ? 3 : 0) + (row.failed ? 2 : 0) + magnitude(row.figures[0]);
    best = Math.max(best, score);
  }
  return best + (acc.measure.label ? 1 : 0) + Math.min(acc.rows.size - 1, 3) * 0.5;
}

/** A tie-breaker under 1: larger values first. */
function magnitude(figure: Figure | undefined): number {
  const value = Math.abs(figure?.value ?? figure?.range?.[1] ?? 0);
  return value > 1 ? Math.min(Math.log10(value), 15) / 16 : 0;
}

/** The `n` best items by `compare`, best first, in one pass without sorting them all. */
export function topN<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === n && compare(item, best[n - 1] as T) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1] as T) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}

function measureView(acc: MeasureAcc, rows: RowAcc[], index: SheetIndex): GlanceMeasure {
  const { measure } = acc;
  const kindWord = (index.lang === 'zh' ? KIND_LABELS_ZH : KIND_LABELS)[measure.kind];
  const unit =
    measure.unit === '' || measure.kind === 'money' || measure.unit === '%' ? '' : ` (${unitLabel(measure.unit)})`;
  const money = measure.kind === 'money' && measure.unit ? ` (${measure.unit})` : '';
  const first = [...acc.rows.values()][0]?.figures[0];
  const label = measure.label ?? `${kindWord}${unit}${money}`;
  const lang = measure.label ? (first?.lang ?? null) : index.lang;
  const kind = measure.label ? `${kindWord}${unit}${money}` : null;
  const views = rows.map((row) => rowView(row, index));
  if (views[0]) views[0].head = { label, lang, kind, span: views.length };
  return { label, lang, kind, rows: views };
}

function rowView(row: RowAcc, index: SheetIndex): GlanceRow {
  const figure = row.figures[0] as Figure;
  const { lang } = index;
  const value = qualifiedValue(figure, lang);
  const texts = new Map<string, Lang>();
  for (const f of row.figures.slice(1)) if (texts.size < 2 && f.text !== figure.text) texts.set(f.text, f.lang);
  const from = row.from;
  const conflicts = [...row.findings].filter((f) => f.verdict === 'conflict').length;
  return {
    head: null,
    anchor: anchorOf(index, figure.id),
    value,
    full: fullValue(figure, lang) || null,
    quote: {
      ...excerpt(figure.sentence, figure.text, figure.lang === 'zh' ? EXCERPT_ZH : EXCERPT_EN),
      lang: figure.lang,
    },
    also: [...texts].map(([text, l]) => ({ text, lang: l })),
    period: row.period,
    change: from && {
      from: qualifiedValue(from, lang),
      fromPeriod: from.period ?? null,
      delta: changeText(from, figure),
      up: (figure.value ?? 0) >= (from.value ?? 0),
    },
    sources: row.figures
      .slice(0, SOURCES_SHOWN)
      .map((f) => ({ key: index.sourceKeys.get(f.source.file)?.key ?? '?', anchor: anchorOf(index, f.id) })),
    moreSources: Math.max(0, row.figures.length - SOURCES_SHOWN),
    agree: row.files.size,
    conflict: conflicts > 0 ? `${conflicts} ${UI_TEXT[lang].conflict}` : null,
    stated: row.stated && statedText(row.stated, lang),
    // one chip per verdict: two checks that hold say no more than one
    verdicts: [...row.findings]
      .filter((f, k, all) => f.verdict !== 'agree' && all.findIndex((g) => g.verdict === f.verdict) === k)
      .map((f) => ({
        anchor: f.anchor,
        verdict: f.verdict,
        label: (lang === 'zh' ? VERDICT_LABELS_ZH : VERDICT_LABELS)[f.verdict],
        severity: f.severity,
      })),
    numbers: { from: from?.value ?? null, to: figure.value },
  };
}

/** "stated +17.7% year-on-year", "所述 −3%": the sign from the statement's direction. */
function statedText({ figure, direction, basis }: NonNullable<RowAcc['stated']>, lang: Lang): string {
  const sign = figure.kind === 'multiplier' ? '' : direction === 'up' ? '+' : direction === 'down' ? '−' : '';
  return `${UI_TEXT[lang].stated} ${sign}${qualifiedValue(figure, lang)}${basis ? ` ${basis}` : ''}`;
}
