import { MAX_FURNITURE_CHARS, isFurniture } from './furniture.js';
import { type Prose, SEPARATOR, isSpace } from './prose.js';

/** A line narrower than this (in columns, a CJK character taking two) stands alone. */
const SHORT = 60;
/** Nor is a line wider than this a hard wrap: wrapping tools stop at 72–100 columns. */
const WIDE = 120;
/** Sentence-final punctuation; a line ending in it ends its paragraph. */
const FINAL = new Set([...'.!?。！？…'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"\'”’」』）)】》'].map((c) => c.charCodeAt(0)));
/** A line starting like this starts a list item. */
const BULLET = /^(?:[•·▪‣◦●■□◆▶►*+\-–—][ \t]|\d{1,3}[.)、．][ \t]?|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** The characters BULLET can start with: most lines are passed over without a regex. */
const MAY_START_ITEM = new Set([...'•·▪‣◦●■□◆▶►*+-–—0123456789（(一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

/**
 * The line rule for plain text and Markdown paragraphs: a newline becomes a block boundary
 * (U+2029 in place of the `\n`) when the line before it is short, too wide to be hard-wrapped,
 * ends a sentence or is empty, or when the line after it is blank, a list item or furniture.
 * Other newlines are soft wraps inside a paragraph and stay. Each line is read at most twice.
 */
export function markLineBreaks(b: Prose, start: number, end: number, furniture: boolean): void {
  const text = b.text;
  let lineStart = start;
  for (let p = text.indexOf('\n', start); p !== -1 && p < end; p = text.indexOf('\n', p + 1)) {
    if (b.code(p) === 0x0a && endsBlock(b, lineStart, p, end, furniture)) b.separate(p);
    lineStart = p + 1;
  }
}

function endsBlock(b: Prose, from: number, p: number, end: number, furniture: boolean): boolean {
  let last = p - 1;
  while (last >= from && isSpace(b.code(last))) last--;
  if (last < from) return true;
  let next = p + 1;
  while (next < end && isIndent(b.code(next))) next++;
  if (next >= end || b.code(next) === 0x0a || b.code(next) === SEPARATOR) return true;
  let k = last;
  while (k > from && CLOSERS.has(b.code(k))) k--;
  if (FINAL.has(b.code(k))) return true;
  let first = from;
  while (isSpace(b.code(first))) first++;
  if (last - first + 1 > WIDE) return true;
  const w = width(b, first, last + 1);
  if (w < SHORT || w > WIDE) return true;
  const text = b.text;
  if (MAY_START_ITEM.has(b.code(next)) && BULLET.test(text.slice(next, next + 6))) return true;
  if (!furniture) return false;
  // a dateline or a button label under a title that happens to be as wide as a wrapped line
  let nextEnd = text.indexOf('\n', next);
  if (nextEnd === -1 || nextEnd > end) nextEnd = end;
  return nextEnd - next <= MAX_FURNITURE_CHARS * 2 && isFurniture(b.slice(next, nextEnd).replace(/\s+/g, ' '));
}

const isIndent = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000;

/** Columns of `[from, to)`: East Asian wide characters take two. */
function width(b: Prose, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += isWide(b.code(i)) ? 2 : 1;
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
