import { type Candidate, type Skipped, plainCandidate } from './candidate.js';
import type { GrammarContext } from './grammar-base.js';

// "No. 1", "no.2", "number one": the place in a ranking
const NUMBER_SIGN = /(?:no\.|number) ?(\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)(?![\w.])/iy;
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
// after a determiner or a possessive it ranks ("the UK's no.1 airport", "the No. 2 economy");
// elsewhere "No. 10" is a name or an id (Bill No. 123, No. 10 Downing Street)
const RANKED = /(?:\b(?:the|its|their|his|her|our|world's|nation's|country's)|'s|s'|’s) $/i;

/**
 * A rank written with "No." or "number" after a determiner; a number after "No." elsewhere is an
 * id (`skipped`, its end returned); otherwise undefined.
 */
export function readNumberSign(ctx: GrammarContext, pos: number, skipped: Skipped[]): Candidate | number | undefined {
  const { text } = ctx;
  NUMBER_SIGN.lastIndex = pos;
  const m = NUMBER_SIGN.exec(text);
  if (!m) return undefined;
  // a rank ranks something: a word follows ("the No. 2 economy"); "the number 1/0" is a numeral
  const ranks =
    RANKED.test(text.slice(Math.max(ctx.floor, pos - 12), pos)) &&
    (m[1] as string).length <= 3 &&
    / [a-z]/i.test(text.slice(NUMBER_SIGN.lastIndex, NUMBER_SIGN.lastIndex + 2));
  if (!ranks) {
    if (text[pos + 2] !== '.' || !/\d/.test(m[1] ?? '') || RANKED.test(text.slice(Math.max(ctx.floor, pos - 12), pos)))
      return undefined;
    skipped.push({ start: pos, end: NUMBER_SIGN.lastIndex, reason: 'identifier' });
    return NUMBER_SIGN.lastIndex;
  }
  const n = m[1] as string;
  const value = WORDS[n.toLowerCase()] ?? Number(n);
  return plainCandidate(pos, NUMBER_SIGN.lastIndex, value, 'rank', ctx.lang.lang);
}
