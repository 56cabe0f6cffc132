import { readFileSync, readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Figure, FigureKind, Qualifier, SourcePointer } from '../types.js';
import { displayValue, fullValue, intervalText, locateInSentence, pointer } from './format.js';
import { KIND_LABELS, QUALIFIER_WORDS, VERDICT_LABELS } from './labels.js';
import type { SheetView } from './view-model.js';

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

/**
 * Compiles templates/factsheet.hbs with its partials and helpers, and inlines
 * templates/styles/print.css (the page's CSP allows no stylesheet from elsewhere).
 */
export function createFactsheetTemplate(): (view: SheetView) => string {
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
  for (const name of partials) {
    hb.registerPartial(name.slice(0, -'.hbs'.length), hb.compile(read(`partials/${name}`), options));
  }
  const page = hb.compile<SheetView & { css: Handlebars.SafeString }>(read('factsheet.hbs'), options);
  const css = new hb.SafeString(read('styles/print.css'));
  return (view) => page({ ...view, css });
}
