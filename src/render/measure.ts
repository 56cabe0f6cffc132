import type { Figure, FigureKind, Statement, StatementRole } from '../types.js';

/*
 * What a figure measures, and whether it is a key figure of the story: the at-a-glance section
 * groups key figures by measure: the figure's noun, else its statement's subject, else its kind
 * and unit.
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
 * The measure of a figure: the noun it counts or measures when stated ("global logistics
 * centres", "包裹": the extractor read it off the figure itself), else its statement's subject
 * ("Revenue", "集装箱吞吐量"), else its kind and unit (money in EUR). The period is not part of
 * it: one measure across periods is what the charts compare.
 */
export function measureOf(figure: Figure, claim: Claim | undefined): Measure {
  const { kind, unit } = figure;
  const noun = figure.noun?.trim();
  if (noun) return { key: `n\u0000${noun.toLowerCase()}\u0000${unit}`, label: noun, kind, unit };
  const subject = claim?.statement.subject?.trim();
  if (subject) return { key: `s\u0000${subject.toLowerCase()}`, label: subject, kind, unit };
  return { key: `k\u0000${kind}\u0000${unit}`, label: null, kind, unit };
}

/** Kinds that are quantities of the story; years, dates, ordinals and ranks are not. */
const QUANTITY_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'money',
  'area',
  'mass',
  'length',
  'volume',
  'speed',
  'temperature',
  'percent',
  'pp',
  'rate',
  'fraction',
]);

/** Roles that make any figure part of the story's numbers, whatever its kind. */
const CHANGE_ROLES: ReadonlySet<StatementRole> = new Set<StatementRole>([
  'new',
  'old',
  'change',
  'rate',
  'share',
  'total',
]);

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

/** The figures that a link or a statement ties to others, by id: the only ones looked up by id. */
export function claimedFigures(runs: Figure[][], claims: Map<string, Claim>): Map<string, Figure> {
  const byId = new Map<string, Figure>();
  for (const run of runs) for (const f of run) if (f.link?.type === 'transition' || claims.has(f.id)) byId.set(f.id, f);
  return byId;
}

/**
 * The ends of each transition: by the figures' mutual links, or by a statement's old and new
 * figures. `fromOf` gives the start of the change that ends at a figure; `froms` the starts.
 */
export function transitionPartners(
  byId: Map<string, Figure>,
  claims: Map<string, Claim>,
): { fromOf: Map<Figure, Figure>; froms: Set<Figure> } {
  const fromOf = new Map<Figure, Figure>();
  for (const figure of byId.values()) {
    const link = figure.link;
    let other: Figure | undefined;
    if (link?.type === 'transition' && link.role === 'to') {
      other = byId.get(link.other);
      if (other?.link?.other !== figure.id) other = undefined;
    }
    const claim = claims.get(figure.id);
    if (!other && claim?.role === 'new') {
      const old = claim.statement.figures.find((f) => f.role === 'old');
      other = old && byId.get(old.figure);
    }
    if (other && other.unit === figure.unit) fromOf.set(figure, other);
  }
  return { fromOf, froms: new Set(fromOf.values()) };
}

/** Roles that say how a level changed; the level is the statement's `new`, `value` or `total`. */
const CHANGE_OF_LEVEL: ReadonlySet<StatementRole> = new Set<StatementRole>(['rate', 'change', 'multiplier']);
const LEVELS: ReadonlySet<StatementRole> = new Set<StatementRole>(['new', 'value', 'total']);

/** Whether a figure is the change a statement states of a level it also states. */
export function saidOfLevel(claim: Claim | undefined): boolean {
  return (
    claim !== undefined && CHANGE_OF_LEVEL.has(claim.role) && claim.statement.figures.some((f) => LEVELS.has(f.role))
  );
}

/** The change a level's statement states of it ("rose 17.7% year-on-year"), or null. */
export function statedChange(
  claim: Claim,
  byId: Map<string, Figure>,
): { figure: Figure; direction: 'up' | 'down' | null; basis: string | null } | null {
  if (!LEVELS.has(claim.role)) return null;
  const change = claim.statement.figures.find((f) => CHANGE_OF_LEVEL.has(f.role));
  const figure = change && byId.get(change.figure);
  return figure ? { figure, direction: claim.statement.direction, basis: claim.statement.basis } : null;
}
