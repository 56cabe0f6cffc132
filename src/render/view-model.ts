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
import { anchorId, displayValue, fullValue, intervalText, locateInSentence, messagePieces, pointer, readableUrl, safeHttpUrl } from './format.js';
import { clusters, readingOrder } from './figure-blocks.js';
import { KIND_LABELS, LANG_NAMES, QUALIFIER_WORDS, SEVERITY_RANK, keysOf } from './labels.js';

/*
 * FactSheet → the plain data factsheet.hbs walks. All ordering, cross-referencing and formatting
 * happens here so the templates only print. Optional fields become null: the tests compile the
 * templates in strict mode, where a missing field throws instead of printing nothing.
 *
 * The rows of a group are formatted only when the group is rendered (`groupPage`): a sheet of
 * 100,000 figures then never holds 100,000 row views at once.
 */

export type GroupBy = 'source' | 'kind';

/** One figure's row, every piece formatted: templates/partials/figure-row.hbs only prints it. */
export interface FigureRowView {
  anchor: string;
  kind: FigureKind;
  kindLabel: string;
  lang: Lang;
  /** the figure's end of a range or transition shown in the same block */
  role: FigureLink['role'] | null;
  /** the headline (`€3.7 bn`), every digit when that says more (`3,700,000,000 EUR`), the interval */
  display: string;
  full: string | null;
  interval: string | null;
  /** the figure as written */
  text: string;
  qualifier: string | null;
  noun: string | null;
  period: string | null;
  /** the sentence around the figure (`mark`); all of it in `before` when the figure is not found in it */
  before: string;
  mark: string | null;
  after: string;
  /** `file:line:col`, linked to the row itself */
  position: string;
  /** the other end of a link, when it is not in the same block (another group, or missing) */
  other: { id: string; anchor: string | null } | null;
  findings: readonly FindingRef[];
  note: string | null;
}

/** Figures shown together: one figure, or the ends of a range or transition. */
export interface ClusterView {
  linkType: FigureLink['type'] | null;
  /** "Range" or "Transition" for linked blocks */
  label: string | null;
  trigger: string | null;
  rows: FigureRowView[];
}

/** A finding a figure's row links to. */
export interface FindingRef {
  anchor: string;
  severity: Severity;
  ruleId: string;
}

/**
 * What the rest of the sheet says about a figure of a group, kept only for the figures it says
 * anything about (a repeated id, a finding, a link): an object for each of 100,000 figures
 * would be made and kept for nothing. Anchors are made as the row is rendered, for the same
 * reason.
 */
export interface FigureContext {
  /** 1 for the first figure with its id, n for the n-th, whose anchor ends in `_n` */
  occurrence: number;
  /** whether the sheet has the figure at the other end of its link */
  linkFound: boolean;
  findings: readonly FindingRef[];
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
  /** in reading order */
  figures: Figure[];
  /** the context of some of `figures`, by index */
  context: Record<number, FigureContext>;
}

/** What templates/partials/group.hbs prints: the group, its figures in blocks of formatted rows. */
export interface GroupPageView extends Omit<GroupView, 'figures' | 'context'> {
  clusters: ClusterView[];
}

/** Columns of the sources table that some source fills; empty ones are left out. */
export interface SourceColumns {
  publisher: boolean;
  date: boolean;
  url: boolean;
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
  /** the table's columns (the same for every row) */
  columns: SourceColumns;
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
  sourceColumns: SourceColumns;
  groups: GroupView[];
  findings: FindingView[];
  diagnostics: Diagnostic[];
}

const KIND_ORDER = keysOf(KIND_LABELS);
const INPUT_ANCHOR = 'figures-input';
const NO_FINDINGS: readonly FindingRef[] = [];

