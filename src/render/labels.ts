import type { FigureKind, Lang, Qualifier, Severity, Verdict } from '../types.js';

/*
 * Wording of the sheet, one table per enum of ../types.ts. Typed as `Record<Enum, …>` so that a
 * member added to types.ts fails to compile here until it has a label; the schema test compares
 * these keys with the JSON Schema enums, so the three stay in step.
 */

/** Kind labels, in the order the summary lists them. */
export const KIND_LABELS: Record<FigureKind, string> = {
  money: 'Money',
  area: 'Area',
  mass: 'Mass',
  length: 'Length',
  volume: 'Volume',
  duration: 'Duration',
  temperature: 'Temperature',
  speed: 'Speed',
  count: 'Count',
  percent: 'Percent',
  pp: 'Percentage points',
  fraction: 'Fraction',
  multiplier: 'Multiplier',
  ordinal: 'Ordinal',
  rank: 'Rank',
  rate: 'Rate',
  year: 'Year',
  date: 'Date',
  other: 'Other',
};

/** `exact` says nothing: the sheet shows no word for it. */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  approx: 'about',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
};

export const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: 'Chinese' };

/** Sort rank: errors first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const VERDICT_LABELS: Record<Verdict, string> = {
  holds: 'Holds',
  fails: 'Fails',
  mismatch: 'Mismatch',
  agree: 'Agree',
  conflict: 'Conflict',
  unverifiable: 'Unverifiable',
};

/** Typed key list of a label table (Object.keys loses the key type). */
export function keysOf<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}
