import type { MaskedRange } from '../ingest/types.js';
import type { Candidate, Skipped } from './candidate.js';
import type { Sentence } from './sentences.js';

/**
 * Numbers split by inline markup: `<b>12.3</b><b>亿元</b>`, `$<font>1</font><font>2</font>,<font>345</font>
 * million`. Ingest blanks the tags to spaces, so the prose reads "12.3       亿元": a number and a
 * bare scale word, off by 10^8. Before the grammar reads the prose, each tag gap inside a number
 * is moved out of it ("12.3亿元" and the blanks at the next tag), and every offset found in that text is
 * mapped back: a figure's span then runs from its first digit to its last character, tags included.
 */
export interface Joins {
  /** the prose with gaps inside numbers moved out; the prose itself when there were none */
  text: string;
  regions: Region[];
}

/** A stretch of the text whose characters moved: the original offset of each of them. */
interface Region {
  start: number;
  end: number;
  origin: Int32Array;
}

export const NOTE = 'a number written across markup (tags or entities), read as one';

/** Characters a number may end with before a tag gap, or go on with after one. */
const DIGITS = '0123456789〇零一二三四五六七八九十百千万萬亿億';
const AFTER = `${DIGITS},.%元圆圓`;
const SIGNS = '$€£¥';
/** Group and decimal separators, and the spaces an entity decodes to (&nbsp; &thinsp;). */
const SEPARATORS = ',. \u00a0\u2009\u202f';

/** The prose with every tag gap inside a number moved out of it, to the next tag or block. */
export function joinSplitNumbers(prose: string, masked: readonly MaskedRange[] | undefined): Joins {
  const all = masked ?? [];
  const gaps = numberGaps(prose, all);
  if (gaps.length === 0) return { text: prose, regions: [] };
  const regions: Region[] = [];
  // masked ranges that are no gap inside a number, in order: where moved blanks may go
  const elsewhere: MaskedRange[] = [];
  for (let m = 0, g = 0; m < all.length; m++) {
    const range = all[m] as MaskedRange;
    while (g < gaps.length && (gaps[g] as MaskedRange).end <= range.start) g++;
    const gap = gaps[g];
    if (!gap || range.start < gap.start || range.end > gap.end) elsewhere.push(range);
  }
  let k = 0;
  let e = 0;
  while (k < gaps.length) {
    const from = k;
    let end = (gaps[k] as MaskedRange).end;
    // the blanks go where the next tag or block starts, so the words after the number (its unit,
    // "7 450 square metres") follow it as they do on the page; numbers before that go along
    for (;;) {
      while (e < elsewhere.length && (elsewhere[e] as MaskedRange).start < end) e++;
      const stop = blockEnd(prose, end, (elsewhere[e] as MaskedRange | undefined)?.start ?? prose.length);
      const following = gaps[k + 1];
      if (following && following.start < stop) {
        end = following.end;
        k++;
        continue;
      }
      end = stop;
      break;
    }
    k++;
    regions.push(region((gaps[from] as MaskedRange).start, end, gaps.slice(from, k)));
  }
  let text = '';
  let at = 0;
  for (const r of regions) {
    text += prose.slice(at, r.start);
    for (const o of r.origin) text += o < 0 ? ' ' : prose[o];
    at = r.end;
  }
  return { text: text + prose.slice(at), regions };
}

/** Merged markup ranges with a number character before them and one that continues it after. */
function numberGaps(prose: string, masked: readonly MaskedRange[]): MaskedRange[] {
  const gaps: MaskedRange[] = [];
  for (let k = 0; k < masked.length; k++) {
    const m = masked[k] as MaskedRange;
    if (m.reason !== 'markup') continue;
    let end = m.end;
    while (
      k + 1 < masked.length &&
      (masked[k + 1] as MaskedRange).start === end &&
      (masked[k + 1] as MaskedRange).reason === 'markup'
    )
      end = (masked[++k] as MaskedRange).end;
    if (m.start === 0 || prose.slice(m.start, end).includes('\u2029')) continue;
    const before = prose[m.start - 1] as string;
    const after = prose[end] ?? '';
    const digitAfter = after >= '0' && after <= '9';
    // "<b>3</b> million": a tag between a number and the word after it
    const wordAfter = /[A-Za-z%\u4e00-\u9fff]/.test(after);
    const beforeWord = after === ' ' && /[A-Za-z%\u4e00-\u9fff]/.test(prose[end + 1] ?? '');
    // a separator after digits: "2</b>,<b>345", or an entity's padding ("12&nbsp;345", "3&thinsp;518.2&nbsp;bn")
    const separated =
      SEPARATORS.includes(before) && (/\d/.test(prose[m.start - 2] ?? '') || gaps.at(-1)?.end === m.start - 1);
    const joins =
      (DIGITS.includes(before) && ((AFTER.includes(after) && after !== '') || beforeWord)) ||
      (separated && (digitAfter || (before !== ',' && before !== '.' && wordAfter))) ||
      (SIGNS.includes(before) && digitAfter);
    if (joins) gaps.push({ start: m.start, end, reason: 'markup' });
  }
  return gaps;
}

/** The region's characters with its gaps left out, then as many blanks (-1) as the gaps held. */
function region(start: number, end: number, gaps: MaskedRange[]): Region {
  const origin = new Int32Array(end - start).fill(-1);
  let n = 0;
  let g = 0;
  for (let i = start; i < end; i++) {
    while (g < gaps.length && i >= (gaps[g] as MaskedRange).end) g++;
    const gap = gaps[g];
    if (gap && i >= gap.start && i < gap.end) continue;
    origin[n++] = i;
  }
  return { start, end, origin };
}

/** The first block boundary from `from`, or `limit`. */
function blockEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && text.charCodeAt(i) !== 0x2029) i++;
  return i;
}

/** Maps a joined offset back; `end` offsets map from the character before them. */
function original(regions: Region[], offset: number, end: boolean): number {
  for (const r of regions) {
    if (offset < r.start) break;
    if (end ? offset > r.start && offset <= r.end : offset < r.end) {
      const k = end ? offset - 1 - r.start : offset - r.start;
      // blanks moved to the region's end map to where the region ends
      const o = r.origin[k] ?? -1;
      return o < 0 ? (end ? r.end : r.start) : end ? o + 1 : o;
    }
  }
  return offset;
}

/** Every offset the scan found, mapped back to the prose; figures that spanned a gap say so. */
export function mapBack(joins: Joins, candidates: Candidate[], skipped: Skipped[], sentences: Sentence[]): void {
  const { regions } = joins;
  if (regions.length === 0) return;
  const moveCandidate = (c: Candidate): void => {
    const length = c.end - c.start;
    c.start = original(regions, c.start, false);
    c.end = original(regions, c.end, true);
    if (c.end - c.start > length && !c.note) c.note = NOTE;
  };
  for (const c of candidates) {
    moveCandidate(c);
    if (c.ends) for (const e of c.ends) moveCandidate(e);
  }
  for (const s of [...skipped, ...sentences]) {
    s.start = original(regions, s.start, false);
    s.end = original(regions, s.end, true);
  }
}
