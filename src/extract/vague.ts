import type { Candidate } from './candidate.js';
import type { GrammarContext } from './grammar-base.js';
import { englishVaguePlurals } from './lang/compiled.js';

const OF = / of /iy;

/**
 * "hundreds of centres", "tens of thousands of people", "millions of dollars": at least the round
 * number, as 数百, 上千 say it in Chinese. The span is the plural words, and the currency after
 * "of" when it is money ("millions of dollars"); other nouns stay outside.
 */
export function readVaguePlural(ctx: GrammarContext, pos: number): Candidate | undefined {
  const { text, lang } = ctx;
  const words = englishVaguePlurals.match(text, pos, true);
  if (!words) return undefined;
  OF.lastIndex = words.end;
  if (!OF.test(text)) return undefined;
  const currency = lang.currencyAfter.match(text, OF.lastIndex, true);
  const c: Candidate = {
    start: pos,
    end: words.end,
    value: words.value,
    unit: '',
    kind: 'count',
    noun: null,
    qualifier: 'more-than',
    place: Math.floor(Math.log10(words.value)),
    scale: 1,
    iso: null,
    lang: 'en',
  };
  if (currency && currency.end <= ctx.limit) {
    c.kind = 'money';
    c.unit = currency.value;
    c.end = currency.end;
  }
  return c;
}
