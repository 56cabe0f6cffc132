import type { MarkupProse } from './markup-prose.js';

/** `&amp;`, `&#12345;`, `&#x4E2D;`, `&nbsp` (HTML decodes some names without the semicolon). */
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?/y;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * Reveals a parser's text node: `text[start, end)` in the source decoded to `value`.
 * Characters that stand for themselves are copied; an entity's decoded character goes on its
 * `&` and the rest of the entity is blanked (so lengths stay equal); a Markdown backslash escape
 * blanks the backslash and keeps the character; whatever the parser dropped (continuation
 * indentation, a CR, a tag that parse5 merged text across) is blanked. One pass, linear.
 *
 *     source: 3&nbsp;000 \* 2        value: "3\u00a0000 * 2"
 *     prose:  3·     000  * 2        (· = U+00A0 on the `&`)
 */
export function revealAligned(b: MarkupProse, start: number, end: number, value: string): void {
  const text = b.text;
  if (end - start === value.length && text.startsWith(value, start)) {
    b.reveal(start, end);
    return;
  }
  let i = start;
  let j = 0;
  // a run of identical characters is revealed in one call
  let run = start;
  const flush = (): void => {
    if (run < i) b.reveal(run, i);
  };
  while (i < end && j < value.length) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      if (m && i + m[0].length <= end && !value.startsWith(m[0], j)) {
        flush();
        const units = isHighSurrogate(value.charCodeAt(j)) ? 2 : 1;
        const after = entityEnd(text, i, m[0], value, j + units, end);
        b.put(i, value.charCodeAt(j));
        if (units === 2 && i + 1 < after) b.put(i + 1, value.charCodeAt(j + 1));
        b.blank(i + Math.min(units, after - i), after, 'markup');
        i = after;
        j += units;
        run = i;
        continue;
      }
    }
    // a lone CR is a line end that HTML parsers turn into LF: it stands for itself
    if (c === value.charCodeAt(j) || (c === 0x0d && value.charCodeAt(j) === 0x0a)) {
      i++;
      j++;
      continue;
    }
    flush();
    if (c === 0x5c && text.charCodeAt(i + 1) === value.charCodeAt(j)) {
      b.blank(i, i + 1, 'markup');
      i++;
    } else if (c === 0x3c) {
      // a tag the parser merged text across: skip it whole, not letter by letter
      const close = text.indexOf('>', i);
      const stop = close === -1 || close >= end ? i + 1 : close + 1;
      b.blank(i, stop, 'markup');
      i = stop;
    } else {
      b.blank(i, i + 1, 'markup');
      i++;
    }
    run = i;
  }
  flush();
  if (i < end) b.blank(i, end, 'markup');
}

/**
 * Where an entity that the parser decoded ends. With its semicolon that is certain. Without it
 * (`&copy2021`, `&nbsp000`) HTML took a known name that the pattern above may overrun: names are
 * letters but for a few (`&frac12`), so try the end of the letters first, then the whole match,
 * keeping the first after which the source goes on as the value does.
 */
function entityEnd(text: string, at: number, match: string, value: string, next: number, end: number): number {
  const whole = at + match.length;
  if (match.endsWith(';') || match[1] === '#' || next >= value.length) return whole;
  const want = value.charCodeAt(next);
  let letters = at + 1;
  while (letters < whole && /[A-Za-z]/.test(text[letters] as string)) letters++;
  if (letters < end && text.charCodeAt(letters) === want) return letters;
  return whole;
}
