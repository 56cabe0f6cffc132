import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, ingest } from '../../src/ingest/index.js';
import type { DecodedText } from '../../src/ingest/decode.js';
import { ROOT, encodeLegacy, expectContract, ingested } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const seedText = (prefix: string): string => {
  const dir = path.join(ROOT, 'seeds');
  const name = ['000_3815e939ba507d53.txt', '003_0c0f1ca0c1dec935.txt', '004_c5eeb5ab68d6d65e.txt'].find((n) =>
    n.startsWith(prefix),
  ) as string;
  return readFileSync(path.join(dir, name), 'utf8');
};
function decoded(bytes: Uint8Array): DecodedText {
  const result = decode(bytes, 'f.txt');
  if ('reason' in result) throw new Error(result.message);
  return result;
}

/** A traditional-Chinese news paragraph (Big5 cannot encode the simplified seeds). */
const TRADITIONAL =
  '據英國《金融時報》週四報道，比利時情報部門正在監控位於該國的中國電子商務巨頭阿里巴巴的主要歐洲物流平台，擔心可能發生的「間諜活動」。' +
  '路透社引述英國《金融時報》布魯塞爾報道，五年前，阿里巴巴與比利時政府簽署協議，在列日設立一個中心，由其物流子公司菜鳥管理。\n' +
  '在歐洲第五大貨運機場列日開設的物流樞紐，為法語區瓦隆地區陷入困境的經濟注入了 1 億歐元投資。根據海關數據，列日機場去年處理了約 3.26 億件包裹，吞吐量為 110 萬噸。\n';

describe('legacy Chinese encodings', () => {
  it.each(['003', '004'])('seed %s in GB18030 decodes to the UTF-8 original', (prefix) => {
    const text = seedText(prefix);
    const doc = ingested(encodeLegacy(text, 'gb18030'), 'gb.txt');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toBe(text);
    expect(doc.diagnostics).toEqual([]);
    expectContract(doc);
  });

  it('a Big5 article decodes as Big5, not as GB18030', () => {
    const doc = ingested(encodeLegacy(TRADITIONAL, 'big5'), 'big5.txt');
    expect(doc.encoding).toBe('big5');
    expect(doc.text).toBe(TRADITIONAL);
  });

  it('a short GB18030 line is still told from Big5', () => {
    const text = '列日机场去年处理了约3.26亿件包裹，吞吐量为110万吨。';
    expect(decoded(encodeLegacy(text, 'gb18030'))).toMatchObject({ encoding: 'gb18030', text });
  });

  it.each([
    ['gb18030', '003'],
    ['big5', null],
  ] as const)('%s: byteOffset maps every index of the text to its bytes', (encoding, prefix) => {
    const text = prefix ? seedText(prefix) : TRADITIONAL;
    const bytes = encodeLegacy(text, encoding);
    const doc = ingested(bytes, 'f.txt');
    const byteOffset = doc.byteOffset as (i: number) => number;
    expect(byteOffset).toBeTypeOf('function');
    const decoder = new TextDecoder(encoding);
    for (let i = 0; i <= text.length; i += 7)
      expect(decoder.decode(bytes.subarray(0, byteOffset(i)))).toBe(text.slice(0, i));
    expect(byteOffset(text.length)).toBe(bytes.length);
    const at = text.indexOf('3.26');
    expect(decoder.decode(bytes.subarray(byteOffset(at), byteOffset(at + 9)))).toBe(text.slice(at, at + 9));
  });

  it('a GB18030 file with a truncated last character decodes with a warning', () => {
    const bytes = encodeLegacy(seedText('004'), 'gb18030');
    const cut = new Uint8Array([...bytes, 0xd6]);
    const doc = ingested(cut, 'cut.txt');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['invalid-bytes']);
  });

  it('four-byte GB18030 characters (•, €) decode and map back to their bytes', () => {
    const text = '• 列日机场投资 1 亿欧元（€100m），五年前开通。';
    const bytes = encodeLegacy(text, 'gb18030');
    const doc = ingested(bytes, 'f.txt');
    expect(doc.text).toBe(text);
    const at = text.indexOf('€');
    const byteOffset = doc.byteOffset as (i: number) => number;
    expect(new TextDecoder('gb18030').decode(bytes.subarray(byteOffset(at), byteOffset(at + 6)))).toBe('€100m）');
  });
});

