import { baseValue, sameDimension } from '../normalize/math.js';
import type { Figure } from '../types.js';

/** `[low, high]`, high null when open upwards ("more than 800"). */
export type Interval = [number, number | null];

const CURRENCY = /^[A-Z]{3}$/;
/** Units compared as written: counts, percentages, currencies (no exchange rates here). */
const PLAIN = new Set(['', '%', 'pp']);

/** Whether two figures' units can be compared: same currency, or the same physical dimension. */
export function comparable(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (CURRENCY.test(a.unit) || CURRENCY.test(b.unit)) return a.unit === b.unit;
  // "5.4m TEU, up from 5.1m": a bare count borrows the other's unit
  if (a.kind === 'count' && (a.unit === '' || b.unit === '')) return true;
  if (a.unit === b.unit) return true;
  return sameDimension(a.unit, b.unit);
}

/**
 * Two figures of one measure as the sentence compares them. One bare (no unit, no noun) is said in
 * the other's unit. One said per unit of time and the
 * other not ("£1,450 a month, compared with £1,030", "500,000 tonnes a year, five times its
 * output of 100,000 tonnes"): the bare one is meant per the same time, and is read so. Null when
 * they cannot be compared.
 */
export function alike(a: Figure, b: Figure): [Figure, Figure] | null {
  if (comparable(a, b)) return [a, b];
  // "4.1 million tonnes, up from 3.6 million": a bare end, no unit and no noun, is said in the other's
  const bare = (x: Figure): boolean => x.kind === 'count' && x.unit === '' && x.noun === null;
  if (bare(a) !== bare(b))
    return bare(a) ? [{ ...a, kind: b.kind, unit: b.unit }, b] : [a, { ...b, kind: a.kind, unit: a.unit }];
  const perTime = (rate: Figure, bare: Figure): Figure | null =>
    rate.kind === 'rate' && bare.kind !== 'rate' && bare.unit !== '' && rate.unit.startsWith(`${bare.unit}/`)
      ? { ...bare, kind: 'rate', unit: rate.unit }
      : null;
  const bareA = perTime(b, a);
  if (bareA) return [bareA, b];
  const bareB = perTime(a, b);
  return bareB ? [a, bareB] : null;
}

/** A figure's value and interval in one scale for its kind: SI for measures, as written otherwise. */
export function measured(f: Figure): { value: number; interval: Interval } | null {
  if (f.value === null || f.interval === null) return null;
  const [low, high] = f.interval;
  if (PLAIN.has(f.unit) || CURRENCY.test(f.unit)) return { value: f.value, interval: [low, high] };
  const si = (x: number): number | null => baseValue(x, f.unit);
  const value = si(f.value);
  const lowSI = si(low);
  if (value === null || lowSI === null) return { value: f.value, interval: [low, high] };
  return { value, interval: [lowSI, high === null ? null : si(high)] };
}

/**
 * The figures at the two ends of a range read as a change ("from 4.1 million to 6.6 million"),
 * each with the interval its digits allow.
 */
export function endsOf(f: Figure): [Figure, Figure] | null {
  if (!f.ends) return null;
  const [a, b] = f.ends.map((end, k): Figure => {
    const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(end.text);
    const written = digits ? Number(`${(digits[1] ?? '').replace(/,/g, '')}.${digits[2] ?? '0'}`) : end.value;
    const scale = written ? Math.round(Math.log10(Math.abs(end.value / written))) : 0;
    const half = 0.5 * 10 ** (scale - (digits?.[2]?.length ?? 0));
    return {
      ...f,
      id: `${f.id}~${k}`,
      text: end.text,
      value: end.value,
      interval: [end.value - half, end.value + half],
      source: end.source,
      range: undefined,
      ends: undefined,
    };
  }) as [Figure, Figure];
  return [a, b];
}

/**
 * A figure as a conversion gives it: a whole number ending in zeros is rounded to two digits at
 * least ("3,600 kilometres (2,200 miles)": 2,150 to 2,250 miles), as one said in two units is.
 */
export function roughly(f: Figure): Figure {
  const v = f.value;
  if (v === null || f.interval === null || f.interval[1] === null || !Number.isInteger(v) || v === 0) return f;
  let zeros = 0;
  while (zeros < 15 && (Math.abs(v) / 10 ** (zeros + 1)) % 1 === 0) zeros++;
  const places = Math.floor(Math.log10(Math.abs(v))) + 1;
  const half = 0.5 * 10 ** Math.min(zeros, places - 2);
  if (half <= 0.5) return f;
  return { ...f, interval: [Math.min(f.interval[0], v - half), Math.max(f.interval[1], v + half)] };
}

/** Intervals in base units by figure: a figure is compared with many (the cross-source groups), and never changes. */
const siOf = new WeakMap<Figure, Interval>();

/** A figure's interval in base units (SI for measures); a figure without one allows anything. */
export function si(f: Figure): Interval {
  let interval = siOf.get(f);
  if (interval === undefined) {
    interval = measured(f)?.interval ?? [0, null];
    siOf.set(f, interval);
  }
  return interval;
}

/** Float slack so a computed 2.0000000000000004 still meets a stated 2. */
const EPSILON = 1e-9;

/**
 * Whether two intervals share a value. A figure rounded to its digits is half-open (12 is 11.5 up
 * to 12.5, not 12.5 itself): two that only touch do not meet (12 + 8 + 5 is no 27), unless one
 * is a single value.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  const aHigh = a[1] ?? Infinity;
  const bHigh = b[1] ?? Infinity;
  const point = a[0] === aHigh || b[0] === bHigh;
  const below = (low: number, high: number): boolean => {
    if (high === Infinity) return true;
    const slack = EPSILON * Math.max(Math.abs(low), Math.abs(high));
    return point ? low <= high + slack : low < high - slack;
  };
  return below(a[0], bHigh) && below(b[0], aHigh);
}

/** Whether `x` lies strictly inside: 1.5 million is no rounding of "200 万" ([1.5, 2.5] million). */
export const inside = ([low, high]: Interval, x: number): boolean => x > low && (high === null || x < high);

/** The interval of n / d for positive quantities; null when d may be zero or negative. */
export function divide(n: Interval, d: Interval): Interval | null {
  if (d[1] !== null && d[1] <= 0) return null;
  const low = d[1] === null ? 0 : Math.max(0, n[0]) / d[1];
  const high = n[1] === null || d[0] <= 0 ? null : n[1] / d[0];
  return [low, high];
}

/** The sum of intervals; open when any part is. */
export function add(parts: Interval[]): Interval {
  return parts.reduce<Interval>(
    ([low, high], [l, h]) => [low + l, high === null || h === null ? null : high + h],
    [0, 0],
  );
}

/** The interval of a − b; null when either is open. */
export function subtract(a: Interval, b: Interval): Interval | null {
  if (a[1] === null || b[1] === null) return null;
  return [a[0] - b[1], a[1] - b[0]];
}
