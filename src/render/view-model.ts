import type {
  Diagnostic,
  FactSheet,
  Figure,
  FigureKind,
  FigureLink,
  Finding,
  Lang,
  Severity,
  SourcePointer,
} from '../types.js';
import { anchorId, messagePieces, readableUrl, safeHttpUrl } from './format.js';
import { clusters, figureOrder } from './figure-blocks.js';
import { KIND_LABELS, LANG_NAMES, SEVERITY_RANK, keysOf } from './labels.js';

/*
 * FactSheet → the plain data factsheet.hbs walks. All ordering and cross-referencing happens
 * here so the templates only print. Optional fields become null: the templates compile in strict
 * mode, where a missing field throws instead of printing nothing.
 */

export type GroupBy = 'source' | 'kind';

export interface FigureRowView {
  anchor: string;
  figure: Figure;
  /** the figure's end of a range or transition shown in the same block */
  role: FigureLink['role'] | null;
  period: string | null;
  note: string | null;
  /** the other end of a link, when it is not in the same block (another group, or missing) */
  other: { id: string; anchor: string | null } | null;
  findings: { anchor: string; severity: Severity; ruleId: string }[];
}

/** Figures shown together: one figure, or the ends of a range or transition. */
export interface ClusterView {
  linkType: FigureLink['type'] | null;
  /** "Range" or "Transition" for linked blocks */
  label: string | null;
  trigger: string | null;
  rows: FigureRowView[];
}

export interface GroupView {
  anchor: string;
  heading: string;
  /** the sources-table row of this group, when grouped by source and the source is listed */
  sourceAnchor: string | null;
  /** the file, when grouped by source and the heading (the title) does not already say it */
  file: string | null;
  lang: Lang | null;
  count: number;
  clusters: ClusterView[];
}

export interface SourceView {
  anchor: string;
  /** the group of this source's figures, when there is one */
  groupAnchor: string | null;
  file: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  lang: Lang | null;
  language: string | null;
  /** the address as written, percent-escapes decoded for reading */
  url: string | null;
  /** the address when it is http(s); anything else is shown as text, never linked */
  href: string | null;
  encoding: string | null;
  count: number;
}

export interface FindingView {
  anchor: string;
  finding: Finding;
  pieces: { text: string; code: boolean }[];
  figures: { id: string; anchor: string | null }[];
  cause: SourcePointer | null;
}

export interface SheetView {
  title: string;
  generated: string | null;
  groupBy: GroupBy;
  summary: {
    figures: number;
    sources: number;
    findings: Record<Severity, number>;
    diagnostics: number;
    kinds: { kind: FigureKind; label: string; count: number }[];
  };
  sources: SourceView[];
  /** sources-table columns that some source fills; empty ones are left out */
  sourceColumns: { publisher: boolean; date: boolean; url: boolean };
  groups: GroupView[];
  findings: FindingView[];
  diagnostics: Diagnostic[];
}

const KIND_ORDER = keysOf(KIND_LABELS);
const INPUT_ANCHOR = 'figures-input';

