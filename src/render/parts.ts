import Handlebars from 'handlebars';
import { dateLines, figureLines, quotes, type AppendixGroup, type FigureLine, type Quote } from './appendix.js';
import { escapeMarkdown } from './markdown-escape.js';

/*
 * A source's part of each appendix, as HTML and as Markdown at once: every line of a sheet of
 * 100,000 figures is formatted once for both, and printed by code, not by a template called per
 * line (Handlebars' helpers, partials and property lookups were most of the time of the
 * appendices). The page around the parts stays in the templates.
 *
 * Safety: every field is escaped as the templates' `{{ }}` escapes it (`html`, Handlebars' own
 * escaping) or as the Markdown view is (`md`); anchors are `anchorId`'s, numbers are numbers.
 */

/** The parts' slots in the page, in page order. */
export const SLOTS = ['figures', 'dates', 'quotes'] as const;
export type Slot = (typeof SLOTS)[number];

/** The two forms of the sheet. */
export type SheetFormat = 'html' | 'markdown';

const html = Handlebars.Utils.escapeExpression;
const md = escapeMarkdown;

/** The part of `group` in the `slot` appendix, in both forms. */
export function partTexts(slot: Slot, group: AppendixGroup): Record<SheetFormat, string> {
  if (slot === 'figures') return figuresPart(group);
  if (slot === 'dates') return datesPart(group);
  return quotesPart(group);
}

/** The heading's `lang` attribute, when the source's language is known. */
const langAttribute = (lang: string | null): string => (lang ? ` lang="${html(lang)}"` : '');

/** A line per figure but dates and years: a table row in HTML and in Markdown. */
function figuresPart(group: AppendixGroup): Record<SheetFormat, string> {
  const { anchor, key, heading, file, sourceAnchor, lang, count } = group;
  const lines = figureLines(group);
  let page = `<section id="${html(anchor)}" class="part">\n<h3${langAttribute(lang)}><span class="key">${html(key)}</span> ${html(heading)} <span class="count">${count}</span>`;
  if (file) {
    const name = sourceAnchor ? `<a href="#${html(sourceAnchor)}">${html(file)}</a>` : html(file);
    page += ` <span class="part-file">${name}</span>`;
  }
  page += '</h3>\n';
  let text = `### ${md(key)} ${md(heading)} (${count})\n\n`;
  if (lines.length > 0) {
    page +=
      '<table class="lines">\n<colgroup><col class="l-value"><col class="l-written"><col class="l-what"><col class="l-where"></colgroup>\n<tbody>\n';
    text += `| ${file ? `<code>${md(file)}</code>` : ''} | | | |\n|---|---|---|---|\n`;
    for (const line of lines) {
      page += figureRow(line);
      text += figureRowMarkdown(line);
    }
    page += '</tbody>\n</table>\n';
  }
  return { html: `${page}</section>\n`, markdown: `${text}\n` };
}

function figureRow(line: FigureLine): string {
  let row = `<tr id="${html(line.row)}" class="kind-${html(line.kind)}"><td class="l-value">`;
  if (line.role) row += `<span class="role">${html(line.role)}</span> `;
  row += `<b>${html(line.value)}</b>`;
  if (line.full) row += ` <span class="full">${html(line.full)}</span>`;
  if (line.interval) row += ` <span class="interval">${html(line.interval)}</span>`;
  row += `</td><td class="l-written"><q lang="${html(line.lang)}">${html(line.text)}</q></td><td class="l-what">${html(line.what)}`;
  if (line.period) row += ` · ${html(line.period)}`;
  if (line.note) row += ` <span class="note">${html(line.note)}</span>`;
  for (const finding of line.findings)
    row += ` <a class="verdict verdict-${html(finding.verdict)}" href="#${html(finding.anchor)}">${html(finding.label)}</a>`;
  return `${row}</td><td class="l-where"><a class="pointer" href="#${html(line.anchor)}">${html(line.position)}</a></td></tr>\n`;
}

function figureRowMarkdown(line: FigureLine): string {
  let row = `| ${line.role ? `${md(line.role)} ` : ''}**${md(line.value)}**`;
  if (line.interval) row += ` (${md(line.interval)})`;
  row += ` | “${md(line.text)}” | ${md(line.what)}`;
  if (line.period) row += ` · ${md(line.period)}`;
  if (line.note) row += ` · ${md(line.note)}`;
  return `${row} | <code>${md(line.position)}</code> |\n`;
}

/** The dates and years, a line each; the appendix of dates has no heading per source. */
function datesPart(group: AppendixGroup): Record<SheetFormat, string> {
  let page = '';
  let text = '';
  for (const line of dateLines(group)) {
    page += `<p id="${html(line.row)}" class="date-line"><b>${html(line.iso)}</b> <q lang="${html(line.lang)}">${html(line.text)}</q> <a class="pointer" href="#${html(line.anchor)}">${html(line.position)}</a></p>\n`;
    text += `| **${md(line.iso)}** | “${md(line.text)}” | <code>${md(line.position)}</code> |\n`;
  }
  return { html: page, markdown: text };
}

/** Each sentence once, its figures marked: in HTML each mark is an anchor that links to its line. */
function quotesPart(group: AppendixGroup): Record<SheetFormat, string> {
  const { quotesAnchor, key, heading, lang } = group;
  let page = `<section id="${html(quotesAnchor)}" class="part quotes">\n<h3${langAttribute(lang)}><span class="key">${html(key)}</span> ${html(heading)}</h3>\n<ol class="quote-list">\n`;
  let text = `### ${md(key)} ${md(heading)}\n\n`;
  for (const quote of quotes(group)) {
    page += `<li lang="${html(quote.lang)}">${markedHtml(quote.pieces)} <a class="pointer" href="#${html(quote.row)}">${html(quote.position)}</a></li>\n`;
    text += `1. ${markedMarkdown(quote.pieces)} <code>${md(quote.position)}</code>\n`;
  }
  return { html: `${page}</ol>\n</section>\n`, markdown: `${text}\n` };
}

function markedHtml(pieces: Quote['pieces']): string {
  let out = '';
  for (const { text, mark } of pieces)
    out += mark ? `<a id="${html(mark.anchor)}" class="mark" href="#${html(mark.row)}">${html(text)}</a>` : html(text);
  return out;
}

function markedMarkdown(pieces: Quote['pieces']): string {
  let out = '';
  for (const { text, mark } of pieces) out += mark ? `**${md(text)}**` : md(text);
  return out;
}
