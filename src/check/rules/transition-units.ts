import { sameDimension } from '../../normalize/math.js';
import type { Figure } from '../../types.js';
import { defineRule, finding } from '../rule.js';

const CURRENCY = /^[A-Z]{3}$/;

/** Whether two figures' units can be compared: same currency, or the same physical dimension. */
function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (CURRENCY.test(a.unit) || CURRENCY.test(b.unit)) return a.unit === b.unit;
  if (a.unit === b.unit) return true;
  return sameDimension(a.unit, b.unit);
}

const base = {
  source: { file: 'example.txt', start: 0, end: 1, line: 1, column: 1 },
  noun: null, qualifier: 'exact' as const, interval: null, iso: null, lang: 'en' as const, sentence: '',
};

/** Both ends of a range or transition must measure the same thing in compatible units. */
export const transitionUnits = defineRule({
  id: 'unit-mismatch',
  severity: 'error',
  description: 'The two ends of a transition or range are in units that cannot be compared.',
  examples: [
    {
      name: 'euros to euros',
      figures: [
        { ...base, id: 'a', text: '€3.7bn', value: 3.7e9, unit: 'EUR', kind: 'money', link: { type: 'transition', role: 'from', other: 'b' } },
        { ...base, id: 'b', text: '€9.1bn', value: 9.1e9, unit: 'EUR', kind: 'money', link: { type: 'transition', role: 'to', other: 'a' } },
      ],
      verdicts: ['holds'],
    },
    {
      name: 'euros to dollars',
      figures: [
        { ...base, id: 'a', text: '€3.7bn', value: 3.7e9, unit: 'EUR', kind: 'money', link: { type: 'transition', role: 'from', other: 'b' } },
        { ...base, id: 'b', text: '$9.1bn', value: 9.1e9, unit: 'USD', kind: 'money', link: { type: 'transition', role: 'to', other: 'a' } },
      ],
      verdicts: ['mismatch'],
    },
  ],
  check({ figures, byId }) {
    return figures.flatMap((a) => {
      if (!a.link || (a.link.role !== 'from' && a.link.role !== 'low')) return [];
      const b = byId.get(a.link.other);
      if (!b) return [];
      const ok = comparable(a, b);
      const message = ok
        ? `\`${a.text}\` and \`${b.text}\` are in the same unit (${a.unit || 'count'})`
        : `\`${a.text}\` (${a.unit || a.kind}) and \`${b.text}\` (${b.unit || b.kind}) are not in comparable units`;
      return [finding(this, ok ? 'holds' : 'mismatch', message, [a, b], ok ? 'info' : 'error')];
    });
  },
});
