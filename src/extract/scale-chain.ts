import type { GrammarContext } from './grammar-base.js';
import { isWordChar } from './lexicon.js';
import { isDigit, readDigits, readEnglishNumber } from './numbers.js';

const CHAIN_JOINER = / and | /iy;
/**
 * The rest of a number written in digits, words and scale words after its first scale word
 * ending at `pos`: " 3 hundred and 21" after "4 thousand", " 93 lakh" after "three crore", " two
 * thousand" after "22 lakh". Each part is below the scale word before it; a last bare part needs
 * "and" ("2 million 500 people" is two numbers), except in a text that counts in lakh and crore,
 * where "39 thousand 726" is how a number is said.
 */
export function scaleChain(
  ctx: GrammarContext,
  pos: number,
  scale: number,
): { value: number; end: number; place: number } | undefined {
  const { text, lang } = ctx;
  const joiner = CHAIN_JOINER;
  let last = scale;
  let end = pos;
  let value = 0;
  let place = Math.log10(scale);
  for (;;) {
    joiner.lastIndex = end;
    if (!joiner.test(text)) break;
    const and = joiner.lastIndex - end > 1;
    const at = joiner.lastIndex;
    const d = isDigit(text.charCodeAt(at)) ? readDigits(text, at) : readEnglishNumber(text, at);
    if (!d || d.fraction || d.grouped || d.value === 0 || !Number.isInteger(d.value)) break;
    // words that carry their own scale word: "two thousand"
    if (d.form === 'words' && d.place >= 2) {
      if (d.value >= last) break;
      value += d.value;
      last = 10 ** d.place;
      place = d.place;
      end = d.end;
      continue;
    }
    if (d.place !== 0 || d.value >= 1000) break;
    let s = text[d.end] === ' ' ? lang.scales.match(text, d.end + 1, true) : undefined;
    // "3 hundred thousand": a hundred of the next scale word
    const of = s && s.value === 100 && text[s.end] === ' ' ? lang.scales.match(text, s.end + 1, true) : undefined;
    if (s && of && of.value > 100) s = { ...of, value: 100 * of.value };
    if (s && Number.isInteger(Math.log10(s.value)) && d.value * s.value < last) {
      value += d.value * s.value;
      last = s.value;
      place = Math.log10(s.value);
      end = s.end;
      continue;
    }
    // the last part: "3 hundred and 21"; "39 thousand 726" where lakh and crore are spoken
    const bare = (and && (value > 0 || last === 100)) || (!and && ctx.conventions.indianScales);
    if (!s && bare && d.value < last && !isWordChar(text.charCodeAt(d.end))) {
      value += d.value;
      place = 0;
      end = d.end;
    }
    break;
  }
  return value > 0 ? { value, end, place } : undefined;
}
