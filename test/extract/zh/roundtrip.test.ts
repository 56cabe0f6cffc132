import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseValue, sameDimension } from '../../../src/normalize/index.js';
import { extractChinese, toChineseNumeral } from './extract-zh.js';

/**
 * Round trips: an amount written the way Chinese news writes it — digits with a scale word
 * (3.26 亿), or Chinese numerals (三万四千) — with a currency, a unit or a classifier and its noun,
 * read back gives the same value and unit. Mis-scaling (3.26 for 3.26 亿, 10^12 for 兆瓦) fails
 * here first.
 */

const scales: Array<[string, number]> = [
  ['', 1],
  ['万', 1e4],
  ['亿', 1e8],
  ['万亿', 1e12],
  [' 万', 1e4],
  [' 亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
];
const currencies: Array<[string, string]> = [
  ['元', 'CNY'],
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['英镑', 'GBP'],
  ['日元', 'JPY'],
  ['元人民币', 'CNY'],
  ['韩元', 'KRW'],
];
const units: Array<[string, string, number]> = [
  ['公里', 'km', 1],
  ['吨', 't', 1],
  ['平方米', 'm^2', 1],
  ['公斤', 'kg', 1],
  ['平方公里', 'km^2', 1],
  ['公顷', 'hectare', 1],
  ['立方米', 'm^3', 1],
  ['升', 'l', 1],
  ['千瓦时', 'kWh', 1],
  ['兆瓦', 'MW', 1],
  ['斤', 'kg', 0.5],
  ['亩', 'mu', 1],
  ['小时', 'h', 1],
  ['摄氏度', 'degC', 1],
  ['%', '%', 1],
  ['个百分点', 'pp', 1],
];
const classifiers: Array<[string, string]> = [
  ['件包裹', '包裹'],
  ['辆汽车', '汽车'],
  ['家企业', '企业'],
  ['架飞机', '飞机'],
  ['人', '人'],
  ['人次', '人次'],
  ['剂疫苗', '疫苗'],
];
const frames = [
  '据统计，去年共有{}。',
  '{}，同比明显增加。',
  '官方数据显示，该项目涉及{}，创历史新高。',
  '报道称，截至目前已达{}',
];

/** Digits as news writes them: 1-4 integer digits with up to two decimals, or a grouped integer. */
const digitAmount = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 2 })).chain(([int, decimals]) =>
    fc.integer({ min: 0, max: 10 ** decimals - 1 }).map((frac) => {
      const text = decimals === 0 ? String(int) : `${int}.${String(frac).padStart(decimals, '0')}`;
      return { text, value: Number(text) };
    }),
  ),
  fc.integer({ min: 10_000, max: 99_999_999 }).map((n) => ({ text: n.toLocaleString('en-US'), value: n })),
);
/** Chinese numerals, from 一 to 九千九百九十九万亿 and everything in between. */
const zhAmount = fc
  .oneof(
    fc.integer({ min: 1, max: 99_999 }),
    fc.integer({ min: 1, max: 9_999_999_999 }),
    fc.integer({ min: 1, max: 9_999 }).map((n) => n * 1e8),
    fc.integer({ min: 1, max: 999_999 }).map((n) => n * 1e4),
  )
  .map((n) => ({ text: toChineseNumeral(n), value: n }));

const same = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function only(text: string) {
  const figures = extractChinese(text).filter((f) => f.kind !== 'year' && f.kind !== 'date');
  expect(
    figures.map((f) => f.text),
    text,
  ).toHaveLength(1);
  return figures[0]!;
}

