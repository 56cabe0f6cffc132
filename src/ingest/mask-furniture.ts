import { MAX_FURNITURE_CHARS, STAMP_RUN, coreOf, isFurnitureCore, isTimestamp } from './furniture.js';
import { type Prose, isSpace } from './prose.js';

/** A block whose content spans more than this (blanked markup included) is never examined. */
const MAX_SPAN = 2000;
/** A block ending in one of these is a sentence or a caption, never furniture. */
const SENTENCE_END = new Set([...'.!?。！？…'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"\'”’」』）)'].map((c) => c.charCodeAt(0)));

/**
 * Masks the blocks of prose (text between separators) that are page furniture, outside tables.
 * Returns the first lone timestamp, the dateline a page without metadata may carry; it is not
 * masked (it is a date figure of its own). Long blocks and sentences are passed over after a
 * few character reads; only short blocks become strings.
 */
export function maskFurniture(b: Prose): string | undefined {
  const length = b.text.length;
  const exempt = pairs(b.exempt);
  let e = 0;
  let coveredTo = -1;
  let stamp: string | undefined;
  for (let start = 0; start <= length;) {
    let end = b.nextSeparator(start);
    if (end === -1) end = length;
    let first = start;
    let last = end - 1;
    while (first < end && isSpace(b.code(first))) first++;
    while (last > first && isSpace(b.code(last))) last--;
    if (first < end && last - first < MAX_SPAN && !endsSentence(b, first, last) && fewCharacters(b, first, last + 1)) {
      while (e < exempt.length && (exempt[e] as [number, number])[0] <= first)
        coveredTo = Math.max(coveredTo, (exempt[e++] as [number, number])[1]);
      const block = b.slice(first, last + 1).replace(/\s+/g, ' ');
      if (block.length <= MAX_FURNITURE_CHARS && first >= coveredTo) {
        const core = coreOf(block);
        if (isTimestamp(core)) stamp ??= block;
        else if (isFurnitureCore(core)) maskAroundStamp(b, first, last + 1);
      }
    }
    start = end + 1;
  }
  return stamp;
}

/**
 * Masks a furniture block but for the date and time it gives ("Published: 7 May 2021 09:12",
 * 发布时间：2016-8-29 15:01:39): a labelled dateline is a date figure like a lone one.
 */
function maskAroundStamp(b: Prose, from: number, to: number): void {
  const stamp = STAMP_RUN.exec(b.slice(from, to));
  if (!stamp || !/\d/.test(stamp[0])) {
    b.maskProse(from, to, 'furniture');
    return;
  }
  const start = from + stamp.index;
  const end = start + stamp[0].length;
  if (start > from) b.maskProse(from, start, 'furniture');
  if (end < to) b.maskProse(end, to, 'furniture');
}

function endsSentence(b: Prose, first: number, last: number): boolean {
  let k = last;
  while (k > first && CLOSERS.has(b.code(k))) k--;
  return SENTENCE_END.has(b.code(k));
}

/** At most MAX_FURNITURE_CHARS characters that are not spaces: a cheap test before building a string. */
function fewCharacters(b: Prose, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(b.code(i)) && ++n > MAX_FURNITURE_CHARS) return false;
  return true;
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) out.push([flat[k] as number, flat[k + 1] as number]);
  return out.sort((x, y) => x[0] - y[0]);
}
