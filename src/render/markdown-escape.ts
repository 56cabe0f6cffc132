/*
 * Text for factsheet.md. The Markdown templates print their view as it is (compiled with
 * `noEscape`), so every string of the view is escaped here first, whatever it holds: a sheet
 * goes into a CMS or a pull request, whose renderer would otherwise run a source's `<script>`,
 * follow its `[link](javascript:…)` or break a table on its `|`.
 */

/** What each character Markdown or HTML gives a meaning to becomes; line breaks fold to a space. */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': ' ',
  '\n': ' ',
  '\u2028': ' ',
  '\u2029': ' ',
};
for (const c of '\\`*_[]{}|~#!') ESCAPES[c] = `\\${c}`;
const SPECIAL = /[&<>\r\n\u2028\u2029\\`*_[\]{}|~#!]/g;
/** The same characters, to test for: most strings of a sheet have none and are kept as they are. */
const ANY_SPECIAL = /[&<>\r\n\u2028\u2029\\`*_[\]{}|~#!]/;
/** What would start a list where the string starts a line: "- ", "+ ", "2021. ". */
const LIST_START = /^(?:[-+](?=\s|$)|\d+(?=[.)](?:\s|$)))/;

/** One string made literal, in one pass: HTML characters as entities, Markdown's behind a backslash, one line. */
export function escapeMarkdown(text: string): string {
  const escaped = ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ESCAPES[c] ?? c) : text;
  const first = escaped.charCodeAt(0);
  // most strings start with a letter: the list check is for those that start with - + or a digit
  if (!(first === 0x2d || first === 0x2b || (first >= 0x30 && first <= 0x39))) return escaped;
  return escaped.replace(LIST_START, (start) => (start === '-' || start === '+' ? `\\${start}` : `${start}\\`));
}

/** A copy of a view with every string escaped (numbers, booleans and nulls as they are). */
export function markdownSafe<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map(markdownSafe) as T;
  if (value !== null && typeof value === 'object') {
    // for…in, not Object.entries: this runs for every field of every line of a sheet
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const key in record) if (Object.hasOwn(record, key)) out[key] = markdownSafe(record[key]);
    return out as T;
  }
  return value;
}
