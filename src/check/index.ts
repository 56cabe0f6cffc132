import type { Figure, Finding, Severity, Statement } from '../types.js';
import { contextOf, type Rule } from './rule.js';
import { arithmetic } from './rules/arithmetic.js';
import { crossSource } from './rules/cross-source.js';
import { relation } from './rules/relation.js';
import { unitMismatch } from './rules/unit-mismatch.js';

export type { Rule } from './rule.js';

/** Every rule; findings at one place are listed in this order. */
export const rules: Rule[] = [unitMismatch, relation, arithmetic, crossSource];

/** Per rule: `off`, or the severity its findings take instead of their verdict's. */
export type RuleSettings = Record<string, 'off' | Severity>;

const compareFiles = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/**
 * Runs the rules over the statements of all sources. Findings come sorted by file, offset and
 * rule, and a rule reports a set of figures once, so the same input gives the same list.
 */
export function checkStatements(figures: Figure[], statements: Statement[], settings: RuleSettings = {}): Finding[] {
  return sortFindings(run(rules, figures, statements, settings));
}

/** The rules that read one document at a time, over one document's statements, sorted. */
export function checkDocument(figures: Figure[], statements: Statement[], settings: RuleSettings = {}): Finding[] {
  return sortFindings(
    run(
      rules.filter((rule) => rule.scope === 'document'),
      figures,
      statements,
      settings,
    ),
  );
}

/** The rules that compare sources, over the statements of all of them (unsorted). */
export function checkAcross(figures: Figure[], statements: Statement[], settings: RuleSettings = {}): Finding[] {
  return run(
    rules.filter((rule) => rule.scope === 'sources'),
    figures,
    statements,
    settings,
  );
}

function run(selected: Rule[], figures: Figure[], statements: Statement[], settings: RuleSettings): Finding[] {
  const context = contextOf(figures, statements);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of selected) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    for (const f of rule.check(context)) {
      const key = `${f.ruleId}\u0000${f.verdict}\u0000${[...f.figures].sort().join('\u0000')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // a changed severity applies to what the rule reports as wrong; holds and agree stay info
      if (setting && f.severity === 'error') f.severity = setting;
      findings.push(f);
    }
  }
  return findings;
}

const ORDER = new Map(rules.map((rule, k) => [rule.id, k]));

/** By file, offset, rule (in `rules` order) and figures: findings of one input in one order however they were made. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (x, y) =>
      compareFiles(x.source.file, y.source.file) ||
      x.source.start - y.source.start ||
      (ORDER.get(x.ruleId) ?? 0) - (ORDER.get(y.ruleId) ?? 0) ||
      compareFiles(x.figures.join(), y.figures.join()),
  );
}
