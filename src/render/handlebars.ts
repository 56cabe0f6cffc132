import { readFileSync, readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Figure, FigureKind, Qualifier, SourcePointer } from '../types.js';
import { displayValue, fullValue, intervalText, locateInSentence, pointer } from './format.js';
import { KIND_LABELS, QUALIFIER_WORDS, VERDICT_LABELS } from './labels.js';
import type { GroupView, SheetView } from './view-model.js';

/*
 * The one Handlebars instance of the renderer, made by Handlebars.create() so that helpers and
 * partials never land on the shared global. Templates are read from the package's templates/
 * folder, which sits two levels above both src/render/ and dist/render/.
 *
 * Safety: source text only ever reaches the page through `{{ }}` (escaped) or through helpers
 * that escape every piece they return. Templates are compiled from our own files only, never
 * from source text, so `{{…}}` inside an article is printed, not run.
 */

const TEMPLATES = new URL('../../templates/', import.meta.url);

const HELPERS = {
  displayValue: (figure: Figure) => displayValue(figure),
  fullValue: (figure: Figure) => fullValue(figure),
  intervalText: (figure: Figure) => intervalText(figure),
  pointer: (source: Pick<SourcePointer, 'file' | 'line' | 'column'>) => pointer(source),
  kindLabel: (kind: FigureKind) => KIND_LABELS[kind] ?? String(kind),
  qualifierWord: (qualifier: Qualifier) => QUALIFIER_WORDS[qualifier] ?? String(qualifier),
  verdictLabel: (verdict: keyof typeof VERDICT_LABELS) => VERDICT_LABELS[verdict] ?? String(verdict),
};

type HandlebarsInstance = ReturnType<typeof Handlebars.create>;

/**
 * `{{highlight sentence text}}`: the sentence with the figure in `<mark>`. Built from escaped
 * pieces; the SafeString only vouches for the two tags added here.
 */
function highlight(hb: HandlebarsInstance) {
  return (sentence: string, text: string) => {
    const span = locateInSentence(sentence, text);
    if (span === null) return hb.escapeExpression(sentence);
    const piece = (from: number, to?: number) => hb.escapeExpression(sentence.slice(from, to));
    return new hb.SafeString(
      `${piece(0, span.start)}<mark>${piece(span.start, span.end)}</mark>${piece(span.end)}`,
    );
  };
}

const read = (path: string) => readFileSync(new URL(path, TEMPLATES), 'utf8');

/** The compiled page, and one group of its figures section on its own (templates/partials/group.hbs). */
export interface FactsheetTemplate {
  /** the whole page; `slotGroups` prints GROUP_SLOT once in place of all the groups */
  page(view: SheetView, slotGroups?: boolean): string;
  group(group: GroupView): string;
}

/**
 * Where the groups go in a page rendered with `slotGroups`. It starts with `<`, which no text
 * from a source can print (escaped to `&lt;`), so it is found only where the template put it.
 */
export const GROUP_SLOT = '<!--factsheet:groups-->';

/**
 * Compiles templates/factsheet.hbs with its partials and helpers, and inlines
 * templates/styles/print.css (the page's CSP allows no stylesheet from elsewhere).
 */
export function createFactsheetTemplate(): FactsheetTemplate {
  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = { ...HELPERS, highlight: highlight(hb) };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);

  // strict: a misspelt field throws; knownHelpersOnly: a misspelt helper fails to compile.
  const options: CompileOptions = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(helpers).map((name) => [name, true])),
  };
  const partials = readdirSync(new URL('partials/', TEMPLATES))
    .filter((name) => name.endsWith('.hbs'))
    .sort();
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const name of partials) {
    const partial = hb.compile(read(`partials/${name}`), options);
    compiled.set(name.slice(0, -'.hbs'.length), partial);
    hb.registerPartial(name.slice(0, -'.hbs'.length), partial);
  }
  const group = compiled.get('group') as Handlebars.TemplateDelegate<GroupView>;
  const page = hb.compile<SheetView & { css: Handlebars.SafeString }>(read('factsheet.hbs'), options);
  const css = new hb.SafeString(read('styles/print.css'));
  const slot: Handlebars.Template = () => GROUP_SLOT;
  return {
    page: (view, slotGroups = false) =>
      slotGroups && view.groups.length > 0
        ? page({ ...view, groups: view.groups.slice(0, 1), css }, { partials: { group: slot } })
        : page({ ...view, css }),
    group: (view) => group(view),
  };
}
