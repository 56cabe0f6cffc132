import type { Figure, Finding, Statement } from '../../types.js';
import { say } from '../messages.js';
import { comparable, overlaps, si, subtract, type Interval } from '../quantity.js';
import { finding, type CheckContext } from '../rule.js';

/*
 * Named differences for the arithmetic rule: a surplus is exports less imports, a deficit
 * imports less exports. Extraction marks each side and ties the three of a sentence (or of its
 * semicolon run) in a group.
 */

interface Group {
  result: Figure[];
  plus: Figure[];
  minus: Figure[];
  /** the result is what is taken away less what is added (a deficit of exports and imports) */
  negated: boolean;
  /** the statement the group is first named in, and its place in the document */
  statement: Statement;
  order: number;
}

/** Statements apart at most for a result and its sides stated in different sentences. */
const REACH = 4;

const usable = (f: Figure | undefined): f is Figure => f !== undefined && f.interval !== null && f.value !== null;

function groupsOf(context: CheckContext): Group[] {
  const groups = new Map<string, Group>();
  context.statements.forEach((s, order) => {
    for (const f of s.figures) {
      const figure = context.figures.get(f.figure);
      if (!f.balance || !usable(figure)) continue;
      let group = groups.get(f.balance.group);
      if (!group)
        groups.set(f.balance.group, (group = { result: [], plus: [], minus: [], negated: false, statement: s, order }));
      group[f.balance.side].push(figure);
      if (f.balance.negated) group.negated = true;
    }
  });
  return [...groups.values()];
}

/**
 * A result stated alone ("The trade deficit narrowed in September to $40.8 billion") and the
 * sides alone a sentence or two away ("September exports were $187.9 billion … imports … $228.7
 * billion"): one difference when both name the same period.
 */
function pairAcross(groups: Group[]): Array<{ result: Group; sides: Group }> {
  const results = groups.filter((g) => g.result.length === 1 && g.plus.length === 0 && g.minus.length === 0);
  // sides by file and period: a sheet's statements may all be checked at once
  const key = (g: Group): string => `${g.statement.source.file}\u0000${g.statement.period}`;
  const sides = new Map<string, Group[]>();
  for (const g of groups)
    if (g.statement.period !== null && g.result.length === 0 && g.plus.length === 1 && g.minus.length === 1)
      sides.set(key(g), [...(sides.get(key(g)) ?? []), g]);
  const pairs: Array<{ result: Group; sides: Group }> = [];
  for (const result of results) {
    const near = (sides.get(key(result)) ?? []).filter((g) => Math.abs(g.order - result.order) <= REACH);
    if (result.statement.period !== null && near.length === 1 && near[0]) pairs.push({ result, sides: near[0] });
  }
  return pairs;
}

/**
 * Each named difference against its result. One stated across sentences may set a measure of
 * something narrower beside the result (exports to one country): it holds or says it cannot be
 * sure, never fails.
 */
export function balances(context: CheckContext, ruleId: string): Finding[] {
  const groups = groupsOf(context);
  const whole = groups
    .filter((g) => g.result.length === 1 && g.plus.length === 1 && g.minus.length === 1)
    .map((g) => ({ result: g, sides: g, across: false }));
  const across = pairAcross(groups).map((pair) => ({ ...pair, across: true }));
  const out: Finding[] = [];
  for (const { result, sides, across: apart } of [...whole, ...across]) {
    const [r, a, b] = [result.result[0], sides.plus[0], sides.minus[0]] as [Figure, Figure, Figure];
    if (!comparable(r, a) || !comparable(a, b)) continue;
    const diff = result.negated ? subtract(si(b), si(a)) : subtract(si(a), si(b));
    if (!diff) continue;
    // the result's sign is in its name: a surplus of exports below imports is no surplus
    const holds = overlaps(diff, si(r));
    const verdict = holds ? 'holds' : apart ? 'unverifiable' : 'fails';
    const [from, less] = result.negated ? [b, a] : [a, b];
    const said = say.difference(r, from, less, diff) + (holds || !apart ? '' : say.apart);
    out.push(finding(ruleId, verdict, said, [r, from, less], result.statement.source));
  }
  return out;
}

/** The last word of a counted noun: "private sector jobs" and "jobs" count one thing. */
const head = (noun: string | null): string | null => noun?.trim().split(/\s+/).pop()?.toLowerCase() ?? null;

/** The one gain and one loss of a sentence, of one counted noun ("picked up 140,000 … while losing 20,000 …"). */
function gainAndLoss(statements: Statement[], context: CheckContext): [Figure, Figure] | null {
  const changes = statements.flatMap((s) =>
    s.figures
      .filter((f) => f.role === 'change')
      .map((f) => ({ figure: context.figures.get(f.figure), direction: s.direction })),
  );
  const gain = changes.filter((c) => c.direction === 'up');
  const loss = changes.filter((c) => c.direction === 'down');
  if (changes.length !== 2 || gain.length !== 1 || loss.length !== 1) return null;
  const [g, l] = [gain[0]?.figure, loss[0]?.figure];
  if (!usable(g) || !usable(l) || !comparable(g, l) || head(g.noun) === null || head(g.noun) !== head(l.noun))
    return null;
  return [g, l];
}

/**
 * "the economy added 120,000 jobs" and, a sentence or two away, "picked up 140,000 private
 * sector jobs, while losing 20,000 government jobs": the net change is the gain less the loss.
 * Nothing but the figures ties the sentences, so they are taken as one measure only when they
 * add up; otherwise they are two measures and nothing is said.
 */
export function netChanges(context: CheckContext, ruleId: string): Finding[] {
  // each sentence's statements, and where its first stands in the document
  const bySentence = new Map<string, { statements: Statement[]; at: number }>();
  context.statements.forEach((s, at) => {
    const entry = bySentence.get(s.sentence);
    if (entry) entry.statements.push(s);
    else bySentence.set(s.sentence, { statements: [s], at });
  });
  const out: Finding[] = [];
  for (const [sentence, { statements, at }] of bySentence) {
    const pair = gainAndLoss(statements, context);
    if (!pair) continue;
    const [gain, loss] = pair;
    const diff = subtract(si(gain), si(loss));
    const net = context.statements
      .slice(Math.max(0, at - REACH), at + REACH)
      .filter((s) => s.sentence !== sentence && s.source.file === statements[0]?.source.file && s.figures.length === 1)
      .flatMap((s) => {
        const f = context.figures.get((s.figures[0] as { figure: string }).figure);
        if (s.figures[0]?.role !== 'change' || !usable(f) || !comparable(f, gain) || head(f.noun) !== head(gain.noun))
          return [];
        const signed: Interval = s.direction === 'down' ? [-(si(f)[1] ?? si(f)[0]), -si(f)[0]] : si(f);
        return diff && overlaps(diff, signed) ? [{ s, f }] : [];
      });
    if (net.length !== 1 || !diff) continue;
    const { s, f } = net[0] as { s: Statement; f: Figure };
    out.push(finding(ruleId, 'holds', say.difference(f, gain, loss, diff), [f, gain, loss], s.source));
  }
  return out;
}
