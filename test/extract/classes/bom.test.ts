import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/pipeline.js';
import { tempDir } from '../../cli/run-cli.js';

// Text written for this test: both languages, a figure on the first line next to the mark.
const TEXT = '42 ships docked; revenue rose 7% to $3.5bn.\n港口吞吐量增长3.2%，达到1.2亿吨。\n';

const encodings: Array<[string, (s: string) => Buffer, BufferEncoding]> = [
  ['UTF-8 with a BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]), 'utf8'],
  ['UTF-8 without a BOM', (s) => Buffer.from(s, 'utf8'), 'utf8'],
  ['UTF-16 LE with a BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), 'utf16le'],
  ['UTF-16 LE without a BOM', (s) => Buffer.from(s, 'utf16le'), 'utf16le'],
  [
    'UTF-16 BE with a BOM',
    (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]),
    'utf16le',
  ],
];

describe('source pointers slice the file as fs.readFileSync reads it', () => {
  const dir = tempDir('bom');
  it.each(encodings)('%s', (name, encode, readAs) => {
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    const bytes = encode(TEXT);
    writeFileSync(file, bytes);
    const result = processFile({ path: file, bytes: new Uint8Array(bytes) }, { furniture: false });
    if ('reason' in result) throw new Error(result.message);
    // a big-endian file read as LE is swapped back first: the offsets are in characters
    const raw = name.includes('BE')
      ? Buffer.from(readFileSync(file)).swap16().toString('utf16le')
      : readFileSync(file, readAs);
    expect(result.figures.map((f) => f.text)).toEqual(
      expect.arrayContaining(['42', '7%', '$3.5bn', '3.2%', '1.2亿吨']),
    );
    for (const f of result.figures) expect(raw.slice(f.source.start, f.source.end)).toBe(f.text);
    const first = result.figures.find((f) => f.text === '42');
    expect(first?.source.column).toBe(raw.startsWith('\ufeff') ? 2 : 1);
    if (first?.source.byteStart !== undefined)
      expect(bytes.subarray(first.source.byteStart, first.source.byteEnd).length).toBe(4);
  });
});
