import type { Figure } from '../types.js';
import { comparable, isAmount } from './quantity.js';
import { previousSentence, type Placed, type SentenceFigures } from './sentences.js';
import { clauseBreaks } from './relation-words.js';
import { roleOf, type Statement } from './statements.js';
import { sameSubject, sameThing, subjectOf } from './subject.js';

/**
 * The two figures a statement is about: `[start, end]` of a change, the two sides of a `times`,
 * `[part, total]` of a share; or why there are not exactly two.
 */
export type Operands =
  | { found: [Figure, Figure] }
  | { missing: 'none' }
  | { missing: 'many'; count: number }
  /** two figures of a change, but no word says which is the start ("€4.6bn, up 15%, and €1bn") */
  | { missing: 'direction'; pair: [Figure, Figure] }
  /** two figures of one kind in units that cannot be compared; `linked` when a link joins them */
  | { missing: 'units'; pair: [Figure, Figure]; linked: boolean };

export function operandsOf(statement: Statement, sentences: SentenceFigures[]): Operands {
  const s = sentences[statement.sentence] as SentenceFigures;
  const amounts = s.figures.filter((p) => p.figure !== statement.figure && isAmount(p.figure) && p.figure.link?.type !== 'range');
  if (statement.type === 'share') return shareOperands(statement, amounts);
  // only figures of the statement's own part of the sentence: not across "while", "and", ；
  const part = clauseOf(s, statement.placed.at, 'strong');
  const others = amounts.filter((p) => clauseOf(s, p.at, 'strong') === part);

  // a linked transition says which end is which; the one nearest the statement if several
  const transitions = others.filter((p) => p.figure.link?.role === 'from' && others.some((q) => q.figure.id === p.figure.link?.other));
  const nearest = transitions.sort((a, b) => Math.abs(a.at - statement.placed.at) - Math.abs(b.at - statement.placed.at))[0];
  if (nearest) {
    const end = others.find((q) => q.figure.id === nearest.figure.link?.other) as Placed;
    if (!comparable(nearest.figure, end.figure)) return { missing: 'units', pair: [nearest.figure, end.figure], linked: true };
    return { found: [nearest.figure, end.figure] };
  }

  const pairs = pairsOf(others);
  if (pairs.length > 1 || (pairs[0] && pairs[0].length > 2)) {
    // "sales rose 15% to €4.6bn from €4bn, ahead of the €4.2bn forecast": the statement's own
    // clause may hold exactly two
    const clause = clauseOf(s, statement.placed.at, 'weak');
    const [own, ...more] = pairsOf(others.filter((p) => clauseOf(s, p.at, 'weak') === clause));
    if (own && own.length === 2 && more.length === 0) return ordered(statement, s, own[0] as Placed, own[1] as Placed);
    return { missing: 'many', count: pairs.reduce((n, g) => n + g.length, 0) };
  }
  const [pair] = pairs;
  if (pair) return ordered(statement, s, pair[0] as Placed, pair[1] as Placed);
  const [a, b] = others;
  if (others.length === 2 && a && b && a.figure.kind === b.figure.kind && !comparable(a.figure, b.figure)) {
    return { missing: 'units', pair: [a.figure, b.figure], linked: false };
  }
  return statement.type === 'change' ? startBefore(statement, sentences, amounts) : { missing: 'none' };
}

/**
 * "菜鸟……将其仓库面积扩大两倍以上，达到 100,000 平方米" after "……3万平方米的机库。": a change that
 * ends in its sentence, at the one figure marked "to", and starts in the sentence before, at the
 * one figure there of the same kind and subject ("Revenue was $30.8bn. Net income fell 2% to
 * $4.2bn." compares nothing).
 */
function startBefore(statement: Statement, sentences: SentenceFigures[], amounts: Placed[]): Operands {
  const s = sentences[statement.sentence] as SentenceFigures;
  const [end, ...more] = amounts.filter((p) => roleOf(s, p) === 'to');
  if (!end || more.length > 0 || amounts.some((p) => p !== end && comparable(p.figure, end.figure))) return { missing: 'none' };
  const previous = previousSentence(sentences, statement.sentence);
  const starts = (previous?.figures ?? []).filter((p) => isAmount(p.figure) && comparable(p.figure, end.figure));
  const [start] = starts;
  if (starts.length > 1) return { missing: 'many', count: starts.length + 1 };
  if (!start || !previous) return { missing: 'none' };
  const a = subjectOf(previous, start);
  const b = subjectOf(s, end);
  return a && b && sameSubject(a, b) ? { found: [start.figure, end.figure] } : { missing: 'none' };
}

/** The part of a share: the one other figure of the sentence comparable with the total. */
function shareOperands(statement: Statement, others: Placed[]): Operands {
  const total = statement.total as Figure;
  const parts = others.filter((p) => p.figure !== total && comparable(p.figure, total) && sameThing(p.figure, total));
  const [part] = parts;
  if (parts.length > 1) return { missing: 'many', count: parts.length };
  return part ? { found: [part.figure, total] } : { missing: 'none' };
}

/** Groups of two or more figures that may measure one thing (comparable units, no different nouns). */
function pairsOf(placed: Placed[]): Placed[][] {
  const groups: Placed[][] = [];
  for (const p of placed) {
    const group = groups.find((g) => comparable((g[0] as Placed).figure, p.figure) && sameThing((g[0] as Placed).figure, p.figure));
    if (group) group.push(p);
    else groups.push([p]);
  }
  return groups.filter((g) => g.length >= 2);
}

const escape = (b: string): string => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const breaks = {
  en: { strong: new RegExp(clauseBreaks.en.strong.map(escape).join('|'), 'g'), weak: new RegExp([...clauseBreaks.en.strong, ...clauseBreaks.en.weak].map(escape).join('|'), 'g') },
  zh: { strong: new RegExp(clauseBreaks.zh.strong.map(escape).join('|'), 'g'), weak: new RegExp([...clauseBreaks.zh.strong, ...clauseBreaks.zh.weak].map(escape).join('|'), 'g') },
};

/** The number of clause breaks before `at` in the sentence: figures with the same number share a clause. */
function clauseOf(s: SentenceFigures, at: number, strength: 'strong' | 'weak'): number {
  const lang = s.figures[0]?.figure.lang ?? 'en';
  return [...s.text.slice(0, Math.max(0, at)).matchAll(breaks[lang][strength])].length;
}

/**
 * `[start, end]` of a change by its "from"/"to" words ("to €4.6bn from €4bn"); without them, or
 * with the same word before both ("rose 5% to €4bn and 10% to €1bn"), two figures near "up 15%"
 * may be two different things. A `times` compares them either way round.
 */
function ordered(statement: Statement, s: SentenceFigures, a: Placed, b: Placed): Operands {
  const ra = roleOf(s, a);
  const rb = roleOf(s, b);
  if (statement.type === 'change' && ra === rb) return { missing: 'direction', pair: [a.figure, b.figure] };
  if (ra === 'to' || rb === 'from') return { found: [b.figure, a.figure] };
  if (ra === 'from' || rb === 'to' || statement.type !== 'change') return { found: [a.figure, b.figure] };
  return { missing: 'direction', pair: [a.figure, b.figure] };
}
