import type { Statement, StatementFigure } from '../../types.js';
import { patternsOf } from './compiled.js';

/*
 * Ties between statements that no opening word marks, read from what the statements name: a
 * share whose part and whole an earlier sentence listed.
 */

/** Statements back a share's part may be listed in: the paragraph before, not the article. */
const SHARE_REACH = 6;
const LEVEL_ROLES = new Set(['value', 'new', 'total', 'part']);

/** The words of a name to compare: words for a spaced language, running pairs of characters for one that is not. */
function tokensOf(name: string, spaced: boolean): Set<string> {
  const out = new Set<string>();
  if (spaced) {
    for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 3) out.add(w);
    return out;
  }
  const letters = name.replace(/[^\p{L}]+/gu, ' ');
  for (let k = 0; k + 1 < letters.length; k++)
    if (!/\s/.test(letters.slice(k, k + 2))) out.add(letters.slice(k, k + 2));
  return out;
}

/** The one part whose own words (those no other part of its total has) the share's words name. */
function partNamed(parts: StatementFigure[], named: Set<string>, spaced: boolean): StatementFigure | undefined {
  const tokens = parts.map((p) => tokensOf(p.name ?? '', spaced));
  const hits = parts.filter((_, k) =>
    [...(tokens[k] as Set<string>)].some((t) => named.has(t) && tokens.every((other, j) => j === k || !other.has(t))),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "其中……玉米产量27255万吨" under "粮食产量68285万吨", then "……是玉米,占粮食总产量的近40%": a share
 * with no part or whole in its own sentence is of the part listed a few statements before whose
 * own words it names, and of that part's total.
 */
export function linkSharesToParts(all: Statement[]): void {
  const partsOf = new Map<string, StatementFigure[]>();
  for (const s of all)
    for (const link of s.links) {
      if (link.type !== 'parts-of') continue;
      const levels = s.figures.filter((f) => LEVEL_ROLES.has(f.role) && f.name);
      partsOf.set(link.statement, [...(partsOf.get(link.statement) ?? []), ...levels]);
    }
  if (partsOf.size === 0) return;
  all.forEach((st, k) => {
    const shares = st.figures.filter((f) => f.role === 'share');
    if (shares.length === 0 || st.links.length > 0 || st.figures.some((f) => LEVEL_ROLES.has(f.role))) return;
    const { spaced } = patternsOf(st.lang).words;
    const earlier = all.slice(Math.max(0, k - SHARE_REACH), k).reverse();
    for (const share of shares) {
      // its own words first: a statement of two shares names both parts in its subject
      const named = tokensOf(share.name ?? st.subject ?? '', spaced);
      for (const total of earlier) {
        const parts = partsOf.get(total.id);
        const whole = total.figures.find((f) => f.role === 'total' || f.role === 'value' || f.role === 'new');
        const part = parts && whole ? partNamed(parts, named, spaced) : undefined;
        if (!part || !whole) continue;
        share.ratio = { numerator: part.figure, denominator: whole.figure };
        break;
      }
    }
  });
}

/**
 * "城镇居民人均可支配收入5万元,农村居民……2万元,城镇是农村的2.5倍": a multiplier whose name says
 * what it compares with what is the ratio of the two levels its sentence named before it.
 */
export function linkComparisons(all: Statement[]): void {
  const bySentence = new Map<string, Statement[]>();
  for (const s of all) {
    const list = bySentence.get(s.sentence);
    if (list) list.push(s);
    else bySentence.set(s.sentence, [s]);
  }
  for (const statements of bySentence.values()) {
    const levels: StatementFigure[] = [];
    for (const st of statements) {
      const p = patternsOf(st.lang);
      for (const entry of st.figures) {
        if (LEVEL_ROLES.has(entry.role) && entry.name) levels.push(entry);
        if (entry.role !== 'multiplier' || !entry.name || levels.length < 2) continue;
        const m = p.timesAround.exec(entry.name);
        const base = m?.slice(1).find((g) => g !== undefined);
        if (!m || !base) continue;
        const compared = partNamed(levels, tokensOf(entry.name.slice(0, m.index), p.words.spaced), p.words.spaced);
        const against = partNamed(levels, tokensOf(base, p.words.spaced), p.words.spaced);
        if (compared && against && compared !== against)
          entry.ratio = { numerator: compared.figure, denominator: against.figure };
      }
    }
  }
}
