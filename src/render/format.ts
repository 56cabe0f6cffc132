import type { Figure, FigureKind, Lang, SourcePointer } from '../types.js';

/*
 * Display forms of figures. Written by hand rather than with Intl.NumberFormat so that the output
 * bytes do not change with the ICU data of the Node version (golden files stay put).
 */

type Scale = readonly [factor: number, word: string];

/** Compact scales per language: "€3.7 bn", "3.26 亿". English keeps thousands in full. */
const SCALES: Record<Lang, readonly Scale[]> = {
  en: [
    [1e12, ' tn'],
    [1e9, ' bn'],
    [1e6, ' mn'], // not "m", which reads as metres next to a unit
  ],
  zh: [
    [1e12, ' 万亿'],
    [1e8, ' 亿'],
    [1e4, ' 万'],
  ],
};

/** Currencies shown as a symbol before the number; the others get their ISO code after it. */
const CURRENCY_SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CNY: 'CN¥',
  HKD: 'HK$',
};

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³' };
/** Units written as English words, which take a plural. */
const WORD_UNITS: ReadonlySet<string> = new Set(['minute', 'day', 'week', 'month', 'year', 'hectare', 'acre']);

/** `3700000000` → `"3,700,000,000"`; drops binary noise (`0.1 + 0.2` → `"0.3"`). */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // most figures and interval ends print exactly in at most 15 digits: no rounding, no pattern
  // (the sheet of 100,000 figures calls this several times per figure)
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupWhole(String(value));
  const exact = String(value);
  // a point and at most 15 digits: already what 15 digits of precision print
  const plain = exact.length <= 16 && exact.includes('.') && !exact.includes('e') ? exact : String(Number(value.toPrecision(15)));
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

/** The largest scale of `lang` that `value` reaches: `3.7e9` → `"3.7 bn"`. */
export function compactNumber(value: number, lang: Lang): string {
  const size = Math.abs(value);
  for (const [factor, word] of SCALES[lang]) {
    if (size >= factor) return groupDigits(Number((value / factor).toPrecision(4))) + word;
  }
  return groupDigits(value);
}

/** mathjs unit strings for reading: `m^2` → `m²`. */
export function unitLabel(unit: string): string {
  return unit.replace(/\^([23])/g, (_, power: string) => SUPERSCRIPTS[power] ?? power);
}

/** A number with its unit: `€3.7 bn`, `15%`, `5/week`, `120 km²`. */
function withUnit(number: string, figure: Figure): string {
  const { unit } = figure;
  if (figure.kind === 'money') {
    const symbol = CURRENCY_SYMBOLS[unit];
    if (symbol === undefined) return unit === '' ? number : `${number} ${unit}`;
    return number.startsWith('-') ? `-${symbol}${number.slice(1)}` : symbol + number;
  }
  if (unit === '') return number;
  if (unit === '%') return `${number}%`;
  // a bare rate ("five per week" is `5` of `1/week`) reads as "5/week"
  if (unit.startsWith('1/')) return `${number}${unitLabel(unit.slice(1))}`;
  // mathjs names durations by word: "10 months", "1 year"
  const plural = WORD_UNITS.has(unit) && figure.value !== 1 ? 's' : '';
  return `${number} ${unitLabel(unit)}${plural}`;
}

function ordinalSuffix(n: number): string {
  const tens = Math.abs(n) % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Math.abs(n) % 10] ?? 'th';
}

/** Kinds whose headline may be scaled ("3.7 bn"); the others show their digits as they are. */
const COMPACT_KINDS: ReadonlySet<FigureKind> = new Set<FigureKind>([
  'money', 'area', 'mass', 'length', 'volume', 'duration', 'temperature', 'speed', 'count', 'rate', 'other',
]);

/** The figure as the sheet headlines it, in the figure's own language: `€3.7 bn`, `3.26 亿`. */
export function displayValue(figure: Figure): string {
  const { value, kind, lang } = figure;
  if (kind === 'date' || kind === 'year') return figure.iso ?? (value === null ? figure.text : String(value));
  // a stated range shows each end in full: `€3 bn – €4 bn`, `3 km² – 5 km²`
  if (figure.range) return figure.range.map((end) => displayValue({ ...figure, value: end, range: undefined })).join(' – ');
  if (value === null) return figure.text;
  switch (kind) {
    case 'ordinal':
      return lang === 'zh' ? `第${groupDigits(value)}` : groupDigits(value) + ordinalSuffix(value);
    case 'rank':
      return lang === 'zh' ? `第${groupDigits(value)}` : `No. ${groupDigits(value)}`;
    case 'multiplier':
      return `×${groupDigits(value)}`;
    case 'fraction':
      return fractionText(value);
    case 'percent':
    case 'pp':
      return withUnit(groupDigits(value), figure);
    default:
      return COMPACT_KINDS.has(kind) ? withUnit(compactNumber(value, lang), figure) : figure.text;
  }
}

/**
 * Every digit with the unit code, when the headline scales the number (`3,700,000,000 EUR` for
 * `€3.7 bn`) or shows a currency symbol; empty when the headline already says it all.
 * `display` is the figure's displayValue, for a caller that has it already.
 */
export function fullValue(figure: Figure, display = displayValue(figure)): string {
  const { value, kind, unit } = figure;
  if (value === null || !COMPACT_KINDS.has(kind)) return '';
  const digits = groupDigits(value);
  if (kind !== 'money' && compactNumber(value, figure.lang) === digits) return '';
  const full = unit === '' ? digits : `${digits} ${unit}`;
  return full === display ? '' : full;
}

/**
 * The interval when it says more than the value: `325,500,000 – 326,500,000`, or `≥ 800` when
 * it is open above ("more than 800").
 */
export function intervalText(figure: Figure): string {
  if (figure.interval === null) return '';
  const [low, high] = figure.interval;
  // a third's bounds carry fifteen digits of a repeating decimal; six say as much
  const digits = figure.kind === 'fraction' ? (x: number) => groupDigits(Number(x.toPrecision(6))) : groupDigits;
  if (high === null) return `≥ ${digits(low)}`;
  return low === figure.value && high === figure.value ? '' : `${digits(low)} – ${digits(high)}`;
}

/** Denominators a share is said with: halves to twelfths, sixteenths, twentieths, hundredths. */
const DENOMINATORS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 20, 100];

/** A share as it is said: `1/3` for a third, `3/4`; else its first four digits (`0.1429`). */
function fractionText(value: number): string {
  if (Math.abs(value) < 1) {
    for (const q of DENOMINATORS) {
      const p = Math.round(value * q);
      if (p !== 0 && Math.abs(value * q - p) < 1e-9) return `${p}/${q}`;
    }
  }
  return groupDigits(Number(value.toPrecision(4)));
}

/** `file:line:col`, the form editors and the `check` command print. */
export function pointer(source: Pick<SourcePointer, 'file' | 'line' | 'column'>): string {
  return `${source.file ?? '(input)'}:${source.line}:${source.column}`;
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
  for (let at = sentence.indexOf(bare.charAt(0)); at !== -1; ) {
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
    if (!paired && ((isHigh(c) && isLow(sentence.charCodeAt(i + 1))) || (isLow(c) && isHigh(sentence.charCodeAt(i - 1))))) return -1;
    i++;
  }
  return i;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** What `\s` matches. */
function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A message split on backticks: odd pieces were `quoted` and are shown as code. */
export function messagePieces(message: string): { text: string; code: boolean }[] {
  return message
    .split('`')
    .map((text, index) => ({ text, code: index % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}
