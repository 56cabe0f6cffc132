import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests.
const periods = (text: string): Array<[string, string | undefined]> => figures(text).filter((f) => f.kind !== 'year' && f.kind !== 'date').map((f) => [f.text, f.period]);

describe('a period opening the sentence governs its figures', () => {
  it('English: "In 2023, …" and "In March 2024, …"', () => {
    expect(periods('In 2023, the port handled 9.1m boxes and earned $640m, against $590m in 2022.')).toEqual([
      ['9.1m', '2023'], ['$640m', '2023'], ['$590m', '2022'],
    ]);
    expect(periods('In March 2024, refunds reached $12m.')).toEqual([['$12m', '2024-03']]);
  });

  it('Chinese: 2023年，… and 在2023年…', () => {
    expect(periods('2023年，全市接待游客1.2亿人次，旅游收入980亿元。')).toEqual([['1.2亿人次', '2023'], ['980亿元', '2023']]);
    expect(periods('在2023年，出口增长6%。')).toEqual([['6%', '2023']]);
  });

  it('a year inside the sentence governs only the figure next to it', () => {
    expect(periods('Sales rose 4% to $2bn, the best since 2019.')).toEqual([['4%', undefined], ['$2bn', undefined]]);
    expect(periods('营收增长4%，为2019年以来最高。')).toEqual([['4%', undefined]]);
  });
});

describe('a split year is one span of two years', () => {
  it('English and Chinese', () => {
    expect(figures('Wheat output in 2024-25 is forecast to rise.').map((f) => [f.text, f.kind])).toEqual([['2024-25', 'date']]);
    expect(figures('2023/24财年，收入增长5%。').map((f) => [f.text, f.period])).toEqual([['2023/24', undefined], ['5%', '2023/2024']]);
    expect(figures('The 1999–00 season ended.').map((f) => f.text)).toEqual(['1999–00']);
  });
});
