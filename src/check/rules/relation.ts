import type { Figure } from '../../types.js';
import { example } from '../example.js';
import { operandsOf } from '../operands.js';
import { divide, measured, overlaps } from '../quantity.js';
import { defineRule, finding, type CheckFinding } from '../rule.js';
import { statementsOf, type Statement } from '../statements.js';

const rule = { id: 'relation' };

/**
 * A stated multiplier, change or share against the ratio of the figures it is about. It holds
 * when the ratio the two figures allow (each within its stated precision) meets what the words
 * allow (their own precision and qualifier: "more than doubled" is ×2 and up); with two readings
 * (扩大两倍: ×2 or ×3) it holds when either does, and the message says which.
 */
export const relation = defineRule({
  id: rule.id,
  severity: 'error',
  description:
    'A multiplier, percentage change or share stated next to figures must match their ratio: error when it fails, warning when the figures to compute it from are missing.',
  examples: [
    {
      name: 'more than doubled, ×2.19',
      figures: example('en.txt', 'Revenue more than doubled from $2.1bn to $4.6bn.', [
        { text: 'more than doubled', value: 2, kind: 'multiplier', qualifier: 'more-than' },
        { text: '$2.1bn', value: 2.1e9, kind: 'money', unit: 'USD', link: ['transition', 'from', 2] },
        { text: '$4.6bn', value: 4.6e9, kind: 'money', unit: 'USD', link: ['transition', 'to', 1] },
      ]),
      verdicts: ['holds'],
    },
    {
      name: 'more than tripled, ×2.19',
      figures: example('en.txt', 'Revenue more than tripled from $2.1bn to $4.6bn.', [
        { text: 'more than tripled', value: 3, kind: 'multiplier', qualifier: 'more-than' },
        { text: '$2.1bn', value: 2.1e9, kind: 'money', unit: 'USD', link: ['transition', 'from', 2] },
        { text: '$4.6bn', value: 4.6e9, kind: 'money', unit: 'USD', link: ['transition', 'to', 1] },
      ]),
      verdicts: ['fails'],
    },
    {
      name: 'rose 15% to €4.6bn from €4bn',
      figures: example('en.txt', 'Exports rose 15% to €4.6bn from €4bn.', [
        { text: '15%', value: 15, kind: 'percent', unit: '%' },
        { text: '€4.6bn', value: 4.6e9, kind: 'money', unit: 'EUR' },
        { text: '€4bn', value: 4e9, kind: 'money', unit: 'EUR' },
      ]),
      verdicts: ['holds'],
    },
    {
      name: '翻两番 from 10 万吨 to 30 万吨',
      figures: example('zh.txt', '货运量由 10 万吨增至 30 万吨，翻两番。', [
        { text: '10 万吨', value: 1e5, kind: 'mass', unit: 't', place: 4, link: ['transition', 'from', 1] },
        { text: '30 万吨', value: 3e5, kind: 'mass', unit: 't', place: 4, link: ['transition', 'to', 0] },
        { text: '翻两番', value: 4, kind: 'multiplier' },
      ]),
      verdicts: ['fails'],
    },
    {
      name: '扩大两倍以上 (×2 or ×3) from the sentence before: holds either way',
      figures: [
        ...example('zh.txt', '货物被推入3万平方米的机库。', [{ text: '3万平方米', value: 3e4, kind: 'area', unit: 'm^2', place: 4 }]),
        ...example('zh.txt', '菜鸟将仓库面积扩大两倍以上，达到 100,000 平方米。', [
          { text: '两倍以上', value: 2, kind: 'multiplier', qualifier: 'more-than' },
          { text: '100,000 平方米', value: 1e5, kind: 'area', unit: 'm^2' },
        ], 14),
      ],
      verdicts: ['holds'],
    },
    {
      name: 'less than half of 800: 350',
      figures: example('en.txt', 'Less than half of the 800 ventilators arrived; 350 were delivered.', [
        { text: 'Less than half', value: 0.5, kind: 'fraction', qualifier: 'less-than', place: -3 },
        { text: '800', value: 800, kind: 'count', noun: 'ventilators' },
        { text: '350', value: 350, kind: 'count' },
      ]),
      verdicts: ['holds'],
    },
    {
      name: 'up 20 percent, nothing to compute from',
      figures: example('en.txt', 'Profit increased by 20 percent to $120 million.', [
        { text: '20 percent', value: 20, kind: 'percent', unit: '%' },
        { text: '$120 million', value: 1.2e8, kind: 'money', unit: 'USD' },
      ]),
      verdicts: ['unverifiable'],
    },
  ],
  check({ sentences }) {
    return statementsOf(sentences).flatMap((statement): CheckFinding[] => {
      const operands = operandsOf(statement, sentences);
      const stated = statement.figure;
      // unit-mismatch reports figures in units that cannot be compared
      if ('missing' in operands && operands.missing === 'units') return [];
      if ('missing' in operands) {
        if (operands.missing === 'direction') {
          const [a, b] = operands.pair;
          return [finding(rule, 'unverifiable', 'relation-direction', { claim: statement.claim, a: a.text, b: b.text }, [stated, a, b])];
        }
        if (operands.missing === 'many') return [finding(rule, 'unverifiable', 'relation-many-operands', { claim: statement.claim, count: operands.count }, [stated])];
        if (statement.total) return [finding(rule, 'unverifiable', 'relation-no-part', { claim: statement.claim, total: statement.total.text }, [stated, statement.total])];
        // "twice" with nothing to compare is an adverb ("visited twice"), not a claim
        if (statement.type === 'times') return [];
        return [finding(rule, 'unverifiable', 'relation-no-operands', { claim: statement.claim }, [stated])];
      }
      return judge(statement, operands.found);
    });
  },
});

