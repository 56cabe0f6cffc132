import { Buffer } from 'node:buffer';
import type { MaskedRange } from './types.js';

/** PARAGRAPH SEPARATOR: a block boundary in `prose`, always on a blanked position. */
export const BLOCK_SEPARATOR = '\u2029';
export const SEPARATOR = 0x2029;

/** The reasons ingest blanks text for (the others in NonFigureReason belong to extract). */
export type MaskReason = 'markup' | 'url' | 'comment' | 'front-matter' | 'code' | 'furniture';
const REASONS: readonly MaskReason[] = ['markup', 'url', 'comment', 'front-matter', 'code', 'furniture'];
const PROSE = 0;
/** Blanked whitespace: part of no masked range, and it does not split one either. */
const NEUTRAL = 255;
const codeOf = (reason: MaskReason): number => REASONS.indexOf(reason) + 1;

/** Whitespace a separator may replace: it carries nothing a figure could need. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === SEPARATOR;
/** Whitespace for trimming and folding, NBSP and the ideographic space included. */
export const isSpace = (c: number): boolean => isBlank(c) || c === 0xa0 || c === 0x3000 || c === 0x2028;

/**
 * `prose` under construction: one UTF-16 code per position of `text`, plus why each position is
 * blanked. Markup formats start all blank and reveal what parsers call text; the text format
 * starts all prose and only masks (then `reasons` stays null and masks are kept as a list).
 * Every operation is position-wise, so parsers may visit nodes in any order.
 */
export class ProseBuilder {
  readonly text: string;
  readonly codes: Uint16Array;
  private readonly raw: Uint16Array | null;
  private readonly reasons: Uint8Array | null;
  private readonly listed: MaskedRange[] = [];
  /** pairs: preferred position, fallback position (-1 for none) */
  private readonly boundaries: number[] = [];
  /** `[start, end)` pairs where blocks are data, not furniture (table cells) */
  readonly exempt: number[] = [];

  constructor(text: string, allProse: boolean) {
    this.text = text;
    this.codes = utf16(text);
    if (allProse) {
      this.raw = null;
      this.reasons = null;
      return;
    }
    this.raw = this.codes.slice();
    const codes = this.codes;
    const reasons = new Uint8Array(text.length);
    const markup = codeOf('markup');
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i] as number;
      if (isBlank(c)) {
        reasons[i] = NEUTRAL;
        if (c !== 0x0a && c !== 0x0d) codes[i] = 0x20;
      } else {
        reasons[i] = markup;
        codes[i] = 0x20;
      }
    }
    this.reasons = reasons;
  }

  isProse(i: number): boolean {
    return this.reasons === null || this.reasons[i] === PROSE;
  }

  /** `text[start, end)` is prose as it stands. */
  reveal(start: number, end: number): void {
    const raw = this.raw;
    const reasons = this.reasons;
    if (!raw || !reasons || end <= start) return;
    if (end - start > 32) {
      this.codes.set(raw.subarray(start, end), start);
      reasons.fill(PROSE, start, end);
      return;
    }
    // most text nodes are short: a loop beats allocating a subarray
    for (let i = start; i < end; i++) {
      this.codes[i] = raw[i] as number;
      reasons[i] = PROSE;
    }
  }

  /** A decoded character (an entity's) stands at `i` in place of the raw one. */
  put(i: number, code: number): void {
    this.codes[i] = code;
    if (this.reasons) this.reasons[i] = PROSE;
  }

  /** Blanks `[start, end)` whatever it was: comments, code, front matter, attributes. */
  blank(start: number, end: number, reason: MaskReason): void {
    if (!this.reasons || !this.raw) {
      this.maskProse(start, end, reason);
      return;
    }
    const r = codeOf(reason);
    for (let i = Math.max(0, start); i < end && i < this.codes.length; i++) this.blankAt(i, r);
  }

  /** Blanks the prose positions of `[start, end)`: URLs, furniture found in prose. */
  maskProse(start: number, end: number, reason: MaskReason): void {
    const codes = this.codes;
    if (!this.reasons) {
      // text format: everything is prose; trim so the listed range starts and ends on content
      while (start < end && isSpace(codes[start] as number)) start++;
      while (end > start && isSpace(codes[end - 1] as number)) end--;
      if (end <= start) return;
      for (let i = start; i < end; i++) if (!isBlank(codes[i] as number)) codes[i] = 0x20;
      this.listed.push({ start, end, reason });
      return;
    }
    const r = codeOf(reason);
    for (let i = start; i < end; i++) if (this.reasons[i] === PROSE) this.blankAt(i, r);
  }

  private blankAt(i: number, r: number): void {
    const c = (this.raw as Uint16Array)[i] as number;
    const reasons = this.reasons as Uint8Array;
    if (isBlank(c)) {
      reasons[i] = NEUTRAL;
      this.codes[i] = c === 0x0a || c === 0x0d ? c : 0x20;
    } else {
      reasons[i] = r;
      this.codes[i] = 0x20;
    }
  }

  /** A block boundary at `at`, or at `fallback` when `at` holds prose (applied by `applyBoundaries`). */
  boundary(at: number, fallback = -1): void {
    this.boundaries.push(at, fallback);
  }

  /** Puts the separators, once every reveal is done (a later reveal could land on one). */
  applyBoundaries(): void {
    const codes = this.codes;
    const b = this.boundaries;
    for (let k = 0; k < b.length; k += 2) {
      const at = b[k] as number;
      const fallback = b[k + 1] as number;
      if (at >= 0 && at < codes.length && isBlank(codes[at] as number)) codes[at] = SEPARATOR;
      else if (fallback >= 0 && fallback < codes.length && isBlank(codes[fallback] as number)) codes[fallback] = SEPARATOR;
    }
    b.length = 0;
  }

  toString(): string {
    return Buffer.from(this.codes.buffer, this.codes.byteOffset, this.codes.byteLength).toString('utf16le');
  }

  /** Blanked ranges, sorted; neighbours with the same reason merged across blanked whitespace. */
  masked(): MaskedRange[] {
    if (!this.reasons) return mergeListed(this.listed);
    const reasons = this.reasons;
    const out: MaskedRange[] = [];
    let current = PROSE;
    let start = 0;
    let end = 0;
    for (let i = 0; i < reasons.length; i++) {
      const r = reasons[i] as number;
      if (r === NEUTRAL || (r === current && r !== PROSE)) {
        if (r === current) end = i + 1;
        continue;
      }
      if (current !== PROSE) out.push({ start, end, reason: REASONS[current - 1] as MaskReason });
      current = r;
      start = i;
      end = i + 1;
    }
    if (current !== PROSE) out.push({ start, end, reason: REASONS[current - 1] as MaskReason });
    return out;
  }
}

function utf16(text: string): Uint16Array {
  const codes = new Uint16Array(text.length);
  // a native copy: a charCodeAt loop costs several times more on a large document
  Buffer.from(codes.buffer).write(text, 'utf16le');
  return codes;
}

/** Text-format masks: sorted, overlaps clipped, touching same-reason ranges joined. */
function mergeListed(list: MaskedRange[]): MaskedRange[] {
  list.sort((a, b) => a.start - b.start);
  const out: MaskedRange[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) {
      if (m.reason === last.reason) last.end = Math.max(last.end, m.end);
      else if (m.end > last.end) out.push({ start: last.end, end: m.end, reason: m.reason });
    } else out.push({ ...m });
  }
  return out;
}