describe('Chinese numerals', () => {
  it('read back as the integer they write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9_999_999_999_999 }), (n) => {
        const written = toChineseNumeral(n);
        const f = only(`共计${written}元。`);
        expect(f.text, written).toBe(`${written}元`);
        expect(f.value, written).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Chinese amounts read back as written', () => {
  it('digits, scale word, currency', () => {
    fc.assert(
      fc.property(
        digitAmount,
        fc.constantFrom(...scales),
        fc.constantFrom(...currencies),
        fc.constantFrom(...frames),
        (n, [scale, factor], [word, code], frame) => {
          fc.pre(!(scale !== '' && n.text.includes(',')));
          const written = `${n.text}${scale}${word}`;
          const f = only(frame.replace('{}', written));
          expect(f.text, written).toBe(written);
          expect(f.unit, written).toBe(code);
          expect(f.kind, written).toBe('money');
          expect(same(f.value, Number(`${n.value}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('Chinese numerals, currency', () => {
    fc.assert(
      fc.property(zhAmount, fc.constantFrom(...currencies), fc.constantFrom(...frames), (n, [word, code], frame) => {
        const written = `${n.text}${word}`;
        const f = only(frame.replace('{}', written));
        expect(f.text, written).toBe(written);
        expect(f.unit, written).toBe(code);
        expect(same(f.value, n.value), `${written} → ${f.value}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('digits or Chinese numerals, scale word, measure unit', () => {
    fc.assert(
      fc.property(
        fc.oneof(digitAmount, zhAmount),
        fc.constantFrom(...scales),
        fc.constantFrom(...units),
        fc.constantFrom(...frames),
        (n, [scale, factor], [word, unit, unitFactor], frame) => {
          // a scale word after a Chinese numeral that has one already (三万万) is not how news writes
          // a scale word after Chinese numerals (三万万, 十千万) is not how news writes
          fc.pre(!(scale !== '' && (n.text.includes(',') || !/^[0-9.]+$/.test(n.text))));
          fc.pre(!(scale !== '' && (unit === '%' || unit === 'pp' || unit === 'degC')));
          const written = `${n.text}${scale}${word}`;
          const f = only(frame.replace('{}', written));
          expect(f.text, written).toBe(written);
          const want = Number(`${n.value}e${Math.log10(factor)}`) * unitFactor;
          // 一千瓦时 may be read as 一千 瓦时 or 一 千瓦时: the same energy either way
          const got = f.value === null ? null : (baseValue(f.value, f.unit) ?? f.value);
          expect(same(got, baseValue(want, unit) ?? want), `${written} → ${f.value} ${f.unit}`).toBe(true);
          expect(sameDimension(f.unit, unit), `${written} → ${f.unit}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('classifier and the counted noun', () => {
    fc.assert(
      fc.property(
        fc.oneof(digitAmount, zhAmount),
        fc.constantFrom(...scales),
        fc.constantFrom(...classifiers),
        fc.constantFrom(...frames),
        (n, [scale, factor], [words, noun], frame) => {
          fc.pre(!(scale !== '' && (n.text.includes(',') || !/^[0-9.]+$/.test(n.text))));
          fc.pre(n.text !== '一' || scale !== ''); // 一家企业 is "a company"
          const written = `${n.text}${scale}${words}`;
          const f = only(frame.replace('{}', written));
          expect(f.kind, written).toBe('count');
          expect(f.noun, written).toBe(noun);
          expect(same(f.value, Number(`${n.value}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('full-width digits read like ASCII ones, with the same source span', () => {
    fc.assert(
      fc.property(
        digitAmount,
        fc.constantFrom(...scales),
        fc.constantFrom(...currencies),
        (n, [scale, factor], [word, code]) => {
          fc.pre(!n.text.includes(','));
          const wide = n.text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          const written = `${wide}${scale}${word}`;
          const f = only(`报道称，共计${written}。`);
          expect(f.text).toBe(written);
          expect(f.unit).toBe(code);
          expect(same(f.value, Number(`${n.value}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('decimals with 点 and a scale word', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(['万', 1e4], ['亿', 1e8]),
        (int, frac, [scale, factor]) => {
          const decimals = String(frac).replace(/0+$/, '');
          const zhDecimals = [...decimals].map((d) => '零一二三四五六七八九'[Number(d)]).join('');
          const written = `${toChineseNumeral(int)}点${zhDecimals}${scale}元`;
          const f = only(`总额达${written}。`);
          expect(f.text).toBe(written);
          expect(same(f.value, Number(`${int}.${decimals}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
