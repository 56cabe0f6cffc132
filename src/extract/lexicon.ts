import type { StartGate } from './start-gate.js';

/**
 * Longest-match lookup of surface forms at a position, the one way the grammar reads the
 * language tables. Keys are bucketed by their first (case-folded) character, longest first, so
 * a lookup costs a handful of `startsWith` calls, never a scan of the table.
 */
export interface LexiconMatch<T> {
  key: string;
  value: T;
  end: number;
}

const isWordChar = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  code === 0x5f ||
  (code >= 0xc0 && code <= 0x24f);

type Entry<T> = [key: string, value: T];

/** A table by char code: an array for ASCII, a map beyond it. */
class CharTable<V> {
  private readonly ascii: Array<V | undefined> = new Array<V | undefined>(128).fill(undefined);
  private readonly other = new Map<number, V>();
  /** which codes beyond ASCII `other` holds, one bit each: most look-ups there find nothing */
  private readonly present = new Int32Array(0x10000 >> 5);

  get(code: number): V | undefined {
    if (code < 128) return this.ascii[code];
    // NaN and codes outside the table test bit 0 of word 0, which only ASCII codes would set
    return (this.present[code >> 5] as number) & (1 << (code & 31)) ? this.other.get(code) : undefined;
  }

  set(code: number, value: V): void {
    if (code < 128) this.ascii[code] = value;
    else {
      this.other.set(code, value);
      this.present[code >> 5] = (this.present[code >> 5] as number) | (1 << (code & 31));
    }
  }

  *values(): IterableIterator<V> {
    for (const v of this.ascii) if (v !== undefined) yield v;
    yield* this.other.values();
  }
}

/**
 * The entries that share a first character (a last one, for `matchBefore`), longest first, and
 * the same entries narrowed by their second character (second to last), so a lookup tries only
 * the few entries that can still match.
 */
interface Bucket<T> {
  all: Array<Entry<T>>;
  /** by the (folded) char code of the second character: the longer entries with it, then the one-character entries */
  byNext: CharTable<Array<Entry<T>>> | null;
  /** the one-character entries */
  single: Array<Entry<T>>;
}

/** Buckets this small are scanned whole; a second-character index would not pay for itself. */
const INDEX_FROM = 4;

export class Lexicon<T> {
  /** by the char code of the first (case-folded) character */
  private readonly heads = new CharTable<Bucket<T>>();
  /** the same entries keyed by their last character, for `matchBefore` */
  private readonly tails = new CharTable<Bucket<T>>();
  /**
   * By a (folded) ASCII character, 1 + its row in `headPairs`; 0 when no entry starts with it.
   * Rows only for the characters entries start with keep the tables of all lexicons small
   * enough to stay in cache.
   */
  private readonly pairRows = new Uint8Array(128);
  /**
   * By a first character's row and a (folded) ASCII second character, `row * 128 + second`: 0
   * when no entry can start with them (most look-ups at a word start end on this one test), 1
   * when some may and their list is not made yet (made at the first look-up: loading stays
   * cheap), else 2 + the index in `pairEntries` of the entries that can, longest first.
   */
  private readonly headPairs: Uint16Array;
  /** the entries of a bucket whose second character is the pair's, then its one-character entries */
  private readonly pairEntries: Array<Array<Entry<T>>> = [];
  /** the first characters beyond ASCII of entries (folded when case is), one bit each */
  private readonly headsBeyondAscii = new Int32Array(0x10000 >> 5);

