import { describe, expect, it } from 'vitest';
import { intervalOf } from '../../src/normalize/index.js';
import { extractText } from '../../src/pipeline.js';

describe('intervalOf', () => {
  it('allows half a unit of the last stated digit either side', () => {
    expect(intervalOf(475, 0, 'exact')).toEqual([474.5, 475.5]);
    expect(intervalOf(-3, 0, 'exact')).toEqual([-3.5, -2.5]);
    expect(intervalOf(3.7, -1, 'exact')).toEqual([3.65, 3.75]);
  });

  it('rounds to whole numbers when a unit factor puts the place between 0 and 1 (9两半 is 475 g)', () => {
    expect(intervalOf(475, Math.log10(5), 'exact')).toEqual([473, 478]);
    expect(intervalOf(5, Math.log10(5), 'exact')).toEqual([2, 8]);
  });
});

describe('the interval a written figure allows, in both languages alike', () => {
  const interval = (text: string) => extractText(text)[0]?.interval;
  it('digits written out before a scale word are each a place: 7000亿元 as "7,000 million"', () => {
    expect(interval('7000亿元')).toEqual([699_950_000_000, 700_050_000_000]);
    expect(interval('$7,000 million')).toEqual([6_999_500_000, 7_000_500_000]);
    expect(interval('1000万人')).toEqual([9_995_000, 10_005_000]);
    expect(interval('1,000 people')).toEqual([999.5, 1000.5]);
  });

  it('a numeral in characters states only its units: 七千亿, 一千万', () => {
    expect(interval('七千亿元')).toEqual([650_000_000_000, 750_000_000_000]);
    expect(interval('一千万人')).toEqual([5_000_000, 15_000_000]);
  });
});
