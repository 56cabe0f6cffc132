/*
 * Cutting the words around figures by index: the reader does this for every figure, and a
 * global replace or a split and join costs far more than a look at a few characters.
 */

/** What `\s` matches: ASCII spaces, no-break and other Unicode spaces, line and paragraph separators, BOM. */
const isSpace = (code: number): boolean =>
  code < 0x80
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000 ||
      code === 0xfeff;

/** `words` with each run of spaces one space; most words have only single ones, and are kept. */
export function collapse(words: string): string {
  for (let k = 0; k < words.length; k++) {
    const code = words.charCodeAt(k);
    if (code === 0x20 ? isSpace(words.charCodeAt(k + 1)) : isSpace(code)) return words.replace(/\s+/g, ' ');
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
