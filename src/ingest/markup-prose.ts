import { Buffer } from 'node:buffer';
import { type MaskReason, type Prose, SEPARATOR, isBlank } from './prose.js';
import type { MaskedRange } from './types.js';

const REASONS: readonly MaskReason[] = ['markup', 'url', 'comment', 'front-matter', 'code', 'furniture'];
const PROSE = 0;
/** Blanked whitespace: part of no masked range, and it does not split one either. */
const NEUTRAL = 255;
const codeOf = (reason: MaskReason): number => REASONS.indexOf(reason) + 1;

/**
 * Prose of a parsed format: one UTF-16 code per position of `text`, plus why each position is
 * blanked. Everything starts blank; the walkers reveal what the parsers call text. Every
 * operation is position-wise, so parsers may visit nodes in any order.
 */
export class MarkupProse implements Prose {
  readonly text: string;
  readonly codes: Uint16Array;
  private readonly raw: Uint16Array;
  private readonly reasons: Uint8Array;
  /** pairs: preferred position, fallback position (-1 for none) */
  private readonly boundaries: number[] = [];
  readonly exempt: number[] = [];

  constructor(text: string) {
    this.text = text;
    const raw = new Uint16Array(text.length);
    // a native copy: a charCodeAt loop costs several times more on a large document
    Buffer.from(raw.buffer).write(text, 'utf16le');
    this.raw = raw;
    const codes = new Uint16Array(text.length);
    const reasons = new Uint8Array(text.length);
    const markup = codeOf('markup');
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i] as number;
      if (isBlank(c)) {
        reasons[i] = NEUTRAL;
        codes[i] = c === 0x0a || c === 0x0d ? c : 0x20;
      } else {
        reasons[i] = markup;
        codes[i] = 0x20;
      }
    }
    this.codes = codes;
    this.reasons = reasons;
  }

  code(i: number): number {
    return this.codes[i] as number;
  }

  slice(from: number, to: number): string {
    return Buffer.from(this.codes.buffer, this.codes.byteOffset + from * 2, (to - from) * 2).toString('utf16le');
  }

  nextSeparator(from: number): number {
    return this.codes.indexOf(SEPARATOR, from);
  }

  separate(i: number): void {
    this.codes[i] = SEPARATOR;
  }

  isProse(i: number): boolean {
    return this.reasons[i] === PROSE;
  }

  /** `text[start, end)` is prose as it stands. */
  reveal(start: number, end: number): void {
    const { raw, reasons, codes } = this;
    if (end - start > 32) {
      codes.set(raw.subarray(start, end), start);
      reasons.fill(PROSE, start, end);
      return;
    }
    // most text nodes are short: a loop beats allocating a subarray
    for (let i = start; i < end; i++) {
      codes[i] = raw[i] as number;
      reasons[i] = PROSE;
    }
  }

  /** A decoded character (an entity's) stands at `i` in place of the raw one. */
  put(i: number, code: number): void {
    this.codes[i] = code;
    this.reasons[i] = PROSE;
  }

  /** Blanks `[start, end)` whatever it was: comments, code, front matter, attributes. */
  blank(start: number, end: number, reason: MaskReason): void {
    const r = codeOf(reason);
    for (let i = Math.max(0, start); i < end && i < this.codes.length; i++) this.blankAt(i, r);
  }

  maskProse(start: number, end: number, reason: MaskReason): void {
    const r = codeOf(reason);
    for (let i = start; i < end; i++) if (this.reasons[i] === PROSE) this.blankAt(i, r);
  }

  private blankAt(i: number, r: number): void {
    const c = this.raw[i] as number;
    if (isBlank(c)) {
      this.reasons[i] = NEUTRAL;
      this.codes[i] = c === 0x0a || c === 0x0d ? c : 0x20;
    } else {
      this.reasons[i] = r;
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
      else if (fallback >= 0 && fallback < codes.length && isBlank(codes[fallback] as number))
        codes[fallback] = SEPARATOR;
    }
    b.length = 0;
  }

  toString(): string {
    return this.slice(0, this.codes.length);
  }

  /** Blanked ranges, sorted; neighbours with the same reason merged across blanked whitespace. */
  masked(): MaskedRange[] {
    const reasons = this.reasons;
    const out: MaskedRange[] = [];
    let current = PROSE;
    let start = 0;
    let end = 0;
    for (let i = 0; i < reasons.length; i++) {
      const r = reasons[i] as number;
      if (r === NEUTRAL || r === current) {
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
