import type { SourcePointer, Statement } from '../../types.js';
import { linkComparisons, linkSharesToParts } from './across.js';
import { patternsOf } from './compiled.js';
import { sentenceStatements, type SentenceInput } from './build.js';
import type { PlacedFigure } from './roles.js';

export type { SentenceInput } from './build.js';

const AMOUNT_ROLES = new Set(['value', 'new', 'total']);
const hasAmount = (s: Statement): boolean => s.figures.some((f) => AMOUNT_ROLES.has(f.role));
const hasChange = (s: Statement): boolean =>
  s.figures.some((f) => f.role === 'rate' || f.role === 'change' || f.role === 'multiplier');
const hasLevel = (s: Statement): boolean =>
  s.figures.some((f) => f.role === 'value' || f.role === 'new' || f.role === 'old');

/**
 * The statements of a document, sentence by sentence, tied to the statements the text points
 * back to: the total a 其中 / "of which" clause breaks down (and the clauses after it up to the
 * sentence's full stop), the figure "That figure" or 这一数字 names, the change whose base a
 * clause opening 上年 / "a year earlier" states.
 */
export function readStatements(
  text: string,
  sentences: SentenceInput[],
  pointer: (start: number, end: number) => SourcePointer,
): Statement[] {
  const all: Statement[] = [];
  let partsOf: string | null = null;
  let previousSentence: Statement[] = [];
  const placed = new PlacedFigures(sentences);
  // the first sentence of a run joined by semicolons: a difference's sides may stand in any of them
  let scope = '';
  let joined = false;
  // the statements of the sentences joined by semicolons so far
  let run: Statement[] = [];
  const context = { text, pointer };
  for (let at = 0; at < sentences.length; at++) {
    const s = sentences[at] as SentenceInput;
    if (!joined) scope = s.id;
    if (s.figures.length === 0) {
      partsOf = null;
      joined = false;
      continue;
    }
    const p = patternsOf(s.lang);
    placed.reach(at);
    const own = sentenceStatements(s, context);
    linkOverall(own, joined ? run : [], text, p);
    own.forEach((st, k) => {
      const opening = text.slice(st.source.start, st.source.start + 40);
      // the statements before, nearest first: made only for the few statements that look back
      const earlier = (): Statement[] => [...previousSentence, ...own.slice(0, k)].reverse();
      if (p.partsEnd.test(opening)) partsOf = null;
      else if (p.partsOpen.test(opening)) partsOf = earlier().find(hasAmount)?.id ?? null;
      if (partsOf && previousSentence.length + k > 0 && st.id !== partsOf)
        st.links.push({ type: 'parts-of', statement: partsOf });
      if (k === 0 && p.referOpen.test(text.slice(s.start, s.start + 40))) {
        const target = [...previousSentence].reverse().find(hasLevel);
        if (target) st.links.push({ type: 'refers-to', statement: target.id });
      }
      if (p.baseOpen.test(opening)) {
        const target = earlier().find((e) => hasChange(e) && !e.figures.some((f) => f.role === 'old'));
        if (target && st.figures.length === 1) st.links.push({ type: 'base-of', statement: target.id });
      }
      if (st.links.length === 0 && hasChange(st) && !st.figures.some((f) => f.role === 'old')) {
        // "将其仓库面积扩大两倍以上，达到 100,000 平方米" after "……3万平方米的机库。": 其 / its names the measure before
        const target = pronounTarget(st, previousSentence, s, placed, text, p);
        if (target) st.links.push({ type: 'refers-to', statement: target.id });
      }
      if (!st.span && st.figures.some((f) => f.role === 'average')) {
        const span = spanBefore(all.slice(-6), placed);
        if (span) st.span = span;
      }
      if (k === 0 && st.links.length === 0 && hasChange(st)) {
        const target = levelBefore(st, all, placed);
        if (target) st.links.push({ type: 'refers-to', statement: target.id });
      }
    });
    for (const st of own)
      for (const f of st.figures) if (f.balance) f.balance.group = f.balance.group.replace(s.id, scope);
    all.push(...own);
    run = joined ? [...run, ...own] : own;
    joined = continues(text, s);
    // 其中 parts run on past a semicolon (the clause-level full stop), never past a full stop
    if (!joined) partsOf = null;
    previousSentence = own;
  }
  inheritPeriods(all);
  linkBasesByPeriod(all);
  linkSharesToParts(all);
  linkComparisons(all);
  return all;
}

