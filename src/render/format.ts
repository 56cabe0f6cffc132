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

/** `3700000000` → `"3,700,000,000"`; drops binary noise (`0.1 + 0.2` → `"0.3"`). */
export function groupDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const plain = String(Number(value.toPrecision(15)));
  if (/e/i.test(plain)) return plain;
  const [whole = '', fraction] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
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
  return `${number} ${unitLabel(unit)}`;
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
 */
export function fullValue(figure: Figure): string {
  const { value, kind, unit } = figure;
  if (value === null || !COMPACT_KINDS.has(kind)) return '';
  const digits = groupDigits(value);
  if (kind !== 'money' && compactNumber(value, figure.lang) === digits) return '';
  const full = unit === '' ? digits : `${digits} ${unit}`;
  return full === displayValue(figure) ? '' : full;
}

/**
 * The interval when it says more than the value: `325,500,000 – 326,500,000`, or `≥ 800` when
 * it is open above ("more than 800").
 */
export function intervalText(figure: Figure): string {
  if (figure.interval === null) return '';
  const [low, high] = figure.interval;
  if (high === null) return `≥ ${groupDigits(low)}`;
  return low === figure.value && high === figure.value ? '' : `${groupDigits(low)} – ${groupDigits(high)}`;
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

/**
 * An HTML id from any string, injective and made only of `[A-Za-z0-9-]` and `_`: every other
 * character (the `_` escape itself included) becomes `_<hex code point>_`.
 * `003.txt#7c1e` → `003_2e_txt_23_7c1e`.
 */
export function anchorId(prefix: string, key: string): string {
  let out = '';
  for (const char of key) {
    out += /[A-Za-z0-9-]/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return `${prefix}-${out}`;
}

/** Would `text` at `[start, end)` be part of a longer number or ASCII word? */
function glued(sentence: string, start: number, end: number, text: string): boolean {
  const before = sentence.slice(Math.max(0, start - 2), start);
  const after = sentence.slice(end, end + 2);
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  return (
    (/\d/.test(first) && /\d[.,]?$/.test(before)) ||
    (/\d/.test(last) && /^[.,]?\d/.test(after)) ||
    (/[A-Za-z]/.test(first) && /[A-Za-z]$/.test(before)) ||
    (/[A-Za-z]/.test(last) && /^[A-Za-z]/.test(after))
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
  const escaped = Array.from(bare, (c) => c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  let first: { start: number; end: number } | null = null;
  for (const match of sentence.matchAll(new RegExp(escaped.join('\\s*'), 'gu'))) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!glued(sentence, span.start, span.end, bare)) return span;
    first ??= span;
  }
  return first;
}

/** A message split on backticks: odd pieces were `quoted` and are shown as code. */
export function messagePieces(message: string): { text: string; code: boolean }[] {
  return message
    .split('`')
    .map((text, index) => ({ text, code: index % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}
