import { createRequire } from 'node:module';
import type { MathJsInstance, Unit } from 'mathjs';

/**
 * mathjs from its one-file bundle (an export of the package): the ESM entry loads about a
 * thousand modules, over a second per thread, and every worker thread and CLI run paid it.
 * Same package, same version, same functions; the types are the package's.
 */
const { all, create } = createRequire(import.meta.url)('mathjs/lib/browser/math.js') as typeof import('mathjs');

/**
 * The one mathjs instance of factsheet. `create(all)` gives it its own unit table, so the news
 * units defined here (TEU, jin, mu) never leak into, or collide with, anyone else's mathjs.
 */
export const math: MathJsInstance = create(all as NonNullable<typeof all>);

/** Units news text uses that mathjs does not know, defined once. */
const NEWS_UNITS: Record<string, string> = {
  // twenty-foot equivalent unit: a count of containers, its own base dimension
  TEU: '',
  jin: '0.5 kg',
  mu: '666.6666666666666 m^2',
  nmi: '1852 m',
};
for (const [name, definition] of Object.entries(NEWS_UNITS)) {
  // an empty definition makes a new base unit (TEU counts containers, it converts to nothing)
  if (definition === '') math.createUnit(name);
  else math.createUnit(name, { definition }, { override: false });
}

const unitCache = new Map<string, Unit | null>();

/** The mathjs unit for a unit string, or null when mathjs cannot read it. Cached per string. */
export function parseUnit(unit: string): Unit | null {
  let parsed = unitCache.get(unit);
  if (parsed === undefined) {
    try {
      parsed = math.unit(unit);
    } catch {
      parsed = null;
    }
    unitCache.set(unit, parsed);
  }
  return parsed;
}

/**
 * `value unit` in the base units of its dimension (t → kg, km^2 → m^2, h → s, TEU/year →
 * TEU/s), or null when not a measure. mathjs keeps that value on every unit; `toSI()` would
 * throw on a news unit with a base of its own, such as TEU.
 */
export function baseValue(value: number, unit: string): number | null {
  const parsed = parseUnit(unit);
  if (!parsed) return null;
  const factor = factorOf(unit, parsed);
  return factor === null ? math.unit(value, unit).value : value * factor;
}

const factorCache = new Map<string, number | null>();

/**
 * What a value in `unit` is multiplied by to be in base units, when mathjs does only that: one
 * unit without an offset, where it computes `value * (unit × prefix)^power`, which is this
 * product to the last bit. Null for compound units and offsets (°C), which go through mathjs.
 */
function factorOf(unit: string, parsed: Unit): number | null {
  let factor = factorCache.get(unit);
  if (factor === undefined) {
    const [only, ...more] = parsed.units;
    factor = only && more.length === 0 && !only.unit.offset ? (math.unit(1, unit).value as number) : null;
    factorCache.set(unit, factor);
  }
  return factor;
}

/** Whether two unit strings measure the same dimension (m^2 and hectare, t and kg). */
export function sameDimension(a: string, b: string): boolean {
  const ua = parseUnit(a);
  const ub = parseUnit(b);
  if (!ua || !ub) return a === b;
  return ua.equalBase(ub);
}
