import type { Lang } from '../types.js';

/** A sentence: `[start, end)` in the text, and the language most of its letters are in. */
export interface Sentence {
  start: number;
  end: number;
  lang: Lang;
}

const BLOCK_CODE = 0x2029;
/** What may close a sentence after its final mark: " ' ” ’ 」 』 ) ） 】 */
const isCloser = (code: number): boolean =>
  code === 0x22 ||
  code === 0x27 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 0x300d ||
  code === 0x300f ||
  code === 0x29 ||
  code === 0xff09 ||
  code === 0x3011;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'vs',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'approx',
  'est',
  'fig',
  'sq',
]);
/** No abbreviation is longer: a longer word before a full stop is not looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

const isCjk = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isLatin = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isUpperLatin = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** Each letter's script, by char code, for counting a sentence's letters: one table lookup per character. */
const OTHER = 0;
const LATIN = 1;
const CJK = 2;
const script = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) script[code] = isLatin(code) ? LATIN : isCjk(code) ? CJK : OTHER;

/**
 * The characters that can end a sentence or a block (. ! ? \n U+2029 。！？；), and the CJK
 * characters `isCjk` tests: searched for by the regular expression engine, which passes over
 * the characters between twice as fast as a loop over char codes. Until the first CJK character
 * one search looks for both (all of an English text); `lastIndex` is set before every search.
 */
const MAY_END_SEARCH = /[.!?\n\u2029\u3002\uff01\uff1f\uff1b]/g;
const MAY_END_OR_CJK_SEARCH = /[.!?\n\u2029\u3002\uff01\uff1f\uff1b\u3400-\u4dbf\u4e00-\u9fff]/g;
const CJK_SEARCH = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/**
 * Splits text into sentences in one pass: at block separators (U+2029, blank lines), at
 * 。！？ and at . ! ? followed by a space and not after an abbreviation or inside a number.
 * No `Intl.Segmenter`: it is quadratic on long strings in Node 20 and knows nothing of blocks.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  // where the next CJK character is, at or after the last sentence's start: a sentence before it
  // is English without counting its letters (most sentences of an English text); the length of
  // the text while the search has met none
  let nextCjk = text.length;
  let search = MAY_END_OR_CJK_SEARCH;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    if (nextCjk < s) {
      CJK_SEARCH.lastIndex = s;
      nextCjk = CJK_SEARCH.test(text) ? CJK_SEARCH.lastIndex - 1 : text.length;
    }
    sentences.push({ start: s, end: e, lang: nextCjk < e ? langOf(text, s, e) : 'en' });
  };
  for (let i = from; i < to; i++) {
    search.lastIndex = i;
    if (!search.test(text)) break;
    i = search.lastIndex - 1;
    if (i >= to) break;
    const code = text.charCodeAt(i);
    if (search === MAY_END_OR_CJK_SEARCH && isCjk(code)) {
      nextCjk = i;
      search = MAY_END_SEARCH;
    } else if (code === BLOCK_CODE || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) {
      close(i);
      start = i + 1;
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) {
      let end = i + 1;
      while (end < to && isCloser(text.charCodeAt(end))) end++;
      close(end);
      start = end;
      i = end - 1;
    } else if ((code === 0x2e || code === 0x21 || code === 0x3f) && endsSentence(text, i, to)) {
      let end = i + 1;
      while (end < to && isCloser(text.charCodeAt(end))) end++;
      close(end);
      start = end;
      i = end - 1;
    }
  }
  close(to);
  return sentences;
}

/**
 * Chinese when at least one letter is CJK and CJK letters are at least half as many as Latin
 * ones. Counting stops once the characters left could not change that (a third of the way
 * through most Chinese sentences).
 */
function langOf(text: string, start: number, end: number): Lang {
  let cjk = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const kind = script[text.charCodeAt(i)];
    if (kind === LATIN) latin++;
    else if (kind === CJK) cjk++;
    else continue;
    const left = end - i - 1;
    if (cjk > 0 && cjk * 2 >= latin + left) return 'zh';
    if ((cjk + left) * 2 < latin) return 'en';
  }
  return cjk * 2 >= latin && cjk > 0 ? 'zh' : 'en';
}

function isBlank(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09 ||
    code === 0x2029 ||
    code === 0xa0 ||
    code === 0x3000
  );
}

function endsSentence(text: string, i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && isCloser(text.charCodeAt(next))) next++;
  const after = text.charCodeAt(next);
  if (next < to && after !== 0x20 && after !== 0x0a && after !== 0x2029 && after !== 0xa0) return false;
  if (text[i] !== '.') return true;
  // the word before the full stop: an abbreviation or a single initial does not end a sentence
  let w = i;
  while (w > 0 && (isLatin(text.charCodeAt(w - 1)) || text[w - 1] === '.')) w--;
  if (i - w === 1 && isUpperLatin(text.charCodeAt(w))) return false;
  if (i - w <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) return false;
  // a lower-case word after it continues the sentence ("approx. 5 people")
  let k = next;
  while (k < to && text[k] === ' ') k++;
  const first = text.charCodeAt(k);
  return !(first >= 0x61 && first <= 0x7a);
}
