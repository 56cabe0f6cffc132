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
  const context = contextOf(figures, statements);
  const seen = new Set<string>();
  const findings: Array<{ f: Finding; order: number }> = [];
  rules.forEach((rule, order) => {
    const setting = settings[rule.id];
    if (setting === 'off') return;
    for (const f of rule.check(context)) {
      const key = `${f.ruleId}\u0000${f.verdict}\u0000${[...f.figures].sort().join('\u0000')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // a changed severity applies to what the rule reports as wrong; holds and agree stay info
      if (setting && f.severity === 'error') f.severity = setting;
      findings.push({ f, order });
    }
  });
  findings.sort(
    (x, y) =>
      compareFiles(x.f.source.file, y.f.source.file) ||
      x.f.source.start - y.f.source.start ||
      x.order - y.order ||
      compareFiles(x.f.figures.join(), y.f.figures.join()),
  );
  return findings.map(({ f }) => f);
}
