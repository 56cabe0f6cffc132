import type { Figure, FigureKind, Lang, Statement, StatementRole } from '../types.js';
import { MEASURE_WORDS } from './labels.js';

/*
 * What a figure measures, and whether it is a key figure of the story: the at-a-glance section
 * groups key figures by measure: the thing the figure counts, else what its statement says is
 * measured, else its kind and unit.
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
  /** the noun or the statement's words as the source wrote them; null when only the kind and unit say it */
  label: string | null;
  kind: FigureKind;
  unit: string;
}

/**
 * The measure of a figure: the thing it counts when the extractor read one off the figure itself
 * ("six global logistics centres", 约3.26亿件包裹); else what its statement says is measured
 * ("Net profit", 出口, and 全国新能源汽车保有量 rather than the counter of 2472万辆); else its
 * kind and unit (money in EUR). The period is not part of it: one measure across periods is what
 * the charts compare.
 */
export function measureOf(figure: Figure, claim: Claim | undefined): Measure {
  const { kind, unit } = figure;
  const noun = figure.noun?.trim() || null;
  const counter = noun !== null && MEASURE_WORDS[figure.lang].counters.includes(noun.toLowerCase());
  // the statement's words are read only when the noun does not say it all
  const stated = claim && (noun === null || counter) ? statedMeasure(figure.id, claim.statement) : null;
  if (noun && !(counter && stated))
    return { key: `n\u0000${noun.toLowerCase()}\u0000${unit}`, label: noun, kind, unit };
  if (stated) return { key: `s\u0000${stated.toLowerCase()}`, label: stated, kind, unit };
  return { key: `k\u0000${kind}\u0000${unit}`, label: null, kind, unit };
}

/** Roles that state a level of something, each of which a clause may name on its own. */
const NAMED_LEVELS: ReadonlySet<StatementRole> = new Set<StatementRole>(['value', 'new', 'total', 'part', 'average']);

/**
 * What a statement says a figure measures: the clause's subject is what its first level is of;
 * a later level names its own ("包裹，吞吐量为110万吨", "总投资…，占地…，员工…"), when those
 * words name something.
 */
function statedMeasure(id: string, statement: Statement): string | null {
  const levels = statement.figures.filter((f) => NAMED_LEVELS.has(f.role));
  const own = levels.length > 1 && levels[0]?.figure !== id ? levels.find((f) => f.figure === id)?.name : undefined;
  return measureWords(own, statement.lang) ?? measureWords(statement.subject, statement.lang);
}

/**
 * The words that name a measure: the last part of `text`, without the words that open a clause
 * or join a measure to its value; null when nothing is left that names one.
 */
function measureWords(text: string | null | undefined, lang: Lang): string | null {
  const words = MEASURE_WORDS[lang];
  const part =
    text
      ?.split(/[,，;；:：、。!！?？"“”]/)
      .filter((x) => /\p{L}/u.test(x))
      .pop()
      ?.trim() ?? '';
  let out = afterVerb(part, words.verbs, words.spaced);
  for (let before = ''; before !== out;) {
    before = out;
    out = words.spaced ? cutWords(out, words.lead, words.link) : cutAffixes(out, words.lead, words.link);
  }
  if (!/\p{L}/u.test(out) || words.ends.some((w) => out.endsWith(w)) || words.inner.some((w) => out.includes(w)))
    return null;
  return out;
}

/** The words after the last of `verbs` in `text`, when any follow it; else `text`. */
function afterVerb(text: string, verbs: string[], spaced: boolean): string {
  if (spaced) {
    const tokens = text.split(/\s+/);
    const at = tokens.findLastIndex((t) => verbs.includes(t.toLowerCase()));
    return at >= 0 && at < tokens.length - 1 ? tokens.slice(at + 1).join(' ') : text;
  }
  const at = Math.max(
    ...verbs.map((v) => {
      const k = text.lastIndexOf(v);
      return k < 0 ? -1 : k + v.length;
    }),
  );
  return at > 0 && at < text.length ? text.slice(at) : text;
}

/** `text` without one opening word of `lead` and one closing word of `link`, whole words in any case. */
function cutWords(text: string, lead: string[], link: string[]): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length > 0 && lead.includes((tokens[0] as string).toLowerCase())) tokens.shift();
  if (tokens.length > 0 && link.includes((tokens.at(-1) as string).toLowerCase())) tokens.pop();
  return tokens.join(' ');
}

/** `text` without one prefix of `lead` and one suffix of `link`, the longest that fits. */
function cutAffixes(text: string, lead: string[], link: string[]): string {
  const longest = (list: string[], fits: (w: string) => boolean) =>
    list.filter(fits).reduce((a, b) => (b.length > a.length ? b : a), '');
  const start = longest(lead, (w) => text.startsWith(w)).length;
  const end = longest(link, (w) => text.endsWith(w)).length;
  return start + end >= text.length ? '' : text.slice(start, text.length - end);
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
