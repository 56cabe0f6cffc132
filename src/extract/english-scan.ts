import type { Candidate } from './candidate.js';
import { enNegators, enPronounDeterminers } from './lang/en.js';
import { isWordChar } from './lexicon.js';
import { isDigit, VULGAR_FRACTIONS, type NumberCore } from './numbers.js';
import type { GrammarContext } from './grammar.js';

/** English decisions `scan.ts` makes about a whole figure: pronoun "one", restatements, ½. */

const determiners = new Set(enPronounDeterminers);
export const negators = new Set(enNegators);

/** "the one you mentioned", "this one": a bare "one" after a determiner, with nothing counted. */
export function isPronounOne(text: string, figure: Candidate, core: NumberCore, floor: number): boolean {
  if (core.value !== 1 || core.form !== 'words' || figure.unit !== '' || figure.noun !== null || figure.end !== core.end) return false;
  if (figure.kind !== 'count') return false;
  let i = core.start - 1;
  while (i > floor && text[i] === ' ') i--;
  let w = i + 1;
  while (w > floor && isWordChar(text.charCodeAt(w - 1))) w--;
  return determiners.has(text.slice(w, i + 1).toLowerCase());
}

/** "forty-five (45)", "seven (7) days": the bracketed digits restate the figure before them. */
export function dropRestatements(text: string, found: Candidate[]): Candidate[] {
  if (found.length < 2) return found;
  return found.filter((c, k) => {
    const prev = found[k - 1];
    if (!prev || prev.value === null || c.value !== prev.value) return true;
    const gap = text.slice(prev.end, c.start);
    return !(/^\s*\($/.test(gap) && text[c.end] === ')');
  });
}

/** "½ teaspoon", "¾ of voters": a fraction character standing alone. */
export function readVulgarFraction(ctx: GrammarContext, pos: number, extend: (core: NumberCore) => Candidate | undefined): Candidate | undefined {
  const value = VULGAR_FRACTIONS.get(ctx.text[pos] ?? '');
  if (value === undefined || isDigit(ctx.text.charCodeAt(pos - 1))) return undefined;
  return extend({ start: pos, end: pos + 1, value, place: -3, form: 'fraction', grouped: false, fraction: true });
}
