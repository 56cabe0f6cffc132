/*
 * Cutting the words around figures by index: the reader does this for every figure, and a
 * global replace or a split and join costs far more than a look at a few characters.
 */

/** A run of spaces that is not one plain space: replacing only those leaves most words as they are. */
const UNEVEN_SPACE = /\s\s+|[^\S ]/g;

/** `words` with each run of spaces one space. */
export const collapse = (words: string): string => words.replace(UNEVEN_SPACE, ' ');

/** `words` without the marks in `open` it opens with and those in `close` it ends with. */
export function trimMarks(words: string, open: string, close: string): string {
  let from = 0;
  let to = words.length;
  while (from < to && open.includes(words.charAt(from))) from++;
  while (to > from && close.includes(words.charAt(to - 1))) to--;
  return words.slice(from, to);
}

/** The last `n` words of `text`, whose words are parted by single spaces. */
export function lastWords(text: string, n: number): string {
  let at = text.length;
  for (let k = 0; k < n; k++) {
    do at--;
    while (at >= 0 && text.charCodeAt(at) !== 0x20);
    if (at < 0) return text;
  }
  return text.slice(at + 1);
}

/** The first `n` words of `text`, whose words are parted by single spaces. */
export function firstWords(text: string, n: number): string {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at);
}

/** Where the first ASCII digit (what `\d` matches) of `words` stands, or -1. */
export function firstDigit(words: string): number {
  for (let k = 0; k < words.length; k++) {
    const code = words.charCodeAt(k);
    if (code >= 0x30 && code <= 0x39) return k;
  }
  return -1;
}

/** The words before the first digit of `words`. */
export function upToDigit(words: string): string {
  const digit = firstDigit(words);
  return digit < 0 ? words : words.slice(0, digit);
}
