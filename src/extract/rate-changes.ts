import type { Candidate } from './candidate.js';
import type { CompiledLanguage } from './lang/compiled.js';

/** How far a change may stand from the rate it changes, and what ends the clause between them. */
const NEAR = 24;
const CLAUSE_END = /[;；。!?！？]/;

/**
 * A change in a rate is in the rate's units: 每公顷4582公斤，比上年增加94公斤 and "4,582 kg per
 * hectare, up by 94 kg" change the yield by 94 kg per hectare, not a harvest by 94 kg. A measure
 * right after a change word takes the unit of the rate just before it in the same clause, when
 * it shares the rate's numerator.
 */
export function changesInRateUnits(text: string, lang: CompiledLanguage, found: Candidate[]): void {
  for (let k = found.length - 1; k > 0; k--) {
    const c = found[k] as Candidate;
    const rate = found[k - 1] as Candidate;
    if (rate.kind !== 'rate' || !rate.unit.includes('/') || c.kind === 'rate') continue;
    if (c.unit === '' || c.unit !== rate.unit.slice(0, rate.unit.indexOf('/'))) continue;
    if (c.start - rate.end > NEAR || CLAUSE_END.test(text.slice(rate.end, c.start))) continue;
    let end = c.start;
    while (end > rate.end && text[end - 1] === ' ') end--;
    if (!lang.changeBy.matchBefore(text, end, lang.wholeWord)) continue;
    c.unit = rate.unit;
    c.kind = 'rate';
  }
}
