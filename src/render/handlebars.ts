import { readFileSync, readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { SourcePointer } from '../types.js';
import { pointer } from './format.js';
import { VERDICT_LABELS } from './labels.js';
import type { GroupPageView, SheetView } from './view-model.js';

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
  pointer: (source: Pick<SourcePointer, 'file' | 'line' | 'column'>) => pointer(source),
  verdictLabel: (verdict: keyof typeof VERDICT_LABELS) => VERDICT_LABELS[verdict] ?? String(verdict),
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
      html += list.slice(start, start + ROWS_PER_JOIN).map((item) => options.fn(item)).join('');
    }
    return html;
  },
};

const read = (path: string) => readFileSync(new URL(path, TEMPLATES), 'utf8');

/** The compiled page, and one group of its figures section on its own (templates/partials/group.hbs). */
export interface FactsheetTemplate {
  /** the whole page, with GROUP_SLOT once in place of all the groups */
  page(view: SheetView): string;
  group(group: GroupPageView): string;
}

/**
 * Where the groups go in the page. It starts with `<`, which no text from a source can print
 * (escaped to `&lt;`), so it is found only where the template put it.
 */
export const GROUP_SLOT = '<!--factsheet:groups-->';

/**
 * Compiles templates/factsheet.hbs with its partials and helpers, and inlines
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
  const partials = readdirSync(new URL('partials/', TEMPLATES))
    .filter((name) => name.endsWith('.hbs'))
    .sort();
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of partials) {
    const name = file.slice(0, -'.hbs'.length);
    const partial = hb.compile(read(`partials/${file}`), options);
    compiled.set(name, partial);
    hb.registerPartial(name, partial);
  }
  const group = compiled.get('group') as Handlebars.TemplateDelegate<GroupPageView>;
  const page = hb.compile<SheetView & { css: Handlebars.SafeString }>(read('factsheet.hbs'), options);
  const css = new hb.SafeString(read('styles/print.css'));
  const slot: Handlebars.Template = () => GROUP_SLOT;
  return {
    page: (view) => page({ ...view, groups: view.groups.slice(0, 1), css }, { partials: { group: slot } }),
    group: (view) => group(view),
  };
}
