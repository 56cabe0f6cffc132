import type { Lang } from '../types.js';

/** A sentence: `[start, end)` in the text, and the language most of its letters are in. */
export interface Sentence {
  start: number;
  end: number;
  lang: Lang;
}

const BLOCK_CODE = 0x2029;
/** The characters that can end a sentence or a block: . ! ? \n U+2029 。！？； */
const mayEnd = (code: number): boolean =>
  code === 0x2e || code === 0x0a || code === 0x21 || code === 0x3f || code === BLOCK_CODE || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b;
const CLOSERS = new Set(['"', "'", '”', '’', '」', '』', ')', '）', '】']);
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'e.g', 'i.e', 'approx', 'est', 'fig', 'sq']);

const isCjk = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
const isLatin = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Each character's part in splitting, by char code: one table lookup per character. */
const OTHER = 0;
const LATIN = 1;
const CJK = 2;
const MAY_END = 3;
const charClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) charClass[code] = isLatin(code) ? LATIN : isCjk(code) ? CJK : mayEnd(code) ? MAY_END : OTHER;

/**
 * Splits text into sentences in one pass: at block separators (U+2029, blank lines), at
 * 。！？ and at . ! ? followed by a space and not after an abbreviation or inside a number.
 * No `Intl.Segmenter`: it is quadratic on long strings in Node 20 and knows nothing of blocks.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  let cjk = 0;
  let latin = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) sentences.push({ start: s, end: e, lang: cjk * 2 >= latin && cjk > 0 ? 'zh' : 'en' });
    cjk = 0;
    latin = 0;
  };
  for (let i = from; i < to; i++) {
    // char codes, not one-character strings: this loop sees every character of every document
    const code = text.charCodeAt(i);
    const kind = charClass[code];
    // letters only count; no letter ends a sentence
    if (kind === LATIN) {
      latin++;
      continue;
    }
    if (kind === CJK) {
      cjk++;
      continue;
    }
    if (kind !== MAY_END) continue;
    if (code === BLOCK_CODE || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) {
      close(i);
      start = i + 1;
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) {
      let end = i + 1;
      while (end < to && CLOSERS.has(text[end] as string)) end++;
      close(end);
      start = end;
      i = end - 1;
    } else if ((code === 0x2e || code === 0x21 || code === 0x3f) && endsSentence(text, i, to)) {
      let end = i + 1;
      while (end < to && CLOSERS.has(text[end] as string)) end++;
      close(end);
      start = end;
      i = end - 1;
    }
  }
  close(to);
  return sentences;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x2029 || code === 0xa0 || code === 0x3000;
}

function endsSentence(text: string, i: number, to: number): boolean {
  let next = i + 1;
  while (next < to && CLOSERS.has(text[next] as string)) next++;
  const after = text.charCodeAt(next);
  if (next < to && after !== 0x20 && after !== 0x0a && after !== 0x2029 && after !== 0xa0) return false;
  if (text[i] !== '.') return true;
  // the word before the full stop: an abbreviation or a single initial does not end a sentence
  let w = i;
  while (w > 0 && (isLatin(text.charCodeAt(w - 1)) || text[w - 1] === '.')) w--;
  const word = text.slice(w, i).toLowerCase();
  if (ABBREVIATIONS.has(word) || (word.length === 1 && /[a-z]/.test(word) && text[w] !== text[w]?.toLowerCase())) return false;
  // a lower-case word after it continues the sentence ("approx. 5 people")
  let k = next;
  while (k < to && text[k] === ' ') k++;
  const first = text.charCodeAt(k);
  return !(first >= 0x61 && first <= 0x7a);
}
