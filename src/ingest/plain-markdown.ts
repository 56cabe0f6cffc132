import type { Heading, Html, Link, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { PLACEHOLDER } from './carve.js';
import { htmlBlockType } from './html-block-start.js';

/**
 * The Markdown that carving leaves is mostly plain: a title line, often a link with a long
 * address, underlined as a heading, placeholders for the carved blocks, paragraphs of prose.
 * micromark is slow on it (docs/performance.md), so this reader makes the same mdast nodes
 * remark-parse would, positions included, for text built of only:
 *
 * - paragraphs of plain lines: no character that can start inline syntax (`\` `` ` `` `*` `_`
 *   `<` `&` `[` `]`, `![`), no line that could start or end a block (a first character of
 *   `# > - + * = _ ~ `, an ordered-list marker, an HTML block start, four columns of
 *   indentation, a tab, trailing whitespace, which may be a hard break);
 * - inline links `[label](address)` inside them, the label plain, the address with no space,
 *   parenthesis, `<`, `>`, `\` or `&`; inline HTML tags; `&` that starts no character reference;
 * - ATX headings `# text` without a closing sequence, and setext headings whose underline is
 *   followed by a blank line;
 * - the carving's placeholder lines.
 *
 * Anything else, anywhere in the text, gives null: remark-parse reads it as before.
 */

/** A character that may start inline syntax, or a tab or control character micromark rewrites. */
const INLINE_SPECIAL = /[\\`*_<&[\]\t\r\0]/;
/** `[label](address)`: what `INLINE_SPECIAL` stops at, when it is a plain inline link. */
const SIMPLE_LINK = /\[([^\\`*_<&[\]\t\r\0\n]+)\]\(([^\s()<>\\&\0]+)\)/y;
/**
 * An inline HTML tag on one line, as micromark's html-text reads it: an unquoted attribute value
 * ends at `/`, which must then close the tag.
 */