function judge(statement: Statement, [first, second]: [Figure, Figure]): CheckFinding[] {
  const a = measured(first);
  const b = measured(second);
  const stated = statement.figure;
  const claim = statement.claim;
  if (!a || !b || a.value <= 0 || b.value <= 0) return [finding(rule, 'unverifiable', 'relation-no-operands', { claim }, [stated])];
  // times compares the larger with the smaller, whichever comes first
  const [num, den, numFigure, denFigure] =
    statement.type === 'change' ? [b, a, second, first] : statement.type === 'share' ? [a, b, first, second] : a.value >= b.value ? [a, b, first, second] : [b, a, second, first];
  const computed = divide(num.interval, den.interval);
  const ratio = num.value / den.value;
  const holds = statement.readings.map((r) => computed !== null && overlaps(r, computed));
  const verdict = holds.includes(true) ? 'holds' : 'fails';
  const figures = [stated, first, second];
  const note = readingNote(statement, holds);
  if (statement.type === 'share') return [finding(rule, verdict, 'relation-share', { claim, share: ratio, part: first.text, total: second.text }, figures)];
  if (statement.type === 'times') return [finding(rule, verdict, 'relation-times', { claim, ratio, larger: numFigure.text, smaller: denFigure.text, ...note }, figures)];
  if (stated.kind === 'percent') return [finding(rule, verdict, 'relation-change', { claim, change: (ratio - 1) * 100, from: first.text, to: second.text }, figures)];
  return [finding(rule, verdict, 'relation-ratio', { claim, ratio, from: first.text, to: second.text, ...note }, figures)];
}

/** "扩大两倍 may mean ×2 or ×3: holds read as ×3", for words with two readings. */
function readingNote(statement: Statement, holds: boolean[]): { note?: string } {
  const ambiguity = statement.ambiguity;
  if (!ambiguity) return {};
  const [one, other] = ambiguity.values;
  const outcome = holds.every(Boolean) ? 'holds either way' : holds.includes(true) ? `holds read as ×${ambiguity.values[holds.indexOf(true)]}` : 'fails either way';
  return { note: `${ambiguity.words} may mean ×${one} or ×${other}: ${outcome}` };
}
