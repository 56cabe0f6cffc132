import { zhClassifiers } from '../../extract/lang/zh.js';
import type { Figure, Finding, Statement } from '../../types.js';
import { say } from '../messages.js';
import { add, comparable, overlaps, si, subtract, type Interval } from '../quantity.js';
import { defineRule, finding, type CheckContext } from '../rule.js';
import { levelOf, viewOf } from '../view.js';
import { balances, netChanges } from './balances.js';

const ID = 'arithmetic';

/**
 * Sums and differences the text states: a total and its parts (in one sentence, or after 其中 /
 * "of which" in the clauses that follow), a named difference (a surplus is exports less
 * imports), and an absolute change against its two ends.
 */
export const arithmetic = defineRule({
  id: ID,
  scope: 'document',
  description:
    'Totals must equal the sum of their parts, differences the difference of their sides, a change the gap between its ends.',
  examples: [
    {
      name: '其中 parts of a total',
      text: '全年货物贸易进出口总值4.18万亿元,其中出口2.37万亿元,进口1.81万亿元。',
      verdicts: ['holds'],
    },
    {
      name: 'parts that do not add up',
      text: 'A total of 600,800 vaccine doses were delivered: 402,500 to hospitals, 152,300 to pharmacies and 36,000 to clinics.',
      verdicts: ['fails'],
    },
    {
      name: 'a surplus',
      text: 'Exports came to $212.4bn and imports to $187.9bn, leaving a trade surplus of $24.5bn.',
      verdicts: ['holds'],
    },
    {
      name: 'a rise against its ends',
      text: 'Output increased from 1.35 million tonnes to 1.55 million tonnes, a rise of 300,000 tonnes.',
      verdicts: ['fails'],
    },
  ],
  check: (context) => [
    ...totals(context),
    ...balances(context, ID),
    ...netChanges(context, ID),
    ...changes(context),
    ...averages(context),
  ],
});

const LEVELS = new Set(['value', 'new']);
const usable = (f: Figure | undefined): f is Figure => f !== undefined && f.interval !== null && f.value !== null;

/** A total against its parts: those marked in its sentence, and the levels of the clauses that break it down. */
function totals(context: CheckContext): Finding[] {
  const bySentence = new Map<string, Statement[]>();
  for (const s of context.statements) pushTo(bySentence, s.sentence, s);
  const out: Finding[] = [];
  for (const s of context.statements) {
    const linked = context.partsOf.get(s.id) ?? [];
    const marked = s.figures.some((f) => f.role === 'total')
      ? (bySentence.get(s.sentence) ?? []).flatMap((x) => figuresIn(x, 'part', context))
      : [];
    const parts = [
      ...new Map([...marked, ...linked.flatMap((x) => levelsOf(x, context))].map((f) => [f.id, f])).values(),
    ];
    const total =
      s.figures
        .filter((f) => f.role === 'total')
        .map((f) => context.figures.get(f.figure))
        .find(usable) ?? (linked.length ? (levelOf(s, context) ?? onlyLike(s, parts, context)) : undefined);
    if (!usable(total)) continue;
    // "3.46 billion kronor, with 2.11 billion …": a bare number borrows the total's unit
    const own = parts.filter(
      (p) => (comparable(p, total) || (p.kind === 'count' && p.unit === '' && p.noun === null)) && p.id !== total.id,
    );
    if (own.length < 2 || own.length !== parts.length) continue;
    const sum = add(own.map(si));
    const verdict = overlaps(sum, si(total)) ? 'holds' : 'fails';
    // 其中 may list only some parts (稻谷, 小麦, 玉米 of all grain): short of the total is no error
    // unless the list is whole (a part named as the rest, or both sides of a difference)
    if (verdict === 'fails' && marked.length === 0 && (sum[1] ?? Infinity) < si(total)[0] && !whole(linked)) continue;
    // "1,200 flights … affecting about 180,000 passengers": a part above its total is a misread, not an error
    if (verdict === 'fails' && own.some((p) => si(p)[0] > (si(total)[1] ?? Infinity))) continue;
    // 改造2645艘，……泊位1711个: figures counted in other measure words count other things
    if (verdict === 'fails' && new Set([total, ...own].flatMap((f) => measureWordOf(f))).size > 1) continue;
    out.push(finding(ID, verdict, say.sum(total, own, sum), [total, ...own], s.source));
  }
  return out;
}

