import type { SourcePointer } from '../types.js';

/*
 * Digits, pointers, anchors, addresses and the figure's place in its sentence. The notation of
 * figures is notation.ts's.
 */

/** `3700000000` → `"3,700,000,000"`; drops binary noise (`0.1 + 0.2` → `"0.3"`). */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // most figures and interval ends print exactly in at most 15 digits: no rounding, no pattern
  // (the sheet of 100,000 figures calls this several times per figure)
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupWhole(String(value));
  const exact = String(value);
  // a point and at most 15 digits: already what 15 digits of precision print
  const plain =
    exact.length <= 16 && exact.includes('.') && !exact.includes('e') ? exact : String(Number(value.toPrecision(15)));
  if (plain.includes('e')) return plain;
  const point = plain.indexOf('.');
  return point === -1 ? groupWhole(plain) : groupWhole(plain.slice(0, point)) + plain.slice(point);
}

/** `-3700` → `-3,700`: commas every three digits of an optionally signed run of digits. */
function groupWhole(whole: string): string {
  const sign = whole.startsWith('-') ? 1 : 0;
  if (whole.length - sign <= 3) return whole;
  let out = whole.slice(0, sign + ((whole.length - sign) % 3 || 3));
  for (let k = out.length; k < whole.length; k += 3) out += `,${whole.slice(k, k + 3)}`;
  return out;
}

/** `file:line:col`, the form editors and the `check` command print. */
export function pointer(source: Pick<SourcePointer, 'file' | 'line' | 'column'>): string {
  return `${source.file ?? '(input)'}:${source.line}:${source.column}`;
}

/**
 * `file:line:col` with the file's name alone (`01_wire.md:8:79`), for the appendices, which
 * head each source's part with its whole path.
 */
export function shortPointer(source: Pick<SourcePointer, 'file' | 'line' | 'column'>): string {
  const file = source.file ?? '(input)';
  return `${file.slice(file.lastIndexOf('/') + 1)}:${source.line}:${source.column}`;
}

/**
 * The address if it is an absolute http(s) URL, else null. Parsed with the WHATWG parser the
 * browser uses, so tricks such as `java\tscript:` or leading spaces resolve as they would there.
 */
export function safeHttpUrl(address: string | null | undefined): string | null {
  if (typeof address !== 'string' || address === '') return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** An address for reading: `%E6%AC%A7` shown as `欧`. Falls back to the address as given. */
export function readableUrl(address: string): string {
  try {
    return decodeURI(address);
  } catch {
    return address;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isPoint = (c: number): boolean => c === 0x2e || c === 0x2c;

/**
 * An HTML id from any string, injective and made only of `[A-Za-z0-9-]` and `_`: every other
 * character (the `_` escape itself included) becomes `_<hex code point>_`.
 * `003.txt#7c1e` → `003_2e_txt_23_7c1e`.
 */
export function anchorId(prefix: string, key: string): string {
  let out = `${prefix}-`;
  // runs of safe characters are copied whole
  let run = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (isLatin(c) || isDigit(c) || c === 0x2d) continue;
    const point = key.codePointAt(i) ?? c;
    out += `${key.slice(run, i)}_${point.toString(16)}_`;
    if (point > 0xffff) i++;
    run = i + 1;
  }
  return out + key.slice(run);
}

/** Would `text` at `[start, end)` be part of a longer number or ASCII word? */
function glued(sentence: string, start: number, end: number, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const before = start > 0 ? sentence.charCodeAt(start - 1) : NaN;
  const before2 = start > 1 ? sentence.charCodeAt(start - 2) : NaN;
  const after = sentence.charCodeAt(end);
  const after2 = sentence.charCodeAt(end + 1);
  return (
    (isDigit(first) && (isDigit(before) || (isPoint(before) && isDigit(before2)))) ||
    (isDigit(last) && (isDigit(after) || (isPoint(after) && isDigit(after2)))) ||
    (isLatin(first) && isLatin(before)) ||
    (isLatin(last) && isLatin(after))
  );
}

/**
 * Where `text` stands in `sentence`, or null. The sentence has its whitespace folded, so the
 * match ignores whitespace; among several matches the first that is not part of a longer
 * number or word wins (`5` in "15 or 5" is the second).
 */
export function locateInSentence(sentence: string, text: string): { start: number; end: number } | null {
  const bare = text.replace(/\s+/g, '');
  if (bare === '') return null;
  // most figures stand in their sentence as written: find them without compiling a pattern
  if (bare === text) {
    let first: { start: number; end: number } | null = null;
    for (let at = sentence.indexOf(text); at !== -1; at = sentence.indexOf(text, at + 1)) {
      const span = { start: at, end: at + text.length };
      if (!glued(sentence, span.start, span.end, bare)) return span;
      first ??= span;
    }
    if (first) return first;
  }
  // as the pattern bare[0]\s*bare[1]\s*… would, left to right, each match after the last
  let first: { start: number; end: number } | null = null;
  for (let at = sentence.indexOf(bare.charAt(0)); at !== -1;) {
    const end = spacedMatchEnd(sentence, bare, at);
    if (end === -1) {
      at = sentence.indexOf(bare.charAt(0), at + 1);
      continue;
    }
    const span = { start: at, end };
    if (!glued(sentence, span.start, span.end, bare)) return span;
    first ??= span;
    at = sentence.indexOf(bare.charAt(0), end);
  }
  return first;
}

/**
 * The end of `bare` in `sentence` from `at` when whitespace may stand between its characters,
 * else -1; by code points, as a `u` pattern matches (half a surrogate pair matches only a lone
 * half). Compiling that pattern per figure cost more than rendering the rest of the row.
 */
function spacedMatchEnd(sentence: string, bare: string, at: number): number {
  let i = at;
  for (let k = 0; k < bare.length; k++) {
    const c = bare.charCodeAt(k);
    const paired = isHigh(c) ? isLow(bare.charCodeAt(k + 1)) : isLow(c) && isHigh(bare.charCodeAt(k - 1));
    if (!(paired && isLow(c))) while (k > 0 && i < sentence.length && isSpace(sentence.charCodeAt(i))) i++;
    if (sentence.charCodeAt(i) !== c) return -1;
    if (
      !paired &&
      ((isHigh(c) && isLow(sentence.charCodeAt(i + 1))) || (isLow(c) && isHigh(sentence.charCodeAt(i - 1))))
    )
      return -1;
    i++;
  }
  return i;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A message split on backticks: odd pieces were `quoted` and are shown as code. */
export function messagePieces(message: string): { text: string; code: boolean }[] {
  return message
    .split('`')
    .map((text, index) => ({ text, code: index % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

/**
 * The figure in a few words of its sentence: at most `reach` characters either side, cut at a
 * space where there is one (Chinese has none), with "…" where the sentence goes on.
 */
export function excerpt(
  sentence: string,
  text: string,
  reach: number,
): { before: string; mark: string; after: string } {
  const span = locateInSentence(sentence, text);
  if (span === null) return { before: '', mark: text, after: '' };
  let from = Math.max(0, span.start - reach);
  let to = Math.min(sentence.length, span.end + reach);
  if (from > 0) {
    const space = sentence.indexOf(' ', from);
    if (space !== -1 && space < span.start) from = space + 1;
  }
  if (to < sentence.length) {
    const space = sentence.lastIndexOf(' ', to);
    if (space >= span.end) to = space;
  }
  return {
    before: (from > 0 ? '…' : '') + sentence.slice(from, span.start),
    mark: sentence.slice(span.start, span.end),
    after: sentence.slice(span.end, to) + (to < sentence.length ? '…' : ''),
  };
}
