import { dollarPlaces, simplifiedOnly, traditionalOnly, yenPlaces, yuanPlaces } from './lang/common.js';

/** Which currency a bare sign means in a document, and a note when the text does not settle it. */
export interface CurrencyReading {
  code: string;
  note?: string;
}

/**
 * How a document writes its numbers and what its bare currency signs mean: decided once from the
 * whole text before any number is read, so every number of the text is read the same way.
 */
export interface Conventions {
  /** a plain space groups thousands even where one group could be two numbers ("€2 316.4 bn") */
  spaceGroups: boolean;
  /** the comma is the decimal mark and the point groups thousands ("1.234,5", "4,75") */
  decimalComma: boolean;
  /** lakh and crore in the text: "39 thousand 726" is one number there */
  indianScales: boolean;
  /** what a bare "$" means */
  dollar: CurrencyReading;
  /** what a bare 元 means */
  yuan: CurrencyReading;
  /** what a bare ¥ means: yuan or yen */
  yen: CurrencyReading;
}

/** The reading of a text that says nothing about its conventions. */
export const PLAIN: Conventions = {
  spaceGroups: false,
  decimalComma: false,
  indianScales: false,
  dollar: { code: 'USD' },
  yuan: { code: 'CNY' },
  yen: { code: 'CNY' },
};

/** Conventions show early: the opening of a long text is read for them, not all of it. */
const WINDOW = 60_000;
/** Where a text is set shows in its opening paragraphs. */
const CUE_WINDOW = 20_000;
const cues = (head: string): string => (head.length > CUE_WINDOW ? head.slice(0, CUE_WINDOW) : head);
/** The opening of a text: its title and dateline, where the place it is set in is named. */
const OPENING = 300;
/** Script shows in a few sentences. */
const SCRIPT_WINDOW = 4_000;

/** A digit, a separator, a digit: each place where a text shows how it groups and marks decimals. */
const SEPARATED = /\d[ ,.\u00a0\u2009\u202f]\d/g;
const INDIAN = /\b(?:lakhs?|crores?|lacs?)\b/i;

export function documentConventions(text: string): Conventions {
  const head = text.length > WINDOW ? text.slice(0, WINDOW) : text;
  const dollar = head.includes('$');
  const yuan = head.includes('元');
  const yen = head.includes('¥') || head.includes('￥');
  const style = numberStyle(head);
  const indianScales = (head.includes('akh') || head.includes('rore') || head.includes('lac')) && INDIAN.test(head);
  if (!style && !dollar && !yuan && !yen && !indianScales) return PLAIN;
  return {
    spaceGroups: style?.spaceGroups ?? false,
    decimalComma: style?.decimalComma ?? false,
    indianScales,
    dollar: dollar ? placeOf(cues(head), dollarPlaces, '"$"', 0) : PLAIN.dollar,
    yuan: yuan ? placeOf(cues(head), yuanPlaces, '元', traditional(head) ? -2 : 2) : PLAIN.yuan,
    // a bare ¥ with no place named is undecided: lean a little against the default
    yen: yen ? placeOf(cues(head), yenPlaces, '¥', -0.5) : PLAIN.yen,
  };
}

/**
 * How the text groups thousands and marks decimals, from every separator between digits, in one
 * pass: two space groups in a row ("26 779 025"), a group after a no-break or thin space, or a
 * currency sign before a space group ("€2 316.4 bn") say spaces group; "1.234,5", "1.234.567" and
 * "4,75" are decimal commas, "1,234.5" and "3.75" decimal points. Decimal commas are the style
 * only when they outnumber decimal points three to one (a version or a date has points too).
 */
