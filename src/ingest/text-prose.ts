import { type MaskReason, type Prose, SEPARATOR, isSpace, mergeRanges } from './prose.js';
import type { MaskedRange } from './types.js';

const NOT_NEWLINE = /[^\r\n]/g;

/**
 * Prose of plain text: the text itself, separators on some newlines, a few masked ranges. No
 * per-character copy: reads go to the text, and the string is joined from slices at the end.
 */
export class TextProse implements Prose {
  readonly text: string;
  readonly exempt: number[] = [];
  /** ascending: the line rule puts them in order */
  private readonly separators: number[] = [];
  private readonly listed: MaskedRange[] = [];
  private merged: MaskedRange[] | null = null;

  constructor(text: string) {
    this.text = text;
  }

  code(i: number): number {
    return this.text.charCodeAt(i);
  }

  slice(from: number, to: number): string {
    return this.text.slice(from, to);
  }

  nextSeparator(from: number): number {
    const s = this.separators;
    let low = 0;
    let high = s.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((s[mid] as number) < from) low = mid + 1;
      else high = mid;
    }
    return low < s.length ? (s[low] as number) : -1;
  }

  separate(i: number): void {
    this.separators.push(i);
  }

  isProse(): boolean {
    return true;
  }

  maskProse(start: number, end: number, reason: MaskReason): void {
    const text = this.text;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) this.listed.push({ start, end, reason });
    this.merged = null;
  }

  masked(): MaskedRange[] {
    this.merged ??= mergeRanges(this.listed);
    return this.merged;
  }

  toString(): string {
    const text = this.text;
    const masks = this.masked();
    const separators = this.separators;
    const parts: string[] = [];
    let at = 0;
    let s = 0;
    const sep = String.fromCharCode(SEPARATOR);
    for (const m of masks) {
      for (; s < separators.length && (separators[s] as number) < m.start; s++) {
        parts.push(text.slice(at, separators[s]), sep);
        at = (separators[s] as number) + 1;
      }
      // masks are trimmed to content and never hold a separator: blank them, newlines kept
      const masked = text.slice(m.start, m.end);
      parts.push(
        text.slice(at, m.start),
        /[\r\n]/.test(masked) ? masked.replace(NOT_NEWLINE, ' ') : ' '.repeat(masked.length),
      );
      at = m.end;
      while (s < separators.length && (separators[s] as number) < at) s++;
    }
    for (; s < separators.length; s++) {
      parts.push(text.slice(at, separators[s]), sep);
      at = (separators[s] as number) + 1;
    }
    parts.push(text.slice(at));
    return parts.join('');
  }
}
