import type { FigureKind, Lang, NonFigureReason, Qualifier } from '../types.js';

/**
 * A figure as the grammar finds it in one text, before it gets an id, a sentence and a source
 * pointer. Offsets are into the text the grammar read.
 */
export interface Candidate {
  start: number;
  end: number;
  value: number | null;
  unit: string;
  kind: FigureKind;
  noun: string | null;
  qualifier: Qualifier;
  /** power of ten of the last stated digit, after scale words: €3.7bn → 8 */
  place: number;
  /** the scale word's factor, so a bare range start can borrow it ("3-4 million") */
  scale: number;
  /** the scale word read inside a numeral (五万, five million): a range start borrows it (3至5万), a list does not (3或4万吨 may be 3) */
  innerScale?: number;
  iso: string | null;
  lang: Lang;
  note?: string;
  period?: string;
  /** the other end of a transition ("from €3.7bn to €9.1bn") or of a range of two whole figures */
  link?: { type: 'range' | 'transition'; role: 'from' | 'to' | 'low' | 'high'; other: Candidate; trigger?: string };
  /** a whole stated range ("between 3 and 5 km"): its values, low first; `value` is null */
  range?: [number, number];
  /** the two ends of a whole stated range, in reading order; they are no figures of their own */
  ends?: [Candidate, Candidate];
}

/** A numeral that is not a figure, with the reason (`extract --explain`). */
export interface Skipped {
  start: number;
  end: number;
  reason: NonFigureReason;
}

/** A figure with no unit, noun or scale, exact, stated to its last digit: a count, a rank, a date, a year. */
export function plainCandidate(
  start: number,
  end: number,
  value: number | null,
  kind: FigureKind,
  lang: Lang,
  iso: string | null = null,
): Candidate {
  return { start, end, value, unit: '', kind, noun: null, qualifier: 'exact', place: 0, scale: 1, iso, lang };
}
