import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/pipeline.js';
import { figures, values } from './helpers.js';

// Texts written for these tests: scale words and suffixes, and the readings that look like them.

describe('scale suffixes', () => {
  it('bn, tn, mn, mil, k glued or spaced', () => {
    expect(values('It raised €4.2bn, owes $1.1tn, hired 30k staff, sold 12mn phones and 3 mil tickets.')).toEqual([
      ['€4.2bn', 4.2e9],
      ['$1.1tn', 1.1e12],
      ['30k', 30000],
      ['12mn', 12e6],
      ['3 mil', 3e6],
    ]);
  });

  it('tln and G are scales too; 5G is a name', () => {
    expect(values('Debt hit $2.1tln and the fund $7G.')).toEqual([
      ['$2.1tln', 2.1e12],
      ['$7G', 7e9],
    ]);
    expect(values('The 5G rollout cost 3tln won.').map(([t]) => t)).toEqual(['3tln won']);
  });

  it('informal k and w in Chinese text, before a unit or alone', () => {
    expect(values('招聘启事：月薪18k，年薪40w，奖金2.5k元。')).toEqual([
      ['18k', 18000],
      ['40w', 400000],
      ['2.5k元', 2500],
    ]);
  });

  it('Chinese scale characters, one or two', () => {
    expect(values('营收3.26亿元，资产1.2万亿元，员工4千人。')).toEqual([
      ['3.26亿元', 3.26e8],
      ['1.2万亿元', 1.2e12],
      ['4千人', 4000],
    ]);
  });
});

describe('what looks like a scale suffix and is not', () => {
  it('K after a temperature is kelvin', () => {
    expect(figures('The magnet is cooled to 4K, a temperature close to absolute zero.')[0]).toMatchObject({
      text: '4K',
      value: 4,
      unit: 'K',
    });
    expect(figures('He took a 90K salary cut.')[0]).toMatchObject({ value: 90000, unit: '' });
  });

  it('b and B about data are bits and bytes; about money billions', () => {
    expect(figures('The switch forwards 64b packets with a 512B buffer.').map((f) => [f.value, f.unit])).toEqual([
      [64, 'bit'],
      [512, 'B'],
    ]);
    expect(figures('The fund holds $7b in bonds.')[0]).toMatchObject({ value: 7e9, unit: 'USD' });
  });

  it('K after a temperature in Chinese text is kelvin too', () => {
    expect(figures('超导材料需冷却至20K的低温。')[0]).toMatchObject({ value: 20, unit: 'K' });
    expect(figures('程序员月薪20K。')[0]).toMatchObject({ value: 20000, unit: '' });
  });

  it('开尔文 and 比特 are units in Chinese text too', () => {
    expect(figures('样品冷却至4开尔文，每个数据包64比特。').map((f) => [f.value, f.unit])).toEqual([
      [4, 'K'],
      [64, 'bit'],
    ]);
  });
});

describe('compound scales add, never multiply', () => {
  it('a fraction of a smaller scale word after a larger one', () => {
    expect(values('The census found one billion and a half million households.')).toEqual([
      ['one billion and a half million', 1000500000],
    ]);
  });

  it('a smaller scale word after a larger one is no multiplier', () => {
    expect(values('Reserves reached 1.5 million thousand.')[0]).toEqual(['1.5 million', 1.5e6]);
  });

  it('lakh and crore with digits and words after them', () => {
    expect(
      values('Over two crore 41 lakh people voted; 18 lakh three thousand were new and 52 thousand 310 were young.'),
    ).toEqual([
      ['Over two crore 41 lakh', 24100000],
      ['18 lakh three thousand', 1803000],
      ['52 thousand 310', 52310],
    ]);
  });

  it('outside a lakh-and-crore text a bare number after a scale word is its own', () => {
    expect(values('They sold 2 million 500 trucks.').map(([, v]) => v)).toEqual([2e6, 500]);
  });
});

const ranges = (text: string): Array<[number, number] | undefined> => extractText(text).map((f) => f.range);

describe('a bare range start takes the scale of its end, when of a size with it', () => {
  it('a scale inside the numeral of the end: 五万, five million, 五百', () => {
    expect(ranges('房租为3至5万元，招聘三到五百人。')).toEqual([
      [30000, 50000],
      [300, 500],
    ]);
    expect(ranges('The fair expects three to five million visitors.')).toEqual([[3e6, 5e6]]);
  });

  it('tenths and discounts: 3至5成, 7至8折', () => {
    expect(ranges('利润下降3至5成，商品打7至8折。')).toEqual([
      [30, 50],
      [70, 80],
    ]);
  });

  it('a start written whole keeps its value: never 18,000 million', () => {
    expect(values('Membership rose from 18,000 to 2.49 million.')).toEqual([
      ['18,000', 18000],
      ['2.49 million', 2.49e6],
    ]);
    expect(values('The city shrank by 18,000 to 2.49 million.').map(([, v]) => v)).toEqual([18000, 2.49e6]);
    expect(values('人口从9000增加到1.5万，营收由800增至1.2亿元。').map(([, v]) => v)).toEqual([
      9000, 15000, 800, 1.2e8,
    ]);
  });

  it('after "by", a bare start larger than the end is the change, the end the level', () => {
    expect(values('The waiting list was cut by 500 to 120 people.').map(([, v]) => v)).toEqual([500, 120]);
    expect(ranges('Prices were cut by 3 to 5 percent.')).toEqual([[3, 5]]);
  });
});

