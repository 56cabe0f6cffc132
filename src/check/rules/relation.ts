import type { Figure, Finding, StatementFigure } from '../../types.js';
import { say } from '../messages.js';
import { alike, comparable, divide, overlaps, si, type Interval } from '../quantity.js';
import { rateRatio, shareFraction, wordInterval } from '../readings.js';
import { defineRule, finding } from '../rule.js';
import { conversions } from './conversions.js';
import { points } from './points.js';
import { levelOf, viewOf, type StatementView } from '../view.js';

const ID = 'relation';

/**
 * A stated rate of change, multiplier, share, direction or conversion against what the figures
 * it is about allow. Every figure stands for the interval its digits allow; the relation holds
 * when the computed interval meets the stated one, fails when it cannot, and is unverifiable
 * when the text does not give the figures to compute it from.
 */
export const relation = defineRule({
  id: ID,
  scope: 'document',
  description: 'A percentage change, multiplier, share, direction or conversion must match the figures it relates.',
  examples: [
    {
      name: 'rose 15% to $3.27 billion from $3.02 billion',
      text: 'Exports rose 15% to $3.27 billion in the first half, from $3.02 billion a year earlier.',
      verdicts: ['fails'],
    },
    {
      name: 'up 27% on the year, against $325 million',
      text: 'Net profit came in at $412 million (up 27% on the year), against $325 million in 2022.',
      verdicts: ['holds'],
    },
    {
      name: '翻了一番 from 5.2亿件 to 8.7亿件',
      text: '全市快递业务量从2019年的5.2亿件增长到2023年的8.7亿件,翻了一番。',
      verdicts: ['fails'],
    },
    {
      name: '增长了两倍 is ×3',
      text: '2023年,全市跨境电商交易额达到186亿元,比2019年的62亿元增长了两倍。',
      verdicts: ['holds'],
    },
    {
      name: 'a share of a whole',
      text: "About one in five of the carmaker's 8,900 employees in the country — 1,760 people — will be affected.",
      verdicts: ['holds'],
    },
    {
      name: 'a rate with no base',
      text: 'Cargo handled at the river terminals climbed 8.7% in the first nine months.',
      verdicts: ['unverifiable'],
    },
    {
      name: 'a conversion',
      text: 'The tram line runs 62 kilometres, or about 39 miles, from the airport.',
      verdicts: ['holds'],
    },
  ],
  check: (context) => context.statements.flatMap((statement) => relationsOf(viewOf(statement, context), context)),
});

/** The figures a share or multiplier's entry says it is the ratio of (numerator, denominator), when comparable. */
function ratioFigures(
  view: StatementView,
  f: Figure,
  context: Parameters<typeof levelOf>[1],
): [Figure, Figure] | [undefined, undefined] {
  const ratio = view.statement.figures.find((e) => e.figure === f.id)?.ratio;
  const over = ratio ? context.figures.get(ratio.numerator) : undefined;
  const under = ratio ? context.figures.get(ratio.denominator) : undefined;
  return over && under && comparable(over, under) ? [over, under] : [undefined, undefined];
}

function relationsOf(view: StatementView, context: Parameters<typeof levelOf>[1]): Finding[] {
  const at = view.statement.source;
  const out: Finding[] = [];
  const from = view.start();
  const to = view.end();
  const pair = from && to ? (alike(from, to) ?? undefined) : undefined;
  for (const entry of view.statement.figures) {
    const f = context.figures.get(entry.figure);
    if (!f) continue;
    if (entry.role === 'rate') out.push(...rate(view, f, entry, pair, at, context));
    else if (entry.role === 'multiplier') {
      const [over, under] = ratioFigures(view, f, context);
      out.push(...multiplier(view, f, entry, over && under ? [under, over] : pair, at));
    } else if (entry.role === 'share') out.push(...share(view, f, context, at));
  }
  const claimed = view.statement.figures.some((x) => x.role === 'rate' || x.role === 'multiplier');
  if (!claimed && pair && view.statement.direction && view.one('old')) out.push(direction(view, pair[0], pair[1], at));
  out.push(...conversions(view, at, ID));
  return out;
}

type Pair = readonly [Figure, Figure] | undefined;

/**
 * "销售金额656.5亿元,同比增长76.7%,……比例由1.86%提高至2.67%": a rate after a level of its own is
 * the change of that level; two ends stated after it are of another measure.
 */
