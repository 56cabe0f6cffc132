import type { PlacedFigure } from './roles.js';

/*
 * The words around each figure of a sentence, as the role reader reads them: from the figure with
 * a role before it to the one after it in its clause, the figures without one (years, dates, a
 * span that says when) left out.
 */

/** The text between two offsets with the years and dates inside it left out ("由2020年的" → "由的"). */
function gap(text: string, from: number, to: number, skipped: PlacedFigure[]): string {
  let out = '';
  let at = from;
  for (const f of skipped) {
    if (f.start < at || f.end > to) continue;
    out += text.slice(at, f.start);
    at = f.end;
  }
  return out + text.slice(at, Math.max(at, to));
}

/** The figures without a role right before (`step` -1) or after (1) figure k in its clause, in order. */
function skippedAround(
  figures: PlacedFigure[],
  clauses: number[],
  k: number,
  step: -1 | 1,
  roleless: (j: number) => boolean,
): PlacedFigure[] {
  const out: PlacedFigure[] = [];
  for (let j = k + step; j >= 0 && j < figures.length && clauses[j] === clauses[k] && roleless(j); j += step)
    out.push(figures[j] as PlacedFigure);
  return step < 0 ? out.reverse() : out;
}

/**
 * For each figure, the nearest figure with a role before and after it in its clause, and the words
 * between: only `near` characters of them, since the words that decide a role stand near the figure.
 */
export function wordsAround(
  text: string,
  figures: PlacedFigure[],
  clauses: number[],
  bounds: Array<[number, number]>,
  roleless: (k: number) => boolean,
  near: number,
): {
  prevOf: Array<number | undefined>;
  nextOf: Array<number | undefined>;
  words: Array<{ before: string; after: string }>;
} {
  const prevOf: Array<number | undefined> = [];
  const nextOf: Array<number | undefined> = [];
  let last: number | undefined;
  figures.forEach((_, k) => {
    if (last !== undefined && clauses[last] !== clauses[k]) last = undefined;
    prevOf[k] = last;
    if (!roleless(k)) last = k;
  });
  last = undefined;
  for (let k = figures.length - 1; k >= 0; k--) {
    if (last !== undefined && clauses[last] !== clauses[k]) last = undefined;
    nextOf[k] = last;
    if (!roleless(k)) last = k;
  }
  const words = figures.map((figure, k) => {
    const [clauseStart, clauseEnd] = bounds[clauses[k] ?? 0] ?? [0, text.length];
    const prev = prevOf[k] === undefined ? undefined : figures[prevOf[k] as number];
    const next = nextOf[k] === undefined ? undefined : figures[nextOf[k] as number];
    const from = prev ? prev.end : clauseStart;
    const to = next ? next.start : clauseEnd;
    return {
      before: gap(
        text,
        Math.max(from, figure.start - near),
        figure.start,
        skippedAround(figures, clauses, k, -1, roleless),
      ),
      after: gap(text, figure.end, Math.min(to, figure.end + near), skippedAround(figures, clauses, k, 1, roleless)),
    };
  });
  return { prevOf, nextOf, words };
}