describe('a range start takes what its end states', () => {
  it("the currency of the end, not the text's for a bare amount", () => {
    expect(figures('项目预计投资3000万至5000万美元。')[0]).toMatchObject({ unit: 'USD' });
    expect(ranges('项目预计投资3000万至5000万美元。')).toEqual([[3e7, 5e7]]);
  });

  it('a rate word before the start makes both ends rates', () => {
    expect(figures('新盘均价为每平方米2至2.5万元。')[0]).toMatchObject({ unit: 'CNY/m^2', kind: 'rate' });
    expect(ranges('新盘均价为每平方米2至2.5万元，每年产出3至5万吨。')).toEqual([
      [20000, 25000],
      [30000, 50000],
    ]);
  });

  it('English states both ends in full', () => {
    expect(ranges('The project will cost 2 billion to 3 billion euros.')).toEqual([[2e9, 3e9]]);
  });
});

describe('"m" glued to a number: metres for a thing measured, millions for money', () => {
  it('a thing measured by its length, or a dimension hyphenated after the m', () => {
    expect(
      figures('The town will build a 25m pool, a 2.4m-tall fence and a 30m-deep shaft, and spend $25m.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [25, 'm'],
      [2.4, 'm'],
      [30, 'm'],
      [2.5e7, 'USD'],
    ]);
  });

  it('a currency before it is money whatever the noun', () => {
    expect(figures('A $2m pool upgrade was approved.')[0]).toMatchObject({ value: 2e6, unit: 'USD' });
  });

  it('米 is a metre in Chinese, 万 a scale', () => {
    expect(figures('新泳池长25米，投资2500万元。').map((f) => [f.value, f.unit])).toEqual([
      [25, 'm'],
      [2.5e7, 'CNY'],
    ]);
  });
});

describe('a range whose ends both name the currency before the number', () => {
  it('the first end takes the scale the second states: "$2 to $3 billion", "$300-$400 million"', () => {
    expect(ranges('It will cost between $2 and $3 billion, with losses of $300-$400 million.')).toEqual([
      [2e9, 3e9],
      [3e8, 4e8],
    ]);
    expect(values('Estimates run from $2 to $3 billion.').map(([, v]) => v)).toEqual([2e9, 3e9]);
  });

  it('an end that states its unit after the number is whole: 2元, 5 km', () => {
    expect(values('价格从2元涨到3万元。').map(([, v]) => v)).toEqual([2, 30000]);
    expect(ranges('The probe flew between 5 km and 6 million km.')).toEqual([[5, 6e6]]);
  });
});

describe('more ranges of amounts', () => {
  it('a rate after the second end is the rate of both', () => {
    expect(figures('Rents of $2,000-3,000 a month; fuel at $1-2 per litre.').map((f) => f.unit)).toEqual([
      'USD/month',
      'USD/l',
    ]);
    expect(figures('油价为7-8元/升。')[0]).toMatchObject({ unit: 'CNY/l' });
  });

  it('a year-like start of a range to a number that is no year is an amount', () => {
    expect(ranges('租金每月2000-3000元，产量2000-3000吨。')).toEqual([
      [2000, 3000],
      [2000, 3000],
    ]);
    expect(figures('Output was 2000-3000 tonnes between 2019 and 2023.').map((f) => f.kind)).toEqual([
      'mass',
      'year',
      'year',
    ]);
  });

  it('the full stop of an abbreviation before digits is no decimal point', () => {
    expect(values('The fine is Rs.50,000 a day.')).toEqual([['Rs.50,000 a day', 50000]]);
  });
});

describe('"k" glued to a number: kilometres before a race, thousands elsewhere', () => {
  it('a 10K race, the 5k run; a 300K salary, 30k jobs, a $5k record fee', () => {
    expect(
      figures('She ran a 10K race and the 5k run, for a 300K salary; 30k jobs and a $5k record fee.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [10, 'km'],
      [5, 'km'],
      [300000, ''],
      [30000, ''],
      [5000, 'USD'],
    ]);
  });

  it('k in Chinese text stays a thousand: 月薪15k', () => {
    expect(figures('招聘月薪15k。')[0]).toMatchObject({ value: 15000 });
  });
});
