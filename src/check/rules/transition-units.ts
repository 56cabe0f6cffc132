import type { Figure } from '../../types.js';
import { example } from '../example.js';
import { operandsOf } from '../operands.js';
import { comparable } from '../quantity.js';
import { defineRule, finding, type CheckFinding } from '../rule.js';
import { statementsOf } from '../statements.js';

const rule = { id: 'unit-mismatch' };

/**
 * Both ends of a range or transition, and the two figures a stated change compares ("rose 15%
 * to €4.6bn from $4bn"), must be in units that compare: the same currency, or one dimension.
 */
export const transitionUnits = defineRule({
  id: rule.id,
  severity: 'error',
  description: 'The two ends of a transition or range, or the two figures a stated change compares, are in units that cannot be compared.',
  examples: [
    {
      name: 'euros to euros',
      figures: example('a.txt', 'The deficit widened from €3.7bn to €9.1bn.', [
        { text: '€3.7bn', value: 3.7e9, unit: 'EUR', kind: 'money', link: ['transition', 'from', 1] },
        { text: '€9.1bn', value: 9.1e9, unit: 'EUR', kind: 'money', link: ['transition', 'to', 0] },
      ]),
      verdicts: ['holds'],
    },
    {
      name: 'euros to dollars',
      figures: example('a.txt', 'The deficit widened from €3.7bn to $9.1bn.', [
        { text: '€3.7bn', value: 3.7e9, unit: 'EUR', kind: 'money', link: ['transition', 'from', 1] },
        { text: '$9.1bn', value: 9.1e9, unit: 'USD', kind: 'money', link: ['transition', 'to', 0] },
      ]),
      verdicts: ['mismatch'],
    },
    {
      name: 'a stated change between euros and dollars',
      figures: example('a.txt', 'Exports rose 15% to €4.6bn from $4bn.', [
        { text: '15%', value: 15, kind: 'percent', unit: '%' },
        { text: '€4.6bn', value: 4.6e9, kind: 'money', unit: 'EUR' },
        { text: '$4bn', value: 4e9, kind: 'money', unit: 'USD' },
      ]),
      verdicts: ['mismatch'],
    },
  ],
  check({ figures, byId, sentences }) {
    const linked = figures.flatMap((a): CheckFinding[] => {
      if (a.link?.role !== 'from' && a.link?.role !== 'low') return [];
      const b = byId.get(a.link.other);
      return b ? [judge(a, b)] : [];
    });
    // figures a statement compares without a link between them
    const stated = statementsOf(sentences).flatMap((statement): CheckFinding[] => {
      const operands = operandsOf(statement, sentences);
      return 'missing' in operands && operands.missing === 'units' && !operands.linked ? [judge(...operands.pair)] : [];
    });
    return [...linked, ...stated];
  },
});

function judge(a: Figure, b: Figure): CheckFinding {
  return comparable(a, b)
    ? finding(rule, 'holds', 'units-comparable', { a: a.text, b: b.text, unit: a.unit }, [a, b])
    : finding(rule, 'mismatch', 'units-incomparable', { a: a.text, aUnit: a.unit || a.kind, b: b.text, bUnit: b.unit || b.kind }, [a, b]);
}
