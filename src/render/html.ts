import type { FactSheet } from '../types.js';
import type { AppendixGroup } from './appendix.js';
import { createFactsheetTemplate, slotMarker } from './handlebars.js';
import { partTexts, SLOTS, type SheetFormat, type Slot } from './parts.js';
import { buildView, type SheetView, type ViewOptions } from './view-model.js';

export type HtmlOptions = ViewOptions;
export type { SheetFormat };

/**
 * A sheet's page cut around its appendices' parts, which are rendered as they are written
 * (`writeSheets`): the page is `before`, then for each slot it has, every group's part and the
 * text `after` it.
 */
export interface SheetCut {
  format: SheetFormat;
  before: string;
  slots: { slot: Slot; after: string }[];
  groups: AppendixGroup[];
}

// Compiled on first use and kept: the template is immutable once built.
let template: ReturnType<typeof createFactsheetTemplate> | undefined;

/**
 * The printable fact sheet: one self-contained HTML page, no script, a CSP that forbids loading
 * anything, every piece of source text escaped. Same sheet → same bytes.
 */
export function renderHtml(sheet: FactSheet, options: HtmlOptions = {}): string {
  return sheetText(sheetCut(sheet, options));
}

/** factsheet.md: the same sheet in Markdown, for a CMS or a pull request. */
export function renderMarkdown(sheet: FactSheet, options: HtmlOptions = {}): string {
  return sheetText(sheetCut(sheet, options, 'markdown'));
}

/** The page with its appendices' parts left out, and where they go. */
export function sheetCut(sheet: FactSheet, options: HtmlOptions = {}, format: SheetFormat = 'html'): SheetCut {
  return cutPage(buildView(sheet, options), format);
}

/**
 * The sheet cut as HTML and as Markdown from one view: a build writes both, and the view (the
 * glance, the findings, the index of every figure) is the same.
 */
export function sheetCuts(sheet: FactSheet, options: HtmlOptions = {}): Record<SheetFormat, SheetCut> {
  const view = buildView(sheet, options);
  return { html: cutPage(view, 'html'), markdown: cutPage(view, 'markdown') };
}

/** A cut's whole text, parts and all. */
export function sheetText(cut: SheetCut): string {
  const pieces: string[] = [];
  writeSheets([cut], (_, text) => pieces.push(text));
  return pieces.join('');
}

/**
 * The text of each cut in order, handed to `write` a piece at a time with the cut's format: a
 * sheet of 100,000 figures is hundreds of MB, never one string. Cuts of one view (`sheetCuts`)
 * are written side by side, each source's part formatted once for all of them.
 */
export function writeSheets(cuts: SheetCut[], write: (format: SheetFormat, text: string) => void): void {
  for (const cut of cuts) write(cut.format, cut.before);
  for (const slot of SLOTS) {
    const here = cuts.flatMap((cut) => cut.slots.filter((at) => at.slot === slot).map((at) => ({ cut, at })));
    if (here.length === 0) continue;
    for (const group of (here[0] as (typeof here)[number]).cut.groups) {
      const texts = partTexts(slot, group);
      for (const { cut } of here) write(cut.format, texts[cut.format]);
    }
    for (const { cut, at } of here) write(cut.format, at.after);
  }
}

/** The page of `view`, cut at its slots. */
function cutPage(view: SheetView, format: SheetFormat): SheetCut {
  template ??= createFactsheetTemplate();
  const page = template[format].page(view);
  const slots: SheetCut['slots'] = [];
  let before: string | null = null;
  let from = 0;
  for (const slot of SLOTS) {
    const marker = slotMarker(slot);
    const at = page.indexOf(marker, from);
    if (at === -1) continue;
    const text = page.slice(from, at);
    if (before === null) before = text;
    else (slots.at(-1) as SheetCut['slots'][number]).after = text;
    slots.push({ slot, after: '' });
    from = at + marker.length;
  }
  if (before === null) return { format, before: page, slots: [], groups: [] };
  (slots.at(-1) as SheetCut['slots'][number]).after = page.slice(from);
  return { format, before, slots, groups: view.groups };
}
