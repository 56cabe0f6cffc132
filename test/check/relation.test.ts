import { describe, expect, it } from 'vitest';
import { findingsOf, verdictsOf } from './run.js';

const relation = (text: string): string[] => verdictsOf('relation', text);

describe('relation: rates of change', () => {
  it.each([
    ['Exports rose 15% to €4.6bn from €4bn.', ['holds']],
    ['Exports rose 50% to €4.6bn from €4bn.', ['fails']],
    ['Exports fell 15% to €4.6bn from €4bn.', ['fails']],
    ['Sales fell 10% from 200,000 units to 180,000 units.', ['holds']],
    ['Ticket sales reached 9,200, up 15% from 8,000 a year earlier.', ['holds']],
    ['Ticket sales reached 9,200, up 25% from 8,000 a year earlier.', ['fails']],
    ['包裹量从 100 万件增长15%至 115 万件。', ['holds']],
    ['今年全市客运量为460万人次,同比增长11%,上年为415万人次。', ['holds']],
    ['今年全市客运量为460万人次,同比增长25%,上年为415万人次。', ['fails']],
    ['全年粮食产量达到120万吨,较上年的100万吨增产20%。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it('a rate whose base the text does not give is unverifiable, at severity info', () => {
    for (const text of [
      'Profit increased by 20 percent to $120 million last year.',
      '前三季度,全市社会消费品零售总额同比增长8.2%。',
    ]) {
      expect(findingsOf('relation', text)).toMatchObject([{ verdict: 'unverifiable', severity: 'info' }]);
    }
  });

  it('a figure of the sentence before is no base unless the text points back to it', () => {
    expect(relation('Revenue was $30.8 billion. Net income fell 2% to $4.2 billion.')).toEqual(['unverifiable']);
    expect(relation('In the spring the clinic saw 300 patients. Over the year, visits rose 9% to 4,000.')).toEqual([
      'unverifiable',
    ]);
    expect(relation('The museum had 50,000 visitors in 2022. That figure rose 20% to 60,000 this year.')).toEqual([
      'holds',
    ]);
    expect(relation('该县去年投入资金5亿元。今年其投入增长20%,达到6亿元。')).toEqual(['holds']);
  });

  it('a change with no level of its own takes the level of the same measure a sentence or two before', () => {
    expect(relation('全年全省接待游客1.26亿人次。与上年相比,接待游客增加2100万人次,增长20%。')).toEqual(['holds']);
    expect(relation('全年全省接待游客1.26亿人次。与上年相比,接待游客增加2100万人次,增长30%。')).toEqual(['fails']);
    expect(
      relation(
        "The museum welcomed 1.26 million visitors in 2023. Compared with 2022, the museum's visitors rose by 210,000, an increase of 20%.",
      ),
    ).toEqual(['holds']);
    expect(relation('全年全省接待游客1.26亿人次。全省旅游收入增加210亿元,增长20%。')).toEqual(['unverifiable']);
  });

  it('an overall rate is the change of the sum of the changes before it', () => {
    expect(
      relation(
        'Car sales rose 10.0% to 110,000 and truck sales rose 20.0% to 24,000, for an overall increase of 11.7%.',
      ),
    ).toEqual(['unverifiable', 'unverifiable', 'holds']);
    expect(
      relation(
        'Car sales rose 10.0% to 110,000 and truck sales rose 20.0% to 24,000, for an overall increase of 15.0%.',
      ),
    ).toEqual(['unverifiable', 'unverifiable', 'fails']);
    expect(relation('一季度出口增长10.0%,达到1100亿元;进口增长20.0%,达到240亿元,总体增长11.7%。')).toEqual([
      'unverifiable',
      'unverifiable',
      'holds',
    ]);
  });

  it('a strong break parts two measures', () => {
    expect(relation('Revenue rose from $1bn to $2bn, while costs were up 15%.')).toEqual(
      expect.arrayContaining(['unverifiable']),
    );
    expect(relation('Exports grew 8% to $310 billion; imports rose 3% to $270 billion.')).toEqual([
      'unverifiable',
      'unverifiable',
    ]);
  });

  it('a change said as an amount and a rate: the base is the end less the change', () => {
    expect(relation('Shares rose 10 cents, or about 5%, to $2.10.')).toEqual(['holds']);
    expect(relation('全市完成投资115亿元,比上年增加15亿元,增长15%。')).toEqual(['holds']);
    expect(relation('全市完成投资115亿元,比上年增加15亿元,增长25%。')).toEqual(['fails']);
  });

  it('percentage points are differences of two percentages', () => {
    expect(relation('The jobless rate rose 0.5 percentage points, from 4.1% to 4.6%.')).toEqual(['holds']);
    expect(relation('The jobless rate rose 1.5 percentage points, from 4.1% to 4.6%.')).toEqual(['fails']);
    expect(relation('城镇失业率为5.4%,比上月的5.1%上升0.3个百分点。')).toEqual(['holds']);
    expect(relation('城镇失业率为5.4%,较上年提高0.6个百分点。')).toEqual(['unverifiable']);
  });
});

describe('relation: multipliers', () => {
  it.each([
    ['Revenue more than doubled from $2.1bn in 2020 to $4.6bn in 2021.', ['holds']],
    ['Revenue more than tripled from $2.1bn in 2020 to $4.6bn in 2021.', ['fails']],
    ['Visitor numbers doubled, from 3.1 million in 2015 to 6.2 million in 2024.', ['holds']],
    ['Visitor numbers doubled, from 3.1 million in 2015 to 4.9 million in 2024.', ['fails']],
    ['The new hub covers 60,000 square metres, twice the 30,000 square metres of the old one.', ['holds']],
    ['The new hub covers 90,000 square metres, twice the 30,000 square metres of the old one.', ['fails']],
    ['该机场货运量从2019年的3万吨翻了一番,达到2021年的6万吨。', ['holds']],
    ['货运量由 12 万吨增至 36 万吨,翻两番。', ['fails']],
    ['货运量由 12 万吨增至 48 万吨,翻两番。', ['holds']],
    ['今年的包裹量为 930 万件,是去年 310 万件的三倍。', ['holds']],
    ['今年的包裹量为 620 万件,是去年 310 万件的三倍。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it('增长了N倍 counts the increase: ×(N+1)', () => {
    expect(relation('该市出口额从2019年的21亿元增长到63亿元,增长了两倍。')).toEqual(['holds']);
    expect(relation('该市出口额从2019年的21亿元增长到42亿元,增长了两倍。')).toEqual(['fails']);
  });

  it('扩大两倍 reads ×2 or ×3: a verdict only when both agree, and the message says so', () => {
    const both = findingsOf('relation', '园区面积由2万平方米扩大到7万平方米,扩大两倍以上。');
    expect(both).toMatchObject([{ verdict: 'holds' }]);
    expect(both[0]?.message).toMatch(/may mean ×2 or ×3: holds either way/);
    expect(relation('园区面积由20,000平方米扩大到30,000平方米,扩大两倍。')).toEqual(['fails']);
    expect(relation('园区面积由20,000平方米扩大到42,000平方米,扩大两倍。')).toEqual(['unverifiable']);
  });

  it('a multiplier without two figures to compare is unverifiable; an adverb is no claim', () => {
    expect(relation('Operating profit more than doubled to $240 million.')).toEqual(['unverifiable']);
    expect(relation('The minister visited the hub twice.')).toEqual([]);
  });
});

describe('relation: directions, shares and conversions', () => {
  it.each([
    ['The deficit narrowed from $9.2 billion to $7.4 billion.', ['holds']],
    ['The deficit narrowed from $7.4 billion to $9.2 billion.', ['fails']],
    ['城乡收入差距由2.8万元缩小到3.1万元。', ['fails']],
    ['Less than half of the 800 ventilators arrived — 350 in all.', ['holds']],
    ['Less than half of the 800 ventilators arrived — 450 in all.', ['fails']],
    ['在全市4000家企业中,约四分之一(1010家)为外资企业。', ['holds']],
    ['全年新增就业9.6万人,其中青年就业4.8万人,占比50%。', ['holds']],
    ['全年新增就业9.6万人,其中青年就业4.8万人,占比60%。', ['fails']],
    ['The park covers 40,000 square metres, or about 4 hectares.', ['holds']],
    ['The park covers 40,000 square metres, or about 40 hectares.', ['fails']],
    ['项目占地20万平方米,约合300亩。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it('a currency conversion in parentheses is one quantity, not a relation to check', () => {
    expect(relation('Retail sales reached 41.76 trillion yuan ($5.82 trillion) last year.')).toEqual([]);
  });
});

describe('relation: a share of a part listed in an earlier sentence', () => {
  it.each([
    [
      'Trade totalled 41.77 trillion yuan in 2023, of which exports were 23.77 trillion yuan and imports 18 trillion yuan. Exports accounted for 56.9% of the total.',
      ['holds'],
    ],
    [
      'Trade totalled 41.77 trillion yuan in 2023, of which exports were 23.77 trillion yuan and imports 18 trillion yuan. Imports accounted for 52% of the total.',
      ['fails'],
    ],
    [
      '2023年全市工业总产值5200亿元,其中电子产品产值1820亿元,汽车产值1040亿元。汽车占全市工业总产值的20%,电子产品占全市的40%。',
      ['holds', 'fails'],
    ],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it('a share that names no listed part, or several, is not tied to one', () => {
    expect(
      relation('2023年全市工业总产值5200亿元,其中电子产品产值1820亿元,汽车产值1040亿元。民营企业占全市的60%。'),
    ).toEqual(['unverifiable']);
    expect(
      relation(
        'Trade totalled 41.77 trillion yuan, of which exports were 23.77 trillion yuan and imports 18 trillion yuan. Exports and imports accounted for 56.9% of the total.',
      ),
    ).toEqual(['unverifiable']);
  });
});

describe('relation: a base named by the year before and a verb', () => {
  it.each([
    ['全年完成固定资产投资1500亿元,比上年增长20%,上年完成1250亿元。', ['holds']],
    ['全年完成固定资产投资1500亿元,比上年增长30%,上年完成1250亿元。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('relation: a comparison that names both sides before its multiplier', () => {
  it.each([
    ['城镇居民人均可支配收入5.12万元,农村居民人均可支配收入2.05万元,城镇是农村的2.5倍。', ['holds']],
    ['城镇居民人均可支配收入5.12万元,农村居民人均可支配收入2.05万元,城镇是农村的3.5倍。', ['fails']],
    ['今年全省粮食产量612万吨,棉花产量48万吨,粮食产量为棉花的12.75倍。', ['holds']],
    // sides it does not name among the figures before it: nothing to compute
    ['城镇居民人均可支配收入5.12万元,农村居民人均可支配收入2.05万元,东部是西部的2.5倍。', ['unverifiable']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('relation: figures written in digits before 万 and 亿 are as precise as their digits', () => {
  it.each([
    ['今年前三季度,全市地区生产总值达到3200亿元,同比增长6.7%,去年同期为3000亿元。', ['holds']],
    ['今年前三季度,全市地区生产总值达到3200亿元,同比增长9.7%,去年同期为3000亿元。', ['fails']],
    ['该市常住人口由2010年的800万人增加到2020年的1000万人,增长35%。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('relation: an amount per unit of time against the same amount said bare', () => {
  it.each([
    [
      'Rents in the district have nearly doubled since 2019: the average flat now costs £1,450 a month, compared with £1,030 five years ago.',
      ['fails'],
    ],
    ['Wages rose to $25 an hour from $20, an increase of 25%.', ['holds']],
    ['该厂年产量由10万吨提高到每年50万吨,增长4倍。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it('is no unit mismatch', () => {
    expect(verdictsOf('unit-mismatch', 'Wages rose to $25 an hour from $20, an increase of 25%.')).toEqual(['holds']);
  });
});

describe('relation: "hit" states the level reached, not a bound passed', () => {
  it.each([
    ['Sales hit $1.2 billion in 2023, up 20% from $1.0 billion.', ['holds']],
    ['Sales hit $1.2 billion in 2023, up 50% from $1.0 billion.', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});
