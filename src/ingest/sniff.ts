import type { DocumentFormat } from './types.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
};

/** A whole HTML document: a doctype or <html> first (after whitespace, comments, an XML declaration). */
const HTML_DOCUMENT = /^(?:\s|<!--[\s\S]{0,2000}?-->|<\?xml[^>]{0,200}>)*<(?:!doctype\s+html|html[\s>])/i;

/**
 * Signs of Markdown or HTML: a tag, an entity, a link or definition, a code fence or span, an ATX
 * heading, a backslash escape. Text without any is plain text, whose ingest is nearly free; with
 * them it goes through the Markdown parser, which also reads plain text right. Every branch is
 * bounded, so the test is linear.
 */
const MARKUP_SIGNS =
  /<[A-Za-z!/?]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|\]\(|\]\[|^ {0,3}(?:#{1,6}[ \t]|```|~~~|\[[^\]\n]{1,200}\]:)|`|\\[!-/:-@[-`{-~]/m;

/** The format of a document: the file's extension when it names one, else its content. */
export function sniffFormat(
  text: string,
  file: string | null,
  hasFrontMatter: boolean,
  bodyStart: number,
): DocumentFormat {
  const extension = file?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const declared = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (declared) return declared;
  if (HTML_DOCUMENT.test(text.slice(bodyStart, bodyStart + 4096))) return 'html';
  return hasFrontMatter || MARKUP_SIGNS.test(text) ? 'markdown' : 'text';
}

/** Container markers (`>`, list bullets) at the start of one line beyond which Markdown is refused. */
const MAX_CONTAINERS = 16;
/** An indentation this deep before a list marker means lists nested past any article's needs. */
const MAX_LIST_INDENT = 48;
/** Brackets, emphasis marks and backticks in one paragraph beyond which inline parsing is refused. */
const MAX_INLINE_MARKS = 2000;

/**
 * Whether remark-parse can read the text in about linear time. micromark is quadratic in how
 * deep containers nest and in the brackets and emphasis marks of one paragraph
 * (docs/performance.md); a text beyond these limits, which no article comes near, is read as
 * HTML instead, with a warning.
 */
export function isTractableMarkdown(text: string): boolean {
  let marks = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    let column = 0;
    let containers = 0;
    let deep = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        column += c === 0x09 ? 4 : 1;
        i++;
        continue;
      }
      const marker = markerLength(text, i);
      if (marker === 0) break;
      containers++;
      deep ||= column >= MAX_LIST_INDENT;
      i += marker;
    }
    // markers and nothing after them are a thematic break (`- - - - -`), not nesting
    if ((containers > MAX_CONTAINERS || deep) && i < lineEnd) return false;
    if (i >= lineEnd) marks = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if ((c === 0x5b || c === 0x2a || c === 0x5f || c === 0x60) && ++marks > MAX_INLINE_MARKS) return false;
    }
    lineStart = lineEnd + 1;
  }
  return true;
}

const isGap = (c: number): boolean => c === 0x20 || c === 0x09;

/** Length of a container marker at `i`: `>`, a bullet or `12.` / `12)` before a space; 0 if none. */
function markerLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x3e) return 1;
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && isGap(text.charCodeAt(i + 1))) return 1;
  let k = i;
  while (k - i < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
  const after = text.charCodeAt(k);
  return k > i && (after === 0x2e || after === 0x29) && isGap(text.charCodeAt(k + 1)) ? k + 1 - i : 0;
}
