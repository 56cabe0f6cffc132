import { Buffer } from 'node:buffer';
import { LineIndex } from '../location.js';
import type { Diagnostic } from '../types.js';
import { type LegacyEncoding, PLAUSIBLE, legacyByteOffsets, legacyEvidence } from './legacy.js';
import type { IngestFailure } from './types.js';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** WHATWG name: utf-8, utf-16le, utf-16be, gb18030, big5, windows-1252 */
  encoding: string;
  diagnostics: Diagnostic[];
  /** UTF-16 index → byte offset, for encodings other than UTF-8 */
  byteOffset?: (index: number) => number;
}

/** Signatures of files that are not text at all. */
const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP (and docx, xlsx, epub)
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0x1f, 0x8b], // gzip
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];
/** Like git, look for NUL bytes in the first 8000 bytes only. */
const NUL_WINDOW = 8000;

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((v, k) => bytes[k] === v);

/**
 * Bytes → text, judged by the whole file. A BOM decides (UTF-32 is refused); else valid UTF-8 is
 * UTF-8; else UTF-8 with a little damage (a cut last character, or many valid sequences for
 * each bad byte) is UTF-8 with replacement characters and an `invalid-utf8` warning at the
 * first bad byte; else GB18030 or Big5 when the bytes read plausibly as Chinese in one of them,
 * with little damage; else windows-1252 when no byte sequence is UTF-8. What is none of these is
 * refused: read wrongly, 3.26亿元 would become 3.26 and a phantom figure. Binary, empty and
 * oversized files are refused.
 */
export function decode(
  bytes: Uint8Array,
  file: string | null,
  options: { maxBytes?: number } = {},
): DecodedText | IngestFailure {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit)
    return { file, reason: 'too-large', message: `file too large: ${bytes.length} bytes (limit ${limit})` };
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return { file, reason: 'unreadable', message: 'UTF-32 is not read: convert the file to UTF-8' };
  const decoded = decodeBytes(bytes, file);
  if (decoded === null) return { file, reason: 'binary', message: 'binary file skipped' };
  if (decoded === UNKNOWN)
    return {
      file,
      reason: 'unreadable',
      message: 'encoding not recognised (not UTF-8, GB18030, Big5 or windows-1252): convert the file to UTF-8',
    };
  if (/^\s*$/.test(decoded.text)) return { file, reason: 'empty', message: 'empty file skipped' };
  return decoded;
}

/** Bytes that are none of the encodings read. */
const UNKNOWN = Symbol('unknown encoding');
/** Valid multi-byte sequences per bad byte for a file to be UTF-8 with damage: read as UTF-8, GB18030 text has about one for every eight bad bytes. */
const UTF8_MAJORITY = 2;
/** Two-byte characters per invalid sequence for a file to be GB18030 or Big5 with damage. */
const LEGACY_MAJORITY = 8;

function decodeBytes(bytes: Uint8Array, file: string | null): DecodedText | null | typeof UNKNOWN {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes, file, scanUtf8(bytes));
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le', 2);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be', 2);
  if (bytes.length >= 2 && MAGIC.some((sig) => startsWith(bytes, sig))) return null;
  const nul = bytes.subarray(0, NUL_WINDOW).indexOf(0);
  if (nul !== -1) {
    const bomless = utf16Order(bytes.subarray(0, NUL_WINDOW));
    return bomless ? utf16(bytes, bomless, 0) : null;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    // not UTF-8: a legacy encoding, or UTF-8 with damage
  }
  const scan = scanUtf8(bytes);
  if ((scan.truncated && scan.bad === 1) || scan.multibyte >= UTF8_MAJORITY * scan.bad) return utf8(bytes, file, scan);
  const legacy = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, ...legacyEvidence(bytes, encoding) }))
    .filter((c) => c.pairs > 0 && c.common >= PLAUSIBLE * c.pairs && c.pairs >= LEGACY_MAJORITY * (c.bad - 1))
    .sort((x, y) => y.common / y.pairs - x.common / x.pairs)[0];
  if (legacy) return legacyText(bytes, file, legacy.encoding);
  if (scan.multibyte === 0) {
    const text = windows1252(bytes);
    return {
      text,
      encoding: 'windows-1252',
      diagnostics: [],
      byteOffset: (index) => Math.max(0, Math.min(index, text.length)),
    };
  }
  return UNKNOWN;
}

