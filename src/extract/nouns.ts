import type { CompiledLanguage } from './lang/compiled.js';

/**
 * Whether a noun phrase is singular by its words ("operating budget", "election"): a count above
 * one takes a plural ("2024 voters"), so a year-like number before a singular noun is a year ("its
 * 2024 operating budget"). A word that may be plural (a plural ending, "people", "staff") makes
 * the phrase not singular; so does a language that marks no plural.
 */
export function isSingularPhrase(lang: CompiledLanguage, noun: string): boolean {
  const plural = lang.plural;
  if (plural === null) return false;
  const words = noun.toLowerCase().split(' ');
  const of = words.indexOf('of');
  for (const word of of > 0 ? words.slice(0, of) : words) {
    if (plural.invariant.has(word)) return false;
    const ending = plural.endings.find((e) => word.endsWith(e));
    if (ending !== undefined && !plural.notPlural.some((e) => word.endsWith(e))) return false;
  }
  return true;
}
