import type { Figure, Lang } from '../types.js';
import { anchorId, locateInSentence, shortPointer } from './format.js';
import {
  KIND_LABELS,
  KIND_LABELS_ZH,
  QUALIFIER_WORDS,
  QUALIFIER_WORDS_ZH,
  VERDICT_LABELS,
  VERDICT_LABELS_ZH,
} from './labels.js';
import { displayValue, fullValue, intervalText } from './notation.js';
import { figureAnchor, rowAnchor, type FindingRef, type SheetIndex } from './sheet-index.js';

/*
 * The appendices, a part per source file: every figure on a line of its own, dates and years in
 * a short table of their own, and the sentences quoted once each, every figure marked with its
 * anchor. A part is formatted only when it is rendered (`figureLines`, `dateLines`, `quotes`):
 * a sheet of 100,000 figures never holds 100,000 formatted lines at once.
 */

export interface AppendixGroup {
  anchor: string;
  quotesAnchor: string;
  key: string;
  heading: string;
  /** the file, when the heading (the title) does not already say it */
  file: string | null;
  sourceAnchor: string | null;
  lang: Lang | null;
  count: number;
  figures: Figure[];
  index: SheetIndex;
}

export interface FigureLine {
  row: string;
  /** the figure's mark in the quoted sentences, where `position` links */
  anchor: string;
  kind: Figure['kind'];
  value: string;
  full: string | null;
  interval: string | null;
  text: string;
  lang: Lang;
  what: string;
  period: string | null;
  role: string | null;
  position: string;
  /** the verdicts on the figure, each once */
  findings: { anchor: string; verdict: FindingRef['verdict']; label: string }[];
  note: string | null;
}

export interface DateLine {
  row: string;
  anchor: string;
  iso: string;
  text: string;
  lang: Lang;
  position: string;
}

export interface Quote {
  lang: Lang;
  position: string;
  /** the line of the sentence's first figure, where `position` links */
  row: string;
  pieces: { text: string; mark: { anchor: string; row: string } | null }[];
}

const isDate = (figure: Figure) => figure.kind === 'date' || figure.kind === 'year';
const NONE: FigureLine['findings'] = [];

/** A part per file with figures, in reading order. */
export function appendixGroups(index: SheetIndex, listed: ReadonlySet<string>): AppendixGroup[] {
  return index.runs.map((figures) => {
    const file = figures[0]?.source.file ?? null;
    const source = index.sourceKeys.get(file);
    const heading = source?.title ?? file ?? 'Text input';
    return {
      anchor: file === null ? 'figures-input' : anchorId('figures', file),
      quotesAnchor: file === null ? 'quotes-input' : anchorId('quotes', file),
      key: source?.key ?? '',
      heading,
      file: heading === file ? null : file,
      sourceAnchor: file !== null && listed.has(file) ? anchorId('source', file) : null,
      lang: source?.lang ?? figures[0]?.lang ?? null,
      count: figures.length,
      figures,
      index,
    };
  });
}

/** The part's figures but dates and years, a line each. */
export function figureLines({ figures, index }: AppendixGroup): FigureLine[] {
  const { lang } = index;
  const kinds = lang === 'zh' ? KIND_LABELS_ZH : KIND_LABELS;
  const qualifiers = lang === 'zh' ? QUALIFIER_WORDS_ZH : QUALIFIER_WORDS;
  const verdicts = lang === 'zh' ? VERDICT_LABELS_ZH : VERDICT_LABELS;
  const lines: FigureLine[] = [];
  // one loop, no object spread: this runs for every figure of a sheet, twice (HTML and Markdown)
  for (const figure of figures) {
    if (isDate(figure)) continue;
    const value = displayValue(figure, lang);
    const claim = index.claims.get(figure.id);
    const n = index.occurrence.get(figure);
    const qualifier = qualifiers[figure.qualifier];
    const thing = figure.noun ?? claim?.statement.subject;
    const found = index.findingsOf.get(figure.id);
    lines.push({
      row: rowAnchor(figure.id, n),
      anchor: figureAnchor(figure.id, n),
      kind: figure.kind,
      value,
      full: fullValue(figure, lang, value) || null,
      // an exact figure's precision is in figures.json; the line shows what a qualifier widens
      interval: figure.qualifier === 'exact' ? null : intervalText(figure) || null,
      text: figure.text,
      lang: figure.lang,
      what: kinds[figure.kind] + (qualifier ? ` · ${qualifier}` : '') + (thing ? ` · ${thing}` : ''),
      period: figure.period ?? claim?.statement.period ?? null,
      role: claim && claim.role !== 'value' ? claim.role : (figure.link?.role ?? null),
      position: shortPointer(figure.source),
      // a verdict once: three checks that hold say no more than one
      findings: found
        ? found
            .filter((f, k) => found.findIndex((g) => g.verdict === f.verdict) === k)
            .map((f) => ({ anchor: f.anchor, verdict: f.verdict, label: verdicts[f.verdict] }))
        : NONE,
      note: figure.note ?? null,
    });
  }
  return lines;
}

/** The part's dates and years, a line each. */
export function dateLines({ figures, index }: AppendixGroup): DateLine[] {
  const lines: DateLine[] = [];
  for (const figure of figures) {
    if (!isDate(figure)) continue;
    const n = index.occurrence.get(figure);
    lines.push({
      row: rowAnchor(figure.id, n),
      anchor: figureAnchor(figure.id, n),
      iso: displayValue(figure, index.lang),
      text: figure.text,
      lang: figure.lang,
      position: shortPointer(figure.source),
    });
  }
  return lines;
}

/** Each sentence of the part once, its figures marked. */
export function quotes({ figures, index }: AppendixGroup): Quote[] {
  const out: Quote[] = [];
  for (let start = 0; start < figures.length;) {
    const first = figures[start] as Figure;
    let end = start + 1;
    while (end < figures.length && (figures[end] as Figure).sentence === first.sentence) end++;
    const members: Member[] = [];
    for (let k = start; k < end; k++) {
      const figure = figures[k] as Figure;
      const n = index.occurrence.get(figure);
      members.push({ text: figure.text, anchor: figureAnchor(figure.id, n), row: rowAnchor(figure.id, n) });
    }
    out.push({
      lang: first.lang,
      position: shortPointer(first.source),
      row: (members[0] as Member).row,
      pieces: markSentence(first.sentence, members),
    });
    start = end;
  }
  return out;
}

type Member = { text: string; anchor: string; row: string };

/**
 * The sentence cut around its figures, left to right, each found after the one before (a
 * sentence may state the same figure twice). A figure not found there (its text was folded
 * differently) is marked after the sentence, so that its anchor is never lost.
 */
function markSentence(sentence: string, members: Member[]): Quote['pieces'] {
  const pieces: Quote['pieces'] = [];
  const lost: Member[] = [];
  let cursor = 0;
  for (const member of members) {
    const span = locateInSentence(sentence.slice(cursor), member.text);
    if (span === null) {
      lost.push(member);
      continue;
    }
    if (span.start > 0) pieces.push({ text: sentence.slice(cursor, cursor + span.start), mark: null });
    pieces.push({
      text: sentence.slice(cursor + span.start, cursor + span.end),
      mark: { anchor: member.anchor, row: member.row },
    });
    cursor += span.end;
  }
  if (cursor < sentence.length) pieces.push({ text: sentence.slice(cursor), mark: null });
  for (const member of lost)
    pieces.push({ text: ' ', mark: null }, { text: member.text, mark: { anchor: member.anchor, row: member.row } });
  return pieces;
}
