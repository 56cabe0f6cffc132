import { extractText } from '../../../src/pipeline.js';

/** What a test compares of a figure: its text, value, unit and, when set, qualifier, period and note. */
export interface Seen {
  text: string;
  kind: string;
  value: number | null;
  unit: string;
  qualifier?: string;
  period?: string;
  note?: string;
}

/** The figures of a plain text (either language), as `extract --jsonl` gives them. */
export function figures(text: string): Seen[] {
  return extractText(text).map((f) => ({
    text: f.text,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    ...(f.qualifier !== 'exact' ? { qualifier: f.qualifier } : {}),
    ...(f.period ? { period: f.period } : {}),
    ...(f.note ? { note: f.note } : {}),
  }));
}

/** Text and value of each figure: the pair a mis-scale gets wrong. */
export const values = (text: string): Array<[string, number | null]> => extractText(text).map((f) => [f.text, f.value]);
