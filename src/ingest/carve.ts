import { htmlBlockType } from './html-block-start.js';

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