/** Builds the template's view of `sheet`. Pure: the same sheet gives the same view. */
export function buildView(sheet: FactSheet, groupBy: GroupBy = 'source'): SheetView {
  const runs = readingOrder(sheet.figures, sheet.sources);
  const findings = sheet.findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }, index) => ({ finding, anchor: `finding-${index + 1}` }));
  // findings by figure id, once: a sheet of 100,000 figures must not scan every finding per figure
  const findingsOf = new Map<string, FindingRef[]>();
  for (const { finding, anchor } of findings) {
    for (const id of finding.figures) {
      const list = findingsOf.get(id);
      const entry = { anchor, severity: finding.severity, ruleId: finding.ruleId };
      if (list) {
        if (!list.some((e) => e.anchor === anchor)) list.push(entry);
      } else findingsOf.set(id, [entry]);
    }
  }

  // ids met so far in reading order, and how many figures had each id that came again (see
  // figureAnchor); one set operation a figure: ids rarely repeat
  const ids = new Set<string>();
  const repeats = new Map<string, number>();
  const linked: Array<[FigureContext, string]> = [];
  const contexts = runs.map((figures) => {
    const context: Record<number, FigureContext> = {};
    figures.forEach((figure, index) => {
      const known = ids.size;
      const occurrence = ids.add(figure.id).size > known ? 1 : (repeats.get(figure.id) ?? 1) + 1;
      if (occurrence > 1) repeats.set(figure.id, occurrence);
      const findings = findingsOf.get(figure.id);
      if (occurrence === 1 && !findings && !figure.link) return;
      const said: FigureContext = { occurrence, linkFound: false, findings: findings ?? NO_FINDINGS };
      if (figure.link) linked.push([said, figure.link.other]);
      context[index] = said;
    });
    return context;
  });
  // once every figure is met: the other end of a link may come later
  for (const [said, other] of linked) said.linkFound = ids.has(other);

  const perFile = new Map(runs.map((run) => [run[0]?.source.file ?? null, run.length]));
  const countIn = (file: string) => perFile.get(file) ?? 0;
  const columns: SourceColumns = {
    publisher: sheet.sources.some((source) => source.publisher),
    date: sheet.sources.some((source) => source.date),
    url: sheet.sources.some((source) => source.url),
  };
  const sources = sheet.sources.map(
    (source): SourceView => ({
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
      columns,
    }),
  );

  const perKind = new Map<FigureKind, number>();
  for (const figure of sheet.figures) perKind.set(figure.kind, (perKind.get(figure.kind) ?? 0) + 1);
  let groups: GroupView[];
  if (groupBy === 'kind') {
    const byKind = new Map<FigureKind, Pick<GroupView, 'figures' | 'context'>>();
    runs.forEach((figures, run) => {
      figures.forEach((figure, index) => {
        let members = byKind.get(figure.kind);
        if (!members) byKind.set(figure.kind, (members = { figures: [], context: {} }));
        const said = contexts[run]?.[index];
        if (said) members.context[members.figures.length] = said;
        members.figures.push(figure);
      });
    });
    groups = [...byKind]
      .sort(([a], [b]) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b))
      .map(([kind, members]) => kindGroup(kind, members));
  } else {
    const listed = new Map(sources.map((view) => [view.file, view]));
    groups = runs.map((figures, run) => {
      const file = figures[0]?.source.file ?? null;
      return sourceGroup(file, file === null ? undefined : listed.get(file), { figures, context: contexts[run] ?? {} });
    });
  }
  const severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of sheet.findings) severities[finding.severity] += 1;

  return {
    title: sheet.title,
    generated: sheet.generated,
    groupBy,
    summary: {
      figures: sheet.figures.length,
      sources: sheet.sources.length,
      findings: severities,
      diagnostics: sheet.diagnostics.length,
      kinds: KIND_ORDER.map((kind) => ({
        kind,
        label: KIND_LABELS[kind],
        count: perKind.get(kind) ?? 0,
      })).filter((entry) => entry.count > 0),
    },
    sources,
    sourceColumns: columns,
    groups,
    findings: findings.map(({ finding, anchor }) => ({
      anchor,
      finding,
      pieces: messagePieces(finding.message),
      figures: finding.figures.map((id) => ({ id, anchor: ids.has(id) ? figureAnchor(id) : null })),
      cause: finding.cause ?? null,
    })),
    diagnostics: sheet.diagnostics,
  };
}

