import { MAX_FURNITURE_CHARS, coreOf, isFurniture, isTimestamp } from './furniture.js';
import { SEPARATOR, type ProseBuilder, isSpace } from './prose-builder.js';

/** A block whose content spans more than this (blanked markup included) is never examined. */
const MAX_SPAN = 2000;

/**
 * Masks the blocks of `prose` (text between separators) that are page furniture, outside tables.
 * Returns the first lone timestamp, the dateline a page without metadata may carry; it is not masked.
 * Long blocks cost two `indexOf` calls and nothing else.
 */
export function maskFurniture(b: ProseBuilder): string | undefined {
  const codes = b.codes;
  const exempt = pairs(b.exempt);
  let e = 0;
  let coveredTo = -1;
  let stamp: string | undefined;
  for (let start = 0; start <= codes.length; ) {
    let end = codes.indexOf(SEPARATOR, start);
    if (end === -1) end = codes.length;
    let first = start;
    let last = end - 1;
    while (first < end && isSpace(codes[first] as number)) first++;
    while (last > first && isSpace(codes[last] as number)) last--;
    if (first < end && last - first < MAX_SPAN && fewCharacters(codes, first, last + 1)) {
      while (e < exempt.length && (exempt[e] as [number, number])[0] <= first) coveredTo = Math.max(coveredTo, (exempt[e++] as [number, number])[1]);
      const block = String.fromCharCode(...codes.subarray(first, last + 1)).replace(/\s+/g, ' ');
      if (block.length <= MAX_FURNITURE_CHARS && first >= coveredTo) {
        // a lone timestamp is the page's dateline: a date figure of its own, so it stays prose
        if (isTimestamp(coreOf(block))) stamp ??= block;
        else if (isFurniture(block)) b.maskProse(first, last + 1, 'furniture');
      }
    }
    start = end + 1;
  }
  return stamp;
}

/** At most MAX_FURNITURE_CHARS characters that are not spaces: a cheap test before building a string. */
function fewCharacters(codes: Uint16Array, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(codes[i] as number) && ++n > MAX_FURNITURE_CHARS) return false;
  return true;
}

function pairs(flat: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) out.push([flat[k] as number, flat[k + 1] as number]);
  return out.sort((x, y) => x[0] - y[0]);
}
