import type { FactSheet } from '../types.js';
import { createFactsheetTemplate } from './handlebars.js';
import { buildView, type GroupBy } from './view-model.js';

export interface HtmlOptions {
  /** figures grouped per source file (default) or per kind */
  groupBy?: GroupBy;
}

// Compiled on first use and kept: the template is immutable once built.
let template: ReturnType<typeof createFactsheetTemplate> | undefined;

/**
 * The printable fact sheet: one self-contained HTML page, no script, a CSP that forbids loading
 * anything, every piece of source text escaped. Same sheet → same bytes.
 */
export function renderHtml(sheet: FactSheet, options: HtmlOptions = {}): string {
  template ??= createFactsheetTemplate();
  return template(buildView(sheet, options.groupBy));
}