function endsAfterOwnLevel(view: StatementView, f: Figure, pair: Pair): boolean {
  const order = view.statement.figures;
  const at = order.findIndex((e) => e.figure === f.id);
  const placeOf = (x: Figure): number => order.findIndex((e) => e.figure === x.id);
  return pair !== undefined && pair.every((x) => placeOf(x) > at) && order.slice(0, at).some((e) => e.role === 'value');
}
const claimOf = (view: StatementView, f: Figure): string =>
  view.statement.figures.find((x) => x.figure === f.id)?.claim ?? f.text;
const verdictOf = (computed: Interval, stated: Interval): 'holds' | 'fails' =>
  overlaps(computed, stated) ? 'holds' : 'fails';

/** The ratio new / old a statement's figures allow: from its two ends, or an end and the change. */
/** A ratio computed from a statement's figures, and the figures it was computed from. */
interface Computed {
  ratio: Interval;
  from: Figure;
  to: Figure;
  /** the absolute change the base was derived with */
  change?: Figure;
  /** the parts an overall rate sums */
  parts?: Figure[];
}

function ratioOf(view: StatementView, pair: Pair): Computed | null {
  if (pair) {
    const ratio = divide(si(pair[1]), si(pair[0]));
    return ratio ? { ratio, from: pair[0], to: pair[1] } : null;
  }
  const change = view.one('change');
  const end = view.end();
  const start = view.start();
  const known = end ?? start;
  if (!change || !known || !comparable(change, known) || !view.statement.direction) return null;
  // new = old ± change, as a ratio of the known end alone (q = change / known): dividing two
  // intervals that both hold the known end would count its rounding twice
  const q = divide(si(change), si(known));
  if (!q) return null;
  const [q0, q1] = q;
  const up = view.statement.direction === 'up';
  // "lost $1.3 billion, compared with a loss of $1.1 billion": a fall past zero is no change of that level
  if ((end ? up : !up) && q0 >= 1) return null;
  const ratio: Interval = end
    ? up
      ? [1 / (1 - q0), q1 === null || q1 >= 1 ? null : 1 / (1 - q1)]
      : [q1 === null ? 0 : 1 / (1 + q1), 1 / (1 + q0)]
    : up
      ? [1 + q0, q1 === null ? null : 1 + q1]
      : [q1 === null ? 0 : Math.max(0, 1 - q1), 1 - q0];
  return { ratio, from: known, to: known, change };
}

type Context = Parameters<typeof levelOf>[1];

/**
 * An overall rate over parts that each state a rate and a new level: each part's base is its new
 * level over its ratio, and the overall ratio is the sum of the new levels over the sum of the bases.
 */
function overallRatio(view: StatementView, context: Context): Computed | null {
  const parts = context.partsOf.get(view.statement.id) ?? [];
  if (parts.length < 2) return null;
  let news: Interval = [0, 0];
  let bases: Interval = [0, 0];
  const figures: Figure[] = [];
  for (const s of parts) {
    const part = viewOf(s, context);
    const level = part.one('new');
    const r = part.one('rate');
    const ratio = r ? rateRatio(r, s.direction) : null;
    const base = level && ratio ? divide(si(level), ratio) : null;
    if (
      !level ||
      !base ||
      !ratio ||
      base[1] === null ||
      si(level)[1] === null ||
      (figures[0] && !comparable(figures[0], level))
    )
      return null;
    news = [news[0] + si(level)[0], (news[1] as number) + (si(level)[1] as number)];
    bases = [bases[0] + base[0], (bases[1] as number) + base[1]];
    figures.push(level);
  }
  const ratio = divide(news, bases);
  return ratio && figures[0] && figures[1]
    ? { ratio, from: figures[0], to: figures[figures.length - 1] as Figure, parts: figures }
    : null;
}