  /**
   * @param entries surface form → value
   * @param foldCase match ignoring ASCII case (English words; not currency codes like `M`)
   */
  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly foldCase = false,
  ) {
    const heads = new Map<number, Array<Entry<T>>>();
    const tails = new Map<number, Array<Entry<T>>>();
    let rows = 0;
    for (const [surface, value] of entries) {
      const key = foldCase ? surface.toLowerCase() : surface;
      if (key.length === 0) continue;
      pushTo(heads, key.charCodeAt(0), [key, value]);
      const first = key.charCodeAt(0);
      if (first >= 0x80)
        this.headsBeyondAscii[first >> 5] = (this.headsBeyondAscii[first >> 5] as number) | (1 << (first & 31));
      else if (this.pairRows[this.foldAscii(first)] === 0) this.pairRows[this.foldAscii(first)] = ++rows;
      pushTo(tails, key.charCodeAt(key.length - 1), [key, value]);
    }
    this.headPairs = new Uint16Array(rows * 128);
    for (const list of heads.values()) for (const [key] of list) this.markPair(key);
    for (const [code, list] of heads)
      this.heads.set(
        code,
        bucketOf(list, (key) => key.charCodeAt(1)),
      );
    for (const [code, list] of tails)
      this.tails.set(
        code,
        bucketOf(list, (key) => key.charCodeAt(key.length - 2)),
      );
  }

  /**
   * The longest entry that starts at `pos`. With `wholeWord`, an entry ending in a letter or
   * digit must not run on into another letter or digit ("m" must not match in "million").
   */
  match(text: string, pos: number, wholeWord = false): LexiconMatch<T> | undefined {
    // most look-ups find nothing at the first character or two: this small test is inlined into
    // the callers, the rest of the look-up is not
    const code = text.charCodeAt(pos);
    if (code < 0x80) {
      const row = this.pairRows[this.foldAscii(code)] as number;
      if (row === 0) return undefined;
      // both ASCII: one more table look-up says whether anything can start here, and which entries
      const next = text.charCodeAt(pos + 1);
      if (next < 0x80) {
        const at = ((row - 1) << 7) | this.foldAscii(next);
        let pair = this.headPairs[at] as number;
        if (pair === 1) pair = this.indexPair(at, this.foldAscii(code));
        return pair === 0
          ? undefined
          : this.firstAt(this.pairEntries[pair - 2] as Array<Entry<T>>, text, pos, wholeWord);
      }
    } else {
      // beyond ASCII (most characters of Chinese text), or NaN past the end: no entry starts
      // with the character as the buckets fold it, which one bit says; NaN tests bit 0 of word
      // 0, which no code beyond ASCII sets
      const head = this.fold(code);
      if (!(head < 0x80) && ((this.headsBeyondAscii[head >> 5] as number) & (1 << (head & 31))) === 0) return undefined;
    }
    return this.longestAt(text, pos, wholeWord);
  }

  private longestAt(text: string, pos: number, wholeWord: boolean): LexiconMatch<T> | undefined {
    const code = text.charCodeAt(pos);
    const next = text.charCodeAt(pos + 1);
    const bucket = this.heads.get(this.fold(code));
    if (!bucket) return undefined;
    return this.firstAt(this.candidates(bucket, code, next), text, pos, wholeWord);
  }

  /** The first of `entries` (longest first) that matches at `pos`. */
  private firstAt(
    entries: Array<Entry<T>>,
    text: string,
    pos: number,
    wholeWord: boolean,
  ): LexiconMatch<T> | undefined {
    // index loops, no destructuring: this is the innermost loop of the scanner
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k] as Entry<T>;
      const key = entry[0];
      if (!this.startsAt(text, pos, key)) continue;
      const end = pos + key.length;
      if (wholeWord && isWordChar(key.charCodeAt(key.length - 1)) && isWordChar(text.charCodeAt(end))) continue;
      return { key, value: entry[1], end };
    }
    return undefined;
  }

  /** The longest entry that ends exactly at `end` (for words read leftwards of a number). */
  matchBefore(text: string, end: number, wholeWord = false): LexiconMatch<T> | undefined {
    if (end < 1) return undefined;
    const code = text.charCodeAt(end - 1);
    const bucket = this.tails.get(this.fold(code));
    if (!bucket) return undefined;
    const entries = this.candidates(bucket, code, end >= 2 ? text.charCodeAt(end - 2) : NaN);
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k] as Entry<T>;
      const key = entry[0];
      const start = end - key.length;
      if (start < 0 || !this.startsAt(text, start, key)) continue;
      if (wholeWord && isWordChar(key.charCodeAt(0)) && isWordChar(text.charCodeAt(start - 1))) continue;
      // `end` of a backward match is where the entry starts
      return { key, value: entry[1], end: start };
    }
    return undefined;
  }

  /** Adds every entry to `gate`, which then says where this lexicon may match. */
  markStarts(gate: StartGate): void {
    for (const bucket of this.heads.values()) for (const [key] of bucket.all) gate.add(key);
  }

  /**
   * The entries of a bucket worth trying, in the bucket's order, given the text's character
   * that chose the bucket and the one next to it. When case is folded, the second character
   * narrows the list only if both are ASCII: beyond ASCII, `toLowerCase` may fold in ways a
   * per-character index would not see, so every entry is tried.
   */
  private candidates(bucket: Bucket<T>, code: number, next: number): Array<Entry<T>> {
    if (bucket.byNext === null) return bucket.all;
    if (this.foldCase && (code >= 0x80 || !(next < 0x80))) return bucket.all;
    return bucket.byNext.get(this.fold(next)) ?? bucket.single;
  }

  private foldAscii(code: number): number {
    return this.foldCase && code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  }

  private markPair(key: string): void {
    const first = key.charCodeAt(0);
    const second = key.charCodeAt(1);
    if (!(first < 0x80)) return; // looked up only when the text's first character is ASCII
    const row = ((this.pairRows[this.foldAscii(first)] as number) - 1) << 7;
    if (key.length === 1 || !(second < 0x80)) this.headPairs.fill(1, row, row + 128);
    else this.headPairs[row | this.foldAscii(second)] = 1;
    // case-sensitive entries: the text is folded only when the lexicon folds
  }

  /**
   * The entries that can match where the text starts with the (folded) `first` character and
   * the pair `at` of `headPairs`: those of its bucket with the pair's second character, then the
   * one-character ones, in the bucket's order (keys are folded already). Kept in `headPairs`,
   * which it returns the new value of.
   */
  private indexPair(at: number, first: number): number {
    const second = at & 0x7f;
    const entries =
      this.heads.get(first)?.all.filter((entry) => entry[0].length === 1 || entry[0].charCodeAt(1) === second) ?? [];
    const pair = entries.length === 0 ? 0 : this.pairEntries.push(entries) + 1;
    this.headPairs[at] = pair;
    return pair;
  }

  /** A char code as the buckets key it: ASCII case folded when `foldCase`; NaN matches nothing. */
  private fold(code: number): number {
    if (!this.foldCase || code < 0x41) return code;
    if (code <= 0x5a) return code + 0x20;
    if (code < 0x80) return code;
    return foldBeyondAscii(code);
  }

  // The hot path of the scanner: compare char codes, no slice or toLowerCase per entry.
  private startsAt(text: string, pos: number, key: string): boolean {
    if (!this.foldCase) return text.startsWith(key, pos);
    const n = key.length;
    if (pos + n > text.length) return false;
    for (let j = 0; j < n; j++) {
      let code = text.charCodeAt(pos + j);
      // ASCII folds one to one; anything else is compared as `toLowerCase` folds it
      if (code >= 0x80) return text.slice(pos, pos + n).toLowerCase() === key;
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
      if (code !== key.charCodeAt(j)) return false;
    }
    return true;
  }
}

