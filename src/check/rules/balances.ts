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
      if (!group) groups.set(f.balance.group, (group = { result: [], plus: [], minus: [], statement: s, order }));
      group[f.balance.side].push(figure);
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
  const sides = groups.filter((g) => g.result.length === 0 && g.plus.length === 1 && g.minus.length === 1);
  const pairs: Array<{ result: Group; sides: Group }> = [];
  for (const result of results) {
    const { period, source } = result.statement;
    const near = sides.filter(
      (g) =>
        period !== null &&
        g.statement.period === period &&
        g.statement.source.file === source.file &&
        Math.abs(g.order - result.order) <= REACH,
    );
    if (near.length === 1 && near[0]) pairs.push({ result, sides: near[0] });
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
    const diff = subtract(si(a), si(b));
    if (!diff) continue;
    // a deficit may be written as a positive amount: compare magnitudes
    const magnitude: Interval = diff[0] < 0 && (diff[1] ?? 0) < 0 ? [-(diff[1] as number), -diff[0]] : diff;
    const holds = overlaps(magnitude, si(r));
    const verdict = holds ? 'holds' : apart ? 'unverifiable' : 'fails';
    const said = say.difference(r, a, b, diff) + (holds || !apart ? '' : say.apart);
    out.push(finding(ruleId, verdict, said, [r, a, b], result.statement.source));
  }
  return out;
}
