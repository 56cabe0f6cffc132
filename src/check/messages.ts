/**
 * The wording of every finding, in one place: rules pass figures and computed numbers, these
 * functions write the sentence a fact-checker reads.
 */
import type { Figure } from '../types.js';
import type { Interval } from './quantity.js';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 5 });
/** 2.1875 → "2.19", 41750000000000 → "41.75T": numbers in messages are short. */
export const short = (x: number, digits = 2): string =>
  Math.abs(x) >= 1e5 ? compact.format(x) : String(Number(x.toFixed(digits)));
export const quote = (f: Figure | string): string => `\`${typeof f === 'string' ? f : f.text}\``;
const fileOf = (f: Figure): string =>
  f.source.file === null ? 'text' : (f.source.file.split(/[\\/]/).pop() ?? f.source.file);
const percent = (x: number): string => `${x >= 0 ? '+' : '−'}${short(Math.abs(x) * 100, 1)}%`;
const span = ([low, high]: Interval, show: (x: number) => string): string =>
  high === null ? `${show(low)} or more` : show(low) === show(high) ? show(low) : `${show(low)} to ${show(high)}`;

/** Figures an agreement names in its message. */
const AGREE_NAMED = 6;

export const say = {
  ratio: (claim: string, ratio: Interval, from: Figure, to: Figure, note = ''): string =>
    `Stated ${quote(claim)}; from ${quote(from)} to ${quote(to)} is ×${span(ratio, (x) => short(x))}${note}`,
  change: (claim: string, ratio: Interval, from: Figure, to: Figure): string =>
    `Stated ${quote(claim)}; from ${quote(from)} to ${quote(to)} is ${span([ratio[0] - 1, ratio[1] === null ? null : ratio[1] - 1], percent)}`,
  base: (claim: string, ratio: Interval, level: Figure, change: Figure): string =>
    `Stated ${quote(claim)}; ${quote(level)} with a change of ${quote(change)} is ${span([ratio[0] - 1, ratio[1] === null ? null : ratio[1] - 1], percent)}`,
  overall: (claim: string, ratio: Interval, parts: Figure[]): string =>
    `Stated ${quote(claim)}; ${parts.map(quote).join(' + ')} over their bases is ${span([ratio[0] - 1, ratio[1] === null ? null : ratio[1] - 1], percent)}`,
  points: (claim: string, diff: Interval, from: Figure, to: Figure): string =>
    `Stated ${quote(claim)}; from ${quote(from)} to ${quote(to)} is ${span(diff, (x) => `${x >= 0 ? '+' : '−'}${short(Math.abs(x), 2)}`)} points`,
  direction: (claim: string, from: Figure, to: Figure, went: 'up' | 'down' | 'level'): string =>
    `Stated ${quote(claim)}; from ${quote(from)} to ${quote(to)} the figure goes ${went}`,
  share: (claim: Figure, share: Interval, part: Figure, whole: Figure): string =>
    `Stated ${quote(claim)}; ${quote(part)} of ${quote(whole)} is ${span(share, (x) => `${short(x * 100, 2)}%`)}`,
  conversion: (a: Figure, b: Figure, ratio: Interval): string =>
    `${quote(a)} converts to ${span(ratio, (x) => short(x, 3))} × ${quote(b)}; the same quantity would be ×1`,
  missing: (claim: string, needs: string): string => `Stated ${quote(claim)}; ${needs}, so it cannot be computed`,
  sum: (total: Figure, parts: Figure[], sum: Interval): string =>
    `${parts.map(quote).join(' + ')} = ${span(sum, (x) => short(x, 2))}; stated total ${quote(total)}`,
  difference: (result: Figure, plus: Figure, minus: Figure, diff: Interval): string =>
    `${quote(plus)} − ${quote(minus)} = ${span(diff, (x) => short(x, 2))}; stated ${quote(result)}`,
  /** after a difference whose sides another sentence states, when they do not give the result */
  apart: '; the sides are stated in another sentence and may be of a narrower measure',
  average: (average: Figure, days: number, product: Interval, level: Figure): string =>
    `${quote(average)} × ${days} days = ${span(product, (x) => short(x, 2))}; stated ${quote(level)}`,
  absolute: (change: Figure, from: Figure, to: Figure, diff: Interval): string =>
    `From ${quote(from)} to ${quote(to)} is a change of ${span(diff, (x) => short(x, 2))}; stated ${quote(change)}`,
  units: (from: Figure, to: Figure, same: boolean): string =>
    same
      ? `${quote(from)} and ${quote(to)} are in comparable units (${to.unit || to.noun || to.kind})`
      : `${quote(from)} (${from.unit || from.noun || from.kind}) and ${quote(to)} (${to.unit || to.noun || to.kind}) are not in comparable units`,
  agree: (figures: Figure[], subject: string): string => {
    const files = new Set(figures.map(fileOf));
    // a measure stated in thousands of files names a few of them: the finding lists every figure
    const named = figures.slice(0, AGREE_NAMED).map((f) => `${quote(f)} in ${fileOf(f)}`);
    const more = figures.length > AGREE_NAMED ? `, and ${figures.length - AGREE_NAMED} more` : '';
    return `${subject}: ${files.size} sources agree (${named.join(', ')}${more})`;
  },
  conflict: (a: Figure, b: Figure, subject: string, apart: number, with_: Figure[]): string =>
    `${subject}: ${quote(a)} in ${fileOf(a)} conflicts with ${quote(b)} in ${fileOf(b)}${with_.length > 1 ? ` (and ${with_.length - 1} more that agree with it)` : ''}, ${short(apart * 100, 0)}% apart`,
};
