/**
 * Raw blocks (HTML, indented code) carved out of Markdown before remark-parse sees it, by a line
 * scanner that mirrors micromark's block rules (micromark-core-commonmark: html-flow,
 * code-indented, content) for top-level blocks; why: docs/performance.md. Wherever those rules
 * need more than it tracks (block quotes, lists, fences, the odd case below) it gives up and
 * remark-parse reads the whole text as before.
 */

export interface RawBlock {
  /** the mdast node remark-parse would make: `html`, or `code` (indented) */
  kind: 'html' | 'code';
  /** `[start, end)` in the text, as that node's position */
  start: number;
  end: number;
  /** where it stands in the carving's `markdown`: before every node that starts there or later */
  at: number;
  /** what turns an offset in `markdown` past `at` into one in the text */
  shift: number;
}

export interface Carving {
  /**
   * The text between the raw blocks, blank stretches left out, a blank line and one PLACEHOLDER
   * for the blocks between two stretches. Empty when only blank lines are left.
   */
  markdown: string;
  blocks: RawBlock[];
}

/**
 * What stands in for raw blocks: an HTML block (type 2) that opens and closes on its line. Like
 * them it interrupts a paragraph, ends indented code and leaves the next line to start afresh.
 */
export const PLACEHOLDER = '<!---->';

/**
 * The state at a line start: whether a paragraph is open (a type 7 HTML block cannot interrupt
 * one, an indented line continues one), or 'unsure' after a setext underline under what may be
 * link definitions only, where micromark is not worth modelling.
 */
