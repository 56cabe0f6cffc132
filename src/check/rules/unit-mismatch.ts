import { AMOUNT_KINDS, type FigureKind, type Finding } from '../../types.js';
import { say } from '../messages.js';
import { alike } from '../quantity.js';
import { defineRule, finding } from '../rule.js';
import { viewOf } from '../view.js';

const ID = 'unit-mismatch';
/** The ends of a change: amounts, and percentages as levels (from 25% to 20%). */
const isLevel = (kind: FigureKind): boolean => AMOUNT_KINDS.has(kind) || kind === 'percent';

/**
 * The two ends of a change must measure the same thing: a change from tonnes to dollars, or
 * from euros to dollars, compares nothing. A conversion ("38.2 trillion yuan ($5.4 trillion)")
 * is one quantity said twice, never two ends.
 */
export const unitMismatch = defineRule({
  id: ID,
  scope: 'document',
  description: 'The start and the end of a stated change must be in comparable units.',
  examples: [
    {
      name: 'tonnes to dollars',
      text: 'Rice exports fell from 1.2 million tonnes in 2022 to $540 million in 2023.',
      verdicts: ['mismatch'],
    },
    { name: '万公顷 to 万公顷', text: '全县设施农业面积由3.5万公顷扩大到4.2万公顷。', verdicts: ['holds'] },
    {
      name: 'a conversion is not a change',
      text: 'Retail sales reached 41.76 trillion yuan ($5.82 trillion) last year.',
      verdicts: [],
    },
  ],
  check: (context): Finding[] =>
    context.statements.flatMap((s) => {
      const view = viewOf(s, context);
      const from = view.one('old');
      const to = view.one('new') ?? view.end();
      if (!from || !to || !isLevel(from.kind) || !isLevel(to.kind)) return [];
      // "20% above the 10-year average": a span beside another measure names a period, not an end
      if ((from.kind === 'duration') !== (to.kind === 'duration')) return [];
      // 增速达到6.5%……上年为3100亿元: a percentage against an amount is a misread pair, not a change
      if ((from.kind === 'percent') !== (to.kind === 'percent')) return [];
      const same = alike(from, to) !== null;
      return [finding(ID, same ? 'holds' : 'mismatch', say.units(from, to, same), [from, to], s.source)];
    }),
});
