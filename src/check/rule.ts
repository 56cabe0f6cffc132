import type { Figure, Finding, Severity, SourcePointer, Statement, Verdict } from '../types.js';
import type { StatementView } from './view.js';

/** What a rule sees: every figure and statement of the run, each by id. */
export interface CheckContext {
  figures: Map<string, Figure>;
  statements: Statement[];
  statementsById: Map<string, Statement>;
  /** the statements that state the base of each statement (上年投入 4.6 亿元), by its id */
  basesOf: Map<string, Statement[]>;
  /** the statements that are parts of each statement (其中, an overall rate's changes), by its id */
  partsOf: Map<string, Statement[]>;
  /** each statement's view, made once for all the rules of a run */
  views: Map<Statement, StatementView>;
}

/** A rule's example: text (or several documents) in, the verdicts it must report out. */
export interface RuleExample {
  name: string;
  /** one document's text, or several documents for a cross-source rule */
  text: string | Array<{ name: string; text: string }>;
  verdicts: Verdict[];
}

export interface Rule {
  id: string;
  /**
   * What a rule needs to see: one document's statements (run where the document is read, on a
   * worker thread in a build), or the statements of every source at once.
   */
  scope: 'document' | 'sources';
  description: string;
  examples: RuleExample[];
  check(context: CheckContext): Finding[];
}

/** Defines a rule: its id, description and examples are data; `check` says what it found. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function contextOf(figures: Figure[], statements: Statement[]): CheckContext {
  const basesOf = new Map<string, Statement[]>();
  const partsOf = new Map<string, Statement[]>();
  for (const s of statements) {
    for (const l of s.links) {
      const index = l.type === 'base-of' ? basesOf : l.type === 'parts-of' ? partsOf : null;
      const list = index?.get(l.statement);
      if (list) list.push(s);
      else index?.set(l.statement, [s]);
    }
  }
  return {
    figures: new Map(figures.map((f) => [f.id, f])),
    statements,
    statementsById: new Map(statements.map((s) => [s.id, s])),
    basesOf,
    partsOf,
    views: new Map(),
  };
}

/** The severity a verdict carries: only what cannot be right is an error. */
export const SEVERITY: Record<Verdict, Severity> = {
  holds: 'info',
  agree: 'info',
  unverifiable: 'info',
  fails: 'error',
  mismatch: 'error',
  conflict: 'error',
};

/** Where each rule is documented: the URL a finding carries, as vfile-message's `url`. */
export const ruleUrl = (id: string): string => `https://github.com/factsheet/factsheet/blob/main/docs/rules.md#${id}`;

/**
 * A finding in vfile-message's shape: placed at the statement (or its first figure) with a start
 * and an end, the second place of a cross-check as `cause`.
 */
export function finding(
  ruleId: string,
  verdict: Verdict,
  said: string,
  figures: Figure[],
  at: SourcePointer,
  cause?: SourcePointer,
): Finding {
  const message = `${verdict}: ${said}`;
  const f: Finding = {
    ruleId,
    severity: SEVERITY[verdict],
    verdict,
    message,
    reason: message,
    figures: figures.map((x) => x.id),
    source: at,
    place: { start: { line: at.line, column: at.column, offset: at.start }, end: { offset: at.end } },
    url: ruleUrl(ruleId),
  };
  if (cause) f.cause = cause;
  return f;
}
