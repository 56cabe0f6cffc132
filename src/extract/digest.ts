/**
 * A figure's id digest: what it says, in which sentence, and which occurrence there. Ids need
 * to be stable and rarely collide, not to be secret: a 32-bit FNV-1a over UTF-16 units, the
 * sentence hashed once for all its figures, then mixed (MurmurHash3's finalizer) so every hex
 * digit varies.
 */
export function hashText(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Eight hex digits for a figure of `kind` written `text`, the `n`th such in the sentence hashed to `sentenceHash`. */
export function figureDigest(sentenceHash: number, kind: string, text: string, n: number): string {
  let h = hashText(`${kind}\u0000${text}\u0000${n}`, sentenceHash);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
