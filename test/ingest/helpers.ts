import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import type { IngestedDocument, MaskedRange } from '../../src/ingest/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEP = '\u2029';

/** Seeds and ingest fixtures: [path relative to the root, bytes]. */
export function corpus(): [string, Uint8Array][] {
  const dirs = ['seeds', 'test/fixtures/ingest'];
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir))
      .filter((n) => !n.startsWith('.') && !n.endsWith('.json'))
      .sort()
      .map((n): [string, Uint8Array] => [`${dir}/${n}`, readFileSync(path.join(ROOT, dir, n))]),
  );
}

/** CPU milliseconds of `f`, not wall time: the tests share the machine with other work. */
export function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

export function seed(prefix: string): IngestedDocument {
  const name = readdirSync(path.join(ROOT, 'seeds')).find((n) => n.startsWith(prefix)) as string;
  return ingested(readFileSync(path.join(ROOT, 'seeds', name)), `seeds/${name}`);
}

export function ingested(bytes: Uint8Array, file: string | null): IngestedDocument {
  const doc = ingest(bytes, file);
  if ('reason' in doc) throw new Error(`${file} refused: ${doc.message}`);
  return doc;
}

/**
 * The masking contract: prose as long as text; wherever prose shows a character it is the
 * text's (or an entity decoded onto its `&`); separators only on blanked or blank positions;
 * masked ranges sorted, disjoint, non-empty, in bounds, and blank in prose.
 */
export function expectContract(doc: IngestedDocument): void {
  const { text, prose, masked } = doc;
  expect(prose.length).toBe(text.length);
  // plain checks collected, one expect at the end: expect() per range is slow on 50,000 ranges
  const bad: string[] = [];
  let last = 0;
  for (const m of masked) {
    if (!(m.start >= last && m.end > m.start && m.end <= text.length))
      bad.push(`range out of order or bounds: ${JSON.stringify(m)}`);
    if (!/^[ \r\n\u2029]*$/.test(prose.slice(m.start, m.end)))
      bad.push(`prose in a masked range: ${JSON.stringify(m)}`);
    last = m.end;
  }
  let m = 0;
  for (let i = 0; i < text.length && bad.length < 5; i++) {
    const p = prose[i] as string;
    if (p === ' ') continue;
    if (p === SEP) {
      while (m < masked.length && (masked[m] as MaskedRange).end <= i) m++;
      const inMask = m < masked.length && (masked[m] as MaskedRange).start <= i;
      if (!/\s/.test(text[i] as string) && !inMask) bad.push(`separator on prose at ${i}`);
    } else if (p !== text[i] && text[i] !== '&' && !(text[i - 1] === '&' && isLowSurrogate(p))) {
      bad.push(`prose ${JSON.stringify(p)} ≠ text ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  expect(bad.slice(0, 5)).toEqual([]);
}

const isLowSurrogate = (ch: string): boolean => ch.charCodeAt(0) >= 0xdc00 && ch.charCodeAt(0) <= 0xdfff;

/** The masked reason at the first occurrence of `needle` in the text (undefined: prose). */
export function reasonAt(doc: IngestedDocument, needle: string): string | undefined {
  const at = doc.text.indexOf(needle);
  if (at === -1) throw new Error(`not in text: ${needle}`);
  return doc.masked.find((m) => m.start <= at && at < m.end)?.reason;
}

/** `needle` stands in prose exactly where it stands in the text. */
export function expectProse(doc: IngestedDocument, needle: string): void {
  const at = doc.text.indexOf(needle);
  expect(at, `not in text: ${needle}`).toBeGreaterThanOrEqual(0);
  expect(doc.prose.slice(at, at + needle.length)).toBe(needle);
}

/** `needle` (first occurrence in the text) is blanked in prose. */
export function expectBlanked(doc: IngestedDocument, needle: string): void {
  const at = doc.text.indexOf(needle);
  expect(at, `not in text: ${needle}`).toBeGreaterThanOrEqual(0);
  expect(doc.prose.slice(at, at + needle.length)).toMatch(/^[ \r\n\u2029]*$/);
}

/** Legacy encoders for the tests, by inverting TextDecoder once (Node's TextEncoder is UTF-8 only). */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding);
  const add = (bytes: number[]): void => {
    const ch = decoder.decode(new Uint8Array(bytes));
    if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, bytes);
  };
  // Big5: the standard rows (A1–FE) before the HKSCS ones, as the WHATWG encoder prefers
  const leads = encoding === 'big5' ? [...range(0xa1, 0xfe), ...range(0x81, 0xa0)] : range(0x81, 0xfe);
  for (const lead of leads) for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfe)]) add([lead, trail]);
  if (encoding === 'gb18030') {
    for (const b1 of range(0x81, 0x84))
      for (const b2 of range(0x30, 0x39))
        for (const b3 of range(0x81, 0xfe)) for (const b4 of range(0x30, 0x39)) add([b1, b2, b3, b4]);
  }
  tables.set(encoding, map);
  return map;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${encoding} cannot encode ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
