import { intervalOf } from '../normalize/index.js';
import type { Figure, FigureKind, FigureLink, Qualifier } from '../types.js';

/** A figure of a rule example: what the extractor would read, in a few fields. */
export interface ExampleFigure {
  text: string;
  value: number | null;
  kind: FigureKind;
  unit?: string;
  noun?: string;
  qualifier?: Qualifier;
  period?: string;
  /** power of ten of the last stated digit; by default read from `text` as the extractor does */
  place?: number;
  /** a link to another figure of the same call, by index */
  link?: [FigureLink['type'], FigureLink['role'], number];
}

const SCALED = /bn|billion|million|mn|trillion|thousand|[亿萬万千百]|\d\s*[mkKMB]\b/;

/**
 * The power of ten of the last stated digit, as the extractor reads it: "800" → 0, "3.26" → -2;
 * after a scale word the lowest non-zero digit of the value ("$2.1bn" → 8, "€4bn" → 9).
 */
function placeOf(text: string, value: number): number {
  if (SCALED.test(text) && value !== 0) {
    for (let p = 15; p > -10; p--) {
      const scaled = value / 10 ** p;
      if (Math.round(scaled) !== 0 && Math.abs(scaled - Math.round(scaled)) < 1e-9) return p;
    }
  }
  const decimals = /\d[\d,]*\.(\d+)/.exec(text)?.[1];
  return decimals ? -decimals.length : 0;
}

/**
 * The figures of one sentence for a rule's examples, as the extractor gives them: each text is
 * found in the sentence in order, `offset` is where the sentence starts in `file`, ids are
 * `<file>#<offset of the figure>`.
 */
export function example(file: string, sentence: string, specs: ExampleFigure[], offset = 0): Figure[] {
  const lang = /[\u4e00-\u9fff]/.test(sentence) ? 'zh' : 'en';
  let cursor = 0;
  const starts = specs.map((spec) => {
    const at = sentence.indexOf(spec.text, cursor);
    if (at < 0) throw new Error(`example: "${spec.text}" is not in "${sentence}"`);
    cursor = at + spec.text.length;
    return offset + at;
  });
  const idOf = (k: number): string => `${file}#${starts[k]}`;
  return specs.map((spec, k): Figure => {
    const start = starts[k] as number;
    const qualifier = spec.qualifier ?? 'exact';
    const dated = spec.kind === 'year' || spec.kind === 'date';
    const figure: Figure = {
      id: idOf(k),
      text: spec.text,
      value: spec.value,
      unit: spec.unit ?? '',
      kind: spec.kind,
      noun: spec.noun ?? null,
      qualifier,
      interval: dated || spec.value === null ? null : intervalOf(spec.value, spec.place ?? placeOf(spec.text, spec.value), qualifier),
      iso: null,
      lang,
      sentence,
      source: { file, start, end: start + spec.text.length, line: 1, column: start + 1 },
    };
    if (spec.period) figure.period = spec.period;
    if (spec.link) figure.link = { type: spec.link[0], role: spec.link[1], other: idOf(spec.link[2]) };
    return figure;
  });
}
