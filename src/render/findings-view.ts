import type { Figure, Finding, SourcePointer } from '../types.js';
import { messagePieces, safeHttpUrl, shortPointer } from './format.js';
import { SEVERITY_LABELS, VERDICT_LABELS, VERDICT_LABELS_ZH } from './labels.js';
import { displayValue } from './notation.js';
import { anchorOf, type SheetIndex } from './sheet-index.js';

/*
 * The findings section: errors and warnings in full, each with its verdict, the computation
 * (the message) and both places; values several sources state alike as one line per value;
 * the other notes collapsed.
 */

export interface FindingView {
  anchor: string;
  severity: Finding['severity'];
  /** the severity in the reader's words */
  severityLabel: string;
  verdict: Finding['verdict'];
  verdictLabel: string;
  ruleId: string;
  /** the rule's documentation, when it is an http(s) address */
  ruleUrl: string | null;
  pieces: { text: string; code: boolean }[];
  figures: { id: string; anchor: string | null }[];
  /** `file:line:col` of the finding and of its second place, each linked to the figure there */
  where: { text: string; anchor: string | null };
  cause: { text: string; anchor: string | null } | null;
}

/** One value that several sources state alike: the cross-source agreements joined. */
export interface CorroborationView {
  /** the anchors of the findings joined here, so that links to them land on this line */
  anchors: string[];
  value: string;
  noun: string | null;
  lang: Figure['lang'];
  members: { key: string; text: string; anchor: string | null }[];
  /** places past the first `MEMBERS_SHOWN`, counted */
  more: number;
}

/** Places named on a line of values stated alike. */
const MEMBERS_SHOWN = 12;

export interface FindingsView {
  serious: FindingView[];
  corroborated: CorroborationView[];
  notes: FindingView[];
  total: number;
}

export function buildFindings(index: SheetIndex): FindingsView {
  const figureAt = figuresOfFindings(index);
  const view = (finding: Finding, anchor: string): FindingView => ({
    anchor,
    severity: finding.severity,
    severityLabel: SEVERITY_LABELS[index.lang][finding.severity],
    verdict: finding.verdict,
    verdictLabel:
      (index.lang === 'zh' ? VERDICT_LABELS_ZH : VERDICT_LABELS)[finding.verdict] ?? String(finding.verdict),
    ruleId: finding.ruleId,
    ruleUrl: safeHttpUrl(finding.url),
    pieces: messagePieces(finding.message),
    figures: finding.figures.map((id) => ({ id, anchor: anchorOf(index, id) })),
    where: place(finding.source, finding, figureAt, index),
    cause: finding.cause ? place(finding.cause, finding, figureAt, index) : null,
  });
  const serious: FindingView[] = [];
  const notes: FindingView[] = [];
  const agreements: { finding: Finding; anchor: string }[] = [];
  for (const { finding, anchor } of index.findings) {
    if (finding.severity !== 'info') serious.push(view(finding, anchor));
    else if (finding.verdict === 'agree' && finding.figures.length > 1) agreements.push({ finding, anchor });
    else notes.push(view(finding, anchor));
  }
  return { serious, corroborated: corroborations(agreements, figureAt, index), notes, total: index.findings.length };
}

/** The figures the findings name, by id: one pass over the figures, keeping only those. */
function figuresOfFindings(index: SheetIndex): Map<string, Figure> {
  const wanted = new Set<string>();
  for (const { finding } of index.findings) for (const id of finding.figures) wanted.add(id);
  const found = new Map<string, Figure>();
  if (wanted.size === 0) return found;
  for (const run of index.runs)
    for (const figure of run) if (wanted.has(figure.id) && !found.has(figure.id)) found.set(figure.id, figure);
  return found;
}

/** A pointer of a finding, linked to the finding's figure that stands there. */
function place(
  at: SourcePointer,
  finding: Finding,
  figureAt: Map<string, Figure>,
  index: SheetIndex,
): { text: string; anchor: string | null } {
  const id = finding.figures.find((fid) => {
    const figure = figureAt.get(fid);
    return (
      figure &&
      figure.source.file === at.file &&
      figure.source.start <= at.start &&
      at.start < Math.max(figure.source.end, figure.source.start + 1)
    );
  });
  // the file's name is enough beside the sources table, and keeps the column one line wide
  return { text: shortPointer(at), anchor: id === undefined ? null : anchorOf(index, id) };
}

/** Agreements that share a figure are one value stated alike: joined by a union of their figures. */
function corroborations(
  agreements: { finding: Finding; anchor: string }[],
  figureAt: Map<string, Figure>,
  index: SheetIndex,
): CorroborationView[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const up = parent.get(id) ?? id;
    if (up === id) return id;
    const root = find(up);
    parent.set(id, root);
    return root;
  };
  for (const { finding } of agreements) {
    const [first, ...rest] = finding.figures;
    for (const id of rest) if (first !== undefined && find(id) !== find(first)) parent.set(find(id), find(first));
  }
  const groups = new Map<string, { anchors: string[]; ids: Set<string> }>();
  for (const { finding, anchor } of agreements) {
    const root = find(finding.figures[0] as string);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { anchors: [], ids: new Set() }));
    group.anchors.push(anchor);
    for (const id of finding.figures) group.ids.add(id);
  }
  return [...groups.values()].map(({ anchors, ids: all }) => {
    const ids = [...all];
    const first = ids.map((id) => figureAt.get(id)).find((f) => f !== undefined);
    return {
      anchors,
      value: first ? displayValue(first, index.lang) : (ids[0] ?? ''),
      noun: first?.noun ?? null,
      lang: first?.lang ?? index.lang,
      more: Math.max(0, ids.length - MEMBERS_SHOWN),
      members: ids.slice(0, MEMBERS_SHOWN).map((id) => {
        const figure = figureAt.get(id);
        const key = figure ? (index.sourceKeys.get(figure.source.file)?.key ?? '') : '';
        // the key names the file: line and column say the rest
        return {
          key,
          text: figure ? `${figure.source.line}:${figure.source.column}` : id,
          anchor: anchorOf(index, id),
        };
      }),
    };
  });
}
