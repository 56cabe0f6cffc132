import type { MaskedRange } from './types.js';

/** PARAGRAPH SEPARATOR: a block boundary in `prose`, always on a blanked or blank position. */
export const BLOCK_SEPARATOR = '\u2029';
export const SEPARATOR = 0x2029;

/** The reasons ingest blanks text for (the others in NonFigureReason belong to extract). */
export type MaskReason = 'markup' | 'url' | 'comment' | 'front-matter' | 'code' | 'furniture';

/** Whitespace a separator may replace: it carries nothing a figure could need. */
export const isBlank = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === SEPARATOR;
/** Whitespace for trimming and folding, NBSP and the ideographic space included. */
export const isSpace = (c: number): boolean => isBlank(c) || c === 0xa0 || c === 0x3000 || c === 0x2028;

/**
 * `prose` under construction, as the passes after parsing see it (line rule, URLs, furniture).
 * Two implementations: MarkupProse for parsed formats, TextProse for plain text, where prose is
 * the text itself plus a few edits and must cost next to nothing.
 */
export interface Prose {
  readonly text: string;
  /** `[start, end)` pairs where blocks are data, not furniture (table cells) */
  readonly exempt: number[];
  /** the prose character code at `i` as it stands */
  code(i: number): number;
  /** `prose.slice(from, to)` as it stands */
  slice(from: number, to: number): string;
  /** the first separator at or after `from`, -1 if none */
  nextSeparator(from: number): number;
  /** puts a separator on the newline at `i`; called in increasing order of `i` */
  separate(i: number): void;
  isProse(i: number): boolean;
  /** blanks the prose positions of `[start, end)` */
  maskProse(start: number, end: number, reason: MaskReason): void;
  toString(): string;
  /** blanked ranges, sorted and disjoint */
  masked(): MaskedRange[];
}

/** Listed masks: sorted, overlaps clipped, touching same-reason ranges joined. */
export function mergeRanges(list: readonly MaskedRange[]): MaskedRange[] {
  const out: MaskedRange[] = [];
  for (const m of [...list].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) {
      if (m.reason === last.reason) last.end = Math.max(last.end, m.end);
      else if (m.end > last.end) out.push({ start: last.end, end: m.end, reason: m.reason });
    } else out.push({ ...m });
  }
  return out;
}
