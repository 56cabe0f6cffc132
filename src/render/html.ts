import type { FactSheet } from '../types.js';
import { createFactsheetTemplate, GROUP_SLOT } from './handlebars.js';
import { buildView, groupPage, type GroupBy, type GroupView } from './view-model.js';

export interface HtmlOptions {
  /** figures grouped per source file (default) or per kind */
  groupBy?: GroupBy;
}

/** The page cut around its figure groups, which can then be rendered separately (`renderGroups`). */
export interface HtmlParts {
  before: string;
  groups: GroupView[];
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
 * The same page in pieces: what comes before the figure groups, each group, what comes after.
 * A sheet of 100,000 figures is hundreds of MB of HTML; written piece by piece it is never one
 * string (Handlebars would build it by concatenation, and writing it would flatten it).
 */
export function* renderHtmlChunks(sheet: FactSheet, options: HtmlOptions = {}): Generator<string> {
  const parts = htmlParts(sheet, options);
  yield parts.before;
  yield* groupsHtml(parts.groups);
  yield parts.after;
}

/** The page with its groups left out, and the groups, for rendering them as they are written. */
export function htmlParts(sheet: FactSheet, options: HtmlOptions = {}): HtmlParts {
  template ??= createFactsheetTemplate();
  const view = buildView(sheet, options.groupBy);
  const page = template.page(view);
  const slot = page.indexOf(GROUP_SLOT);
  if (slot === -1) return { before: page, groups: [], after: '' };
  return { before: page.slice(0, slot), groups: view.groups, after: page.slice(slot + GROUP_SLOT.length) };
}

/** Bytes of UTF-8 that `renderGroups` hands on at once: few writes, little held. */
const PIECE_BYTES = 1 << 20;

/**
 * The groups' HTML as UTF-8, in pieces of about a MB (a group larger than that is a piece of its
 * own). Each group is encoded as soon as it is rendered: Handlebars builds a group by
 * concatenation, and a string of a few thousand pieces kept until a batch is full ages through
 * the garbage collector before it is flattened. Buffer's UTF-8 writer, twice as fast as
 * TextEncoder's on this text.
 */
export function* renderGroups(groups: GroupView[]): Generator<Uint8Array> {
  let piece = Buffer.allocUnsafe(PIECE_BYTES);
  let used = 0;
  for (const html of groupsHtml(groups)) {
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

/** The HTML of each group, in order. */
function* groupsHtml(groups: GroupView[]): Generator<string> {
  template ??= createFactsheetTemplate();
  for (const group of groups) yield template.group(groupPage(group));
}
