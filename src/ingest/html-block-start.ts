/*
 * Where an HTML block starts in Markdown, as CommonMark's html-flow rules say (the seven start
 * conditions, micromark-core-commonmark), and whether a line is one complete open or close tag.
 */

/** Lowercase names that open a type 6 HTML block (micromark-util-html-tag-name). */
const BLOCK_NAMES = new Set([
  'address',
  'article',
  'aside',
  'base',
  'basefont',
  'blockquote',
  'body',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hr',
  'html',
  'iframe',
  'legend',
  'li',
  'link',
  'main',
  'menu',
  'menuitem',
  'nav',
  'noframes',
  'ol',
  'optgroup',
  'option',
  'p',
  'param',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'track',
  'ul',
]);

const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const isAlphanumeric = (c: number): boolean => isAlpha(c) || (c >= 0x30 && c <= 0x39);

/** The type (1–7) of the HTML block that a line opens at `at` (its `<`), or 0 for none. */
export function htmlBlockType(text: string, at: number, end: number): number {
  const char = (k: number): number => (k < end ? text.charCodeAt(k) : -1);
  let i = at + 1;
  const c = char(i);
  if (c === 0x21) {
    const d = char(i + 1);
    if (d === 0x2d) return char(i + 2) === 0x2d ? 2 : 0;
    if (d === 0x5b) return text.startsWith('CDATA[', i + 2) && i + 8 <= end ? 5 : 0;
    return isAlpha(d) ? 4 : 0;
  }
  if (c === 0x3f) return 3;
  const closing = c === 0x2f;
  if (closing) i++;
  if (!isAlpha(char(i))) return 0;
  const nameStart = i;
  while (isAlphanumeric(char(i)) || char(i) === 0x2d) i++;
  const after = char(i);
  if (!(after === -1 || after === 0x2f || after === 0x3e || isSpace(after))) return 0;
  const name = text.slice(nameStart, i).toLowerCase();
  if (!closing && after !== 0x2f && RAW_NAMES.has(name)) return 1;
  if (BLOCK_NAMES.has(name)) return after !== 0x2f || char(i + 1) === 0x3e ? 6 : 0;
  return isCompleteTagLine(text, i, end, closing) ? 7 : 0;
}

// the states of micromark's complete-tag automaton, named after its functions

const BEFORE = 0;

const NAME = 1;

const NAME_AFTER = 2;

const VALUE_BEFORE = 3;

const UNQUOTED = 4;

const QUOTED_AFTER = 5;

/**
 * A type 7 start: the rest of a tag that began before `i`, then only spaces to the line's end.
 * micromark's automaton step by step, its quirks kept: `/` ends an unquoted value, so
 * `<a href=/x>` is no tag but `<a b=/>` is, and `<a b=c=d>` is one.
 */
function isCompleteTagLine(text: string, i: number, end: number, closing: boolean): boolean {
  const char = (k: number): number => (k < end ? text.charCodeAt(k) : -1);
  if (closing) while (isSpace(char(i))) i++;
  let state = closing ? -1 : BEFORE;
  while (state !== -1) {
    const c = char(i);
    if (state === BEFORE) {
      if (c === 0x3a || c === 0x5f || isAlpha(c)) {
        state = NAME;
        i++;
      } else if (isSpace(c)) i++;
      else {
        // `/` may only come right before the `>`
        if (c === 0x2f) i++;
        state = -1;
      }
    } else if (state === NAME) {
      if (c === 0x2d || c === 0x2e || c === 0x3a || c === 0x5f || isAlphanumeric(c)) i++;
      else state = NAME_AFTER;
    } else if (state === NAME_AFTER) {
      if (c === 0x3d) {
        state = VALUE_BEFORE;
        i++;
      } else if (isSpace(c)) i++;
      else state = BEFORE;
    } else if (state === VALUE_BEFORE) {
      if (c === -1 || c === 0x3c || c === 0x3d || c === 0x3e || c === 0x60) return false;
      if (c === 0x22 || c === 0x27) {
        // the closing quote on this line: a search past it would make many such lines quadratic
        do i++;
        while (i < end && text.charCodeAt(i) !== c);
        if (i === end) return false;
        i++;
        state = QUOTED_AFTER;
      } else if (isSpace(c)) i++;
      else state = UNQUOTED;
    } else if (state === UNQUOTED) {
      if (
        c === -1 ||
        c === 0x22 ||
        c === 0x27 ||
        c === 0x2f ||
        c === 0x3c ||
        c === 0x3d ||
        c === 0x3e ||
        c === 0x60 ||
        isSpace(c)
      )
        state = NAME_AFTER;
      else i++;
    } else {
      if (!(c === 0x2f || c === 0x3e || isSpace(c))) return false;
      state = BEFORE;
    }
  }
  if (char(i) !== 0x3e) return false;
  i++;
  while (isSpace(char(i))) i++;
  return i === end;
}

/** Names that open a type 1 HTML block, which ends at the line holding their end tag. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;
