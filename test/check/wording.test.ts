import { describe, expect, it } from 'vitest';
import { verdictsOf } from './run.js';

const relation = (text: string): string[] => verdictsOf('relation', text);
const arithmetic = (text: string): string[] => verdictsOf('arithmetic', text);
const across = (files: Record<string, string>): string[] => verdictsOf('cross-source', files);

describe('rates named as a size of change', () => {
  it.each([
    ['该区注册会员由2019年的250万人增加到2022年的300万人,增幅为20%。', ['holds']],
    ['该区注册会员由2019年的250万人增加到2022年的300万人,增幅为30%。', ['fails']],
    ['某集团净利润由上年的50亿元降至45亿元,降幅为10%。', ['holds']],
    ['某集团净利润由上年的50亿元降至45亿元,降幅达20%。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('a base named after the month a year before', () => {
  it.each([
    ['本市上月酒店入住人次為230萬,按年上升15%,去年同月為200萬。', ['holds']],
    ['本市上月酒店入住人次為230萬,按年上升25%,去年同月為200萬。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('"made up" states a share, not a rise', () => {
  it.each([
    ['Services made up 64% of the bank’s $2.5 billion in income, or $1.6 billion.', ['holds']],
    ["Services made up 46% of the bank's $2.5 billion in income, or $1.6 billion.", ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('a word that only holds a total word is none', () => {
  it('公共 of 公共卫生 is no 共 (a total)', () => {
    expect(arithmetic('全区共有学校140所,其中小学82所,中学40所,公共实训基地18所。')).toEqual(['holds']);
    expect(arithmetic('全区共有学校140所,其中小学82所,中学40所,公共实训基地28所。')).toEqual(['fails']);
  });
});

describe('a deficit and a surplus are of the same two sides, each with its sign', () => {
  it.each([
    ['Exports were $41.2 billion and imports $47.5 billion, leaving a trade deficit of $6.3 billion.', ['holds']],
    ['Exports were $41.2 billion and imports $47.5 billion, leaving a trade deficit of $8.3 billion.', ['fails']],
    ['Exports were $41.2 billion and imports $47.5 billion, leaving a trade surplus of $6.3 billion.', ['fails']],
    ['全年出口额和进口额分别为520亿元和610亿元,贸易逆差90亿元。', ['holds']],
    ['全年出口额和进口额分别为520亿元和610亿元,贸易顺差90亿元。', ['fails']],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('rounded figures that only touch do not meet', () => {
  it.each([
    ['该县农业、工业和服务业投资分别为14亿元、9亿元和6亿元,合计29亿元。', ['holds']],
    ['该县农业、工业和服务业投资分别为14亿元、9亿元和6亿元,合计31亿元。', ['fails']],
    ['The three plants made 14, 9 and 6 million tonnes respectively, a combined 31 million tonnes.', ['fails']],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('cross-source: a figure of no stated period, and narrower measures', () => {
  it('a figure with no period agrees with the period of the others, but never conflicts with it', () => {
    const quarter = 'Third-quarter revenue at Halden Foods was $3.1 billion.';
    expect(across({ 'a.txt': quarter, 'b.md': 'Halden Foods revenue was $12.6 billion.' })).toEqual([]);
    expect(across({ 'a.txt': quarter, 'b.md': 'Halden Foods revenue was $3.1bn.' })).toEqual(['agree']);
    expect(across({ 'a.txt': '三季度,该公司营业收入31亿元。', 'b.md': '该公司营业收入126亿元。' })).toEqual([]);
  });

  it('net profit and total profit, tax and fiscal revenue are measures apart', () => {
    expect(across({ 'a.txt': '2023年,该集团利润总额8.4亿元。', 'b.md': '2023年该集团净利润6.2亿元。' })).toEqual([]);
    expect(
      across({
        'a.txt': 'In 2023 Halden posted operating profit of $2.4bn.',
        'b.md': 'Halden’s 2023 net income was $1.7bn.',
      }),
    ).toEqual([]);
    expect(across({ 'a.txt': '2023年全县一般公共预算收入42亿元。', 'b.md': '2023年,全县税收收入31亿元。' })).toEqual(
      [],
    );
    expect(across({ 'a.txt': '2023年该集团净利润6.2亿元。', 'b.md': '该集团2023年归母净利润为6.9亿元。' })).toEqual([
      'conflict',
    ]);
    // the name beside the figure says only "profit"; its statement's subject says which
    expect(
      across({
        'a.txt': 'Third-quarter net profit was $530 million.',
        'b.md': 'Net profit for the July–September quarter came to $580m.',
      }),
    ).toEqual(['conflict']);
  });
});

describe('real-text readings that are no claim', () => {
  it('a figure the list goes on from (、) is an item of the list, not its total', () => {
    expect(arithmetic('该市累计关停落后煤矿产能860万吨、焦化产能230万吨、电石产能45万吨。')).toEqual([]);
  });

  it('figures that count other things are no parts a total fails on', () => {
    expect(arithmetic('全省累计完成渔船改造1380艘,9个县新建避风锚地420个。')).toEqual([]);
    expect(
      arithmetic(
        'A total of 900 trains were cancelled on Friday and 640 on Saturday, stranding about 95,000 travellers.',
      ),
    ).toEqual([]);
  });

  it('a span beside another measure is no end of a change', () => {
    expect(
      verdictsOf(
        'unit-mismatch',
        'Maize output is set to rise by 12% to 8.4 million tonnes, 5% above the 20-year average.',
      ),
    ).toEqual([]);
  });

  it('a rate after a level of its own is not of two ends stated after it', () => {
    const text = '上半年,公司实现销售额412.3亿元,同比增长38.5%,市场占有率由去年同期的2.10%提高至2.45%。';
    expect(relation(text)).toEqual(['unverifiable']);
  });

  it('an average per game is no part of a total', () => {
    expect(arithmetic('本轮联赛共打进30球,场均3.8球,其中点球4个。')).toEqual([]);
  });
});

describe('conversions are read as rounded', () => {
  it.each([
    ['The village lies more than 4,800 kilometres (3,000 miles) from the coast.', ['holds']],
    ['The 1,000-kilometre (620-mile) railway opened in May.', ['holds']],
    ['The 1,000-kilometre (720-mile) railway opened in May.', ['fails']],
    ['新园区规划面积为20万平方米,约合300亩。', ['holds']],
    ['新园区规划面积为20万平方米,约合500亩。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('levels read as levels', () => {
  it('a level with a clause before its share is no whole of it', () => {
    expect(relation('全县今年新增造林面积4.2万亩,完成年度计划的105%,年度计划为4万亩。')).toEqual(['unverifiable']);
  });

  it.each([
    ['Support for the party stood at 31.5%, down from 34.2% in May, a fall of 2.7 points.', ['holds']],
    ['Support for the party stood at 31.5%, down from 34.2% in May, a fall of 3.7 points.', ['fails']],
  ])('a percentage with its base after it: %s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));

  it.each([
    ['全县常住人口52万人,城镇人口31万人,城镇化率为59.6%。', ['holds']],
    ['全县常住人口52万人,城镇人口31万人,城镇化率为65.6%。', ['fails']],
  ])('a named ratio: %s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

it('a figure that agrees with one of the sources that agree is in no conflict', () => {
  expect(
    across({
      'a.txt': 'Eastbay port handled 9.6 million TEU in 2023.',
      'b.md': '2023年,东湾港集装箱吞吐量960万标箱。',
      'c.txt': '据报道,东湾港2023年完成集装箱吞吐量958万标准箱。',
    }),
  ).toEqual(['agree']);
});

describe('measures of one subject kept apart', () => {
  it('urban and rural, goods and services, are parts of a subject named apart', () => {
    expect(
      across({
        'a.txt': '2023年,全县城镇居民人均可支配收入4.6万元。',
        'b.md': '2023年,全县农村居民人均可支配收入2.2万元。',
      }),
    ).toEqual([]);
    expect(
      across({
        'a.txt': 'Goods exports came to $310 billion in 2023.',
        'b.md': 'Services exports came to $95 billion in 2023.',
      }),
    ).toEqual([]);
    expect(
      across({
        'a.txt': '2023年,全县城镇居民人均可支配收入4.6万元。',
        'b.md': '全县2023年城镇居民人均可支配收入4.6万元。',
      }),
    ).toEqual(['agree']);
  });

  it('a part of a subject (a partner, domestic) named in one source agrees with the whole but never conflicts', () => {
    expect(across({ 'a.txt': '2023年全省出口1.5万亿元。', 'b.md': '2023年,全省对日本出口1800亿元。' })).toEqual([]);
    expect(
      across({
        'a.txt': 'Exports rose to $2.9 trillion in 2023.',
        'b.md': 'Exports to Canada came to $350 billion in 2023.',
      }),
    ).toEqual([]);
    expect(across({ 'a.txt': '2023年,该县旅游总收入96亿元。', 'b.md': '2023年,该县国内旅游收入88亿元。' })).toEqual([]);
    // a month or 对外 names no partner
    expect(
      across({
        'a.txt': 'In June, exports were $80 billion, up from May.',
        'b.md': 'June exports came to $88 billion.',
      }),
    ).toEqual(['conflict']);
    expect(
      across({ 'a.txt': '2023年全省对外贸易进出口总额8000亿元。', 'b.md': '2023年,全省外贸进出口总额8600亿元。' }),
    ).toEqual(['conflict']);
  });

  it('a percentage and an amount are no two ends of a change', () => {
    expect(verdictsOf('unit-mismatch', '该县生产总值增速达到6.2%,总量为510亿元,上年为480亿元。')).toEqual(['holds']);
    expect(relation('该县生产总值增速达到6.2%,总量为510亿元,上年为480亿元。')).toEqual(['holds']);
  });

  it('a loss is no fall past zero of the loss before it', () => {
    expect(
      relation(
        'The airline lost $640 million, compared with a loss of $520 million a year earlier, a widening of 23%.',
      ),
    ).toEqual(['unverifiable']);
  });
});

describe('a change of a narrower measure after a change of the whole', () => {
  it.each([
    'Total credits rose $400m (2%) to $20,400m. Services credits fell $50m (1%).',
    '全市旅游收入增加80亿元,增长10%,达到880亿元。乡村旅游收入增加30亿元,增长25%。',
  ])('takes no level from a statement that states its own change: %s', (text) => {
    expect(relation(text)).toEqual(['holds', 'unverifiable']);
  });
});

it('a coarser figure a last digit off the finer one may be cut, not rounded: they agree', () => {
  expect(
    across({
      'a.txt': '1—9月,全县一般公共预算收入418亿元。',
      'b.md': '前三季度,全县一般公共预算收入418.7亿元,同比增长3%。',
    }),
  ).toEqual(['agree']);
  expect(
    across({ 'a.txt': 'Exports were $41.8bn in 2023.', 'b.md': 'In 2023, exports came to $41.9 billion.' }),
  ).toEqual(['conflict']);
});
