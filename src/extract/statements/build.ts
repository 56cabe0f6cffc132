import type { Lang, SourcePointer, Statement, StatementFigure } from '../../types.js';
import { patternsOf, type StatementPatterns } from './compiled.js';
import { isPoints, readRoles, takesRole, type PlacedFigure, type RoledFigure } from './roles.js';

/** A sentence as extraction split it, with its figures in reading order. */
export interface SentenceInput {
  id: string;
  start: number;
  end: number;
  lang: Lang;
  figures: PlacedFigure[];
}

/** The clause bounds of a sentence: strong breaks, and a parts marker after a comma (其中, "of which"). */
function clausesOf(text: string, s: SentenceInput, p: StatementPatterns): Array<[number, number]> {
  const body = text.slice(s.start, s.end);
  const cuts: number[] = [];
  p.strongBreak.lastIndex = 0;
  for (const m of body.matchAll(p.strongBreak)) {
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 1);
    // "between 2018 and 2023", "182 and 145 seats": numbers joined, not clauses
    if ((/\p{L}/u.test(m[0]) && /\d/.test(after)) || !/\d/.test(body.slice(0, m.index))) continue;
    cuts.push(m.index);
  }
  for (const m of body.matchAll(/[,，:：]\s*/g)) if (p.partsOpen.test(body.slice(m.index + 1)) || p.partsEnd.test(body.slice(m.index + 1))) cuts.push(m.index);
  cuts.sort((a, b) => a - b);
  const bounds: Array<[number, number]> = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut > at) bounds.push([s.start + at, s.start + cut]);
    at = cut;
  }
  bounds.push([s.start + at, s.end]);
  return bounds;
}

const clauseIndex = (bounds: Array<[number, number]>, at: number): number => {
  let k = 0;
  while (k + 1 < bounds.length && (bounds[k + 1] as [number, number])[0] <= at) k++;
  return k;
};

/** The words naming what a clause measures: its opening words, without periods and marks. */
function subjectOf(text: string, from: number, to: number, p: StatementPatterns): string | null {
  let words = text.slice(from, to).replace(/\s+/g, ' ');
  for (const { pattern } of p.periods) words = words.replace(pattern, ' ');
  words = words.replace(/\d{4}\s*年?/g, ' ').replace(/^[\s,，。;；:：、(（)）—–-]+|[\s,，:：、(（—–-]+$/g, '');
  words = words.replace(p.partsOpen, '').replace(/^[\s,，:：]+/, '');
  if (!words) return null;
  return p.words.spaced ? words.split(' ').slice(-8).join(' ') : words.slice(-16);
}

/** The period a clause is about: the year stated in it or its sentence, and a part of the year. */
function periodOf(text: string, s: SentenceInput, clause: [number, number], roled: RoledFigure[], p: StatementPatterns): string | null {
  const own = roled.find((r) => r.figure.period)?.figure.period;
  const year = own ?? s.figures.find((f) => f.kind === 'year' && f.value !== null)?.value?.toString() ?? null;
  const part = firstPeriod(text.slice(clause[0], clause[1]), p) ?? firstPeriod(text.slice(s.start, s.end), p);
  const period = [year, part].filter((x) => x !== null && x !== undefined).join(' ');
  return period || null;
}

/** The part of a year named first in `words` (上半年 → H1, "in March" → M3). */
function firstPeriod(words: string, p: StatementPatterns): string | null {
  let best: { at: number; key: string } | null = null;
  for (const { pattern, key } of p.periods) {
    const m = pattern.exec(words);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, key };
  }
  return best?.key ?? null;
}

/** Names per figure when the sentence lists them in order: "A and B were X and Y respectively". */
function respectiveNames(roled: RoledFigure[], p: StatementPatterns): Map<RoledFigure, string> {
  const names = new Map<RoledFigure, string>();
  const k = roled.findIndex((r) => p.respectively.test(r.before));
  if (k < 0) return names;
  const first = roled[k] as RoledFigure;
  const listed = first.before.slice(0, first.before.search(p.respectively)).split(/\s+and\s+|[和与及、,，]/).map((w) => w.trim()).filter(Boolean);
  roled.slice(k, k + listed.length).forEach((r, n) => names.set(r, listed[n] as string));
  return names;
}