/** Folds beyond ASCII, by char code, filled as met: 0 not yet, -1 no one-unit fold, else fold + 1. */
const FOLDED = new Int32Array(0x10000);

/** A char code beyond ASCII folded as `toLowerCase` folds it; NaN when it folds to two units. */
function foldBeyondAscii(code: number): number {
  if (!(code < 0x10000)) return NaN;
  // CJK ideographs have no case: most characters of Chinese text, kept out of the table
  if (code >= 0x3400 && code <= 0x9fff) return code;
  let folded = FOLDED[code] as number;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
    FOLDED[code] = folded;
  }
  return folded === -1 ? NaN : folded - 1;
}

/** A bucket from its entries: sorted longest first (stable), indexed by the next character. */
function bucketOf<T>(list: Array<Entry<T>>, nextOf: (key: string) => number): Bucket<T> {
  const all = list.sort((a, b) => b[0].length - a[0].length);
  const single = all.filter((entry) => entry[0].length === 1);
  if (all.length < INDEX_FROM) return { all, byNext: null, single };
  const longer = new Map<number, Array<Entry<T>>>();
  for (const entry of all) if (entry[0].length > 1) pushTo(longer, nextOf(entry[0]), entry);
  const byNext = new CharTable<Array<Entry<T>>>();
  // the longer entries stay ahead of the one-character ones, as in `all`
  for (const [next, entries] of longer) byNext.set(next, [...entries, ...single]);
  return { all, byNext, single };
}

function pushTo<T>(map: Map<number, T[]>, key: number, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export { isWordChar };
