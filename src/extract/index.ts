import { hash } from 'node:crypto';
import type { IngestedDocument } from '../ingest/types.js';
import { LineIndex } from '../location.js';
import type { Figure, NonFigure, SourcePointer } from '../types.js';
import type { Candidate } from './candidate.js';
import type { DateOrder } from './dates.js';
import { explainNumerals } from './explain.js';
import { scan } from './scan.js';
import type { Sentence } from './sentences.js';

/** A figure before normalization: no interval yet, and the stated precision to derive it from. */
export type ExtractedFigure = Omit<Figure, 'interval'> & {
  /** power of ten of the last stated digit (€3.7bn → 8) */
  place: number;
};

export interface Extraction {
  figures: ExtractedFigure[];
  /** numerals that are not figures, with the reason; filled when `explain` is asked for */
  nonFigures: NonFigure[];
}

export interface ExtractOptions {
  dateOrder?: DateOrder | null;
  explain?: boolean;
}

/** Longest quote kept around a figure: a 5 MB line without full stops must not be copied per figure. */
const MAX_SENTENCE = 400;

/** Every figure in a document, with its source pointer, sentence and a stable id. */
export function extractDocument(doc: IngestedDocument, options: ExtractOptions = {}): Extraction {
  const { candidates, skipped, sentences, sentenceOf } = scan(doc.prose, { dateOrder: options.dateOrder ?? null });
  const lines = new LineIndex(doc.text);
  const fileName = doc.file === null ? 'text' : (doc.file.split(/[\\/]/).pop() ?? doc.file);
  const pointer = (start: number, end: number): SourcePointer => {
    const { line, column } = lines.locate(start);
    const p: SourcePointer = { file: doc.file, start, end, line, column };
    if (doc.byteOffset) {
      p.byteStart = doc.byteOffset(start);
      p.byteEnd = doc.byteOffset(end);
    }
    return p;
  };
  const seen = new Map<string, number>();
  // a sentence with many figures is quoted once (unless it is long and quoted in windows)
  const quoted = new Map<number, string>();
  const figures = candidates.map((c, k): ExtractedFigure => {
    const index = sentenceOf[k] ?? 0;
    const s = sentences[index];
    let sentence = quoted.get(index);
    if (sentence === undefined) {
      sentence = quote(doc.prose, s, c);
      if (s && s.end - s.start <= MAX_SENTENCE) quoted.set(index, sentence);
    }
    const text = doc.text.slice(c.start, c.end);
    // the id hashes what the figure says and where in its sentence, never its offset, so
    // editing another paragraph leaves it unchanged
    const key = `${c.kind}\u0000${text}\u0000${sentence}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const digest = hash('sha1', `${key}\u0000${n}`, 'hex').slice(0, 8);
    return toFigure(c, `${fileName}#${digest}`, text, sentence, pointer(c.start, c.end));
  });
  // links were indices into the candidate list; now they can name ids
  candidates.forEach((c, k) => {
    const figure = figures[k];
    const other = c.link ? figures[c.link.other] : undefined;
    if (figure && c.link && other) figure.link = { type: c.link.type, role: c.link.role, other: other.id, ...(c.link.trigger ? { trigger: c.link.trigger } : {}) };
  });
  const nonFigures = options.explain ? explainNumerals(doc, candidates, skipped, pointer) : [];
  return { figures, nonFigures };
}

function toFigure(c: Candidate, id: string, text: string, sentence: string, source: SourcePointer): ExtractedFigure {
  const figure: ExtractedFigure = {
    id,
    text,
    value: c.value,
    unit: c.unit,
    kind: c.kind,
    noun: c.noun,
    qualifier: c.qualifier,
    iso: c.iso,
    lang: c.lang,
    sentence,
    source,
    place: c.place,
  };
  if (c.period) figure.period = c.period;
  if (c.note) figure.note = c.note;
  if (c.range) figure.range = c.range;
  return figure;
}

/** The sentence with white space folded; a window around the figure when it is very long. */
function quote(prose: string, sentence: Sentence | undefined, c: Candidate): string {
  if (!sentence) return '';
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > MAX_SENTENCE) {
    // a window centred on the figure; a figure longer than the window (5 MB of digits) is cut too
    const middle = Math.floor((c.start + Math.min(c.end, c.start + MAX_SENTENCE)) / 2);
    start = Math.max(start, middle - MAX_SENTENCE / 2);
    end = Math.min(end, middle + MAX_SENTENCE / 2);
  }
  const body = prose.slice(start, end).replace(/[\s\u2029]+/g, ' ').trim();
  return `${start > sentence.start ? '…' : ''}${body}${end < sentence.end ? '…' : ''}`;
}
