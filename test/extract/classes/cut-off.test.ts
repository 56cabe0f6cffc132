import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Excerpts written for these tests, each ending inside a scale word.

describe('a text cut off inside a number', () => {
  it('English: no value, and a note why', () => {
    const [f] = figures('Foreign reserves climbed to RMB2.15 trilli');
    expect(f).toMatchObject({ text: 'RMB2.15', value: null, unit: 'CNY' });
    expect(f?.note).toMatch(/cut off/);
  });

  it('Chinese text quoting an amount cut in the same way', () => {
    const [f] = figures('报告称，外汇储备达到US$3.4 bil');
    expect(f).toMatchObject({ value: null, unit: 'USD' });
    expect(f?.note).toMatch(/cut off/);
  });

  it('a whole scale word or a unit is no cut', () => {
    expect(figures('Reserves climbed to RMB2.15 trillion')[0]).toMatchObject({ value: 2.15e12 });
    expect(figures('The trail is 30 mi')[0]).toMatchObject({ value: 30, unit: 'mi' });
    expect(figures('报告称，外汇储备达到3.4万亿元')[0]).toMatchObject({ value: 3.4e12 });
  });

  it('a word after a unit ends nothing cut: "a 20-dollar bill", 20美元 bill', () => {
    expect(figures('He paid with a 20-dollar bill')[0]).toMatchObject({ value: 20, unit: 'USD' });
    expect(figures('他用20美元 bill')[0]).toMatchObject({ value: 20, unit: 'USD' });
  });
});