describe('Unicode encodings', () => {
  const text = 'Liège: 3.26 亿件包裹 😀 ok\n';

  it('UTF-8 with a BOM: the BOM is not text', () => {
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({
      encoding: 'utf-8',
      text,
      diagnostics: [],
    });
  });

  it('UTF-16 LE and BE with a BOM, with byte offsets', () => {
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const swapped = Buffer.from(text, 'utf16le').swap16();
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(swapped)]);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const d = decoded(bytes);
      expect(d).toMatchObject({ encoding, text });
      expect(d.byteOffset?.(text.indexOf('3.26'))).toBe(2 + 2 * text.indexOf('3.26'));
    }
  });

  it('UTF-16 LE without a BOM is recognised by its NUL bytes', () => {
    expect(decoded(new Uint8Array(Buffer.from('Sales rose 15% to €3.7bn.\n', 'utf16le')))).toMatchObject({
      encoding: 'utf-16le',
      text: 'Sales rose 15% to €3.7bn.\n',
    });
  });

  it('UTF-8 has no byte offsets', () => {
    expect(ingested(utf8(text), 'f.txt').byteOffset).toBeUndefined();
  });
});

describe('damaged and non-UTF-8 bytes', () => {
  it('invalid UTF-8: replacement characters and a warning at the first bad byte', () => {
    const bytes = new Uint8Array([...utf8('第一行 3.26 亿\n第二行 '), 0xff, 0xfe, ...utf8(' 110 万吨\n')]);
    const doc = ingested(bytes, 'bad.txt');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe('第一行 3.26 亿\n第二行 \ufffd\ufffd 110 万吨\n');
    expect(doc.diagnostics).toEqual([
      {
        ruleId: 'invalid-utf8',
        severity: 'warning',
        message: expect.stringContaining('0xff') as string,
        file: 'bad.txt',
        line: 2,
        column: 5,
      },
    ]);
  });

  it('a truncated UTF-8 sequence at the end', () => {
    const bytes = utf8('Growth: 5%, 列');
    const doc = ingested(bytes.subarray(0, bytes.length - 1), 'cut.txt');
    expect(doc.diagnostics[0]).toMatchObject({ ruleId: 'invalid-utf8', line: 1, column: 13 });
  });

  it('windows-1252 when no byte sequence is UTF-8 (curly quotes, euro sign)', () => {
    const bytes = new Uint8Array([
      ...utf8('It rose to '),
      0x80,
      ...utf8('3.7bn, the '),
      0x93,
      ...utf8('fastest'),
      0x94,
      ...utf8(' since 2019.'),
    ]);
    expect(decoded(bytes)).toMatchObject({
      encoding: 'windows-1252',
      text: 'It rose to €3.7bn, the “fastest” since 2019.',
    });
  });
});

describe('files that are not text', () => {
  const refuse = (bytes: Uint8Array, options: { maxBytes?: number } = {}) => ingest(bytes, 'x', options);

  it('empty and whitespace-only files', () => {
    expect(refuse(new Uint8Array())).toEqual({ file: 'x', reason: 'empty', message: 'empty file skipped' });
    expect(refuse(utf8(' \n\t\r\n\u3000\u00a0 \n'))).toMatchObject({ reason: 'empty', message: 'empty file skipped' });
    expect(refuse(new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]))).toMatchObject({ reason: 'empty' });
  });

  it('NUL bytes and magic numbers', () => {
    const binary = { reason: 'binary', message: 'binary file skipped' };
    expect(refuse(new Uint8Array([...utf8('abc'), 0, ...utf8('def'), 0xff, 0x00, 0x10]))).toMatchObject(binary);
    expect(refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatchObject(binary);
    expect(refuse(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatchObject(binary);
    expect(refuse(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).toMatchObject(binary);
    expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatchObject(binary);
    expect(refuse(utf8('GIF89a'))).toMatchObject(binary);
    expect(refuse(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject(binary);
  });

  it('files over the limit, with the default of 16 MiB', () => {
    expect(refuse(utf8('12345678901'), { maxBytes: 10 })).toEqual({
      file: 'x',
      reason: 'too-large',
      message: 'file too large: 11 bytes (limit 10)',
    });
    expect(refuse(new Uint8Array(16 * 1024 * 1024 + 1).fill(0x61))).toMatchObject({
      reason: 'too-large',
      message: `file too large: ${16 * 1024 * 1024 + 1} bytes (limit ${16 * 1024 * 1024})`,
    });
    expect('reason' in refuse(utf8('1234567890'), { maxBytes: 10 })).toBe(false);
  });
});
