import type { Figure, Finding, Severity, SourcePointer, Verdict } from '../types.js';
import { formatMessage, type MessageCode, type MessageParams } from './messages.js';
import { sentencesOf, type SentenceFigures } from './sentences.js';

/** What a rule sees: every figure of the run, each figure by id, the figures by sentence. */
export interface CheckContext {
  figures: Figure[];
  byId: Map<string, Figure>;
  /** `sentencesOf(figures)`, made once for all rules: it sorts every figure */
  sentences: SentenceFigures[];
}

/** A finding with the code its message was written from; tests and tools match on the code. */
export interface CheckFinding extends Finding {
  code: MessageCode;
}

/** A rule's example: figures in, the verdicts it must report out (one generic test runs them). */
export interface RuleExample {
  name: string;
  figures: Figure[];
  verdicts: Verdict[];
}

export interface Rule {
  id: string;
  /** the worst severity the rule reports; each finding's follows its verdict */
  severity: Severity;
  description: string;
  examples: RuleExample[];
  check(context: CheckContext): CheckFinding[];
}

/** Defines a rule: the id and severity are data; the rule only says what it found. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The context rules run in, for a set of figures. */
export function contextOf(figures: Figure[]): CheckContext {
  return { figures, byId: new Map(figures.map((f) => [f.id, f])), sentences: sentencesOf(figures) };
}

/** The severity a verdict carries unless a rule says otherwise. */
const SEVERITY: Record<Verdict, Severity> = {
  holds: 'info',
  agree: 'info',
  fails: 'error',
  mismatch: 'error',
  conflict: 'warning',
  unverifiable: 'warning',
};

export interface FindingOptions {
  severity?: Severity;
  /** the second place of a cross-check; by default the second figure's, when in another file */
  cause?: SourcePointer;
}

/**
 * A finding placed at its first figure, its message written from `code` and `params`
 * (see messages.ts). A second figure in another file gives the `cause`.
 */
export function finding<C extends MessageCode>(
  rule: Pick<Rule, 'id'>,
  verdict: Verdict,
  code: C,
  params: MessageParams<C>,
  figures: Figure[],
  options: FindingOptions = {},
): CheckFinding {
  const [first, second] = figures;
  const source: SourcePointer = first?.source ?? { file: null, start: 0, end: 0, line: 1, column: 1 };
  const f: CheckFinding = {
    ruleId: rule.id,
    severity: options.severity ?? SEVERITY[verdict],
    verdict,
    message: formatMessage(code, params),
    figures: figures.map((x) => x.id),
    source,
    code,
  };
  const cause = options.cause ?? (second && second.source.file !== source.file ? second.source : undefined);
  if (cause) f.cause = cause;
  return f;
}
