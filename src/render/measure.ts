import type { Figure, FigureKind, Statement, StatementRole } from '../types.js';

/*
 * What a figure measures, and whether it is a key figure of the story: the at-a-glance section
 * groups key figures by measure. A statement's subject says what is measured when the checks
 * found one; until then (or when they found none) the figure's noun, kind and unit stand in.
 */

/** A figure's part in a statement, looked up by figure id. */
export interface Claim {
  statement: Statement;
  role: StatementRole;
}

/** Statements by the ids of their figures: one pass, so that a figure's claim costs a look-up. */
export function claimsByFigure(statements: readonly Statement[] | undefined): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  for (const statement of statements ?? []) {
    for (const { figure, role } of statement.figures) if (!claims.has(figure)) claims.set(figure, { statement, role });
  }
  return claims;
}

/** What a measure is called and the key that groups its figures. */
export interface Measure {
  key: string;
  /** the subject or noun as the source wrote it; null when only the kind and unit say it */
  label: string | null;
  kind: FigureKind;
  unit: string;
}

/**
 * The measure of a figure: the statement's subject when there is one, else the noun with the
 * unit ("global logistics centres", "包裹"), else the kind and unit (money in EUR). The period
 * is not part of it: one measure across periods is what the charts compare.
 */
export function measureOf(figure: Figure, claim: Claim | undefined): Measure {
  const { kind, unit } = figure;
  const subject = claim?.statement.subject?.trim();
  if (subject) return { key: `s\u0000${subject.toLowerCase()}`, label: subject, kind, unit };
  const noun = figure.noun?.trim();
  if (noun) return { key: `n\u0000${noun.toLowerCase()}\u0000${unit}`, label: noun, kind, unit };
  return { key: `k\u0000${kind}\u0000${unit}`, label: null, kind, unit };
}

/** Kinds that are quantities of the story; years, dates, ordinals and ranks are not. */
const QUANTITY_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'money', 'area', 'mass', 'length', 'volume', 'speed', 'temperature', 'percent', 'pp', 'rate', 'fraction',
]);

/** Roles that make any figure part of the story's numbers, whatever its kind. */
const CHANGE_ROLES: ReadonlySet<StatementRole> = new Set<StatementRole>(['new', 'old', 'change', 'rate', 'share', 'total']);

/**
 * Whether a figure belongs at a glance: money, quantities, percentages and shares; counts of a
 * stated thing or unit (TEU) and multipliers of a stated thing (one or two of something — "the two nations" — is how sentences
 * talk, not a count); either end of a transition; any figure a statement gives a role of change.
 */
export function isKeyFigure(figure: Figure, claim: Claim | undefined): boolean {
  const { kind } = figure;
  if (kind === 'year' || kind === 'date' || kind === 'ordinal' || kind === 'rank') return false;
  if (figure.value === null && !figure.range) return false;
  if (figure.link?.type === 'transition' || (claim && CHANGE_ROLES.has(claim.role))) return true;
  if (QUANTITY_KINDS.has(kind)) return true;
  const hasThing = Boolean(figure.noun?.trim() || claim?.statement.subject);
  if (kind === 'count') return (hasThing || figure.unit !== '') && (figure.value ?? figure.range?.[1] ?? 0) > 2;
  return kind === 'multiplier' && hasThing;
}
