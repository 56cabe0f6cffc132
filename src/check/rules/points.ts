import type { Figure, Finding, StatementFigure } from '../../types.js';
import { say } from '../messages.js';
import { overlaps, subtract, type Interval } from '../quantity.js';
import { wordInterval } from '../readings.js';
import { finding, type CheckContext } from '../rule.js';
import type { StatementView } from '../view.js';

type Pair = readonly [Figure, Figure] | undefined;

/**
 * A change in percentage points against its two percentages: the ends of the clause's change, or
 * the rate it states and the one earlier percentage it is set against. Its sign is its own words'
 * (回落0.3个百分点, "a slowdown of 0.3 point"), else the clause's.
 */
export function points(
  view: StatementView,
  f: Figure,
  entry: StatementFigure,
  pair: Pair,
  context: CheckContext,
  ruleId: string,
): Finding[] {
  const at = view.statement.source;
  const claim = entry.claim ?? f.text;
  const ends = pair && pair[0].kind === 'percent' && pair[1].kind === 'percent' ? pair : rateAndBase(view, context);
  const stated = wordInterval(f);
  const direction = entry.direction ?? view.statement.direction;
  if (!ends || !stated || !direction)
    return [finding(ruleId, 'unverifiable', say.missing(claim, 'the text gives no two percentages for it'), [f], at)];
  const diff = subtract(ends[1].interval as Interval, ends[0].interval as Interval);
  const signed: Interval = direction === 'up' ? stated : [-(stated[1] ?? Infinity), -stated[0]];
  if (!diff) return [];
  const verdict = overlaps(diff, signed) ? 'holds' : 'fails';
  return [finding(ruleId, verdict, say.points(claim, diff, ends[0], ends[1]), [f, ends[0], ends[1]], at)];
}

/**
 * "同比上涨0.8%,比11月份的0.5%扩大0.3个百分点": points of a rate the clause states (0.8%) from an
 * earlier one (0.5%): the one rate before the one old percentage is the new end.
 */
function rateAndBase(view: StatementView, context: CheckContext): Pair {
  const entries = view.statement.figures;
  const olds = entries.filter((e) => e.role === 'old');
  const old = olds.length === 1 ? context.figures.get(olds[0]?.figure ?? '') : undefined;
  const at = entries.findIndex((e) => e === olds[0]);
  const rates = entries.slice(0, at).filter((e) => e.role === 'rate' && !e.points);
  const rate = rates.length === 1 ? context.figures.get(rates[0]?.figure ?? '') : undefined;
  return old?.kind === 'percent' && rate?.kind === 'percent' ? [old, rate] : undefined;
}
