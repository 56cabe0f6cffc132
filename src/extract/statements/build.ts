import type { Lang, SourcePointer, Statement, StatementFigure } from '../../types.js';
import { patternsOf, type StatementPatterns } from './compiled.js';
import { markRatios } from './ratios.js';
import { isPoints, readRoles, takesRole, type PlacedFigure, type RoledFigure } from './roles.js';
import { firstPeriod, periodOf, subjectOf } from './subject.js';
import { collapse, firstDigit, firstWords, lastWords, trimMarks, upToDigit } from './text.js';

/** A sentence as extraction split it, with its figures in reading order. */
export interface SentenceInput {
  id: string;
  start: number;
  end: number;
  lang: Lang;
  figures: PlacedFigure[];
}

/** A comma or colon, after which a clause may open. */
const CLAUSE_MARK = /[,，:：]/g;

/** The clause bounds of a sentence: strong breaks, and a parts marker after a comma (其中, "of which"). */
function clausesOf(text: string, s: SentenceInput, p: StatementPatterns): Array<[number, number]> {
  const body = text.slice(s.start, s.end);
  const cuts: number[] = [];
  // no clause before the first number: a break there parts nothing (and is not looked at again)
  const digit = firstDigit(body);
  if (digit < 0) return [[s.start, s.end]];
  p.strongBreak.lastIndex = digit;
  for (let m = p.strongBreak.exec(body); m !== null; m = p.strongBreak.exec(body)) {
    // "between 2018 and 2023", "182 and 145 seats": numbers joined, not clauses
    if (!(/\p{L}/u.test(m[0]) && /\d/.test(body.charAt(m.index + m[0].length)))) cuts.push(m.index);
  }
  // 其中 / "of which", 另有, and "for an overall increase of" open claims of their own
  CLAUSE_MARK.lastIndex = digit + 1;
  for (let m = CLAUSE_MARK.exec(body); m !== null; m = CLAUSE_MARK.exec(body)) {
    const next = body.slice(m.index + 1, m.index + 40);
    if (p.partsOpen.test(next) || p.partsEnd.test(next) || p.overall.test(upToDigit(next))) cuts.push(m.index);
  }
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

/** The index of the clause `at` stands in: bounds are in order, so a binary search. */
function clauseIndex(bounds: Array<[number, number]>, at: number): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((bounds[mid] as [number, number])[0] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Names per figure when the sentence lists them in order: "A and B were X and Y respectively". */
function respectiveNames(roled: RoledFigure[], p: StatementPatterns): Map<RoledFigure, string> {
  const names = new Map<RoledFigure, string>();
  const k = roled.findIndex((r) => p.respectively.test(r.before));
  if (k < 0) return names;
  const first = roled[k] as RoledFigure;
  const listed = first.before
    .slice(0, first.before.search(p.respectively))
    .split(p.listJoin)
    .map((w) => w.trim())
    .filter(Boolean);
  roled.slice(k, k + listed.length).forEach((r, n) => names.set(r, listed[n] as string));
  return names;
}

export interface BuildContext {
  text: string;
  pointer: (start: number, end: number) => SourcePointer;
}

/** The statements of one sentence, one per clause that gives a figure a role. */
export function sentenceStatements(s: SentenceInput, context: BuildContext): Statement[] {
  // a sentence of dates, years and ranks only claims no amount
  if (!s.figures.some(takesRole)) return [];
  const p = patternsOf(s.lang);
  const bounds = clausesOf(context.text, s, p);
  const clauses = s.figures.map((f) => clauseIndex(bounds, f.start));
  const roled = readRoles(context.text, s.figures, clauses, bounds, p);
  const names = respectiveNames(roled, p);
  markParts(roled, bounds, context.text, p);
  markRatios(roled, p);
  const statements: Statement[] = [];
  // the sentence's period word, looked for once for all its clauses that name none
  let sentencePart: string | null | undefined;
  const partOfSentence = (): string | null => {
    if (sentencePart === undefined) sentencePart = firstPeriod(context.text.slice(s.start, s.end), p);
    return sentencePart;
  };
  const byClause = new Map<number, RoledFigure[]>();
  for (const r of roled) {
    if (r.role === null || !takesRole(r.figure)) continue;
    const list = byClause.get(r.clause);
    if (list) list.push(r);
    else byClause.set(r.clause, [r]);
  }
  for (const [k, own] of byClause) {
    const [start, end] = bounds[k] as [number, number];
    const first = own[0] as RoledFigure;
    const subject = subjectOf(context.text, start, first.figure.start, p);
    const level = own.find((r) => r.role === 'value' || r.role === 'new' || r.role === 'total');
    const body = context.text.slice(start, end);
    const changed = own.find((r) => r.direction !== null);
    const basis = p.anyBasis.test(body) ? (p.bases.find(({ pattern }) => pattern.test(body))?.key ?? null) : null;
    const figures = own.map((r) => {
      const name = names.get(r) ?? nameOf(r, p);
      // "Exports climbed 0.6% to 23.77 trillion": the clause's subject names what the level is
      const balance = balanceOf(name, s.id, p) ?? (r === level ? balanceOf(subject, s.id, p) : undefined);
      return figureEntry(r, name, balance, p);
    });
    statements.push({
      id: `${s.id}.${statements.length}`,
      sentence: s.id,
      source: context.pointer(start, end),
      lang: s.lang,
      subject,
      period: periodOf(body, s.figures, own, partOfSentence, p),
      ...directionOf(changed, own, body, start, p),
      basis,
      figures,
      ...spanOf(s.figures, (j) => clauses[j] === k, own),
      links: [],
    });
  }
  return statements;
}

/** The words right before a figure that say what it is ("exports of", 进口额), trimmed. */
function nameOf(r: RoledFigure, p: StatementPatterns): string | null {
  // spaces are single ones once collapsed: the marks' space stands for them all
  const words = trimMarks(collapse(r.before), NAME_OPEN, NAME_CLOSE);
  if (!words) return null;
  return p.words.spaced ? lastWords(words, 6) : words.slice(-12);
}

/** The marks a name neither opens nor ends with. */
const NAME_OPEN = ' ,，。;；:：、(（)）';
const NAME_CLOSE = ' ,，:：、(（';

/**
 * The parts of a total stated in its sentence: the levels after "a total of" / 共 (up to a clause
 * opening 另有 / "in addition"), or before "a combined" / 合计 or a total that ends the sentence;
 * two at least, of the total's kind.
 */
function markParts(roled: RoledFigure[], bounds: Array<[number, number]>, text: string, p: StatementPatterns): void {
  const k = roled.findIndex((r) => r.role === 'total');
  const total = roled[k];
  // 累计淘汰水泥产能5782万吨、钢铁产能1275万吨: a figure the list goes on from is one of its items
  if (!total || p.listNext.test(total.after)) return;
  const stop = bounds.findIndex(([start], n) => n > total.clause && p.partsEnd.test(text.slice(start, start + 20)));
  const ofKind = (list: RoledFigure[]): RoledFigure[] =>
    list.filter(
      (r) =>
        r.role === 'value' &&
        r.figure.kind === total.figure.kind &&
        (r.figure.unit === total.figure.unit || r.figure.unit === '' || total.figure.unit === ''),
    );
  const following = ofKind(roled.slice(k + 1).filter((r) => stop < 0 || r.clause < stop));
  // "$12 million on roads and $8 million on parks, a total of $20 million": a total word alone
  // closing the sentence sums what came before it, as "a combined" does (全省出口总额 names a measure)
  const closing =
    following.length === 0 &&
    roled.slice(k + 1).every((r) => !takesRole(r.figure)) &&
    p.totalEnding.test(total.before) &&
    /[,，;；:：]\s*$/.test(total.before.replace(p.totalEnding, ''));
  const combined = p.combinedBefore.test(total.before) || closing;
  const same = combined ? ofKind(roled.slice(0, k)) : following;
  // "three clubs won 14, 11 and 9 medals, a combined 34": what is combined is what the nearest part
  // counts; after "a total of 600,800 items:" the parts may each name their own kind (tents, blankets)
  const noun = combined ? (same[same.length - 1]?.figure.noun ?? null) : null;
  const named = same.filter((r) => r.figure.noun === null || noun === null || r.figure.noun === noun);
  // "the two factories build 640,000 and 410,000": a first figure counting the ones after it counts the items
  const first = named[0];
  const counts = combined && first && first.figure.value === k - roled.indexOf(first) - 1;
  const parts = counts ? named.slice(1) : named;
  if (parts.length >= 2) for (const r of parts) r.role = 'part';
}

/** Which side of a named difference a figure's name puts it on (贸易顺差 → result, 出口额 → plus). */
function balanceOf(name: string | null, group: string, p: StatementPatterns): StatementFigure['balance'] | undefined {
  if (!name || !p.anyBalance.test(name)) return undefined;
  for (const b of p.balances)
    if (b.result.test(name))
      return { group: `${group}:${b.group}`, side: 'result', ...(b.negated && { negated: true }) };
  if (p.balanceBoth.test(name)) return undefined;
  for (const b of p.balances) {
    const plus = b.plus.test(name);
    const minus = b.minus.test(name);
    // 进出口 names both sides: neither
    if (plus !== minus) return { group: `${group}:${b.group}`, side: plus ? 'plus' : 'minus' };
  }
  return undefined;
}

const DAY = 86_400_000;
/** A date's day number; a date without its year is placed in a common year (2001). */
const dayOf = (iso: string | null): number | null => {
  const m = iso ? /^(\d{4}|--)-?(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return null;
  const year = m[1] === '--' ? 2001 : Number(m[1]);
  return Date.UTC(year, Number(m[2]) - 1, Number(m[3])) / DAY;
};

/** How many days a clause's figures (those of its sentence `inClause` picks) cover: a duration in days, or two dates (both days counted). */
function spanOf(
  figures: PlacedFigure[],
  inClause: (k: number) => boolean,
  own: RoledFigure[],
): Partial<Pick<Statement, 'span'>> {
  if (!own.some((r) => r.role === 'average')) return {};
  const clause = figures.filter((_, k) => inClause(k));
  const duration = clause.find((f) => f.kind === 'duration' && f.unit === 'day' && f.value !== null && f.value > 0);
  if (duration) return { span: { days: duration.value as number, figures: [duration.id] } };
  const dates = clause.filter((f) => f.kind === 'date' && dayOf(f.iso) !== null);
  if (dates.length !== 2) return {};
  const [a, b] = dates as [PlacedFigure, PlacedFigure];
  const days = (dayOf(b.iso) as number) - (dayOf(a.iso) as number);
  // October 31 to November 6 is seven days; 31 December to 2 January crosses into the next year
  const inclusive = (days < 0 ? days + 365 : days) + 1;
  return inclusive > 0 && inclusive <= 366 ? { span: { days: inclusive, figures: [a.id, b.id] } } : {};
}

/** A figure in its role, with what the reader learned of it. */
function figureEntry(
  r: RoledFigure,
  name: string | null,
  balance: StatementFigure['balance'] | undefined,
  p: StatementPatterns,
): StatementFigure {
  const entry: StatementFigure = { role: r.role as StatementFigure['role'], figure: r.figure.id };
  const level = r.role !== 'rate' && r.role !== 'change' && r.role !== 'multiplier' && r.figure.kind !== 'percent';
  if (balance && level) entry.balance = balance;
  if (r.reading && r.reading !== 'times') entry.reading = r.reading;
  if (r.role === 'rate' && isPoints(r.figure, p)) {
    entry.points = true;
    if (r.direction) entry.direction = r.direction;
  }
  if (r.transition) entry.transition = true;
  if (name && p.complement.test(name)) entry.complement = true;
  Object.assign(entry, claimOf(r));
  if (name) entry.name = name;
  const after = trailing(r, p);
  if (after) entry.nameAfter = after;
  return entry;
}

/** "rose 15%", 扩大两倍以上: the change words and the figure, as the text has them. */
function claimOf(r: RoledFigure): { claim?: string } {
  if (!r.trigger || (r.role !== 'rate' && r.role !== 'multiplier' && r.role !== 'change')) return {};
  const at = r.before.lastIndexOf(r.trigger);
  return at < 0 ? {} : { claim: (r.before.slice(at) + r.figure.text).replace(/\s+/g, ' ').trim() };
}

/** A few words right after a figure that may say what it counts ("of grain", "operating budget"). */
function trailing(r: RoledFigure, p: StatementPatterns): string | undefined {
  const cut = r.after.search(/[,，。;；:：()（）—]/);
  const words = collapse(cut < 0 ? r.after : r.after.slice(0, cut)).trim();
  return (p.words.spaced ? firstWords(words, 6) : words.slice(0, 8)) || undefined;
}

/** The direction a clause states: its rate's or change's words, else the words before the end of "from … to …". */
function directionOf(
  changed: RoledFigure | undefined,
  own: RoledFigure[],
  clause: string,
  start: number,
  p: StatementPatterns,
): Pick<Statement, 'direction' | 'trigger'> {
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
