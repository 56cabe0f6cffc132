import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEnglish } from './extract-en.js';

/**
 * Round trips: an amount written the way English news writes it — a currency sign or code, a
 * scale word, a unit — read back gives the same value and unit. Mis-scaling (3.7 euros for
 * €3.7bn, 100 metres for €100m) fails here first.
 */

const scales: Array<[string, number]> = [
  ['', 1],
  [' thousand', 1e3],
  [' million', 1e6],
  [' billion', 1e9],
  [' trillion', 1e12],
  ['bn', 1e9],
  [' bn', 1e9],
  ['mn', 1e6],
  [' mln', 1e6],
  ['m', 1e6],
  ['k', 1e3],
];
const before: Array<[string, string]> = [
  ['€', 'EUR'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['US$', 'USD'],
  ['US$ ', 'USD'],
  ['USD ', 'USD'],
  ['EUR ', 'EUR'],
  ['HK$', 'HKD'],
  ['Rs ', 'INR'],
  ['¥', 'CNY'],
  ['$ ', 'USD'],
];
const after: Array<[string, string]> = [
  [' euros', 'EUR'],
  [' dollars', 'USD'],
  [' US dollars', 'USD'],
  [' yuan', 'CNY'],
  [' USD', 'USD'],
  [' EUR', 'EUR'],
  [' yen', 'JPY'],
  [' Swiss francs', 'CHF'],
];
const units: Array<[string, string, number]> = [
  [' km', 'km', 1],
  [' kilometres', 'km', 1],
  [' miles', 'mi', 1],
  [' kg', 'kg', 1],
  [' tonnes', 't', 1],
  [' square metres', 'm^2', 1],
  [' hectares', 'hectare', 1],
  [' litres', 'l', 1],
  [' barrels', 'oilbarrel', 1],
  ['%', '%', 1],
  [' per cent', '%', 1],
  [' percent', '%', 1],
  [' percentage points', 'pp', 1],
  [' basis points', 'pp', 0.01],
  [' hours', 'h', 1],
  [' days', 'day', 1],
  ['°C', 'degC', 1],
  [' degrees Fahrenheit', 'degF', 1],
  [' mph', 'mi/h', 1],
];
const frames = [
  'The company said it had {} at the end of the period.',
  '{} was reported on Tuesday.',
  'Officials put the figure at {}, up sharply.',
  'Analysts expect {} next year, Reuters reported.',
];

/** A number as news writes it: 1-3 integer digits, optional decimals, or a grouped integer. */
const amount = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 })).chain(([int, decimals]) =>
    fc.integer({ min: 0, max: 10 ** decimals - 1 }).map((frac) => {
      const text = decimals === 0 ? String(int) : `${int}.${String(frac).padStart(decimals, '0')}`;
      return { text, value: Number(text) };
    }),
  ),
  fc.integer({ min: 2200, max: 99_999_999 }).map((n) => ({ text: n.toLocaleString('en-US'), value: n })),
);

const same = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function only(text: string) {
  const figures = extractEnglish(text).filter((f) => f.kind !== 'year' && f.kind !== 'date');
  expect(figures, text).toHaveLength(1);
  return figures[0]!;
}

describe('English amounts read back as written', () => {
  it('currency sign or code before, scale word after', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...before),
        fc.constantFrom(...scales),
        fc.constantFrom(...frames),
        (n, [sign, code], [scale, factor], frame) => {
          fc.pre(!(scale !== '' && n.text.includes(',')));
          const written = `${sign}${n.text}${scale}`;
          const f = only(frame.replace('{}', written));
          expect(f.text, written).toBe(written);
          expect(f.unit, written).toBe(code);
          expect(same(f.value, Number(`${n.value}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('scale word and currency word after', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...after),
        fc.constantFrom(...scales.filter(([s]) => s.startsWith(' '))),
        fc.constantFrom(...frames),
        (n, [word, code], [scale, factor], frame) => {
          fc.pre(!(scale !== '' && n.text.includes(',')));
          const written = `${n.text}${scale}${word}`;
          const f = only(frame.replace('{}', written));
          expect(f.unit, written).toBe(code);
          expect(same(f.value, Number(`${n.value}e${Math.log10(factor)}`)), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('measures, percentages and points', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...units), fc.constantFrom(...frames), (n, [word, unit, factor], frame) => {
        const written = `${n.text}${word}`;
        const f = only(frame.replace('{}', written));
        expect(f.text, written).toBe(written);
        expect(f.unit, written).toBe(unit);
        expect(same(f.value, factor === 1 ? n.value : Number(`${n.value}e-2`)), `${written} → ${f.value}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('word numbers with scale words', () => {
    const words: Array<[string, number]> = [
      ['two', 2],
      ['seven', 7],
      ['twelve', 12],
      ['twenty-five', 25],
      ['forty two', 42],
      ['one hundred', 100],
      ['three hundred and five', 305],
      ['a', 1],
      ['half a', 0.5],
      ['one and a half', 1.5],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom(['million', 1e6], ['billion', 1e9], ['thousand', 1e3]),
        fc.constantFrom(['', ''], [' dollars', 'USD'], [' euros', 'EUR'], [' people', '']),
        (w, s, c) => {
          const [word, value] = w;
          const [scale, factor] = s as [string, number];
          const [suffix, code] = c as [string, string];
          const written = `${word} ${scale}${suffix}`;
          const f = only(`Officials said ${written} were affected.`);
          expect(f.unit, written).toBe(code);
          expect(same(f.value, value * factor), `${written} → ${f.value}`).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
