/*
 * Text for factsheet.md. The Markdown templates print their view as it is (compiled with
 * `noEscape`), so every string of the view is escaped here first, whatever it holds: a sheet
 * goes into a CMS or a pull request, whose renderer would otherwise run a source's `<script>`,
 * follow its `[link](javascript:…)` or break a table on its `|`.
 */

/** Characters Markdown gives a meaning to anywhere in a line. */
const INLINE = /[\\`*_[\]{}|~#!]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One string made literal: HTML characters as entities, Markdown's behind a backslash, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
    .replace(INLINE, '\\$&')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // what would start a list or a quote where the string starts a line
    .replace(/^(?:[-+](?=\s|$)|\d+(?=[.)](?:\s|$)))/, (start) => (start === '-' || start === '+' ? `\\${start}` : `${start}\\`));
}

/** A copy of a view with every string escaped (numbers, booleans and nulls as they are). */
export function markdownSafe<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(markdownSafe) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = markdownSafe(item);
    return out as T;
  }
  return value;
}