/** Builds the template's view of `sheet`. Pure: the same sheet gives the same view. */
export function buildView(sheet: FactSheet, groupBy: GroupBy = 'source'): SheetView {
  const figures = sheet.figures.slice().sort(figureOrder(sheet.sources));
  const findings = sheet.findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }, index) => ({ finding, anchor: `finding-${index + 1}` }));

  // The first figure with an id owns its anchor; the n-th with that id gets `_n`. No two ids
  // can meet: anchorId is injective and ends no id in `_` and digits alone.
  const anchors = new Map<string, string>();
  const seen = new Map<string, number>();
  const rowAnchor = (id: string): string => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) return `${anchorId('fig', id)}_${n}`;
    const anchor = anchorId('fig', id);
    anchors.set(id, anchor);
    return anchor;
  };
  // findings by figure id, once: a sheet of 100,000 figures must not scan every finding per figure
  const findingsOf = new Map<string, Array<{ anchor: string; severity: Severity; ruleId: string }>>();
  for (const { finding, anchor } of findings) {
    for (const id of finding.figures) {
      const list = findingsOf.get(id);
      const entry = { anchor, severity: finding.severity, ruleId: finding.ruleId };
      if (list) {
        if (!list.some((e) => e.anchor === anchor)) list.push(entry);
      } else findingsOf.set(id, [entry]);
    }
  }
  const rows = figures.map(
    (figure): FigureRowView => ({
      anchor: rowAnchor(figure.id),
      figure,
      role: null,
      period: figure.period ?? null,
      note: figure.note ?? null,
      other: null,
      findings: findingsOf.get(figure.id) ?? [],
    }),
  );

  const sourceOf = new Map(sheet.sources.map((source) => [source.file, source]));
  const groupKey = (row: FigureRowView): string | null =>
    groupBy === 'kind' ? row.figure.kind : row.figure.source.file;
  const grouped = new Map<string | null, FigureRowView[]>();
  for (const row of rows) {
    const key = groupKey(row);
    const members = grouped.get(key);
    if (members) members.push(row);
    else grouped.set(key, [row]);
  }
  const keys = [...grouped.keys()];
  if (groupBy === 'kind') keys.sort((a, b) => KIND_ORDER.indexOf(a as FigureKind) - KIND_ORDER.indexOf(b as FigureKind));

  const groups = keys.map((key): GroupView => {
    const members = grouped.get(key) ?? [];
    const blocks = clusters(members);
    for (const block of blocks) {
      for (const row of block.rows) {
        const other = row.figure.link?.other;
        if (other !== undefined && !block.rows.some((r) => r.figure.id === other)) {
          row.other = { id: other, anchor: anchors.get(other) ?? null };
        }
      }
    }
    const source = key === null ? undefined : sourceOf.get(key);
    const byKind = groupBy === 'kind';
    const heading = byKind ? (KIND_LABELS[key as FigureKind] ?? String(key)) : (source?.title ?? key ?? 'Text input');
    return {
      anchor: byKind ? `kind-${key}` : key === null ? INPUT_ANCHOR : anchorId('figures', key),
      heading,
      sourceAnchor: !byKind && source ? anchorId('source', source.file) : null,
      file: byKind || heading === key ? null : key,
      lang: byKind ? null : (source?.lang ?? members[0]?.figure.lang ?? null),
      count: members.length,
      clusters: blocks,
    };
  });

  const perFile = new Map<string | null, number>();
  const perKind = new Map<FigureKind, number>();
  for (const figure of figures) {
    perFile.set(figure.source.file, (perFile.get(figure.source.file) ?? 0) + 1);
    perKind.set(figure.kind, (perKind.get(figure.kind) ?? 0) + 1);
  }
  const countIn = (file: string) => perFile.get(file) ?? 0;
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of sheet.findings) severities[finding.severity] += 1;

  return {
    title: sheet.title,
    generated: sheet.generated,
    groupBy,
    summary: {
      figures: figures.length,
      sources: sheet.sources.length,
      findings: severities,
      diagnostics: sheet.diagnostics.length,
      kinds: KIND_ORDER.map((kind) => ({
        kind,
        label: KIND_LABELS[kind],
        count: perKind.get(kind) ?? 0,
      })).filter((entry) => entry.count > 0),
    },
    sources: sheet.sources.map((source) => ({
      anchor: anchorId('source', source.file),
      groupAnchor: groupBy === 'source' && countIn(source.file) > 0 ? anchorId('figures', source.file) : null,
      file: source.file,
      title: source.title ?? null,
      publisher: source.publisher ?? null,
      date: source.date ?? null,
      lang: source.lang ?? null,
      language: source.lang ? (LANG_NAMES[source.lang] ?? source.lang) : null,
      url: source.url === undefined ? null : readableUrl(source.url),
      href: safeHttpUrl(source.url),
      encoding: source.encoding ?? null,
      count: countIn(source.file),
    })),
    sourceColumns: {
      publisher: sheet.sources.some((source) => source.publisher),
      date: sheet.sources.some((source) => source.date),
      url: sheet.sources.some((source) => source.url),
    },
    groups,
    findings: findings.map(({ finding, anchor }) => ({
      anchor,
      finding,
      pieces: messagePieces(finding.message),
      figures: finding.figures.map((id) => ({ id, anchor: anchors.get(id) ?? null })),
      cause: finding.cause ?? null,
    })),
    diagnostics: sheet.diagnostics,
  };
}