function rate(
  view: StatementView,
  f: Figure,
  entry: StatementFigure,
  pair: Pair,
  at: Figure['source'],
  context: Context,
): Finding[] {
  const claim = claimOf(view, f);
  if (entry.points) return points(view, f, entry, pair, context, ID);
  const stated = rateRatio(f, view.statement.direction);
  const computed = ratioOf(view, endsAfterOwnLevel(view, f, pair) ? undefined : pair) ?? overallRatio(view, context);
  if (!stated || !computed)
    return [
      finding(ID, 'unverifiable', say.missing(claim, 'the text does not give the base it is measured from'), [f], at),
    ];
  const message = computed.parts
    ? say.overall(claim, computed.ratio, computed.parts)
    : computed.change
      ? say.base(claim, computed.ratio, computed.to, computed.change)
      : say.change(claim, computed.ratio, computed.from, computed.to);
  return [
    finding(
      ID,
      verdictOf(computed.ratio, stated),
      message,
      [f, ...(computed.parts ?? [computed.from, computed.to])],
      at,
    ),
  ];
}

function multiplier(
  view: StatementView,
  f: Figure,
  entry: StatementFigure,
  pair: Pair,
  at: Figure['source'],
): Finding[] {
  const claim = claimOf(view, f);
  const stated = wordInterval(f);
  if (!stated || !pair)
    return [
      finding(ID, 'unverifiable', say.missing(claim, 'the text does not give both figures it compares'), [f], at),
    ];
  const ratio = divide(si(pair[1]), si(pair[0]));
  if (!ratio) return [];
  const plusOne: Interval = [stated[0] + 1, stated[1] === null ? null : stated[1] + 1];
  const figures = [f, pair[0], pair[1]];
  if (entry.reading === 'plus-one')
    return [
      finding(
        ID,
        verdictOf(ratio, plusOne),
        say.ratio(claim, ratio, pair[0], pair[1], `; read as ×${f.value === null ? '' : f.value + 1}`),
        figures,
        at,
      ),
    ];
  if (entry.reading === 'either') {
    const a = verdictOf(ratio, stated);
    const b = verdictOf(ratio, plusOne);
    const note =
      a === b
        ? `; ${claim} may mean ×${f.value} or ×${(f.value ?? 0) + 1}: ${a} either way`
        : `; ${claim} may mean ×${f.value} (${a}) or ×${(f.value ?? 0) + 1} (${b})`;
    return [finding(ID, a === b ? a : 'unverifiable', say.ratio(claim, ratio, pair[0], pair[1], note), figures, at)];
  }
  return [finding(ID, verdictOf(ratio, stated), say.ratio(claim, ratio, pair[0], pair[1]), figures, at)];
}

/** A share of a whole: its whole stated beside it, or the total its 其中 / "of which" breaks down. */
function share(
  view: StatementView,
  f: Figure,
  context: Parameters<typeof levelOf>[1],
  at: Figure['source'],
): Finding[] {
  const stated = shareFraction(f);
  const [over, under] = ratioFigures(view, f, context);
  if (stated && over && under) {
    const computed = divide(si(over), si(under));
    if (computed)
      return [finding(ID, verdictOf(computed, stated), say.share(f, computed, over, under), [f, over, under], at)];
  }
  const link = view.statement.links.find((l) => l.type === 'parts-of');
  const linked = link ? context.statementsById.get(link.statement) : undefined;
  const whole = view.one('whole') ?? view.one('total') ?? (linked ? levelOf(linked, context) : undefined);
  const parts = [...view.all('value'), ...view.all('new'), ...view.all('part')].filter(
    (p) => p !== whole && whole && comparable(p, whole),
  );
  const part = parts.length === 1 ? parts[0] : undefined;
  if (!stated || !whole || !part)
    return [
      finding(ID, 'unverifiable', say.missing(f.text, 'the text does not give both the part and the whole'), [f], at),
    ];
  const computed = divide(si(part), si(whole));
  if (!computed) return [];
  return [finding(ID, verdictOf(computed, stated), say.share(f, computed, part, whole), [f, part, whole], at)];
}

function direction(view: StatementView, from: Figure, to: Figure, at: Figure['source']): Finding {
  const a = si(from);
  const b = si(to);
  const went = (b[1] ?? Infinity) < a[0] ? 'down' : (a[1] ?? Infinity) < b[0] ? 'up' : 'level';
  const claim = view.statement.trigger ?? (view.statement.direction === 'up' ? 'a rise' : 'a fall');
  const verdict = went === 'level' || went === view.statement.direction ? 'holds' : 'fails';
  return finding(ID, verdict, say.direction(claim, from, to, went), [from, to], at);
}