/** The one level of a statement in the parts' units ("支出1025.5亿元, 完成预算36.7%"): their total. */
function onlyLike(s: Statement, parts: Figure[], context: CheckContext): Figure | undefined {
  const first = parts[0];
  const like = levelsOf(s, context).filter((f) => first !== undefined && comparable(f, first));
  return like.length === 1 ? like[0] : undefined;
}

const measureWords = new Set(zhClassifiers);
const measureWordOf = (f: Figure): string[] => (f.noun && measureWords.has(f.noun) ? [f.noun] : []);

/** Whether listed parts are all of their total: one is the rest (其他, 非…), or they are exports and imports. */
const whole = (linked: Statement[]): boolean => {
  const parts = linked.flatMap((s) => s.figures);
  return (
    parts.some((f) => f.complement) ||
    (parts.some((f) => f.balance?.side === 'plus') && parts.some((f) => f.balance?.side === 'minus'))
  );
};

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** A statement's figures in a role; the result of a named difference (a surplus) is no part of a total. */
const figuresIn = (s: Statement, role: string, context: CheckContext): Figure[] =>
  s.figures
    .filter((f) => f.role === role && f.balance?.side !== 'result')
    .map((f) => context.figures.get(f.figure))
    .filter(usable);

/** The levels a statement states, leaving out the sides of a named difference (a surplus is no part). */
const levelsOf = (s: Statement, context: CheckContext): Figure[] =>
  s.figures
    .filter((f) => (LEVELS.has(f.role) || f.role === 'part') && f.balance?.side !== 'result')
    .map((f) => context.figures.get(f.figure))
    .filter(usable);

/** "from 1.35 million tonnes to 1.55 million tonnes, a rise of 300,000 tonnes": the gap between the ends. */
function changes(context: CheckContext): Finding[] {
  return context.statements.flatMap((s) => {
    const view = viewOf(s, context);
    const change = view.one('change');
    const from = view.start();
    const to = view.end();
    if (
      !usable(change) ||
      !usable(from) ||
      !usable(to) ||
      !s.direction ||
      !comparable(from, to) ||
      !comparable(change, to)
    )
      return [];
    const diff = subtract(si(to), si(from));
    const c = si(change);
    if (!diff || c[1] === null) return [];
    const stated: Interval = s.direction === 'up' ? c : [-c[1], -c[0]];
    return [
      finding(
        ID,
        overlaps(diff, stated) ? 'holds' : 'fails',
        say.absolute(change, from, to, diff),
        [change, from, to],
        s.source,
      ),
    ];
  });
}

/** "an average of 907 cases daily for October 31 to November 6 for a total of 9,069": average × days. */
function averages(context: CheckContext): Finding[] {
  return context.statements.flatMap((s) => {
    const view = viewOf(s, context);
    const average = view.one('average');
    const level = view.one('total') ?? view.end();
    if (!s.span || !usable(average) || !usable(level) || level === average) return [];
    // per day: a count per day, or an amount of the level's own kind (日均880万人次 of 3.56亿人次)
    const perDay = average.unit === '1/day' || comparable(average, level);
    const a = average.interval as Interval;
    const t = si(level);
    if (!perDay || a[1] === null || t[1] === null) return [];
    const product: Interval = [a[0] * s.span.days, a[1] * s.span.days];
    return [
      finding(
        ID,
        overlaps(product, t) ? 'holds' : 'fails',
        say.average(average, s.span.days, product, level),
        [average, level],
        s.source,
      ),
    ];
  });
}