export interface BuildContext {
  text: string;
  pointer: (start: number, end: number) => SourcePointer;
}

/** The statements of one sentence, one per clause that gives a figure a role. */
export function sentenceStatements(s: SentenceInput, context: BuildContext): Statement[] {
  const p = patternsOf(s.lang);
  const bounds = clausesOf(context.text, s, p);
  const clauses = s.figures.map((f) => clauseIndex(bounds, f.start));
  const roled = readRoles(context.text, s.figures, clauses, bounds, p);
  const names = respectiveNames(roled, p);
  markParts(roled, bounds, context.text, p);
  markRatios(roled, p);
  const statements: Statement[] = [];
  bounds.forEach(([start, end], k) => {
    const own = roled.filter((r) => r.clause === k && r.role !== null && takesRole(r.figure));
    if (own.length === 0) return;
    const first = own[0] as RoledFigure;
    const subject = subjectOf(context.text, start, first.figure.start, p);
    const level = own.find((r) => r.role === 'value' || r.role === 'new' || r.role === 'total');
    const body = context.text.slice(start, end);
    const changed = own.find((r) => r.direction !== null);
    const basis = p.bases.find(({ pattern }) => pattern.test(body))?.key ?? null;
    const figures: StatementFigure[] = own.map((r) => {
      const name = names.get(r) ?? nameOf(r, p);
      // "Exports climbed 0.6% to 23.77 trillion": the clause's subject names what the figure is
      const balance = balanceOf(name, s.id, p) ?? (r === level ? balanceOf(subject, s.id, p) : undefined);
      return { role: r.role as StatementFigure['role'], figure: r.figure.id, ...(balance && r.role !== 'rate' && r.role !== 'change' && r.role !== 'multiplier' && r.figure.kind !== 'percent' ? { balance } : {}), ...(r.reading && r.reading !== 'times' ? { reading: r.reading } : {}), ...(r.role === 'rate' && isPoints(r.figure, p) ? { points: true } : {}), ...(r.transition ? { transition: true } : {}), ...(name && p.complement.test(name) ? { complement: true } : {}), ...claimOf(r), ...(name ? { name } : {}), ...(trailing(r, p) ? { nameAfter: trailing(r, p) } : {}) };
    });
    statements.push({
      id: `${s.id}.${statements.length}`,
      sentence: s.id,
      source: context.pointer(start, end),
      lang: s.lang,
      subject,
      period: periodOf(context.text, s, [start, end], own, p),
      ...directionOf(changed, own, context.text.slice(start, end), start, p),
      basis,
      figures,
      links: [],
    });
  });
  return statements;
}

