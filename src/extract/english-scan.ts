import type { Candidate } from './candidate.js';
import { enPronounDeterminers, enStreetWords } from './lang/en.js';
import { isWordChar } from './lexicon.js';
import { isDigit, VULGAR_FRACTIONS, type NumberCore } from './numbers.js';
import type { GrammarContext } from './grammar-base.js';
import { englishMonths, languages } from './lang/compiled.js';

/** English decisions `scan.ts` makes about a whole figure: pronoun "one", restatements, ½. */

const determiners = new Set(enPronounDeterminers);

/** "the one you mentioned", "the old one": a bare "one" after a determiner, with nothing counted. */
export function isPronounOne(text: string, figure: Candidate, core: NumberCore, floor: number): boolean {
  if (
    core.value !== 1 ||
    core.form !== 'words' ||
    figure.unit !== '' ||
    figure.noun !== null ||
    figure.end !== core.end
  )
    return false;
  if (figure.kind !== 'count') return false;
  // the determiner may stand one adjective away: "this one", "the old one"
  let end = core.start;
  for (let words = 0; words < 2; words++) {
    while (end > floor && text[end - 1] === ' ') end--;
    let w = end;
    while (w > floor && isWordChar(text.charCodeAt(w - 1))) w--;
    if (w === end) return false;
    if (determiners.has(text.slice(w, end).toLowerCase())) return true;
    end = w;
  }
  return false;
}

/** "forty-five (45)", "seven (7) days": the bracketed digits restate the figure before them. */
export function dropRestatements(text: string, found: Candidate[]): Candidate[] {
  // most sentences restate nothing: no new list for them
  for (let k = 1; k < found.length; k++) {
    if (restates(text, found[k - 1], found[k] as Candidate))
      return found.filter((c, j) => !restates(text, found[j - 1], c));
  }
  return found;
}

function restates(text: string, prev: Candidate | undefined, c: Candidate): boolean {
  if (!prev || prev.value === null || c.value !== prev.value) return false;
  return /^\s*\($/.test(text.slice(prev.end, c.start)) && text[c.end] === ')';
}

/** "½ teaspoon", "¾ of voters": a fraction character standing alone. */
export function readVulgarFraction(
  ctx: GrammarContext,
  pos: number,
  extend: (core: NumberCore) => Candidate | undefined,
): Candidate | undefined {
  const value = VULGAR_FRACTIONS.get(ctx.text[pos] ?? '');
  if (value === undefined || isDigit(ctx.text.charCodeAt(pos - 1))) return undefined;
  return extend({ start: pos, end: pos + 1, value, place: -3, form: 'fraction', grouped: false, fraction: true });
}

/**
 * A bare number right after a capitalised word inside the sentence names a model, a law or a
 * route ("Boeing 737", "Article 50", "Chapter 11"), and "221B Baker Street" is an address.
 */
export function isEnglishName(ctx: GrammarContext, core: NumberCore, c: Candidate): boolean {
  const { text, floor } = ctx;
  if (
    c.kind !== 'count' ||
    c.unit !== '' ||
    c.qualifier !== 'exact' ||
    core.form !== 'digits' ||
    core.grouped ||
    core.place !== 0
  )
    return false;
  // "221B Baker Street": an unsettled weak scale before a capitalised word
  if (c.scale !== 1 && /^[A-Za-z]{1,2}$/.test(text.slice(core.end, c.end))) {
    let i = c.end;
    while (text[i] === ' ') i++;
    if (/[A-Z]/.test(text[i] ?? '') && i > c.end) return true;
  }
  if (c.scale === 1 && houseNumber(text, c.end)) return true;
  if (c.scale !== 1 || c.start !== core.start || text[core.start - 1] !== ' ') return false;
  let w = core.start - 1;
  while (w > floor && /[A-Za-z&]/.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, core.start - 1);
  // an index or a body in capitals names it too ("the FTSE 100", "S&P 500"), unless the text
  // around is in capitals (a headline: "FIRM CUTS 500 JOBS")
  const acronym = /^[A-Z][A-Z&]{1,5}$/.test(word) && !/^ ?[A-Z]{2}/.test(text.slice(c.end, c.end + 3));
  // a product's name may start in lower case: "iPhone 15", "iPad 10"
  const named = /^(?:[A-Z][a-z]+|[a-z]+[A-Z][a-z]+)$/.test(word);
  if (w <= floor || !(named || acronym) || englishMonths.match(word, 0, true)) return false;
  // the word must not open the sentence after a quote or bracket either
  const before = text[w - 1];
  return before === ' ' && !/[.:;!?"“(]/.test(text[w - 2] ?? '');
}

const streetWords = new Set(enStreetWords);

/**
 * "12 Baker Street", "4 Privet Drive": capitalised words after the number, then a street word,
 * then no noun ("3 Oxford Street shops" counts shops).
 */
function houseNumber(text: string, end: number): boolean {
  // a capitalised word must follow: most figures are passed by two character tests
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== 0x20 || next < 0x41 || next > 0x5a) return false;
  const m = /^((?: [A-Z][a-z]+){1,3})(?: ([a-z]+))?/.exec(text.slice(end, end + 64));
  const words = m?.[1]?.trim().split(' ') ?? [];
  const after = m?.[2];
  return (
    words.length >= 2 &&
    streetWords.has(words[words.length - 1] as string) &&
    (after === undefined || languages.en.nounStops.has(after))
  );
}

/** "Boeing 787-9", "Form 10-K": a name's number runs on over a hyphen and what is glued to it. */
export function nameRunsOn(text: string, end: number): number {
  let e = end;
  while (text[e] === '-' && isWordChar(text.charCodeAt(e + 1))) {
    e++;
    while (isWordChar(text.charCodeAt(e))) e++;
  }
  return e;
}
