/**
 * A quick, conservative test of whether any of some lexicons' entries may start at a word, for
 * entries looked up as whole words: `mayStart` false means no entry matches there, whatever the
 * entry's case rule. First the word's first three characters folded to ASCII lower case, a table
 * look-up or two; then, for the few words that pass ("the", "in", "a"), the word and up to two
 * words after it against the entries' words, so "the" is not looked up for "the first time".
 */
export class StartGate {
  /** by the first two characters: 0 no entry, 1 ask `triples`, 2 some entry is decided by these two */
  private readonly pairs = new Uint8Array(128 * 128);
  private readonly triples = new Uint8Array(1 << 15);
  /** hashes of the entries' leading words (`keyWordsHash`), one bit each: a collision only lets a word through */
  private readonly words = new Uint8Array((1 << 16) >> 3);

  add(key: string): void {
    if (isLetter(key.charCodeAt(0))) {
      const bit = keyWordsHash(key);
      this.words[bit >>> 3] = (this.words[bit >>> 3] as number) | (1 << (bit & 7));
    }
    const first = key.charCodeAt(0);
    const second = key.charCodeAt(1);
    const third = key.charCodeAt(2);
    // an entry that starts beyond ASCII matches no text that starts with an ASCII character
    if (!(first < 0x80)) return;
    const row = lowerAscii(first) << 7;
    if (key.length === 1 || !(second < 0x80)) {
      this.pairs.fill(2, row, row + 128);
      return;
    }
    const pair = row | lowerAscii(second);
    if (key.length === 2 || !(third < 0x80)) this.pairs[pair] = 2;
    else {
      if (this.pairs[pair] === 0) this.pairs[pair] = 1;
      this.triples[triple(first, second, third)] = 1;
    }
  }

  /** Whether an entry may start at `pos`, whose character is an ASCII letter. */
  mayStart(text: string, pos: number): boolean {
    const second = text.charCodeAt(pos + 1);
    if (!(second < 0x80)) return true;
    const p = this.pairs[(lowerAscii(text.charCodeAt(pos)) << 7) | lowerAscii(second)];
    if (p === 0) return false;
    if (p === 1) {
      const third = text.charCodeAt(pos + 2);
      if (third < 0x80 && this.triples[triple(text.charCodeAt(pos), second, third)] !== 1) return false;
    }
    return this.wordsMayStart(text, pos);
  }

  /** Whether the hash of the text's first word, or of its first two or three, is an entry's. */
  private wordsMayStart(text: string, pos: number): boolean {
    let h = HASH_SEED;
    let i = pos;
    for (let words = 1; ; words++) {
      let code = text.charCodeAt(i);
      while (isLetter(code)) {
        h = hashStep(h, code | 0x20);
        code = text.charCodeAt(++i);
      }
      // a character beyond ASCII may fold into a letter: not decided here
      if (code >= 0x80) return true;
      const bit = h >>> 16;
      if (((this.words[bit >>> 3] as number) & (1 << (bit & 7))) !== 0) return true;
      if (words === MAX_WORDS || code !== 0x20 || !isLetter(text.charCodeAt(i + 1))) return false;
      h = hashStep(h, 0x20);
      i++;
    }
  }
}

const isLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Most words of an entry hashed: enough to tell "in the first place" from "in the end". */
const MAX_WORDS = 3;

const HASH_SEED = 0x811c9dc5;

/** FNV-1a, 32 bits; `mayStart` keeps the top 16 */
const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;

/**
 * The hash of an entry's leading words as `wordsMayStart` hashes the text's: the ASCII letters
 * of up to `MAX_WORDS` words, case folded, each after one space. A whole-word entry matches only
 * where the text's words are its words, letter for letter, so one of the text's hashes is it.
 */
function keyWordsHash(key: string): number {
  let h = HASH_SEED;
  let i = 0;
  for (let words = 1; ; words++) {
    let code = key.charCodeAt(i);
    while (isLetter(code)) {
      h = hashStep(h, code | 0x20);
      code = key.charCodeAt(++i);
    }
    if (words === MAX_WORDS || code !== 0x20 || !isLetter(key.charCodeAt(i + 1))) return h >>> 16;
    h = hashStep(h, 0x20);
    i++;
  }
}

/** Three ASCII characters, case folded, as 15 bits (some share them: the test stays conservative). */
const triple = (a: number, b: number, c: number): number =>
  ((lowerAscii(a) & 31) << 10) | ((lowerAscii(b) & 31) << 5) | (lowerAscii(c) & 31);

const lowerAscii = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
