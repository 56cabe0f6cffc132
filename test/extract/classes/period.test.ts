import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests.
const periods = (text: string): Array<[string, string | undefined]> =>
  figures(text)
    .filter((f) => f.kind !== 'year' && f.kind !== 'date')
    .map((f) => [f.text, f.period]);

describe('a period opening the sentence governs its figures', () => {
  it('English: "In 2023, …" and "In March 2024, …"', () => {
    expect(periods('In 2023, the port handled 9.1m boxes and earned $640m, against $590m in 2022.')).toEqual([
      ['9.1m', '2023'],
      ['$640m', '2023'],
      ['$590m', '2022'],
    ]);
    expect(periods('In March 2024, refunds reached $12m.')).toEqual([['$12m', '2024-03']]);
  });

  it('Chinese: 2023年，… and 在2023年…', () => {
    expect(periods('2023年，全市接待游客1.2亿人次，旅游收入980亿元。')).toEqual([
      ['1.2亿人次', '2023'],
      ['980亿元', '2023'],
    ]);
    expect(periods('在2023年，出口增长6%。')).toEqual([['6%', '2023']]);
  });

  it('a year inside the sentence governs only the figure next to it', () => {
    expect(periods('Sales rose 4% to $2bn, the best since 2019.')).toEqual([
      ['4%', undefined],
      ['$2bn', undefined],
    ]);
    expect(periods('营收增长4%，为2019年以来最高。')).toEqual([['4%', undefined]]);
  });
});

describe('a split year is one span of two years', () => {
  it('English and Chinese', () => {
    expect(figures('Wheat output in 2024-25 is forecast to rise.').map((f) => [f.text, f.kind])).toEqual([
      ['2024-25', 'date'],
    ]);
    expect(figures('2023/24财年，收入增长5%。').map((f) => [f.text, f.period])).toEqual([
      ['2023/24', undefined],
      ['5%', '2023/2024'],
    ]);
    expect(figures('The 1999–00 season ended.').map((f) => f.text)).toEqual(['1999–00']);
  });
});

describe('Chinese periods of a year: 前三季度, 前七个月, 1-7月, 1季度', () => {
  it('are dates, and open a sentence as its period', () => {
    expect(figures('前三季度，全省出口增长4.2%。').map((f) => [f.text, f.kind, f.period])).toEqual([
      ['前三季度', 'date', undefined],
      ['4.2%', 'percent', '--Q1/--Q3'],
    ]);
    expect(
      figures('前七个月销量为12万辆，1-7月累计增长3%，1季度持平，首三季收入9億元。')
        .filter((f) => f.kind === 'date')
        .map((f) => f.text),
    ).toEqual(['前七个月', '1-7月', '1季度', '首三季']);
  });

  it('a quarter in words alone, and 前 before a count, are no periods', () => {
    expect(figures('一季度增长6%。').map((f) => f.text)).toEqual(['6%']);
    expect(figures('他进入了前三名。').some((f) => f.kind === 'date')).toBe(false);
  });

  it('English quarters and months opening a sentence', () => {
    expect(figures('In Q3 2023, sales rose 4%.').map((f) => [f.text, f.period])).toEqual([
      ['Q3 2023', undefined],
      ['4%', '2023-Q3'],
    ]);
    expect(
      figures('In the first half of 2022, exports fell 2%, after 1H21 and 3Q20.').map((f) => [f.text, f.kind]),
    ).toEqual([
      ['first half of 2022', 'date'],
      ['2%', 'percent'],
      ['1H21', 'date'],
      ['3Q20', 'date'],
    ]);
    expect(figures('Q3 results and the A380.').map((f) => f.text)).toEqual([]);
  });
});

describe('a time word hyphenated to a year leaves it a year', () => {
  it('mid-1990s, pre-2008, and 2008年前', () => {
    expect(
      figures('In the mid-1990s sales doubled; prices are back to pre-2008 levels.')
        .filter((f) => f.kind === 'year')
        .map((f) => f.text),
    ).toEqual(['1990s', '2008']);
    expect(
      figures('房价回到2008年前的水平。')
        .filter((f) => f.kind === 'year')
        .map((f) => f.text),
    ).toEqual(['2008年']);
  });
});

describe('a period label in words without its year is no figure', () => {
  it('English "the third quarter", "the first half"; Chinese 第四季度, 上半年', () => {
    expect(figures('Sales rose 5% in the third quarter and the first half.').map((f) => f.text)).toEqual(['5%']);
    expect(figures('第四季度和上半年分别增长5%。').map((f) => f.text)).toEqual(['5%']);
  });
});

describe('"over" a duration after a quantity is the span it took, not a bound', () => {
  it('after a change or an amount, or opening the sentence', () => {
    const found = figures(
      'The scheme cost £1.4bn over three years. Over ten years, the index gained 85%. The firm cut 2,000 staff over 18 months.',
    );
    expect(found.filter((f) => f.kind === 'duration').map((f) => [f.text, f.qualifier])).toEqual([
      ['three years', undefined],
      ['ten years', undefined],
      ['18 months', undefined],
    ]);
  });

  it('still more than after "for", before "of", or with no quantity before it', () => {
    const found = figures(
      'The mine was shut for over five years. The deal ended over two years of talks. He served over six years in jail.',
    );
    expect(found.map((f) => [f.text, f.qualifier])).toEqual([
      ['over five years', 'more-than'],
      ['over two years', 'more-than'],
      ['over six years', 'more-than'],
    ]);
  });

  it('超过 before a duration is more than wherever it stands', () => {
    expect(figures('该项目投资50亿元，超过五年建成。')[1]).toMatchObject({ text: '超过五年', qualifier: 'more-than' });
  });
});

describe('months counted in a row are a duration, not a month of the year', () => {
  it('連三月, 为期三月; 三月 alone and 前十一月 stay dates', () => {
    expect(figures('出口連三月成長，为期三月的展览开幕。').map((f) => [f.text, f.kind, f.value])).toEqual([
      ['三月', 'duration', 3],
      ['三月', 'duration', 3],
    ]);
    expect(figures('今年三月出口增长。')[0]).toMatchObject({ kind: 'date' });
  });

  it('English "three straight months"', () => {
    expect(figures('Exports rose for three straight months.')[0]).toMatchObject({ value: 3, kind: 'duration' });
  });
});
