import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorId,
  compactNumber,
  displayValue,
  fullValue,
  groupDigits,
  intervalText,
  locateInSentence,
  messagePieces,
  pointer,
  readableUrl,
  safeHttpUrl,
} from '../../src/render/format.js';
import type { Figure } from '../../src/types.js';
import { plainFigure } from './sheets.js';

const figure = plainFigure;

describe('numbers', () => {
  it('groups digits and drops float noise', () => {
    expect(groupDigits(3_700_000_000)).toBe('3,700,000,000');
    expect(groupDigits(-1234.5)).toBe('-1,234.5');
    expect(groupDigits(0.1 + 0.2)).toBe('0.3');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(1e21)).toBe('1e+21');
  });

  it('scales per language', () => {
    expect(compactNumber(3.7e9, 'en')).toBe('3.7 bn');
    expect(compactNumber(12_500, 'en')).toBe('12,500');
    expect(compactNumber(2.5e6, 'en')).toBe('2.5 mn');
    expect(compactNumber(3.26e8, 'zh')).toBe('3.26 亿');
    expect(compactNumber(12_500, 'zh')).toBe('1.25 万');
    expect(compactNumber(-4.2e12, 'en')).toBe('-4.2 tn');
  });
});

describe('displayValue and fullValue', () => {
  const cases: [Partial<Figure>, string, string][] = [
    [{ value: 3.7e9, unit: 'EUR', kind: 'money' }, '€3.7 bn', '3,700,000,000 EUR'],
    [{ value: -5e6, unit: 'USD', kind: 'money' }, '-$5 mn', '-5,000,000 USD'],
    [{ value: 12, unit: 'CHF', kind: 'money' }, '12 CHF', ''],
    [{ value: 7e8, unit: 'EUR', kind: 'money', lang: 'zh' }, '€7 亿', '700,000,000 EUR'],
    [{ value: 3.26e8, kind: 'count', lang: 'zh' }, '3.26 亿', '326,000,000'],
    [{ value: 1200, kind: 'count' }, '1,200', ''],
    [{ value: 15, unit: '%', kind: 'percent' }, '15%', ''],
    [{ value: 0.4, unit: 'pp', kind: 'pp' }, '0.4 pp', ''],
    [{ value: 120, unit: 'km^2', kind: 'area' }, '120 km²', ''],
    [{ value: 10, unit: 'month', kind: 'duration' }, '10 months', ''],
    [{ value: 1, unit: 'year', kind: 'duration' }, '1 year', ''],
    [{ value: 5, unit: '1/week', kind: 'rate' }, '5/week', ''],
    [{ value: 2e6, unit: 't/year', kind: 'rate' }, '2 mn t/year', '2,000,000 t/year'],
    [{ value: 2, kind: 'multiplier' }, '×2', ''],
    [{ value: 0.2, kind: 'fraction' }, '1/5', ''],
    [{ value: 1 / 3, kind: 'fraction' }, '1/3', ''],
    [{ value: 0.75, kind: 'fraction' }, '3/4', ''],
    [{ value: 1 / 7.5, kind: 'fraction' }, '0.1333', ''],
    [{ value: 1.5, kind: 'fraction' }, '1.5', ''],
    [{ value: 3, kind: 'ordinal' }, '3rd', ''],
    [{ value: 12, kind: 'ordinal' }, '12th', ''],
    [{ value: 5, kind: 'rank', lang: 'zh' }, '第5', ''],
    [{ value: 1, kind: 'rank' }, 'No. 1', ''],
    [{ value: 2021, kind: 'year', iso: '2021' }, '2021', ''],
    [{ value: null, kind: 'date', iso: '2021-05-07', text: '7 May 2021' }, '2021-05-07', ''],
    [{ value: null, kind: 'date', iso: null, text: 'early May' }, 'early May', ''],
  ];
  it.each(cases)('%o → %s / %s', (over, display, full) => {
    expect(displayValue(figure(over))).toBe(display);
    expect(fullValue(figure(over))).toBe(full);
  });

  it('shows an interval only when it widens the value, open ends as ≥', () => {
    expect(intervalText(figure({ value: 5, interval: [5, 5] }))).toBe('');
    expect(intervalText(figure({ value: 5, interval: [4.5, 5.5] }))).toBe('4.5 – 5.5');
    expect(intervalText(figure({ value: 800, interval: [800, null] }))).toBe('≥ 800');
    expect(intervalText(figure({ value: 1 / 3, kind: 'fraction', interval: [0, 1 / 3] }))).toBe('0 – 0.333333');
  });
});

describe('pointers and anchors', () => {
  it('prints file:line:col', () => {
    expect(pointer({ file: 'seeds/a.txt', line: 5, column: 87 })).toBe('seeds/a.txt:5:87');
    expect(pointer({ file: null, line: 1, column: 2 })).toBe('(input):1:2');
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
    for (const bad of ['javascript:alert(1)', ' java\tscript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x',
      'vbscript:x', '//example.com', '/relative', 'file:///etc/passwd', '', null, undefined]) {
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
