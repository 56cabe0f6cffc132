import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorId,
  excerpt,
  groupDigits,
  locateInSentence,
  messagePieces,
  pointer,
  readableUrl,
  safeHttpUrl,
  shortPointer,
} from '../../src/render/format.js';

describe('numbers', () => {
  it('groups digits and drops float noise', () => {
    expect(groupDigits(3_700_000_000)).toBe('3,700,000,000');
    expect(groupDigits(-1234.5)).toBe('-1,234.5');
    expect(groupDigits(0.1 + 0.2)).toBe('0.3');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1e21)).toBe('1e+21');
  });
});

describe('pointers and anchors', () => {
  it('prints file:line:col', () => {
    expect(pointer({ file: 'seeds/a.txt', line: 5, column: 87 })).toBe('seeds/a.txt:5:87');
    expect(pointer({ file: null, line: 1, column: 2 })).toBe('(input):1:2');
    expect(shortPointer({ file: 'seeds/a.txt', line: 5, column: 87 })).toBe('a.txt:5:87');
  });

  it('makes safe, injective anchor ids', () => {
    expect(anchorId('fig', '003.txt#7c1e')).toBe('fig-003_2e_txt_23_7c1e');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(anchorId('fig', a)).toMatch(/^fig-[A-Za-z0-9_-]*$/);
        if (a !== b) expect(anchorId('fig', a)).not.toBe(anchorId('fig', b));
      }),
    );
  });

  it('accepts only absolute http(s) addresses', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('HTTP://EXAMPLE.com')).toBe('http://example.com/');
    for (const bad of [
      'javascript:alert(1)',
      ' java\tscript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'vbscript:x',
      '//example.com',
      '/relative',
      'file:///etc/passwd',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });
});

it('decodes addresses for reading, keeping bad escapes', () => {
  expect(readableUrl('https://x.cn/%E6%AC%A7?q=a%20b')).toBe('https://x.cn/欧?q=a b');
  expect(readableUrl('https://x.cn/%E6')).toBe('https://x.cn/%E6');
});

describe('locateInSentence', () => {
  it('finds the figure across folded whitespace', () => {
    expect(locateInSentence('处理了约3.26 亿件', '约 3.26\n亿')).toEqual({ start: 3, end: 10 });
  });
  it('prefers a match that is not part of a longer number', () => {
    const s = 'From 15 to 5, or 1.5 at most.';
    expect(locateInSentence(s, '5')).toEqual({ start: 11, end: 12 });
    expect(locateInSentence('1.5 or 5.', '5')).toEqual({ start: 7, end: 8 });
  });
  it('falls back to the first match, and to null', () => {
    expect(locateInSentence('15', '5')).toEqual({ start: 1, end: 2 });
    expect(locateInSentence('nothing here', '7')).toBeNull();
    expect(locateInSentence('a (b) [c] $d', '(b) [c] $d')).toEqual({ start: 2, end: 12 });
  });
});

it('splits messages on backticks', () => {
  expect(messagePieces('Stated `rose`, computed ×2')).toEqual([
    { text: 'Stated ', code: false },
    { text: 'rose', code: true },
    { text: ', computed ×2', code: false },
  ]);
});

describe('excerpt', () => {
  it('keeps a few words either side, cut at spaces, with ellipses', () => {
    const sentence =
      'The port authority said on Thursday that throughput rose to 14.6 million TEU in 2023, a record for the port.';
    expect(excerpt(sentence, '14.6 million TEU', 20)).toEqual({
      before: '…throughput rose to ',
      mark: '14.6 million TEU',
      after: ' in 2023, a record…',
    });
    expect(excerpt('Rose 9%.', '9%', 20)).toEqual({ before: 'Rose ', mark: '9%', after: '.' });
  });
  it('cuts Chinese by characters', () => {
    expect(excerpt('南海湾港2023年集装箱吞吐量从1240万标准箱增长到1460万标准箱。', '1460万标准箱', 4)).toEqual({
      before: '…箱增长到',
      mark: '1460万标准箱',
      after: '。',
    });
  });
});
