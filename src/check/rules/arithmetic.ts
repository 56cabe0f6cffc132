import type { Figure } from '../../types.js';
import { example } from '../example.js';
import { add, isAmount, overlaps, type Interval } from '../quantity.js';
import { defineRule, finding, type CheckFinding } from '../rule.js';
import { textAfter, textBefore, type Placed, type SentenceFigures } from '../sentences.js';

const rule = { id: 'arithmetic' };

/** Words that make a figure the total of its sentence: "of the 1,200 workers", 共 1200 人, 1200 人，其中 */
const TOTAL_BEFORE: Record<Figure['lang'], RegExp> = {
  en: /(?:^\s*of\s+(?:the\s+)?|\b(?:a\s+total\s+of|totall?ing|in\s+all)\s+)$/i,
  zh: /(?:共计|总计|合计|一共|总共|共有|共)\s*$/,
};
const TOTAL_AFTER: Record<Figure['lang'], RegExp> = {
  en: /^\s*(?:[a-z]+\s+)?(?:in\s+total|in\s+all|altogether)\b/i,
  zh: /^[\u4e00-\u9fff]{0,6}[，,]?\s*其中/,
};

/**
 * A total stated with its parts in one sentence ("Of the 1,200 workers, 700 are local and 500
 * are foreign"): the parts' sum must meet the total within their stated precision. Parts that
 * add up to less are not judged, since a sentence may list only some of them.
 */
export const arithmetic = defineRule({
  id: rule.id,
  severity: 'error',
  description: 'Parts stated with their total in one sentence must not add up to more than it.',
  examples: [
    {
      name: 'parts that add up',
      figures: example('en.txt', 'Of the 1,200 workers, 700 are local and 500 are foreign.', [
        { text: '1,200', value: 1200, kind: 'count', noun: 'workers' },
        { text: '700', value: 700, kind: 'count' },
        { text: '500', value: 500, kind: 'count' },
      ]),
      verdicts: ['holds'],
    },
    {
      name: 'parts that exceed the total',
      figures: example('zh.txt', '该中心共有 1200 名员工，其中本地员工 800 名，外籍员工 600 名。', [
        { text: '1200 名', value: 1200, kind: 'count', noun: '员工' },
        { text: '800 名', value: 800, kind: 'count' },
        { text: '600 名', value: 600, kind: 'count' },
      ]),
      verdicts: ['fails'],
    },
    {
      name: 'figures that count other things are no parts',
      figures: example('zh.txt', '本届世界杯共有32支球队参赛，64场比赛吸引观众逾340万人次。', [
        { text: '32支', value: 32, kind: 'count', noun: '球队' },
        { text: '64场', value: 64, kind: 'count', noun: '场' },
        { text: '逾340万人次', value: 3.4e6, kind: 'count', noun: '人次', qualifier: 'more-than' },
      ]),
      verdicts: [],
    },
  ],
  check({ sentences }) {
    return sentences.flatMap((s) => s.figures.flatMap((p) => judge(s, p)));
  },
});

/**
 * Whether a part counts what its total counts: either names nothing, the part names the total's
 * thing or its classifier (800 名 of 1200 名员工), or one noun ends the other (700 local workers).
 */
function countsSame(total: Figure, part: Figure): boolean {
  const [t, p] = [total.noun, part.noun];
  return t === null || p === null || total.text.includes(p) || t.endsWith(p) || p.endsWith(t);
}

function judge(s: SentenceFigures, total: Placed): CheckFinding[] {
  const t = total.figure;
  if (!isAmount(t) || !(TOTAL_BEFORE[t.lang].test(textBefore(s, total)) || TOTAL_AFTER[t.lang].test(textAfter(s, total)))) return [];
  // parts in the total's own unit, so their sum reads in it too; linked figures are ranges or changes,
  // and a figure that names another counted thing (32支球队 against 64场) is no part
  const parts = s.figures.map((p) => p.figure).filter((f) => f !== t && isAmount(f) && !f.link && f.kind === t.kind && f.unit === t.unit && countsSame(t, f));
  const whole = t.interval as Interval;
  if (parts.length < 2) return [];
  const sum = add(parts.map((f) => f.interval as Interval));
  // below the total: perhaps not every part is listed
  if (sum[1] !== null && sum[1] < whole[0]) return [];
  const verdict = overlaps(sum, whole) ? 'holds' : 'fails';
  const nominal = parts.reduce((n, f) => n + (f.value ?? 0), 0);
  return [finding(rule, verdict, 'arithmetic-sum', { total: t.text, parts: parts.map((f) => f.text), sum: nominal, unit: t.unit }, [t, ...parts])];
}