type Context = 'fresh' | 'paragraph' | 'unsure';

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
/** Names that open a type 1 HTML block, which ends at the line holding their end tag. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const RAW_END_TAG = /<\/(?:pre|script|style|textarea)>/gi;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^([*_-])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** The characters a thematic break or setext underline is made of. */
const RULE_CHARS = new Set([0x2a, 0x2d, 0x3d, 0x5f]);
/** `>`, a bullet or an ordered list marker: a container, beyond this scanner. */
const CONTAINER_START = /^(?:>|[*+-](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$))/;
const FENCE = /^(?:`{3}|~{3})/;
const LINE_ENDING = /[\n\r]/g;
const BLANK = /^[ \t\n\r]*$/;

/**
 * The raw blocks of `text` and the Markdown around them, or null when the scanner cannot be
 * sure of the block structure. Linear: each line is read once, each raw block's end found by one
 * search.
 */
export function carveRawBlocks(text: string): Carving | null {
  // micromark leaves a BOM out of its offsets
  if (text.charCodeAt(0) === 0xfeff) return null;
  const blocks: RawBlock[] = [];
  let context: Context = 'fresh';
  // the open paragraph starts with `[`: it may be link definitions only
  let mayBeDefinitions = false;
  for (let line = 0; line < text.length;) {
    const end = lineEnd(text, line);
    const { column, first } = indentation(text, line, end);
    if (first === end) {
      context = 'fresh';
      line = nextLine(text, end);
      continue;
    }
    if (column >= 4) {
      // in a paragraph an indented line continues it; anywhere else it starts indented code
      if (context === 'unsure') return null;
      if (context === 'paragraph') {
        line = nextLine(text, end);
        continue;
      }
      const codeEnd = indentedCodeEnd(text, end);
      blocks.push({ kind: 'code', start: line, end: codeEnd, at: 0, shift: 0 });
      line = nextLine(text, codeEnd);
      continue;
    }
    const rest = text.slice(first, Math.min(end, first + 16));
    const html = text.charCodeAt(first) === 0x3c ? htmlBlockType(text, first, end) : 0;
    if (html === 7 && context === 'unsure') return null;
    if (html !== 0 && (html !== 7 || context === 'fresh')) {
      const blockEnd = html >= 6 ? untilBlankLine(text, end) : untilEndMarker(text, html, first);
      blocks.push({ kind: 'html', start: line, end: blockEnd, at: 0, shift: 0 });
      context = 'fresh';
      line = nextLine(text, blockEnd);
      continue;
    }
    const rule = RULE_CHARS.has(text.charCodeAt(first)) ? text.slice(first, end) : '';
    if (ATX_HEADING.test(rest) || THEMATIC_BREAK.test(rule)) context = 'fresh';
    else if (CONTAINER_START.test(rest) || FENCE.test(rest)) return null;
    else if (context !== 'fresh' && SETEXT_UNDERLINE.test(rule))
      context = mayBeDefinitions || context === 'unsure' ? 'unsure' : 'fresh';
    else if (context === 'fresh') {
      context = 'paragraph';
      mayBeDefinitions = text.charCodeAt(first) === 0x5b;
    }
    line = nextLine(text, end);
  }
  return { markdown: joinMarkdown(text, blocks), blocks };
}

/** The Markdown around `blocks`, their `at` and `shift` set. */
function joinMarkdown(text: string, blocks: RawBlock[]): string {
  let markdown = '';
  let placed = 0;
  const place = (upTo: number, shift: number): void => {
    for (; placed < upTo; placed++) Object.assign(blocks[placed] as RawBlock, { at: markdown.length, shift });
  };
  for (let k = 0; k <= blocks.length; k++) {
    const from = blocks[k - 1]?.end ?? 0;
    const to = blocks[k]?.start ?? text.length;
    if (BLANK.test(text.slice(from, to))) continue;
    // each stretch starts with the line ending after a block and ends with one before the next;
    // a blank line ends a paragraph where the blocks did (micromark need not check whether the
    // placeholder interrupts it)
    if (markdown !== '' && placed < k) markdown += `\n\n${PLACEHOLDER}`;
    place(k, from - markdown.length);
    markdown += text.slice(from, to);
  }
  place(blocks.length, 0);
  return markdown;
}

function lineEnd(text: string, from: number): number {
  LINE_ENDING.lastIndex = from;
  return LINE_ENDING.test(text) ? LINE_ENDING.lastIndex - 1 : text.length;
}

/** The start of the line after the one ending at `end` (CRLF, LF or CR). */
function nextLine(text: string, end: number): number {
  return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

/** The columns of a line's leading spaces and tabs (tab stops of 4) and where its content starts. */
function indentation(text: string, line: number, end: number): { column: number; first: number } {
  let column = 0;
  let i = line;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) column++;
    else if (c === 0x09) column += 4 - (column % 4);
    else break;
  }
  return { column, first: i };
}

/**
 * Indented code goes on over blank lines to the last line indented 4 columns or more, that line
 * included even when it is only whitespace.
 */
function indentedCodeEnd(text: string, firstEnd: number): number {
  let codeEnd = firstEnd;
  for (let end = firstEnd; end < text.length;) {
    const line = nextLine(text, end);
    end = lineEnd(text, line);
    const { column, first } = indentation(text, line, end);
    if (column >= 4) codeEnd = end;
    else if (first !== end) break;
  }
  return codeEnd;
}

/** HTML blocks of types 6 and 7 end before a blank line (or the end of the text). */
function untilBlankLine(text: string, firstEnd: number): number {
  let blockEnd = firstEnd;
  while (blockEnd < text.length) {
    const line = nextLine(text, blockEnd);
    const end = lineEnd(text, line);
    if (indentation(text, line, end).first === end) break;
    blockEnd = end;
  }
  return blockEnd;
}

/**
 * HTML blocks of types 1–5 end with the line holding their end marker, or run to the end of the
 * text, line endings included. Each search starts where micromark starts looking: `<!-->` and
 * `<?>` close at once.
 */
function untilEndMarker(text: string, type: number, at: number): number {
  let marker: number;
  if (type === 1) {
    RAW_END_TAG.lastIndex = at;
    marker = RAW_END_TAG.exec(text)?.index ?? -1;
  } else if (type === 2) marker = text.indexOf('-->', at + 2);
  else if (type === 3) marker = text.indexOf('?>', at + 1);
  else if (type === 4) marker = text.indexOf('>', at + 3);
  else marker = cdataEnd(text, at + 9);
  return marker === -1 ? text.length : lineEnd(text, marker);
}

/** A CDATA block ends at `]]>`; micromark misses it after an odd run of `]` (`]]]>`). */
function cdataEnd(text: string, from: number): number {
  for (let gt = text.indexOf('>', from); gt !== -1; gt = text.indexOf('>', gt + 1)) {
    let run = 0;
    while (gt - run - 1 >= from && text.charCodeAt(gt - run - 1) === 0x5d) run++;
    if (run >= 2 && run % 2 === 0) return gt;
  }
  return -1;
}

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