/** The words right before a figure that say what it is ("exports of", 进口额), trimmed. */
function nameOf(r: RoledFigure, p: StatementPatterns): string | null {
  const words = r.before.replace(/\s+/g, ' ').replace(/^[\s,，。;；:：、(（)）]+|[\s,，:：、(（]+$/g, '');
  if (!words) return null;
  return p.words.spaced ? words.split(' ').slice(-6).join(' ') : words.slice(-12);
}

/**
 * The parts of a total stated in its sentence: the levels after "a total of" / 共 (up to a clause
 * opening 另有 / "in addition"), or before "a combined" / 合计; two at least, of the total's kind.
 */
function markParts(roled: RoledFigure[], bounds: Array<[number, number]>, text: string, p: StatementPatterns): void {
  const k = roled.findIndex((r) => r.role === 'total');
  const total = roled[k];
  if (!total) return;
  const combined = p.combinedBefore.test(total.before);
  const stop = bounds.findIndex(([start], n) => n > total.clause && p.partsEnd.test(text.slice(start, start + 20)));
  const range = combined ? roled.slice(0, k) : roled.slice(k + 1).filter((r) => stop < 0 || r.clause < stop);
  const parts = range.filter((r) => r.role === 'value' && r.figure.kind === total.figure.kind && (r.figure.unit === total.figure.unit || r.figure.unit === '' || total.figure.unit === ''));
  if (parts.length >= 2) for (const r of parts) r.role = 'part';
}

/**
 * A ratio the text names ("a turnout of 61.11 percent", 投票率71.86%): the percentage is a share,
 * and the figures of its clause named by its part and whole words (ballots, eligible voters) are those.
 */
function markRatios(roled: RoledFigure[], p: StatementPatterns): void {
  for (const r of roled) {
    if (r.figure.kind !== 'percent' || (r.role !== 'value' && r.role !== null)) continue;
    const ratio = p.ratios.find((x) => x.name.test(r.before));
    if (!ratio) continue;
    // the words that name a figure: its noun and what follows it, or what stands before it
    const words = (x: RoledFigure): string => (p.words.nounAfter ? `${x.figure.noun ?? ''} ${x.after.split(/[,，;；]/)[0] ?? ''}` : x.before);
    const clause = roled.filter((x) => x.clause === r.clause && x !== r && x.role === 'value');
    const part = clause.filter((x) => ratio.part.test(words(x)) && !ratio.whole.test(words(x)));
    const whole = clause.filter((x) => ratio.whole.test(words(x)) && !part.includes(x));
    if (part.length !== 1 || whole.length !== 1) continue;
    r.role = 'share';
    (part[0] as RoledFigure).role = 'part';
    (whole[0] as RoledFigure).role = 'whole';
  }
}

/** Which side of a named difference a figure's name puts it on (贸易顺差 → result, 出口额 → plus). */
function balanceOf(name: string | null, group: string, p: StatementPatterns): StatementFigure['balance'] | undefined {
  if (!name) return undefined;
  for (const [k, b] of p.balances.entries()) if (b.result.test(name)) return { group: `${group}:${k}`, side: 'result' };
  if (p.balanceBoth.test(name)) return undefined;
  for (const [k, b] of p.balances.entries()) {
    const plus = b.plus.test(name);
    const minus = b.minus.test(name);
    // 进出口 names both sides: neither
    if (plus !== minus) return { group: `${group}:${k}`, side: plus ? 'plus' : 'minus' };
  }
  return undefined;
}

/** "rose 15%", 扩大两倍以上: the change words and the figure, as the text has them. */
function claimOf(r: RoledFigure): { claim?: string } {
  if (!r.trigger || (r.role !== 'rate' && r.role !== 'multiplier' && r.role !== 'change')) return {};
  const at = r.before.lastIndexOf(r.trigger);
  return at < 0 ? {} : { claim: (r.before.slice(at) + r.figure.text).replace(/\s+/g, ' ').trim() };
}

/** A few words right after a figure that may say what it counts ("of grain", "operating budget"). */
function trailing(r: RoledFigure, p: StatementPatterns): string | undefined {
  const words = r.after.replace(/\s+/g, ' ').split(/[,，。;；:：()（）—]/)[0]?.trim() ?? '';
  const few = p.words.spaced ? words.split(' ').slice(0, 4).join(' ') : words.slice(0, 8);
  return few || undefined;
}

/** The direction a clause states: its rate's or change's words, else the words before the end of "from … to …". */
function directionOf(changed: RoledFigure | undefined, own: RoledFigure[], clause: string, start: number, p: StatementPatterns): Pick<Statement, 'direction' | 'trigger'> {
  if (changed) return { direction: changed.direction, trigger: changed.trigger };
  const to = own.find((r) => r.role === 'new');
  const none = { direction: null, trigger: null };
  if (!to || !own.some((r) => r.role === 'old' || r.transition)) return none;
  const words = clause.slice(0, to.figure.start - start);
  const up = p.upAnywhere.exec(words);
  const down = p.downAnywhere.exec(words);
  const last = up && down ? (up.index > down.index ? up : down) : (up ?? down);
  if (!last) return none;
  return { direction: last === up ? 'up' : 'down', trigger: last[0] };
}
