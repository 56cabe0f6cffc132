import type { Finding } from '../types.js';

/** Where a source asks for no findings: the block after an ignore comment, for some rules or all. */
export interface IgnoreRange {
  file: string | null;
  start: number;
  end: number;
  /** the rules it names; null for every rule */
  rules: string[] | null;
}

const DIRECTIVE = /^<!--\s*factsheet-ignore\b([^>]*?)\s*-->$/;

/**
 * `<!-- factsheet-ignore -->` or `<!-- factsheet-ignore relation cross-source -->` in a Markdown
 * or HTML source (remark-lint's `lint ignore`): the findings placed in the block after it (up to
 * the next blank line) are dropped. Comments are the masked ranges ingest found.
 */
export function ignoreRanges(
  file: string | null,
  text: string,
  comments: Array<{ start: number; end: number }>,
): IgnoreRange[] {
  const out: IgnoreRange[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(text.slice(c.start, c.end).trim());
    if (!m) continue;
    // the block after the comment: skip the line break right after it, stop at a blank line
    const next = text.slice(c.end).search(/\S/);
    const from = next < 0 ? text.length : c.end + next;
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = from;
    const end = blank.exec(text)?.index ?? text.length;
    const rules = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ file, start: from, end, rules: rules.length ? rules : null });
  }
  return out;
}

/** The findings not placed in an ignored range of their rule. */
export function applyIgnores(findings: Finding[], ranges: IgnoreRange[]): Finding[] {
  if (ranges.length === 0) return findings;
  return findings.filter(
    (f) =>
      !ranges.some(
        (r) =>
          r.file === f.source.file &&
          f.source.start >= r.start &&
          f.source.start < r.end &&
          (r.rules === null || r.rules.includes(f.ruleId)),
      ),
  );
}