const INLINE_TAG =
  /<(?:[A-Za-z][A-Za-z0-9-]*(?: +[A-Za-z_:][A-Za-z0-9_.:-]*(?: *= *(?:"[^"\n]*"|'[^'\n]*'|[^ \t\n"'=<>`][^ \t\n"'=<>`/]*))?)* *\/?|\/[A-Za-z][A-Za-z0-9-]* *)>/y;
/** What makes `&` a character reference (micromark then checks the name): left to remark-parse. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** The first character of a line that may open or close a block instead of continuing a paragraph. */
const BLOCK_START = /^(?:[#>\-+*=_~`]|[0-9]{1,9}[.)](?:[ \t]|$))/;
const ATX_HEADING = /^(#{1,6}) +(?=[^ ])/;
const SETEXT_UNDERLINE = /^(?:=+|-+)$/;

interface Line {
  /** offsets of the line's first character and of its end (the `\n` or the text's end) */
  start: number;
  end: number;
  /** 1-based */
  number: number;
}

/** The top-level mdast nodes of `markdown`, as remark-parse makes them, or null when it is not plain. */
export function readPlainMarkdown(markdown: string): RootContent[] | null {
  const lines: Line[] = [];
  for (let start = 0, number = 1; start <= markdown.length; number++) {
    const newline = markdown.indexOf('\n', start);
    const end = newline === -1 ? markdown.length : newline;
    lines.push({ start, end, number });
    start = end + 1;
  }
  const nodes: RootContent[] = [];
  for (let k = 0; k < lines.length;) {
    const line = lines[k] as Line;
    const text = markdown.slice(line.start, line.end);
    const indent = leadingSpaces(text);
    if (indent === text.length) {
      k++;
      continue;
    }
    if (indent > 3 || text.endsWith(' ')) return null;
    if (text === PLACEHOLDER) {
      nodes.push({ type: 'html', value: PLACEHOLDER, position: span(line, 0, line, text.length) } satisfies Html);
      k++;
      continue;
    }
    const atx = ATX_HEADING.exec(text.slice(indent));
    if (atx) {
      const from = indent + atx[0].length;
      if (text.endsWith('#')) return null;
      const children = inlines(markdown, [line], [from]);
      if (!children) return null;
      nodes.push({
        type: 'heading',
        depth: (atx[1] as string).length as Heading['depth'],
        children,
        position: span(line, indent, line, text.length),
      } satisfies Heading);
      k++;
      continue;
    }
    const paragraph = paragraphAt(markdown, lines, k);
    if (!paragraph) return null;
    const { block, offsets, depth } = paragraph;
    k = paragraph.next;
    const children = inlines(markdown, block, offsets);
    if (!children) return null;
    const first = block[0] as Line;
    const last = block.at(-1) as Line;
    if (depth === null) {
      nodes.push({
        type: 'paragraph',
        children,
        position: span(first, offsets[0] as number, last, last.end - last.start),
      } satisfies Paragraph);
    } else {
      const underline = lines[k] as Line;
      nodes.push({
        type: 'heading',
        depth,
        children,
        position: span(first, offsets[0] as number, underline, underline.end - underline.start),
      } satisfies Heading);
      k++;
    }
  }
  return nodes;
}

/**
 * A paragraph from line `k`: its lines up to a blank line, or up to an underline that makes it a
 * heading (`depth`), each line's indent, and the line after it (the underline's, for a heading).
 * Null when a line may open a block or break the paragraph in ways micromark decides.
 */
function paragraphAt(
  markdown: string,
  lines: Line[],
  k: number,
): { block: Line[]; offsets: number[]; depth: 1 | 2 | null; next: number } | null {
  const block: Line[] = [];
  const offsets: number[] = [];
  for (; k < lines.length; k++) {
    const next = lines[k] as Line;
    const content = markdown.slice(next.start, next.end);
    const lead = leadingSpaces(content);
    if (lead === content.length) break;
    if (content.endsWith(' ')) return null;
    if (block.length > 0 && lead === 0 && SETEXT_UNDERLINE.test(content)) {
      // the underline must end the block, or the next line would need micromark's rules
      const after = lines[k + 1];
      if (after && markdown.slice(after.start, after.end).trim() !== '') return null;
      return { block, offsets, depth: content.startsWith('=') ? 1 : 2, next: k };
    }
    if (BLOCK_START.test(content.slice(lead))) return null;
    // an HTML block may start a paragraph's first line; only types 1–6 interrupt one
    if (content.charCodeAt(lead) === 0x3c) {
      const type = htmlBlockType(markdown, next.start + lead, next.end);
      if (type !== 0 && (block.length === 0 || type < 7)) return null;
    }
    block.push(next);
    offsets.push(lead);
  }
  return { block, offsets, depth: null, next: k };
}

/**
 * The phrasing content of `lines`, each read from its column in `from`: text and plain inline
 * links. Null when some other inline syntax may be there.
 */
function inlines(markdown: string, lines: Line[], from: number[]): PhrasingContent[] | null {
  const children: PhrasingContent[] = [];
  // the text node being built: where it starts, and its value (continuation indents left out)
  let textStart: { line: Line; column: number } | null = null;
  let value = '';
  const closeText = (line: Line, column: number): void => {
    if (textStart && value !== '')
      children.push({
        type: 'text',
        value,
        position: span(textStart.line, textStart.column, line, column),
      } satisfies Text);
    textStart = null;
    value = '';
  };
  // a text that runs up to a continuation line's content ends with the line ending before it:
  // the line's indent is in no node
  const textEnd = (k: number, column: number): number => (k > 0 && column === from[k] ? 0 : column);
  for (const [k, line] of lines.entries()) {
    let column = from[k] as number;
    const previous = lines[k - 1];
    if (previous) {
      // the line ending belongs to the text that goes on over it, which starts with it after a link
      textStart ??= { line: previous, column: previous.end - previous.start };
      value += '\n';
    }
    const content = markdown.slice(line.start, line.end);
    while (column < content.length) {
      textStart ??= { line, column };
      const rest = content.slice(column);
      const special = rest.search(INLINE_SPECIAL);
      if (special === -1) {
        value += rest;
        column = content.length;
        break;
      }
      value += rest.slice(0, special);
      column += special;
      const char = content.charCodeAt(column);
      if (char === 0x26) {
        REFERENCE.lastIndex = column;
        if (REFERENCE.test(content)) return null;
        value += '&';
        column++;
        continue;
      }
      const inline = char === 0x3c ? tagAt(content, line, column) : linkAt(content, line, column);
      if (!inline) return null;
      closeText(line, textEnd(k, column));
      children.push(inline.node);
      column += inline.length;
    }
  }
  const last = lines.at(-1) as Line;
  closeText(last, last.end - last.start);
  return children;
}

/** The inline HTML tag at `column` of a line, or null when micromark would read it otherwise. */
function tagAt(content: string, line: Line, column: number): { node: Html; length: number } | null {
  INLINE_TAG.lastIndex = column;
  const tag = INLINE_TAG.exec(content);
  if (!tag) return null;
  const length = tag[0].length;
  return { node: { type: 'html', value: tag[0], position: span(line, column, line, column + length) }, length };
}

/** The plain inline link at `column` (a `[`), or null for an image or any other bracket. */
function linkAt(content: string, line: Line, column: number): { node: Link; length: number } | null {
  if (content.charCodeAt(column) !== 0x5b || content.charCodeAt(column - 1) === 0x21) return null;
  SIMPLE_LINK.lastIndex = column;
  const link = SIMPLE_LINK.exec(content);
  if (!link) return null;
  const label = link[1] as string;
  const length = link[0].length;
  const labelText: Text = {
    type: 'text',
    value: label,
    position: span(line, column + 1, line, column + 1 + label.length),
  };
  return {
    node: {
      type: 'link',
      title: null,
      url: link[2] as string,
      children: [labelText],
      position: span(line, column, line, column + length),
    },
    length,
  };
}

function leadingSpaces(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === 0x20) n++;
  return n;
}

/** The position from column `a` of line `from` to column `b` of line `to` (0-based columns). */
function span(from: Line, a: number, to: Line, b: number): NonNullable<Text['position']> {
  return {
    start: { line: from.number, column: a + 1, offset: from.start + a },
    end: { line: to.number, column: b + 1, offset: to.start + b },
  };
}
