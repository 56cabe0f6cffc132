import type { Figure, Finding } from '../types.js';
import type { Rule } from './rule.js';
import { transitionUnits } from './rules/transition-units.js';

export { defineRule, type Rule, type RuleExample } from './rule.js';

/** Every rule, in the order their findings are listed. */
export const rules: Rule[] = [transitionUnits];

/** Runs every rule over the figures of all sources; findings come in a stable order. */
export function checkFigures(figures: Figure[], only: Rule[] = rules): Finding[] {
  const context = { figures, byId: new Map(figures.map((f) => [f.id, f])) };
  return only.flatMap((rule) => rule.check(context));
}