/** The figures of one source file, headed by its title when the sources list it (`listed`). */
function sourceGroup(
  file: string | null,
  listed: SourceView | undefined,
  members: Pick<GroupView, 'figures' | 'context'>,
): GroupView {
  const heading = listed?.title ?? file ?? 'Text input';
  return {
    anchor: file === null ? INPUT_ANCHOR : (listed?.groupAnchor ?? anchorId('figures', file)),
    heading,
    sourceAnchor: listed?.anchor ?? null,
    file: heading === file ? null : file,
    lang: listed?.lang ?? members.figures[0]?.lang ?? null,
    count: members.figures.length,
    ...members,
  };
}

/** The figures of one kind, from every file. */
function kindGroup(kind: FigureKind, members: Pick<GroupView, 'figures' | 'context'>): GroupView {
  return {
    anchor: `kind-${kind}`,
    heading: KIND_LABELS[kind] ?? String(kind),
    sourceAnchor: null,
    file: null,
    lang: null,
    count: members.figures.length,
    ...members,
  };
}

/**
 * The row of the `occurrence`-th figure with id `id`: the first owns `fig-<id>`, the n-th gets
 * `_n`. No two meet: anchorId is injective and ends no id in `_` and digits alone.
 */
function figureAnchor(id: string, occurrence = 1): string {
  return occurrence > 1 ? `${anchorId('fig', id)}_${occurrence}` : anchorId('fig', id);
}

/** A group as its template prints it: linked figures in blocks, every row formatted. */
export function groupPage({ figures, context, ...group }: GroupView): GroupPageView {
  const entries = figures.map((figure, index) => ({ figure, said: context[index] }));
  return {
    ...group,
    clusters: clusters(entries).map(({ link, members }): ClusterView => ({
      linkType: link?.type ?? null,
      label: link === null ? null : link.type === 'range' ? 'Range' : 'Transition',
      trigger: link?.trigger ?? null,
      rows: members.map(({ figure, said }) => {
        const other = figure.link?.other;
        const apart = other !== undefined && !members.some((end) => end.figure.id === other);
        const role = link === null ? null : (figure.link?.role ?? null);
        return rowView(figure, said, role, apart ? { id: other, anchor: said?.linkFound ? figureAnchor(other) : null } : null);
      }),
    })),
  };
}

/** A figure's row: every piece of it formatted. */
function rowView(
  figure: Figure,
  said: FigureContext | undefined,
  role: FigureRowView['role'],
  other: FigureRowView['other'],
): FigureRowView {
  const display = displayValue(figure);
  const { sentence } = figure;
  const span = locateInSentence(sentence, figure.text);
  return {
    anchor: figureAnchor(figure.id, said?.occurrence),
    kind: figure.kind,
    kindLabel: KIND_LABELS[figure.kind] ?? String(figure.kind),
    lang: figure.lang,
    role,
    display,
    full: fullValue(figure, display) || null,
    interval: intervalText(figure) || null,
    text: figure.text,
    qualifier: (QUALIFIER_WORDS[figure.qualifier] ?? String(figure.qualifier)) || null,
    noun: figure.noun || null,
    period: figure.period || null,
    before: span === null ? sentence : sentence.slice(0, span.start),
    mark: span === null ? null : sentence.slice(span.start, span.end),
    after: span === null ? '' : sentence.slice(span.end),
    position: pointer(figure.source),
    other,
    findings: said?.findings ?? NO_FINDINGS,
    note: figure.note || null,
  };
}
