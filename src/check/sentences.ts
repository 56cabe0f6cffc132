import type { Figure } from '../types.js';

/** A figure and where its text stands in its sentence (`at` is -1 when it cannot be found). */
export interface Placed {
  figure: Figure;
  at: number;
  end: number;
}

/** The figures of one sentence, in text order, and the sentence's approximate span in the file. */
export interface SentenceFigures {
  file: string | null;
  text: string;
  figures: Placed[];
  /** offsets in the file of the sentence's first and last character, estimated from its figures */
  start: number;
  end: number;
}

/**
 * Sentences at most this many characters apart are adjacent: the white space after a full stop,
 * not a paragraph break ("\n\n") or markup between blocks.
 */
const ADJACENT_GAP = 1;

/** How far folded white space may make an estimated sentence end fall short of the real one. */
const FOLD_SLACK = 16;

const fold = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * The figures of all files grouped by sentence, ordered by file and offset. Figures carry their
 * sentence's text but not its offset, so the offset is estimated from where a figure's text
 * stands in the sentence:
 *
 *     file:      … 3万平方米的机库进行分拣和发运。菜鸟正在申请许可证，将其仓库面积扩大两倍以上 …
 *                                               ^ start = figure.start - at   ^ figure.start
 */
export function sentencesOf(figures: Figure[]): SentenceFigures[] {
  const sorted = [...figures].sort(
    (a, b) => compareFiles(a.source.file, b.source.file) || a.source.start - b.source.start || b.source.end - a.source.end || compareFiles(a.id, b.id),
  );
  const out: SentenceFigures[] = [];
  let current: SentenceFigures | undefined;
  // where the previous figure stood; figures may overlap, so the next one is looked for from just
  // after the previous one's start, or at it when they start together
  let previous = { start: -1, at: -1 };
  for (const figure of sorted) {
    // an identical sentence further on (a repeated caption) is another sentence
    const sameSentence =
      current && current.file === figure.source.file && current.text === figure.sentence && figure.source.start <= current.end + FOLD_SLACK;
    if (!current || !sameSentence) {
      current = { file: figure.source.file, text: figure.sentence, figures: [], start: figure.source.start, end: figure.source.end };
      out.push(current);
      previous = { start: -1, at: -1 };
    }
    const from = figure.source.start === previous.start ? previous.at : previous.at + 1;
    const text = fold(figure.text);
    const at = figure.sentence.indexOf(text, Math.max(0, from));
    const end = at < 0 ? -1 : at + text.length;
    if (at >= 0) previous = { start: figure.source.start, at };
    current.figures.push({ figure, at, end });
    if (current.figures.length === 1 && at >= 0) current.start = figure.source.start - at;
    current.end = at >= 0 ? figure.source.end + (figure.sentence.length - end) : Math.max(current.end, figure.source.end);
  }
  return out;
}

/** Files in name order, text without a file first. */
export function compareFiles(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The sentence right before `index` in the same paragraph, if it has figures. */
export function previousSentence(sentences: SentenceFigures[], index: number): SentenceFigures | undefined {
  const current = sentences[index];
  const previous = sentences[index - 1];
  if (!current || !previous || previous.file !== current.file) return undefined;
  return current.start - previous.end <= ADJACENT_GAP ? previous : undefined;
}

/** Up to `n` characters of the sentence before a placed figure ('' when it was not found). */
export function textBefore(s: SentenceFigures, p: Placed, n = 24): string {
  return p.at < 0 ? '' : s.text.slice(Math.max(0, p.at - n), p.at);
}

/** Up to `n` characters of the sentence after a placed figure. */
export function textAfter(s: SentenceFigures, p: Placed, n = 24): string {
  return p.at < 0 ? '' : s.text.slice(p.end, p.end + n);
}