/**
 * The level of the same measure in the sentences just before (a few statements back), for a
 * change that states none of its own.
 */
function levelBefore(st: Statement, all: Statement[], placed: PlacedFigures): Statement | undefined {
  // a level of the measure, not the days it spans (春运前三天)
  const measured = (e: Statement): boolean =>
    e.figures.some(
      (f) => (f.role === 'value' || f.role === 'new' || f.role === 'old') && placed.get(f.figure)?.kind !== 'duration',
    );
  if (measured(st) || !st.subject) return undefined;
  const named = `${st.subject} ${st.figures.find((f) => f.role === 'change' || f.role === 'rate')?.name ?? ''}`;
  return all
    .slice(-4)
    .reverse()
    .find((e) => measured(e) && e.subject !== null && sharesSubject(e.subject, named));
}

/** The figures of the sentences read so far, by id: indexed when a link first asks, as most never do. */
class PlacedFigures {
  private readonly byId = new Map<string, PlacedFigure>();
  private indexed = 0;
  private read = 0;

  constructor(private readonly sentences: SentenceInput[]) {}

  /** The sentences up to the `at`th are read. */
  reach(at: number): void {
    this.read = at + 1;
  }

  get(id: string): PlacedFigure | undefined {
    for (; this.indexed < this.read; this.indexed++)
      for (const f of (this.sentences[this.indexed] as SentenceInput).figures) this.byId.set(f.id, f);
    return this.byId.get(id);
  }
}

/** 其中出口23.77万亿元 after "2023年，……进出口总值41.76万亿元": a part, or a figure pointed back to, is of its total's period. */
function inheritPeriods(all: Statement[]): void {
  // made at the first statement that needs it: most documents have none
  let byId: Map<string, Statement> | undefined;
  for (const st of all) {
    if (st.period) continue;
    const link = st.links.find((l) => l.type === 'parts-of' || l.type === 'refers-to');
    if (!link) continue;
    byId ??= new Map(all.map((s) => [s.id, s]));
    const period = byId.get(link.statement)?.period;
    if (period) st.period = period;
  }
}

/** The period before: M11 → M10, Q2 → Q1, and for a year-on-year basis the same part a year before. */
function periodBefore(period: string, basis: string | null): string | null {
  const [first, second] = period.split(' ');
  const year = first && /^\d{4}$/.test(first) ? Number(first) : null;
  const part = year === null ? first : second;
  if (basis === 'year-on-year') return year === null ? null : [year - 1, part].filter((x) => x !== undefined).join(' ');
  const m = /^([MQ])(\d+)$/.exec(part ?? '');
  if (!m || Number(m[2]) <= 1) return null;
  return [year, `${m[1]}${Number(m[2]) - 1}`].filter((x) => x !== null).join(' ');
}

/**
 * "11月份零售量达到10.4万辆，环比增长12.5%" beside "10月份全市乘用车零售量为8.6万辆": a change with no
 * base of its own takes it from a statement near it (two either side) of the same measure whose
 * period is the one before (the month before for 环比, the year before for 同比).
 */
function linkBasesByPeriod(all: Statement[]): void {
  all.forEach((st, k) => {
    if (
      !st.period ||
      !st.figures.some((f) => f.role === 'rate' || f.role === 'multiplier') ||
      st.figures.some((f) => f.role === 'old')
    )
      return;
    if (!st.figures.some((f) => f.role === 'value' || f.role === 'new')) return;
    const before = periodBefore(st.period, st.basis);
    if (!before) return;
    const near = [...all.slice(Math.max(0, k - 2), k), ...all.slice(k + 1, k + 3)];
    const base = near.filter(
      (e) =>
        e.period === before &&
        e.source.file === st.source.file &&
        !hasChange(e) &&
        e.figures.length === 1 &&
        sameMeasure(e.subject, st.subject),
    );
    if (base.length === 1 && base[0]) base[0].links.push({ type: 'base-of', statement: st.id });
  });
}

