/*
 * Cutting the words around figures by index: the reader does this for every figure, and a
 * global replace or a split and join costs far more than a look at a few characters.
 */

/** What `\s` matches, by char code: ASCII spaces, no-break and other Unicode spaces, line and paragraph separators, BOM. */
const SPACE = new Uint8Array(0x10000);
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  SPACE[code] = 1;
SPACE.fill(1, 0x2000, 0x200b);

/** `words` with each run of spaces one space; most words have only single ones, and are kept. */
export function collapse(words: string): string {
  for (let k = 0; k < words.length; k++) {
    const code = words.charCodeAt(k);
    // past the end, NaN indexes nothing: no space
    if (SPACE[code] === 1 && (code !== 0x20 || SPACE[words.charCodeAt(k + 1)] === 1)) return words.replace(/\s+/g, ' ');
  }
  return words;
}

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

/** The words before the first digit of `words`. */
export function upToDigit(words: string): string {
  const digit = words.search(/\d/);
  return digit < 0 ? words : words.slice(0, digit);
}
