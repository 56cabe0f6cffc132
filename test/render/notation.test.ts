import { describe, expect, it } from 'vitest';
import { changeText, compactNumber, displayValue, fullValue, intervalText } from '../../src/render/notation.js';
import type { Figure, Lang } from '../../src/types.js';
import { plainFigure as figure } from './sheets.js';

describe('compactNumber', () => {
  it('scales with the words of the reader', () => {
    expect(compactNumber(3.7e9, 'en')).toBe('3.7 billion');
    expect(compactNumber(12_500, 'en')).toBe('12,500');
    expect(compactNumber(2.5e6, 'en')).toBe('2.5 million');
    expect(compactNumber(-4.2e12, 'en')).toBe('-4.2 trillion');
    expect(compactNumber(3.26e8, 'zh')).toBe('3.26亿');
    expect(compactNumber(12_500, 'zh')).toBe('1.25万');
    expect(compactNumber(3.82e13, 'zh')).toBe('38.2万亿');
  });
});

describe('displayValue and fullValue', () => {
  // [figure, reader, display, full]
  const cases: [Partial<Figure>, Lang, string, string][] = [
    [{ value: 3.7e9, unit: 'EUR', kind: 'money' }, 'en', '€3.7 billion', '3,700,000,000 EUR'],
    [{ value: 3.7e9, unit: 'EUR', kind: 'money' }, 'zh', '37亿欧元', '3,700,000,000 EUR'],
    [{ value: 3.82e13, unit: 'CNY', kind: 'money', lang: 'zh' }, 'en', '38.2 trillion yuan', '38,200,000,000,000 CNY'],
    [{ value: 3.82e13, unit: 'CNY', kind: 'money', lang: 'en' }, 'zh', '38.2万亿元', '38,200,000,000,000 CNY'],
    [{ value: -5e6, unit: 'USD', kind: 'money' }, 'en', '-$5 million', '-5,000,000 USD'],
    [{ value: 12, unit: 'CHF', kind: 'money' }, 'en', '12 CHF', ''],
    [{ value: 3.26e8, kind: 'count', lang: 'zh' }, 'zh', '3.26亿', '326,000,000'],
    [{ value: 3.26e8, kind: 'count', lang: 'zh' }, 'en', '326 million', '326,000,000'],
    [{ value: 1.46e7, unit: 'TEU', kind: 'count', lang: 'en' }, 'zh', '1460万标准箱', '14,600,000 TEU'],
    [{ value: 1.46e7, unit: 'TEU', kind: 'count', lang: 'zh' }, 'en', '14.6 million TEU', '14,600,000 TEU'],
    [{ value: 1200, kind: 'count' }, 'en', '1,200', ''],
    [{ value: 15, unit: '%', kind: 'percent' }, 'zh', '15%', ''],
    [{ value: 0.4, unit: 'pp', kind: 'pp' }, 'en', '0.4 pp', ''],
    [{ value: 0.4, unit: 'pp', kind: 'pp' }, 'zh', '0.4个百分点', ''],
    [{ value: 120, unit: 'km^2', kind: 'area' }, 'en', '120 km²', ''],
    [{ value: 120, unit: 'km^2', kind: 'area' }, 'zh', '120平方公里', ''],
    [{ value: 1.1e6, unit: 't', kind: 'mass' }, 'en', '1.1 million tonnes', '1,100,000 t'],
    [{ value: 1.1e6, unit: 't', kind: 'mass' }, 'zh', '110万吨', '1,100,000 t'],
    [{ value: 10, unit: 'month', kind: 'duration' }, 'en', '10 months', ''],
    [{ value: 1, unit: 'year', kind: 'duration' }, 'en', '1 year', ''],
    [{ value: 5, unit: '1/week', kind: 'rate' }, 'en', '5/week', ''],
    [{ value: 5, unit: '1/week', kind: 'rate' }, 'zh', '5/周', ''],
    [{ value: 2, kind: 'multiplier' }, 'en', '×2', ''],
    [{ value: 0.2, kind: 'fraction' }, 'en', '1/5', ''],
    [{ value: 1 / 3, kind: 'fraction' }, 'en', '1/3', ''],
    [{ value: 1 / 7.5, kind: 'fraction' }, 'en', '0.1333', ''],
    [{ value: 3, kind: 'ordinal' }, 'en', '3rd', ''],
    [{ value: 12, kind: 'ordinal' }, 'en', '12th', ''],
    [{ value: 4, kind: 'ordinal' }, 'zh', '第4', ''],
    [{ value: 5, kind: 'rank', lang: 'zh' }, 'en', 'No. 5', ''],
    [{ value: 2021, kind: 'year', iso: '2021' }, 'zh', '2021', ''],
    [{ value: null, kind: 'date', iso: '2021-05-07', text: '7 May 2021' }, 'en', '2021-05-07', ''],
    [{ value: null, kind: 'date', iso: null, text: 'early May' }, 'en', 'early May', ''],
    [
      { value: null, range: [5e8, 7e8], unit: 'EUR', kind: 'money', lang: 'zh' },
      'en',
      '€500 million – €700 million',
      '',
    ],
  ];
  it.each(cases)('%o read in %s → %s / %s', (over, lang, display, full) => {
    expect(displayValue(figure(over), lang)).toBe(display);
    expect(fullValue(figure(over), lang)).toBe(full);
  });

  it('defaults to the figure’s own language', () => {
    expect(displayValue(figure({ value: 3.26e8, lang: 'zh' }))).toBe('3.26亿');
  });
});

describe('intervalText', () => {
  it('shows an interval only when it widens the value, open ends as ≥', () => {
    expect(intervalText(figure({ value: 5, interval: [5, 5] }))).toBe('');
    expect(intervalText(figure({ value: 5, interval: [4.5, 5.5] }))).toBe('4.5 – 5.5');
    expect(intervalText(figure({ value: 800, interval: [800, null] }))).toBe('≥ 800');
    expect(intervalText(figure({ value: 1 / 3, kind: 'fraction', interval: [0, 1 / 3] }))).toBe('0 – 0.333333');
  });

  it('gives ordinals and ranks none: “4th” is not “3.5 – 4.5”', () => {
    expect(intervalText(figure({ value: 4, kind: 'ordinal', interval: [3.5, 4.5] }))).toBe('');
    expect(intervalText(figure({ value: 5, kind: 'rank', interval: [4.5, 5.5] }))).toBe('');
  });
});

describe('changeText', () => {
  const money = (value: number) => figure({ value, unit: 'EUR', kind: 'money' });
  it('says a change as a percentage, a large one as a factor, points for percentages', () => {
    expect(changeText(money(3.7e9), money(9.1e9))).toBe('+146%');
    expect(changeText(money(10), money(8))).toBe('−20%');
    expect(changeText(money(1), money(4))).toBe('×4');
    expect(
      changeText(figure({ value: 24, unit: '%', kind: 'percent' }), figure({ value: 27, unit: '%', kind: 'percent' })),
    ).toBe('+3 pp');
  });
  it('says nothing across units or from nothing', () => {
    expect(changeText(money(1), figure({ value: 2, unit: 'USD', kind: 'money' }))).toBeNull();
    expect(changeText(money(0), money(2))).toBeNull();
  });
});