/** UTF-8 with replacement characters where bytes are invalid, and a warning at the first. */
function utf8(bytes: Uint8Array, file: string | null, { firstBad }: { firstBad: number }): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (firstBad === -1) return { text, encoding: 'utf-8', diagnostics: [] };
  // the prefix before the bad byte is valid, so its decoded length is the bad byte's index
  const index = new TextDecoder('utf-8').decode(bytes.subarray(0, firstBad)).length;
  const { line, column } = new LineIndex(text).locate(index);
  const message = `invalid UTF-8 byte 0x${(bytes[firstBad] as number).toString(16).padStart(2, '0')} at byte ${firstBad}; decoded with replacement characters`;
  return {
    text,
    encoding: 'utf-8',
    diagnostics: [{ ruleId: 'invalid-utf8', severity: 'warning', message, file, line, column }],
  };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: number): DecodedText {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom));
  return {
    text,
    encoding,
    diagnostics: [],
    byteOffset: (index) => bom + 2 * Math.max(0, Math.min(index, text.length)),
  };
}

/** UTF-16 without a BOM shows as NULs in every other byte (ASCII text): which half says the order. */
function utf16Order(window: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < window.length; i += 2) {
    if (window[i] === 0) even++;
    if (window[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(window.length / 2);
  if (odd >= pairs * 0.3 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

function legacyText(bytes: Uint8Array, file: string | null, encoding: LegacyEncoding): DecodedText {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { text, encoding, diagnostics: [], byteOffset: legacyByteOffsets(bytes, text, encoding) };
  } catch {
    // a few damaged bytes in a file that is plainly GB or Big5 (a truncated last character)
  }
  const text = new TextDecoder(encoding).decode(bytes);
  const { line, column } = new LineIndex(text).locate(Math.max(0, text.indexOf('\ufffd')));
  const message = `invalid ${encoding} bytes; decoded with replacement characters`;
  return {
    text,
    encoding,
    diagnostics: [{ ruleId: 'invalid-bytes', severity: 'warning', message, file, line, column }],
  };
}

/** cp1252's characters for 0x80–0x9F (Node 20's TextDecoder reads windows-1252 as Latin-1). */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function windows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] as string);
}

/**
 * First invalid byte of UTF-8 (-1 if none), how many bad bytes and valid multi-byte sequences there are, and
 * whether the text ends in the first bytes of one (a file cut short: still UTF-8).
 */
function scanUtf8(bytes: Uint8Array): { firstBad: number; bad: number; multibyte: number; truncated: boolean } {
  let firstBad = -1;
  let bad = 0;
  let multibyte = 0;
  let truncated = false;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstBad === -1) firstBad = i;
      bad++;
      if (isCutSequence(bytes, i)) {
        truncated = true;
        break;
      }
      i++;
    } else {
      multibyte++;
      i += length;
    }
  }
  return { firstBad, bad, multibyte, truncated };
}

/** A lead byte followed by continuation bytes up to the end, fewer than the lead asks for. */
function isCutSequence(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i] as number;
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0 || bytes.length - i >= need) return false;
  for (let k = i + 1; k < bytes.length; k++) if (((bytes[k] as number) & 0xc0) !== 0x80) return false;
  return true;
}

/** Length of the valid UTF-8 sequence at `i` (2–4), or 0 (overlongs and surrogates excluded). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const c1 = bytes[i + 1] ?? 0;
  const cont = (k: number): boolean => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return c1 >= lo && c1 <= hi && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return c1 >= lo && c1 <= hi && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
