import type { ExtractedFigure } from '../extract/index.js';
import type { Figure, Qualifier } from '../types.js';
import { parseUnit } from './math.js';

export { baseValue, math, sameDimension } from './math.js';

/** Currency codes are ISO 4217: three capitals. Everything else with a unit must parse in mathjs. */
const ISO_4217 = /^[A-Z]{3}$/;
const PLAIN_UNITS = new Set(['', '%', 'pp']);

/** How far each qualifier widens what the stated precision allows, as a share of the value. */
const APPROX_SHARE = 0.1;

/**
 * The interval a figure allows: half a unit of its last stated digit either side (€3.7bn →
 * [3.65e9, 3.75e9]), widened by the qualifier: `approx` by 10 % of the value, `more-than` and
 * `at-least` open upwards (null), `less-than` and `at-most` down to zero.
 */
export function intervalOf(value: number | null, place: number, qualifier: Qualifier): [number, number | null] | null {
  if (value === null) return null;
  const half = 0.5 * 10 ** place;
  const low = roundTo(value - half, place - 1);
  const high = roundTo(value + half, place - 1);
  const magnitude = Math.abs(value);
  switch (qualifier) {
    case 'approx':
      return [roundTo(low - APPROX_SHARE * magnitude, place - 1), roundTo(high + APPROX_SHARE * magnitude, place - 1)];
    case 'more-than':
      return [value, null];
    case 'at-least':
      return [low, null];
    case 'less-than':
      return [Math.min(0, low), value];
    case 'at-most':
      return [Math.min(0, low), high];
    default:
      return [low, high];
  }
}

/** A stated range allows its low end's interval up to its high end's. */
function rangeInterval(
  [low, high]: [number, number],
  place: number,
  qualifier: Qualifier,
): [number, number | null] | null {
  const a = intervalOf(low, place, qualifier);
  const b = intervalOf(high, place, qualifier);
  return a && b ? [a[0], b[1]] : null;
}

/** Round to a power of ten, through the decimal string, so 3.65e9 stays 3650000000. */
function roundTo(x: number, place: number): number {
  // an integer is its own rounding (through the string, -0 would come back as 0)
  if (place >= 0) return x;
  if (Number.isInteger(x)) return x + 0;
  // so is a half (the interval of a whole number) kept to a decimal or more: its decimals are
  // exact, and this is most figures (a place between -1 and 0, from a unit's factor, keeps none)
  if (place <= -1 && Number.isInteger(x * 2) && Math.abs(x) < 2 ** 50) return x;
  return Number(x.toFixed(Math.min(20, -place)));
}

/** The fields every extracted figure starts with, in the order `extractDocument` writes them. */
const LEADING_FIELDS = [
  'id',
  'text',
  'value',
  'unit',
  'kind',
  'noun',
  'qualifier',
  'iso',
  'lang',
  'sentence',
  'source',
  'place',
];

/**
 * The figure's fields in its order less `place` (the interval goes after them): by one object
 * literal when it starts with `LEADING_FIELDS`, as every extracted one does, else field by field
 * (rest and spread cost more: docs/performance.md).
 */
function withoutPlace(figure: ExtractedFigure): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  let leading = 0;
  for (const key in figure) {
    if (copy !== undefined) copy[key] = figure[key as keyof ExtractedFigure];
    else if (key !== LEADING_FIELDS[leading]) return fieldByField(figure);
    else if (++leading === LEADING_FIELDS.length) {
      copy = {
        id: figure.id,
        text: figure.text,
        value: figure.value,
        unit: figure.unit,
        kind: figure.kind,
        noun: figure.noun,
        qualifier: figure.qualifier,
        iso: figure.iso,
        lang: figure.lang,
        sentence: figure.sentence,
        source: figure.source,
      };
    }
  }
  return copy ?? fieldByField(figure);
}

function fieldByField(figure: ExtractedFigure): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in figure) if (key !== 'place') copy[key] = figure[key as keyof ExtractedFigure];
  return copy;
}

/** Adds intervals and checks units: an unknown unit string is a bug in a table, said in `note`. */
export function normalizeFigures(figures: ExtractedFigure[]): Figure[] {
  return figures.map((figure) => {
    // a number a double cannot hold (400 digits) is kept as a figure, without a value
    // so is a range with such an end ("between 1e400 and 5 km"): JSON would write the end as null
    if (
      (figure.value !== null && !Number.isFinite(figure.value)) ||
      (figure.range && !figure.range.every(Number.isFinite))
    ) {
      const { place: _, range: _range, ends: _ends, ...rest } = figure;
      return {
        ...rest,
        value: null,
        interval: null,
        note: [figure.note, 'number too large to represent'].filter(Boolean).join('; '),
      };
    }
    const place = figure.place;
    const computed =
      figure.kind === 'year' || figure.kind === 'date'
        ? null
        : figure.range
          ? rangeInterval(figure.range, place, figure.qualifier)
          : intervalOf(figure.value, place, figure.qualifier);
    // JSON carries no Infinity or NaN: an interval the precision cannot express is left out
    const interval =
      computed && Number.isFinite(computed[0]) && (computed[1] === null || Number.isFinite(computed[1]))
        ? computed
        : null;
    const normalized = withoutPlace(figure) as unknown as Figure;
    normalized.interval = interval;
    // a money rate ("EUR/year") is a currency over a mathjs unit
    const unit = figure.unit.charCodeAt(3) === 0x2f ? figure.unit.replace(/^[A-Z]{3}\//, '1/') : figure.unit;
    if (!PLAIN_UNITS.has(unit) && !ISO_4217.test(unit) && !parseUnit(unit)) {
      normalized.note = [figure.note, `unit "${unit}" is not known to mathjs`].filter(Boolean).join('; ');
    }
    return normalized;
  });
}
