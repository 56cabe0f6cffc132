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

export class Lexicon<T> {
  private readonly buckets = new Map<string, Array<[string, T]>>();
  /** the same entries keyed by their last character, for `matchBefore` */
  private readonly tails = new Map<string, Array<[string, T]>>();

  /**
   * @param entries surface form → value
   * @param foldCase match ignoring ASCII case (English words; not currency codes like `M`)
   */
  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly foldCase = false,
  ) {
    for (const [surface, value] of entries) {
      const key = foldCase ? surface.toLowerCase() : surface;
      const first = key[0];
      const last = key[key.length - 1];
      if (first === undefined || last === undefined) continue;
      pushTo(this.buckets, first, [key, value]);
      pushTo(this.tails, last, [key, value]);
    }
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b[0].length - a[0].length);
    for (const bucket of this.tails.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  }

  /**
   * The longest entry that starts at `pos`. With `wholeWord`, an entry ending in a letter or
   * digit must not run on into another letter or digit ("m" must not match in "million").
   */
  match(text: string, pos: number, wholeWord = false): LexiconMatch<T> | undefined {
    const first = text[pos];
    if (first === undefined) return undefined;
    const bucket = this.buckets.get(this.foldCase ? first.toLowerCase() : first);
    if (!bucket) return undefined;
    for (const [key, value] of bucket) {
      if (!this.startsAt(text, pos, key)) continue;
      const end = pos + key.length;
      if (wholeWord && isWordChar(key.charCodeAt(key.length - 1)) && isWordChar(text.charCodeAt(end))) continue;
      return { key, value, end };
    }
    return undefined;
  }

  /** The longest entry that ends exactly at `end` (for words read leftwards of a number). */
  matchBefore(text: string, end: number, wholeWord = false): LexiconMatch<T> | undefined {
    const last = text[end - 1];
    if (last === undefined) return undefined;
    const bucket = this.tails.get(this.foldCase ? last.toLowerCase() : last);
    if (!bucket) return undefined;
    for (const [key, value] of bucket) {
      const start = end - key.length;
      if (start < 0 || !this.startsAt(text, start, key)) continue;
      if (wholeWord && isWordChar(key.charCodeAt(0)) && isWordChar(text.charCodeAt(start - 1))) continue;
      // `end` of a backward match is where the entry starts
      return { key, value, end: start };
    }
    return undefined;
  }

  private startsAt(text: string, pos: number, key: string): boolean {
    if (!this.foldCase) return text.startsWith(key, pos);
    if (pos + key.length > text.length) return false;
    return text.slice(pos, pos + key.length).toLowerCase() === key;
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

export { isWordChar };
