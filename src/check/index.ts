import type { Figure } from '../types.js';
import { contextOf, type CheckFinding, type Rule } from './rule.js';
import { arithmetic } from './rules/arithmetic.js';
import { crossSource } from './rules/cross-source.js';
import { relation } from './rules/relation.js';
import { transitionUnits } from './rules/transition-units.js';
import { compareFiles } from './sentences.js';

export { defineRule, type CheckFinding, type Rule, type RuleExample } from './rule.js';
export { formatMessage, messages, type MessageCode } from './messages.js';

/** Every rule; findings at one place are listed in this order. */
export const rules: Rule[] = [transitionUnits, relation, arithmetic, crossSource];

/**
 * Runs the rules over the figures of all sources. Findings come sorted by file, offset and rule,
 * and a rule reports a set of figures once, so the same input gives the same list.
 */
export function checkFigures(figures: Figure[], only: Rule[] = rules): CheckFinding[] {
  const context = contextOf(figures);
  const seen = new Set<string>();
  const findings = only.flatMap((rule, order) =>
    rule.check(context).flatMap((f) => {
      const key = `${f.ruleId}\u0000${[...f.figures].sort().join('\u0000')}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ f, order }];
    }),
  );
  findings.sort(
    (x, y) =>
      compareFiles(x.f.source.file, y.f.source.file) ||
      x.f.source.start - y.f.source.start ||
      x.order - y.order ||
      compareFiles(x.f.figures.join(), y.f.figures.join()),
  );
  return findings.map(({ f }) => f);
}
