import Handlebars from 'handlebars';
import type { FindingView } from './findings-view.js';
import { escapeMarkdown } from './markdown-escape.js';

/*
 * The rows of the findings tables, printed by code: a sheet has tens of thousands of findings,
 * and a partial, its `each` and `if` blocks and a helper call per field were most of the time
 * of the page around the appendices. The templates call these through the `findingRows` and
 * `markdownFindingRows` helpers. Every field is escaped as `{{ }}` escapes it (`html`) or as the
 * Markdown view is (`md`).
 */

const html = Handlebars.Utils.escapeExpression;
const md = escapeMarkdown;

/** The rows of a findings table, a line each, no newline after the last. */
export const findingRowsHtml = (rows: readonly FindingView[]): string => rows.map(findingRow).join('\n');

/** The same as Markdown table rows. */
export const findingRowsMarkdown = (rows: readonly FindingView[]): string => rows.map(findingRowMarkdown).join('\n');

/** A place linked to its figure when the sheet has it. */
const place = ({ text, anchor }: FindingView['where']): string =>
  anchor ? `<a href="#${html(anchor)}">${html(text)}</a>` : html(text);

function findingRow(row: FindingView): string {
  const severity = html(row.severity);
  let out = `<tr id="${html(row.anchor)}" class="sev-${severity}"><td><span class="badge sev-${severity}">${html(row.severityLabel)}</span> <span class="verdict verdict-${html(row.verdict)}">${html(row.verdictLabel)}</span></td><td><p class="message">`;
  for (const { text, code } of row.pieces) out += code ? `<code>${html(text)}</code>` : html(text);
  out += '</p><p class="meta">';
  out += row.ruleUrl
    ? `<a class="rule" href="${html(row.ruleUrl)}" rel="noopener noreferrer">${html(row.ruleId)}</a>`
    : `<span class="rule">${html(row.ruleId)}</span>`;
  for (const { id, anchor } of row.figures)
    out += anchor ? ` · <a href="#${html(anchor)}">${html(id)}</a>` : ` · <span class="missing">${html(id)}</span>`;
  out += `</p></td><td class="pointer">${place(row.where)}`;
  if (row.cause) out += `<br>${place(row.cause)}`;
  return `${out}</td></tr>`;
}

function findingRowMarkdown(row: FindingView): string {
  let out = `| ${md(row.severityLabel)} · ${md(row.verdictLabel)} | `;
  for (const { text, code } of row.pieces) out += code ? `<code>${md(text)}</code>` : md(text);
  out += ` (${md(row.ruleId)}) | <code>${md(row.where.text)}</code>`;
  if (row.cause) out += `, <code>${md(row.cause.text)}</code>`;
  return `${out} |`;
}
