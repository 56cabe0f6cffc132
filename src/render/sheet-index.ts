import type { FactSheet, Figure, Finding, Lang, Severity, Verdict } from '../types.js';
import { readingOrder } from './figure-blocks.js';
import { anchorId } from './format.js';
import { SEVERITY_RANK } from './labels.js';
import { claimsByFigure, type Claim } from './measure.js';

/*
 * What every section of the sheet looks figures up in, made in one pass over the figures and
 * one over the findings: a sheet of 100,000 figures must not scan the findings per figure.
 */

/** A finding a figure links to. */
export interface FindingRef {
  anchor: string;
  severity: Severity;
  verdict: Verdict;
  ruleId: string;
}

/** A source's short key ("S3"), for the charts and the appendix headings. */
export interface SourceKey {
  key: string;
  file: string | null;
  title: string | null;
  lang: Lang | null;
}

export interface SheetIndex {
  /** the reader's language */
  lang: Lang;
  /** figures in reading order, a run per file */
  runs: Figure[][];
  /** the n-th figure (n > 1) of each id that comes more than once, by figure */
  occurrence: Map<Figure, number>;
  /** the ids on the sheet */
  ids: Set<string>;
  claims: Map<string, Claim>;
  /** the figures that a link or a statement ties to others, by id: the only ones looked up by id */
  claimed: Map<string, Figure>;
  findings: { finding: Finding; anchor: string }[];
  findingsOf: Map<string, FindingRef[]>;
  sourceKeys: Map<string | null, SourceKey>;
}

/**
 * The reader's language when none is asked for: the language most sources are in (the listed
 * sources', else their figures'); English on a tie.
 */
export function majorityLang(sheet: FactSheet): Lang {
  let zh = 0;
  let en = 0;
  const listed = sheet.sources.filter((source) => source.lang);
  const langs = listed.length > 0 ? listed.map((source) => source.lang) : sheet.figures.map((figure) => figure.lang);
  for (const lang of langs) {
    if (lang === 'zh') zh++;
    else en++;
  }
  return zh > en ? 'zh' : 'en';
}

export function indexSheet(sheet: FactSheet, lang: Lang): SheetIndex {
  const runs = readingOrder(sheet.figures, sheet.sources);
  const findings = sheet.findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }, index) => ({ finding, anchor: `finding-${index + 1}` }));
  const findingsOf = new Map<string, FindingRef[]>();
  for (const { finding, anchor } of findings) {
    const entry: FindingRef = { anchor, severity: finding.severity, verdict: finding.verdict, ruleId: finding.ruleId };
    for (const id of finding.figures) {
      const list = findingsOf.get(id);
      if (!list) findingsOf.set(id, [entry]);
      // an id twice in one finding is the entry just pushed: a search of the list was quadratic
      else if (list[list.length - 1] !== entry) list.push(entry);
    }
  }
  const claims = claimsByFigure(sheet.statements);
  const claimed = new Map<string, Figure>();
  // ids rarely repeat: only the figures of a repeated id get an entry
  const ids = new Set<string>();
  const occurrence = new Map<Figure, number>();
  const seen = new Map<string, number>();
  for (const run of runs) {
    for (const figure of run) {
      if (figure.link?.type === 'transition' || claims.has(figure.id)) claimed.set(figure.id, figure);
      const known = ids.size;
      if (ids.add(figure.id).size > known) continue;
      const n = (seen.get(figure.id) ?? 1) + 1;
      seen.set(figure.id, n);
      occurrence.set(figure, n);
    }
  }
  return {
    lang,
    runs,
    occurrence,
    ids,
    claims,
    claimed,
    findings,
    findingsOf,
    sourceKeys: keySources(sheet, runs),
  };
}

/** S1, S2 … for the listed sources in their order, then for the other files in reading order. */
function keySources(sheet: FactSheet, runs: Figure[][]): Map<string | null, SourceKey> {
  const keys = new Map<string | null, SourceKey>();
  const add = (file: string | null, title: string | null, lang: Lang | null) => {
    if (!keys.has(file)) keys.set(file, { key: `S${keys.size + 1}`, file, title, lang });
  };
  for (const source of sheet.sources) add(source.file, source.title ?? null, source.lang ?? null);
  for (const run of runs) {
    const first = run[0];
    if (first) add(first.source.file, null, first.lang);
  }
  return keys;
}

/**
 * The anchor of a figure in the quoted sentences: the first figure of an id owns `fig-<id>`,
 * the n-th gets `_n`. No two meet: anchorId is injective and ends no id in `_` and digits alone.
 */
export function figureAnchor(id: string, occurrence = 1): string {
  return occurrence > 1 ? `${anchorId('fig', id)}_${occurrence}` : anchorId('fig', id);
}

/** The anchor of a figure's line in the list of every figure. */
export function rowAnchor(id: string, occurrence = 1): string {
  return occurrence > 1 ? `${anchorId('row', id)}_${occurrence}` : anchorId('row', id);
}

/** The anchor of a figure id when the sheet has it, else null. */
export function anchorOf(index: SheetIndex, id: string): string | null {
  return index.ids.has(id) ? figureAnchor(id) : null;
}
