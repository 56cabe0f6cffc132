import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/index.js';
import { processFile } from '../../src/pipeline.js';

/** GB18030 bytes of a text whose Chinese is only these characters. */
const GB: Record<string, number[]> = {
  亿: [0xd2, 0xda],
  元: [0xd4, 0xaa],
  包: [0xb0, 0xfc],
  裹: [0xb9, 0xfc],
  阿: [0xb0, 0xa2],
  里: [0xc0, 0xef],
  巴: [0xb0, 0xcd],
  投: [0xcd, 0xb6],
  资: [0xd7, 0xca],
  '。': [0xa1, 0xa3],
};
/** Mostly English; the one Chinese sentence says 3.26 亿元. */
const SAID = 'The hub at Liege handles cargo for Europe.\n阿里巴巴投资3.26亿元。\n';
const gb = (text: string): number[] => [...text].flatMap((c) => GB[c] ?? [c.charCodeAt(0)]);

const figuresOf = (bytes: number[]) => {
  const result = processFile({ path: 'gb.txt', bytes: new Uint8Array(bytes) });
  if ('reason' in result) throw new Error(result.message);
  return result;
};

describe('encodings judged by the whole file (issue 13, item 13)', () => {
  it('a mostly-English GB18030 file with one truncated sequence is GB18030: 3.26亿元, no phantom figure', () => {
    // two characters and a cut one: read in 64 KB as pairs, a third of them looked wrong
    const result = figuresOf([...gb('The hub at Liege handles cargo for Europe.\n3.26亿元\n'), 0xd2]);
    expect(result.source.encoding).toBe('gb18030');
    expect(result.figures.map((f) => [f.text, f.value])).toEqual([['3.26亿元', 326_000_000]]);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['invalid-bytes']);
  });

  it('a GB18030 file whose only Chinese comes after the first 64 KB', () => {
    const result = figuresOf(gb(`${'Logistics at Liege. '.repeat(4000)}\n${SAID}`));
    expect(result.source.encoding).toBe('gb18030');
    expect(result.figures.map((f) => f.text)).toEqual(['3.26亿元']);
  });

  it('a UTF-32 BOM is not read as UTF-16: refused with what to do', () => {
    const le = new Uint8Array([0xff, 0xfe, 0, 0, 0x33, 0, 0, 0, 0x20, 0, 0, 0, 0x73, 0, 0, 0]);
    const be = new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x33, 0, 0, 0, 0x20, 0, 0, 0, 0x73]);
    for (const bytes of [le, be])
      expect(decode(bytes, 'u32.txt')).toEqual({
        file: 'u32.txt',
        reason: 'unreadable',
        message: 'UTF-32 is not read: convert the file to UTF-8',
      });
  });

  it('bytes that are no encoding read are refused, not read as damaged UTF-8', () => {
    // one valid UTF-8 sequence among many bytes that are neither UTF-8, GB18030 nor Big5 Chinese
    const bytes = new Uint8Array([
      ...Buffer.from('Price: ä 12 '),
      ...Array.from({ length: 40 }, (_, k) => [0xff, 0x20 + (k % 50)]).flat(),
    ]);
    expect(decode(bytes, 'odd.txt')).toMatchObject({
      reason: 'unreadable',
      message: expect.stringContaining('encoding not recognised') as string,
    });
  });

  it('UTF-8 with a little damage stays UTF-8', () => {
    const bytes = new Uint8Array([
      ...Buffer.from('Caf\u00e9 cr\u00e8me, 3 \u00e9t\u00e9s, '),
      0xff,
      ...Buffer.from(' 12 ships.\n'),
    ]);
    const decoded = decode(bytes, 'damaged.txt');
    expect('encoding' in decoded && decoded.encoding).toBe('utf-8');
  });
});
