import type { Candidate } from './candidate.js';
import { en } from './lang/en.js';

/** Scale words long enough that a cut-off start of one is recognisable: "trilli", "bil", "thous". */
const LONG_SCALES = [...new Set(en.scales.map(([w]) => w.toLowerCase()).filter((w) => w.length >= 5))];

/**
 * A text cut off right after a number, in the middle of its scale word ("RMB2.15 trilli" closing
 * an excerpt): the scale is unknown, so the value is too. The figure keeps its span, loses its
 * value and says why.
 */
export function markCutOff(text: string, c: Candidate, limit: number): void {
  // a scale word follows the digits, never a unit read after them ("a 20-dollar bill")
  const code = text.charCodeAt(c.end - 1);
  if (c.value === null || text.charCodeAt(c.end) !== 0x20 || code < 0x30 || code > 0x39) return;
  let i = c.end + 1;
  while (i < limit && isLetter(text.charCodeAt(i))) i++;
  // most numbers go on with a word and more text: nothing is sliced for them
  if (i - c.end - 1 < 2 || !endsText(text, i, limit)) return;
  const word = text.slice(c.end + 1, i).toLowerCase();
  const scale = LONG_SCALES.find((s) => s.length > word.length && s.startsWith(word));
  if (!scale) return;
  c.value = null;
  c.note = `the text is cut off after the number ("${text.slice(c.end + 1, i)}…", a cut "${scale}"?): its scale, so its value, is unknown`;
}

const isLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** Nothing but white space or an ellipsis from `pos` to the end of the text or block. */
function endsText(text: string, pos: number, limit: number): boolean {
  for (let i = pos; i < limit; i++) {
    const ch = text[i] as string;
    if (ch === '\u2029' || ch === '\n') return true;
    if (ch !== ' ' && ch !== '\r' && ch !== '\t' && ch !== '…' && ch !== '.') return false;
  }
  return true;
}
