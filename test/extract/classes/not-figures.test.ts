import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests: numerals that label, stamp or idiomatically say no quantity.
const texts = (text: string): string[] => figures(text).map((f) => f.text);

describe('list markers are no figures', () => {
  it('numbered lines in English', () => {
    expect(texts('Highlights:\n1. Exports rose 4%.\n2) Imports fell 2%.\n(3) Prices held.')).toEqual(['4%', '2%']);
  });

  it('numbered lines in Chinese', () => {
    expect(texts('一、工业生产加快\n（二）投资增长5%\n三．消费回暖')).toEqual(['5%']);
  });

  it('a number ending a sentence, or a decimal, is no marker', () => {
    expect(texts('He scored 3. Then he left.')).toEqual(['3']);
    expect(texts('2.5 million people voted.')).toEqual(['2.5 million']);
  });
});

describe('items of an enumeration joined by 、 are no figures of their own', () => {
  it('quarters and months', () => {
    expect(texts('二、三、四季度分别增长6.5%。')).toEqual(['6.5%']);
    expect(texts('1、2月出口增长7%。')).not.toContain('1');
  });

  it('a label mid-line', () => {
    expect(texts('原因有两个：一、成本上升；二、需求下降8%。')).toEqual(['两个', '8%']);
  });

  it('years in an enumeration stay years', () => {
    expect(figures('2019、2020年均增长3%。').filter((f) => f.kind === 'year').length).toBeGreaterThan(0);
  });
});

describe('time stamps', () => {
  it('the seconds of a time after a date are part of it', () => {
    expect(figures('Posted 2024-03-18 09:41:27 by staff.').map((f) => [f.text, f.kind])).toEqual([
      ['2024-03-18 09:41:27', 'date'],
    ]);
    expect(figures('发布时间：2024-03-18 09:41:27').map((f) => [f.text, f.kind])).toEqual([
      ['2024-03-18 09:41:27', 'date'],
    ]);
    expect(figures('Updated 18/03/2024 09:41:27.').map((f) => f.kind)).toEqual(['date']);
  });
});

describe('numerals inside set phrases', () => {
  it('the three sectors of an economy, and 一X比一X', () => {
    expect(texts('第三产业增加值增长7.6%，经济一年比一年好。')).toEqual(['7.6%']);
  });

  it('first-hand and one-off stay idioms in English', () => {
    expect(texts('A one-off payment of $300 was a first-hand account.')).toEqual(['$300']);
  });
});

describe('numerals inside place and plan names', () => {
  it('the river deltas and the five-year plans in Chinese, G20 in English', () => {
    expect(texts('长三角一体化推进，珠三角出口增长5%，十五规划期间投资翻番。')).toEqual(['5%', '翻番']);
    expect(texts('The G20 and the Group of 7 met; trade grew 5%.')).toEqual(['7', '5%']);
  });
});

describe('"No." before a number', () => {
  it('ranks after a determiner or possessive, is an id elsewhere', () => {
    expect(
      figures("It is the region's No. 3 port and the nation's number one exporter.").map((f) => [
        f.text,
        f.value,
        f.kind,
      ]),
    ).toEqual([
      ['No. 3', 3, 'rank'],
      ['number one', 1, 'rank'],
    ]);
    expect(texts('Resolution No. 2334 passed with 14 votes.')).toEqual(['14']);
    expect(figures('The number 7/0 is undefined.').some((f) => f.kind === 'rank')).toBe(false);
  });

  it('the Chinese rank 第一大 is a rank too', () => {
    expect(figures('该港是全国第一大港。')[0]).toMatchObject({ value: 1, kind: 'rank' });
  });
});

describe('a stock code in brackets after a name', () => {
  it('a whole number with a leading zero, alone in brackets, is an id in either language', () => {
    expect(texts('Sun Land (0088) paid HK$2.1 billion for the site.')).toEqual(['HK$2.1 billion']);
    expect(texts('信和置业（0083）以21亿港元投得地块。')).toEqual(['21亿港元']);
  });

  it('a bracketed number without a leading zero is still a figure', () => {
    expect(texts('Two sites (12 hectares) were sold.')).toContain('12 hectares');
  });
});

describe('a number running into a letter names a place', () => {
  it('第106B区 in Chinese, Block 3A in English', () => {
    expect(texts('地块位于东涌第106B区，是第3期。')).toEqual(['第3']);
    expect(texts('Flats in Block 3A and Area 12C were sold in the 3rd phase.')).toEqual(['3rd']);
  });
});

describe('the half-year as a reporting period is a label, not a duration', () => {
  it('半年末 and 半年报 in Chinese, half-year results in English; half a year stays a duration', () => {
    expect(texts('半年末公司存货创新高，半年报显示利润增长5%，项目用了半年时间。')).toEqual(['5%', '半年']);
    expect(texts('The half-year results showed a 5% rise at the half-year end, after half a year of work.')).toEqual([
      '5%',
      'half a year',
    ]);
  });
});

describe('house numbers and product names are names', () => {
  it('a number before a capitalised street and a street word, unless a noun is counted after it', () => {
    expect(figures('She met him at 12 Baker Street before Friday and at 4 Privet Drive in May.')).toEqual([]);
    expect(figures('He owns 3 Oxford Street shops.')[0]).toMatchObject({ text: '3', value: 3 });
  });

  it('a house number after a Chinese street is no day of the month', () => {
    expect(figures('他住在人民路88号，公司在长安街1号。').map((f) => [f.text, f.kind])).toEqual([
      ['88号', 'ordinal'],
      ['1号', 'ordinal'],
    ]);
    expect(figures('新规本月15号起实施。')[0]).toMatchObject({ kind: 'date' });
  });

  it('a product name in lower case first, and a model number running on over a hyphen', () => {
    expect(figures('The new iPhone 15 and the Boeing 787-9 drew 40,000 visitors.').map((f) => f.value)).toEqual([
      40000,
    ]);
  });
});

describe('digits hyphenated to one capital letter are a code', () => {
  it('3-D, Form 10-K', () => {
    expect(figures('A 3-D printer and a Form 10-K filing showed revenue of $4.5bn.').map((f) => f.value)).toEqual([
      4.5e9,
    ]);
  });

  it('3D glued in Chinese text', () => {
    expect(figures('3D打印机销量增长20%。').map((f) => f.value)).toEqual([20]);
  });
});

describe('an order of magnitude of money is a tier, not an amount', () => {
  it('百亿元级, 千億元級 as 千亿级 is', () => {
    expect(figures('全市有百亿元级企业12家，千億元級項目3个，千亿级产业集群5个。').map((f) => f.value)).toEqual([
      12, 3, 5,
    ]);
  });
});
