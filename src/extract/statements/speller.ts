import type { StatementWords } from './words.js';

/*
 * How a language's statement words become regular expressions: escaped, spaced as the language
 * writes them, alternated grouped by first character, guarded against the longer words that hold
 * them, anchored before or after a figure.
 */

export const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLength = (list: string[]): string[] => [...list].sort((a, b) => b.length - a.length);

/** How one language's words become patterns: spelled, alternated and anchored as it writes them. */
export interface Speller {
  flags: string;
  gap: string;
  /** a word edge, where words stand apart */
  b: string;
  never: RegExp;
  /** the words as one alternation, longest first, no edges */
  alt: (list: string[]) => string;
  /** the words as whole words, grouped by first character (see `alternation`) */
  word: (list: string[]) => string;
  /** one of the words ending the text before a figure, then `tail` */
  ending: (list: string[], tail?: string) => RegExp;
  /** one of the words opening the text after a figure */
  opening: (list: string[]) => RegExp;
}

export function spellerOf(words: StatementWords): Speller {
  const flags = words.spaced ? 'i' : '';
  const gap = words.spaced ? '\\s+' : '\\s*';
  const b = words.spaced ? '\\b' : '';
  const never = /(?!)/;
  const spell = (w: string): string => escape(w).replace(/ /g, gap);
  // not the word where it is part of a longer one that means something else (共 of 公共)
  const guard = (w: string): string =>
    words.compounds
      .filter((c) => c !== w && c.includes(w))
      .map((c) => {
        const at = c.indexOf(w);
        return `(?!(?<=${spell(c.slice(0, at))})${spell(c.slice(at))})`;
      })
      .join('');
  // a word is whole when letters do not run on; "(" and "—" have no word edge of their own
  const word = (list: string[]): string =>
    alternation(
      list,
      gap,
      words.spaced,
      (w) => (/^\w/.test(w) ? b : ''),
      (w) => (/\w$/.test(w) ? b : ''),
      guard,
    );
  return {
    flags,
    gap,
    b,
    never,
    alt: (list) => byLength(list).map(spell).join('|'),
    word,
    ending: (list, tail = '') => (list.length ? new RegExp(`(${word(list)})${tail}\\s*[,，:：]?\\s*$`, flags) : never),
    opening: (list) => (list.length ? new RegExp(`^\\s*[,，、:：;；]?\\s*(${word(list)})`, flags) : never),
  };
}

/**
 * Words as one alternation, longest first, grouped by their first character: a pattern then tries
 * a group only where its character stands, not each word at each position. Words that start with
 * different characters never match at one place, so the word that matches is the one it was.
 * `edge` goes before a word (a word edge, a look back) and `end` after it; spaces match `gap`.
 */
export function alternation(
  list: string[],
  gap: string,
  ignoreCase: boolean,
  edge: (w: string) => string,
  end: (w: string) => string,
  guard: (w: string) => string = () => '',
): string {
  const sorted = byLength(list);
  // one edge for every word is said once, before them all
  const shared = sorted.every((w) => edge(w) === edge(sorted[0] ?? '')) ? edge(sorted[0] ?? '') : null;
  const groups = new Map<string, { head: string; rests: string[] }>();
  const keyOf = (first: string): string => (ignoreCase ? first.toLowerCase() : first);
  // a word with a guard of its own, and every word that starts as it does, stands alone, longest first
  const guarded = new Set(sorted.filter((w) => guard(w) !== '').map((w) => keyOf(w.charAt(0))));
  sorted.forEach((w, k) => {
    const first = w.charAt(0);
    // a space opening a word (" while ") is the gap, and the rest opens with what follows it
    const head = (shared === null ? edge(w) : '') + guard(w) + (first === ' ' ? gap : escape(first));
    const rest = escape(w.slice(1)).replace(/ /g, gap) + end(w);
    // a mark, spaces that run on, or a letter beyond ASCII whose case may fold with another's stands alone
    const alone =
      escape(first) !== first ||
      w.startsWith('  ') ||
      (ignoreCase && first.charCodeAt(0) >= 0x80) ||
      guarded.has(keyOf(first));
    const key = alone ? `#${k}` : keyOf(first);
    const group = groups.get(key);
    if (group) group.rests.push(rest);
    else groups.set(key, { head, rests: [rest] });
  });
  const body = [...groups.values()].map(({ head, rests }) => `${head}(?:${rests.join('|')})`).join('|');
  return `${shared ?? ''}(?:${body})`;
}
