import type { FactSheet } from '../types.js';
import type { AppendixGroup } from './appendix.js';
import { createFactsheetTemplate, slotMarker, SLOTS, type Slot } from './handlebars.js';
import { buildView, type SheetView, type ViewOptions } from './view-model.js';

export type HtmlOptions = ViewOptions;

/** The two forms of the sheet. */
export type SheetFormat = 'html' | 'markdown';

/** A piece of the page: text as it is, or a source's part of an appendix, rendered when written. */
export type PagePiece = string | { slot: Slot; group: AppendixGroup; format: SheetFormat };

/** The page cut around its appendices' parts, which can then be rendered as they are written (`renderGroups`). */
export interface HtmlParts {
  before: string;
  groups: PagePiece[];
  after: string;
}

// Compiled on first use and kept: the template is immutable once built.
let template: ReturnType<typeof createFactsheetTemplate> | undefined;

/**
 * The printable fact sheet: one self-contained HTML page, no script, a CSP that forbids loading
 * anything, every piece of source text escaped. Same sheet → same bytes.
 */
export function renderHtml(sheet: FactSheet, options: HtmlOptions = {}): string {
  return [...renderHtmlChunks(sheet, options)].join('');
}

/**
 * The same page in pieces. A sheet of 100,000 figures is hundreds of MB of HTML; written piece
 * by piece it is never one string (Handlebars would build it by concatenation, and writing it
 * would flatten it).
 */
export function* renderHtmlChunks(sheet: FactSheet, options: HtmlOptions = {}): Generator<string> {
  yield* partsText(htmlParts(sheet, options));
}

/** factsheet.md: the same sheet in Markdown, for a CMS or a pull request. */
export function renderMarkdown(sheet: FactSheet, options: HtmlOptions = {}): string {
  return [...markdownChunks(sheet, options)].join('');
}

/** renderMarkdown in pieces, to be written as they come. */
export function* markdownChunks(sheet: FactSheet, options: HtmlOptions = {}): Generator<string> {
  yield* partsText(htmlParts(sheet, options, 'markdown'));
}

/** The page with its appendices' parts left out, and those parts, in page order. */
export function htmlParts(sheet: FactSheet, options: HtmlOptions = {}, format: SheetFormat = 'html'): HtmlParts {
  return cutPage(buildView(sheet, options), format);
}

/**
 * The sheet cut as HTML and as Markdown from one view: a build writes both, and the view (the
 * glance, the findings, the index of every figure) is the same.
 */
export function sheetParts(sheet: FactSheet, options: HtmlOptions = {}): Record<SheetFormat, HtmlParts> {
  const view = buildView(sheet, options);
  return { html: cutPage(view, 'html'), markdown: cutPage(view, 'markdown') };
}

/** The parts' text in order: what comes before, each part, what comes after. */
export function* partsText(parts: HtmlParts): Generator<string> {
  yield parts.before;
  yield* piecesText(parts.groups);
  yield parts.after;
}

/** The page of `view`, cut at its slots. */
function cutPage(view: SheetView, format: SheetFormat): HtmlParts {
  template ??= createFactsheetTemplate();
  const page = template[format].page(view);
  const pieces: PagePiece[] = [];
  let before: string | null = null;
  let from = 0;
  for (const slot of SLOTS) {
    const marker = slotMarker(slot);
    const at = page.indexOf(marker, from);
    if (at === -1) continue;
    if (before === null) before = page.slice(0, at);
    else pieces.push(page.slice(from, at));
    for (const group of view.groups) pieces.push({ slot, group, format });
    from = at + marker.length;
  }
  return before === null
    ? { before: page, groups: [], after: '' }
    : { before, groups: pieces, after: page.slice(from) };
}

/** Bytes of UTF-8 that `renderGroups` hands on at once: few writes, little held. */
const PIECE_BYTES = 1 << 20;

/**
 * The pieces' HTML as UTF-8, in pieces of about a MB (a part larger than that is a piece of its
 * own). Each part is encoded as soon as it is rendered: Handlebars builds a part by
 * concatenation, and a string of a few thousand pieces kept until a batch is full ages through
 * the garbage collector before it is flattened. Buffer's UTF-8 writer, twice as fast as
 * TextEncoder's on this text.
 */
export function* renderGroups(pieces: PagePiece[]): Generator<Uint8Array> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  for (const html of piecesText(pieces)) {
    const bytes = Buffer.byteLength(html);
    if (used + bytes > piece.length) {
      if (used > 0) yield piece.subarray(0, used);
      piece = Buffer.allocUnsafe(Math.max(PIECE_BYTES, bytes));
      used = 0;
    }
    used += piece.write(html, used);
  }
  if (used > 0) yield piece.subarray(0, used);
}

/** The text of each piece, in order. */
function* piecesText(pieces: PagePiece[]): Generator<string> {
  template ??= createFactsheetTemplate();
  for (const piece of pieces)
    yield typeof piece === 'string' ? piece : template[piece.format].part(piece.slot, piece.group);
}
