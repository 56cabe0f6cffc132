/**
 * Chinese legacy encodings: which of GB18030 and Big5 a byte string is in, and where each
 * decoded character starts in the bytes.
 */

export type LegacyEncoding = 'gb18030' | 'big5';

/** Share of two-byte characters in an encoding's common plane for a text to be in it. */
export const PLAUSIBLE = 0.75;

/** What the whole file says for one encoding: its two-byte characters, how many are common, and the invalid sequences. */
export interface LegacyEvidence {
  pairs: number;
  common: number;
  bad: number;
}

/**
 * Reads the whole file in `encoding`: a language shows in the first pages, but a mostly-English
 * file may have its only Chinese at the end. A two-byte sequence is common when it lands where
 * the encoding keeps its punctuation and common characters: GB2312 level 1 (B0–D7 lead) for GB,
 * the Big5 常用字 (A4–C6 lead) for Big5. Read in the right encoding a news text has above 0.9 of
 * its pairs common; read in the other about 0.4–0.6. A lead byte without a valid trail (a
 * character cut short) is `bad`, not a pair: damage is not evidence against the encoding.
 */
export function legacyEvidence(bytes: Uint8Array, encoding: LegacyEncoding): LegacyEvidence {
  const evidence: LegacyEvidence = { pairs: 0, common: 0, bad: 0 };
  const gb = encoding === 'gb18030';
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80 || (gb && lead === 0x80)) {
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? -1;
    if (gb && trail >= 0x30 && trail <= 0x39 && lead !== 0xff) {
      i += 4;
      continue;
    }
    if (lead === 0xff || (lead === 0x80 && !gb) || !validTrail(trail, gb)) {
      evidence.bad++;
      i++;
      continue;
    }
    evidence.pairs++;
    if (
      gb
        ? trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xb0 && lead <= 0xd7) || (lead >= 0xa1 && lead <= 0xa3))
        : (lead >= 0xa4 && lead <= 0xc6) || (lead >= 0xa1 && lead <= 0xa3)
    )
      evidence.common++;
    i += 2;
  }
  return evidence;
}

const validTrail = (trail: number, gb: boolean): boolean =>
  (trail >= 0x40 && trail <= 0x7e) || (trail >= (gb ? 0x80 : 0xa1) && trail <= 0xfe);

/** Big5 pairs that decode to two code points (HKSCS: Ê̄ Ê̌ ê̄ ê̌). */
const isBig5Double = (lead: number, trail: number): boolean =>
  lead === 0x88 && (trail === 0x62 || trail === 0x64 || trail === 0xa3 || trail === 0xa5);

/**
 * UTF-16 index in the decoded text → byte offset in `bytes`, for a text that decoded without
 * errors. The table is built on the first call, by walking text and bytes in step: the byte
 * length of each character follows from its lead byte (GB18030: 1, 2 or 4; Big5: 1 or 2).
 */
export function legacyByteOffsets(
  bytes: Uint8Array,
  text: string,
  encoding: LegacyEncoding,
): (index: number) => number {
  let table: Uint32Array | null = null;
  return (index: number): number => {
    table ??= buildTable(bytes, text, encoding);
    return table[Math.max(0, Math.min(index, text.length))] as number;
  };
}

function buildTable(bytes: Uint8Array, text: string, encoding: LegacyEncoding): Uint32Array {
  const table = new Uint32Array(text.length + 1);
  let b = 0;
  let i = 0;
  while (i < text.length && b < bytes.length) {
    const lead = bytes[b] as number;
    const trail = bytes[b + 1] ?? 0;
    let length = 1;
    let units = 1;
    if (lead >= 0x81 && lead <= 0xfe) {
      // GB18030: 0x80 alone is €; a digit after the lead makes a four-byte sequence
      length = encoding === 'gb18030' && trail >= 0x30 && trail <= 0x39 ? 4 : 2;
      if (encoding === 'big5' && isBig5Double(lead, trail)) units = 2;
    }
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) units = 2;
    for (let u = 0; u < units && i < text.length; u++) table[i++] = b;
    b += length;
  }
  table.fill(Math.min(b, bytes.length), i);
  return table;
}
