import type { Figure, Finding, Severity, SourcePointer, Verdict } from '../types.js';

/** What a rule sees: every figure of the run, and each figure by id. */
export interface CheckContext {
  figures: Figure[];
  byId: Map<string, Figure>;
}

/** A rule's example: figures in, the verdicts it must report out (one generic test runs them). */
export interface RuleExample {
  name: string;
  figures: Figure[];
  verdicts: Verdict[];
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  examples: RuleExample[];
  check(context: CheckContext): Finding[];
}

/** Defines a rule: the id and severity are data; the rule only says what it found. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A finding placed at its first figure, with the second figure's place as its `cause`. */
export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  verdict: Verdict,
  message: string,
  figures: Figure[],
  severity: Severity = rule.severity,
): Finding {
  const [first, second] = figures;
  const source: SourcePointer = first?.source ?? { file: null, start: 0, end: 0, line: 1, column: 1 };
  const f: Finding = { ruleId: rule.id, severity, verdict, message, figures: figures.map((x) => x.id), source };
  if (second && second.source.file !== source.file) f.cause = second.source;
  return f;
}
