import { describe, expect, it } from 'vitest';
import { verdictsOf } from './run.js';

const arithmetic = (text: string): string[] => verdictsOf('arithmetic', text);

describe('arithmetic', () => {
  it.each([
    ['Of the 1,200 workers, 700 are local and 500 are foreign.', ['holds']],
    ['Of the 1,200 workers, 700 are local and 600 are foreign.', ['fails']],
    ['A total of 9,400 tickets were sold: 5,100 online and 4,300 at the gate.', ['holds']],
    ['A total of 9,400 tickets were sold: 5,100 online and 4,100 at the gate.', ['fails']],
    ['The three clubs won 14, 11 and 9 medals, a combined 34.', ['holds']],
    ['该中心共有员工1200名,其中本地员工800名,外籍员工400名。', ['holds']],
    ['该中心共有员工1200名,其中本地员工800名,外籍员工600名。', ['fails']],
    ['全年财政收入860亿元。其中,税收收入610亿元,非税收入250亿元。', ['holds']],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));

  it('a 其中 list short of its total may be a selection: no verdict, unless it names the rest', () => {
    expect(arithmetic('全年粮食产量1.2亿吨,其中稻谷3000万吨,小麦2500万吨。')).toEqual([]);
    expect(arithmetic('全年财政收入860亿元,其中税收收入410亿元,非税收入250亿元。')).toEqual(['fails']);
  });

  it('a sentence without a total word is not a sum; 另有 is outside the total', () => {
    expect(arithmetic('The hub employs 1,200 workers, 700 local and 500 foreign.')).toEqual([]);
    expect(arithmetic('全市共有公园12个,其中市级公园5个;另有社区公园30个。')).toEqual([]);
  });

  it('a surplus is exports less imports; a profit revenue less costs', () => {
    expect(arithmetic('Exports came to $61.2bn and imports to $48.9bn, leaving a trade surplus of $12.3bn.')).toEqual([
      'holds',
    ]);
    expect(arithmetic('出口额和进口额分别为520亿美元和410亿美元,实现贸易顺差130亿美元。')).toEqual(['fails']);
    expect(arithmetic('Sales were £14.2m and costs £11.9m, giving an operating profit of £2.3m.')).toEqual(['holds']);
  });

  it('an absolute change against its two ends', () => {
    expect(
      arithmetic('Output grew from 2.40 million tonnes to 2.65 million tonnes, a rise of 250,000 tonnes.'),
    ).toEqual(['holds']);
    expect(arithmetic('全市粮食产量由52.4万吨增至58.1万吨,增加了7.7万吨。')).toEqual(['fails']);
    expect(arithmetic('该县今年投入资金6.3亿元,比上年增加1.1亿元。上年投入5.2亿元。')).toEqual(['holds']);
  });

  it('an average per day times the days it covers', () => {
    expect(
      arithmetic('The park had an average of 1,200 visitors daily for March 1 to March 10, for a total of 12,000.'),
    ).toEqual(['holds']);
    expect(
      arithmetic('The park had an average of 1,200 visitors daily for March 1 to March 10, for a total of 15,000.'),
    ).toEqual(['fails']);
    expect(arithmetic('黄金周共7天。全市接待游客1400万人次,日均200万人次。')).toEqual(['holds']);
    expect(arithmetic('黄金周共7天。全市接待游客1400万人次,日均250万人次。')).toEqual(['fails']);
  });
});

describe('arithmetic: a difference whose sides another sentence states', () => {
  it.each([
    [
      'The trade surplus widened to $24.5 billion in March. March exports were $212.4 billion, while imports came to $187.9 billion.',
      ['holds'],
    ],
    ['2023年,我国贸易顺差为5.8万亿元。2023年出口23.77万亿元,进口17.99万亿元。', ['holds']],
    // sides that do not give the result may be of something narrower: not a failure
    [
      'The trade surplus widened to $24.5 billion in March. March exports to Canada were $212.4 billion, while imports came to $177.9 billion.',
      ['unverifiable'],
    ],
    // another period: not the same difference
    ['2023年,我国贸易顺差为5.8万亿元。2022年出口23.97万亿元,进口17.99万亿元。', []],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('arithmetic: a net change and the gain and loss it nets, in another sentence', () => {
  it.each([
    [
      'Employers added 175,000 jobs in April. Services gained 210,000 jobs while manufacturing shed 35,000 jobs.',
      ['holds'],
    ],
    ['一季度,全市就业岗位净增加1.2万个。服务业岗位增加3.5万个,而制造业岗位减少2.3万个。', ['holds']],
    // a gain and a loss that do not net to it are of other measures (two sectors of many): nothing to say
    ['Employers added 175,000 jobs in April. Retail gained 50,000 jobs while manufacturing shed 10,000 jobs.', []],
    ['一季度,全市就业岗位净增加1.2万个。服务业岗位增加3.5万个,而制造业岗位减少1.3万个。', []],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('arithmetic: a total word closing the list it sums', () => {
  it.each([
    ['The city spent $12 million on roads and $8 million on parks, a total of $20 million.', ['holds']],
    ['The city spent $12 million on roads and $8 million on parks, a total of $22 million.', ['fails']],
    ['今年该市修路投入12亿元，公园投入8亿元，总计20亿元。', ['holds']],
    // a total that names a measure of its own may be of more than the figures before it
    ['上半年,全省出口机电产品1.2万亿元,出口劳动密集型产品0.4万亿元,全省出口总额2.3万亿元。', []],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('arithmetic: an average over the days it spans, and a surplus among the parts', () => {
  it.each([
    ['春运40天,全市共发送旅客1200万人次,日均发送30万人次。', ['holds']],
    ['春运40天,全市共发送旅客1200万人次,日均发送40万人次。', ['fails']],
    // the surplus after 其中 is the difference of two parts, not a third part
    ['全年进出口总额1.2万亿元,其中出口7000亿元,进口5000亿元,贸易顺差2000亿元。', ['holds', 'holds']],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});
