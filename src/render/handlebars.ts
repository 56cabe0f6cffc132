import { readFileSync, readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { SourcePointer } from '../types.js';
import { findingRowsHtml, findingRowsMarkdown } from './finding-rows.js';
import type { FindingView } from './findings-view.js';
import { pointer } from './format.js';
import { markdownSafe } from './markdown-escape.js';
import type { Slot } from './parts.js';
import type { SheetView } from './view-model.js';

/*
 * The one Handlebars instance of the renderer, made by Handlebars.create() so that helpers and
 * partials never land on the shared global. Templates are read from the package's templates/
 * folder, which sits two levels above both src/render/ and dist/render/.
 *
 * Safety: source text only ever reaches the page through `{{ }}` (escaped); helpers return
 * plain strings, which `{{ }}` escapes too. Templates are compiled from our own files only, never
 * from source text, so `{{…}}` inside an article is printed, not run.
 */

const TEMPLATES = new URL('../../templates/', import.meta.url);

/** Rows of a long table joined at a time (`rows`). */
const ROWS_PER_JOIN = 64;

const HELPERS = {
  /** The rows of a findings table (finding-rows.ts): printed by code, every field escaped there. */
  findingRows: (rows: FindingView[]) => new Handlebars.SafeString(findingRowsHtml(rows)),
  /** The same in Markdown, from rows not escaped beforehand (`markdownView`). */
  markdownFindingRows: (rows: FindingView[]) => findingRowsMarkdown(rows),
  pointer: (source: Pick<SourcePointer, 'file' | 'line' | 'column'>) => pointer(source),
  /**
   * Text as a quoted CSS string, for the running header's `content:` inside <style>, where HTML
   * escapes mean nothing: every character but letters, digits and spaces becomes a `\hex `
   * escape, so no quote, backslash or `</style>` can close anything.
   */
  cssString: (text: string | null) =>
    new Handlebars.SafeString(
      `"${(text ?? '').replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${(c.codePointAt(0) ?? 0).toString(16)} `)}"`,
    ),
  /**
   * `{{#rows list}}…{{/rows}}`: `{{#each}}` for the long tables. Handlebars builds a block by
   * concatenation, so 10,000 rows would be one string of hundreds of thousands of pieces, all
   * kept, and copied by the garbage collector as they age, until the page is cut and written.
   * Joined a few dozen rows at a time, each batch is one flat string and the pieces die young.
   * Like `each`, it returns what its block renders.
   */
  rows(this: unknown, list: unknown[], options: Handlebars.HelperOptions): string {
    let html = '';
    for (let start = 0; start < list.length; start += ROWS_PER_JOIN) {
      html += list
        .slice(start, start + ROWS_PER_JOIN)
        .map((item) => options.fn(item))
        .join('');
    }
    return html;
  },
};

const read = (path: string) => readFileSync(new URL(path, TEMPLATES), 'utf8');

/**
 * Where a slot's parts go in the page. It starts with `<`, which no text from a source can
 * print (escaped to `&lt;`), so it is found only where the template put it.
 */
export const slotMarker = (slot: Slot): string => `<!--factsheet:${slot}-->`;

/** A compiled sheet: the whole page, with each slot's marker in place of its parts (parts.ts). */
export interface SheetTemplate {
  page(view: SheetView): string;
}

/** The sheet as HTML (templates/factsheet.hbs, partials/) and as Markdown (templates/markdown/). */
export interface FactsheetTemplate {
  html: SheetTemplate;
  markdown: SheetTemplate;
}

/**
 * Compiles both sheets with one Handlebars instance, its partials and helpers, and inlines
 * templates/styles/print.css (the page's CSP allows no stylesheet from elsewhere). `strict`
 * makes a field missing from the view throw instead of printing nothing (the tests).
 */
export function createFactsheetTemplate({ strict = false } = {}): FactsheetTemplate {
  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = HELPERS;
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);

  const options: CompileOptions = {
    // a misspelt field throws. It costs a check and a template position made for every field
    // read, a tenth of the time of a sheet of 100,000 figures: the tests render strictly
    strict,
    // a misspelt helper fails to compile
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
    // no template uses @index, @root or other @data: without it, Handlebars makes no data
    // frame per block and no program wrapper per call
    data: false,
  };
  // Markdown is printed as it comes: its view is escaped for Markdown beforehand (markdown.ts)
  const compileFolder = (folder: string, prefix: string, noEscape: boolean) => {
    const compiled = new Map<string, Handlebars.TemplateDelegate>();
    for (const file of readdirSync(new URL(folder, TEMPLATES))
      .filter((name) => name.endsWith('.hbs'))
      .sort()) {
      const name = prefix + file.slice(0, -'.hbs'.length);
      const partial = hb.compile(read(folder + file), { ...options, noEscape });
      compiled.set(name, partial);
      hb.registerPartial(name, partial);
    }
    return compiled;
  };
  compileFolder('partials/', '', false);
  const mdParts = compileFolder('markdown/', 'md-', true);
  const page = hb.compile<SheetView & { css: Handlebars.SafeString }>(read('factsheet.hbs'), options);
  const css = new hb.SafeString(read('styles/print.css'));
  const mdPage = mdParts.get('md-factsheet') as Handlebars.TemplateDelegate;
  return {
    html: { page: (view) => page({ ...view, css }) },
    markdown: { page: (view) => mdPage(markdownView(view)) },
  };
}

/**
 * The view escaped for Markdown, but for the rows of the findings tables: `markdownFindingRows`
 * escapes the fields it prints, and copying every field of thousands of findings to escape it
 * cost as much as printing them.
 */
function markdownView(view: SheetView): SheetView {
  const { serious, notes } = view.findings;
  const safe = markdownSafe({ ...view, groups: [], findings: { ...view.findings, serious: [], notes: [] } });
  return { ...safe, findings: { ...safe.findings, serious, notes } };
}