function numberStyle(text: string): { spaceGroups: boolean; decimalComma: boolean } | undefined {
  SEPARATED.lastIndex = 0;
  let spaceGroups = false;
  let comma = 0;
  let point = 0;
  let seen = false;
  for (let m = SEPARATED.exec(text); m !== null; m = SEPARATED.exec(text)) {
    seen = true;
    const at = m.index + 1;
    const sep = text[at] as string;
    let end = at + 1;
    while (isDigit(text.charCodeAt(end))) end++;
    const after = end - at - 1;
    const next = text[end] ?? '';
    const digitNext = isDigit(text.charCodeAt(end + 1));
    let head = at;
    while (isDigit(text.charCodeAt(head - 1))) head--;
    const opens = !/[\d.,]/.test(text[head - 1] ?? '');
    if (sep === ' ') {
      const signed = at - head <= 3 && '€$£¥'.includes(text[head - 1] ?? '') && next !== ',';
      if (after === 3 && ((next === ' ' && isGroup(text, end + 1)) || signed)) spaceGroups = true;
    } else if (sep !== ',' && sep !== '.') {
      if (after === 3) spaceGroups = true;
    } else if (sep === ',') {
      if (after <= 2 && opens && at - head <= 3 && next !== ',') comma++;
      else if (after === 3 && next === '.' && digitNext) point++;
    } else if (after <= 2 && opens && next !== '.') point++;
    else if (after >= 4) point++;
    else if (after === 3 && (next === ',' || next === '.') && digitNext) comma++;
    SEPARATED.lastIndex = end;
  }
  return seen ? { spaceGroups, decimalComma: comma >= 2 && comma >= 3 * point } : undefined;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** Exactly three digits at `i`. */
const isGroup = (text: string, i: number): boolean =>
  isDigit(text.charCodeAt(i)) &&
  isDigit(text.charCodeAt(i + 1)) &&
  isDigit(text.charCodeAt(i + 2)) &&
  !isDigit(text.charCodeAt(i + 3));

/**
 * The place whose cues the text names most, the first entry (the default) winning ties and
 * `lean` counting for it; a note unless the winner has at least twice the cues of the next.
 */
function placeOf(text: string, places: Array<[string, string[]]>, sign: string, lean: number): CurrencyReading {
  // a place named in the opening of a longer text (its title, its dateline) counts twice
  const opening = text.length > 4 * OPENING ? text.slice(0, OPENING) : '';
  const scores = places.map(([code, cues], k) => ({
    code,
    n: cues.reduce((sum, cue) => sum + occurrences(text, cue) + occurrences(opening, cue), 0) + (k === 0 ? lean : 0),
  }));
  const fallback = (scores[0] as { code: string }).code;
  const [best, next] = [...scores].sort((a, b) => b.n - a.n) as [
    { code: string; n: number },
    { code: string; n: number },
  ];
  // no cue: the default, unless the text speaks against it (traditional script and a bare 元)
  if (best.n <= 0)
    return lean < 0
      ? { code: fallback, note: `${sign}: the text does not say which currency; read as ${fallback}` }
      : { code: fallback };
  // another place needs two cues (one in the opening will do: a US story may name Australia once),
  // or one where the text speaks against the default (a traditional-script text naming 本港)
  const decided = best.n >= 2 * Math.max(next.n, 0) && (best.code === fallback || best.n >= 2 || lean < 0);
  if (decided)
    return best.code === fallback
      ? { code: fallback }
      : { code: best.code, note: `${sign} read as ${best.code}: the text is set there` };
  const others = scores.filter((p) => p.code !== fallback && p.n > 0).map((p) => p.code);
  return {
    code: fallback,
    note: `${sign} read as ${fallback}; the text also names places that use ${others.join(', ')}`,
  };
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1 && n < 10; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** By char code: 1 + the index of a character only traditional script has, -1 - that of one only simplified has. */
const SCRIPT_ONLY = new Int8Array(0x10000);
for (let k = 0; k < traditionalOnly.length; k++) {
  SCRIPT_ONLY[traditionalOnly.charCodeAt(k)] = k + 1;
  SCRIPT_ONLY[simplifiedOnly.charCodeAt(k)] = -k - 1;
}

/**
 * Whether the Chinese of a text is in traditional script, by the characters only one script has
 * (in its opening), each counted up to three times: one pass, not a search per character.
 */
function traditional(head: string): boolean {
  const end = Math.min(head.length, SCRIPT_WINDOW);
  const seen = new Uint8Array(2 * traditionalOnly.length);
  let t = 0;
  let s = 0;
  for (let i = 0; i < end; i++) {
    const k = SCRIPT_ONLY[head.charCodeAt(i)] as number;
    if (k === 0) continue;
    const slot = k > 0 ? k - 1 : traditionalOnly.length - k - 1;
    if ((seen[slot] as number) >= 3) continue;
    seen[slot] = (seen[slot] as number) + 1;
    if (k > 0) t++;
    else s++;
  }
  return t > s;
}

// the currency named outright: US$, USD, "US dollars", 美元; 人民币, RMB, yuan
const NAMED_DOLLAR = /US|U\.S|American|美/;
const NAMED_YUAN = /人民|RMB|CNY|yuan|renminbi/i;
const YEN_SIGN = /[¥￥]/;

/** Bare "$", 元 and ¥ amounts read in the document's currency, with its note. */
export function applyCurrency(
  text: string,
  candidates: Array<{ start: number; end: number; unit: string; note?: string }>,
  doc: Conventions,
): void {
  if (doc === PLAIN) return;
  for (const c of candidates) {
    if (c.unit !== 'USD' && c.unit !== 'CNY') continue;
    const written = text.slice(c.start, c.end);
    const reading =
      c.unit === 'USD'
        ? NAMED_DOLLAR.test(written)
          ? undefined
          : doc.dollar
        : YEN_SIGN.test(written)
          ? doc.yen
          : NAMED_YUAN.test(written)
            ? undefined
            : doc.yuan;
    if (!reading || (reading.code === c.unit && !reading.note)) continue;
    c.unit = reading.code;
    if (reading.note && !c.note) c.note = reading.note;
  }
}