/** Two subjects of one measure: they share running characters or a long word, or one says no more than a verb of the other. */
function sameMeasure(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return sharesSubject(a, b) || (a.length >= 2 && b.includes(a)) || (b.length >= 2 && a.includes(b));
}

/** The one statement of the sentence before with a level of the same kind, when a pronoun points back. */
function pronounTarget(
  st: Statement,
  previous: Statement[],
  s: SentenceInput,
  placed: PlacedFigures,
  text: string,
  p: ReturnType<typeof patternsOf>,
): Statement | undefined {
  const level = st.figures.find((f) => f.role === 'new' || f.role === 'value');
  const kind = s.figures.find((f) => f.id === level?.figure)?.kind;
  if (!level || !kind || !p.pronoun.test(text.slice(st.source.start, st.source.end))) return undefined;
  const candidates = previous.filter((e) =>
    e.figures.some((f) => AMOUNT_ROLES.has(f.role) && placed.get(f.figure)?.kind === kind),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** 共40天 stated a sentence or two before an average per day: a statement that is only a number of days. */
function spanBefore(recent: Statement[], placed: PlacedFigures): Statement['span'] {
  for (const e of [...recent].reverse()) {
    const only = e.figures.length === 1 ? placed.get((e.figures[0] as { figure: string }).figure) : undefined;
    if (only?.kind === 'duration' && only.unit === 'day' && only.value !== null && only.value > 0)
      return { days: only.value, figures: [only.id] };
  }
  return undefined;
}

/**
 * "imports increased 5.3 percent to 185,821 TEUs and exports jumped 21.2 percent to 116,759 TEUs,
 * for an overall increase of 10.9 percent": a rate with no level of its own, said to be overall,
 * is the change of the sum of the sentence's earlier changes, which become its parts.
 */
function linkOverall(own: Statement[], before: Statement[], text: string, p: ReturnType<typeof patternsOf>): void {
  own.forEach((st, k) => {
    if (
      hasLevel(st) ||
      !st.figures.some((f) => f.role === 'rate') ||
      !p.overall.test(text.slice(st.source.start, st.source.end))
    )
      return;
    const earlier = [...before, ...own.slice(0, k)];
    const parts = earlier.filter(
      (e) => e.figures.some((f) => f.role === 'rate') && e.figures.some((f) => f.role === 'new'),
    );
    if (parts.length >= 2 && parts.length === earlier.length)
      for (const e of parts) e.links.push({ type: 'parts-of', statement: st.id });
  });
}

/** Whether a sentence ends in a semicolon, so the next one goes on with its list. */
const continues = (text: string, s: SentenceInput): boolean =>
  /[;；]/.test(text.slice(Math.max(s.start, s.end - 2), s.end + 1));

/**
 * Whether two subjects name one measure: they share a word of four letters or more, or two
 * pairs of running characters (流动人口 in 我国流动人口达到 and 与2010年相比，流动人口增加).
 */
function sharesSubject(a: string, b: string): boolean {
  const words = (s: string): Set<string> =>
    new Set(
      s
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 4),
    );
  const wa = words(a);
  if ([...words(b)].some((w) => wa.has(w) && !/[\u3400-\u9fff]/.test(w))) return true;
  const pairs = (s: string): Set<string> => {
    const out = new Set<string>();
    for (let k = 0; k + 1 < s.length; k++) if (/[\u3400-\u9fff]{2}/.test(s.slice(k, k + 2))) out.add(s.slice(k, k + 2));
    return out;
  };
  const pa = pairs(a);
  return [...pairs(b)].filter((x) => pa.has(x)).length >= 2;
}
