import type { Candidate } from './candidate.js';
import { scaleValue } from './grammar-base.js';
import type { CompiledLanguage } from './lang/compiled.js';

/** Kinds whose unit a bare number joined to them by "and"/"or" shares ("45 and 50 mg"). */
const SHARED_KINDS = new Set<Candidate['kind']>([
  'length',
  'mass',
  'volume',
  'area',
  'temperature',
  'speed',
  'duration',
  'percent',
  'pp',
  'money',
  'other',
]);
/** The longest joiner ("or possibly", 或者甚至) with the comma and spaces around it. */
const MAX_GAP = 16;

/**
 * "given 45 and 50 mg", "2 or 3 percent", "one and a half, or even four and a half hour drive",
 * 三或四周: a bare number joined by a coordinating word (the language's `coordination`) to a
 * figure with a unit states that unit too (and its scale, when smaller than the second number
 * before its scale). After a bare comma ("Of the 200, 30 percent") there is no list. Stated
 * ranges ("between 45 and 50 mg") are linked later. A scale written inside a numeral (4万吨) is
 * not shared: 3或4万吨 may be 3 or 30,000 t.
 */
export function shareUnits(text: string, lang: CompiledLanguage, found: Candidate[]): void {
  for (let k = found.length - 2; k >= 0; k--) {
    const a = found[k] as Candidate;
    const b = found[k + 1] as Candidate;
    if (a.kind !== 'count' || a.unit !== '' || a.noun !== null || a.scale !== 1 || a.value === null || b.value === null)
      continue;
    if (!SHARED_KINDS.has(b.kind) || b.unit === '' || (b.scale === 1 && b.place > 0) || b.start - a.end > MAX_GAP)
      continue;
    const gap = text
      .slice(a.end, b.start)
      .replace(/^[,，]/, '')
      .trim()
      .toLowerCase();
    if (!lang.coordination.has(gap)) continue;
    a.unit = b.unit;
    a.kind = b.kind;
    if (b.scale !== 1 && Math.abs(a.value) < Math.abs(b.value / b.scale)) {
      a.value = scaleValue(a.value, b.scale);
      a.place += Math.log10(b.scale);
      a.scale = b.scale;
    }
  }
}
