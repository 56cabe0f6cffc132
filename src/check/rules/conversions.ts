import type { Figure, Finding } from '../../types.js';
import { say } from '../messages.js';
import { comparable, divide, overlaps, roughly, si } from '../quantity.js';
import { finding } from '../rule.js';
import type { StatementView } from '../view.js';

/**
 * "30,000 square metres, or about 3 hectares": one quantity in two units must convert to itself,
 * each read as rounded as conversions are written.
 */
export function conversions(view: StatementView, at: Figure['source'], ruleId: string): Finding[] {
  const out: Finding[] = [];
  const order = view.statement.figures;
  order.forEach((entry, k) => {
    if (entry.role !== 'conversion' || k === 0) return;
    const b = view.all('conversion').find((x) => x.id === entry.figure);
    const prior = order[k - 1];
    const a = prior ? [...view.all(prior.role)].find((x) => x.id === prior.figure) : undefined;
    // money in two currencies needs an exchange rate the text may not give: not checked here
    if (!a || !b || /^[A-Z]{3}$/.test(a.unit) || !comparable(a, b)) return;
    const ratio = divide(si(roughly(a)), si(roughly(b)));
    if (!ratio) return;
    const verdict = overlaps(ratio, [1, 1]) ? 'holds' : 'fails';
    out.push(finding(ruleId, verdict, say.conversion(a, b, ratio), [a, b], at));
  });
  return out;
}
