import { describe, expect, it } from 'vitest';
import { verdictsOf } from './run.js';

const relation = (text: string): string[] => verdictsOf('relation', text);

describe('a rate against one end and the absolute change counts the end once', () => {
  it.each([
    ['Net income grew by $150 million, or 12%, to $1.6 billion.', ['fails']],
    ['Net income grew by $150 million, or 10%, to $1.6 billion.', ['holds']],
    ['营业收入16亿元,比上年增加1.5亿元,增长12%。', ['fails']],
    ['营业收入16亿元,比上年增加1.5亿元,增长10.3%。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

const arithmetic = (text: string): string[] => verdictsOf('arithmetic', text);

describe('a figure counting the items of a list is no part of it', () => {
  it.each([
    ['The two factories build 640,000 and 410,000 cars a year respectively, a combined 1.05 million.', []],
    ['The two plants made 640,000 and 410,000 cars respectively, a combined 1.15 million.', ['fails']],
    ['两地分别接待游客120万和85万,合计205万。', ['holds']],
    ['两个园区分别引进项目46个和38个,合计94个。', ['fails']],
  ])('%s', (text, verdicts) => expect(arithmetic(text)).toEqual(verdicts));
});

describe('a bare end of a change is said in the unit of the other end', () => {
  const units = (text: string): string[] => verdictsOf('unit-mismatch', text);
  it.each([
    ['Output at the mine was 18% higher than a year ago at 4.1 million tonnes, up from 3.6 million.', ['fails']],
    ['Output at the mine was 14% higher than a year ago at 4.1 million tonnes, up from 3.6 million.', ['holds']],
    ['全县粮食产量达到12.6万吨,比上年的11.2万增长25%。', ['fails']],
    ['全县粮食产量达到12.6万吨,比上年的11.2万增长12.5%。', ['holds']],
  ])('%s', (text, verdicts) => {
    expect(relation(text)).toEqual(verdicts);
    expect(units(text)).toEqual(['holds']);
  });
});

describe('words between a base word and the base: revised, whose figure, over the', () => {
  it.each([
    ['Housing starts plunged 14.8% to 1.33 million units, from a revised 1.56 million in May.', ['holds']],
    ['Housing starts plunged 4.8% to 1.33 million units, from a revised 1.56 million in May.', ['fails']],
    ["Mortgage approvals fell to 43,700, 15% below September's 46,000.", ['fails']],
    ["Mortgage approvals fell to 43,700, 5% below September's 46,000.", ['holds']],
    [
      'Revenue at the division was $3.9 billion, a 25% increase over the $3.39 billion it earned a year before.',
      ['fails'],
    ],
    ['全年外贸进出口总额达到5.46万亿元,比上年修订后的5.2万亿元增长8%。', ['fails']],
    ['本月成交4.37萬套,較上月經修訂的4.6萬套下跌5%。', ['holds']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('a span that says when stands between a base word and the base as a year does', () => {
  it.each([
    ['住户存款余额达到140万亿元,比十年前的46万亿元增长了两倍。', ['holds']],
    ['住户存款余额达到140万亿元,比十年前的46万亿元增长了三倍。', ['fails']],
    ['Deposits reached $14 trillion, three times the $4.6 trillion of ten years ago.', ['holds']],
    ['Deposits reached $14 trillion, four times the $4.6 trillion of ten years ago.', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('points of a rate against the earlier rate it is set beside, signed by their own words', () => {
  it.each([
    ['12月份,居民消费价格同比上涨0.8%,比11月份的0.5%扩大0.3个百分点。', ['holds', 'unverifiable']],
    ['12月份,居民消费价格同比上涨0.8%,比11月份的0.5%扩大0.5个百分点。', ['fails', 'unverifiable']],
    ['居民消费价格同比上涨0.8%,比上月的1.1%回落0.3个百分点。', ['holds', 'unverifiable']],
    [
      'Consumer prices rose 2.1% in May from a year earlier, down from 2.4% in April, a slowdown of 0.3 percentage point.',
      ['holds', 'unverifiable'],
    ],
    [
      'Consumer prices rose 2.1% in May from a year earlier, down from 2.4% in April, an acceleration of 0.3 percentage point.',
      ['fails', 'unverifiable'],
    ],
  ])('%s', (text, verdicts) => expect(relation(text).sort()).toEqual(verdicts));
});

describe('change words of other styles: 成長 and 衰退 (Taiwan), wire verbs', () => {
  it.each([
    ['台灣今年出口總值4,750億美元,較去年的4,324億美元成長9.9%。', ['holds']],
    ['該公司營收新台幣820億元,較去年的900億元衰退12%。', ['fails']],
    ['Shares of the miner advanced 9.9% to $47.50 from $43.24.', ['holds']],
    ['Copper output dipped 12% to 820,000 tonnes from 900,000 tonnes.', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('a named ratio whose whole is the total a clause before', () => {
  it.each([
    ['年末全市常住人口1280万人,其中城镇人口1030万人,城镇化率为80.5%。', ['holds']],
    ['全市共有常住人口825万人,其中城镇人口610万人,城镇化率为78.9%。', ['fails']],
    [
      'The country has 2.36 million registered voters, of which 1.04 million cast a ballot, a turnout of 48.1%.',
      ['fails'],
    ],
    // no link to the clause before: the whole is not known
    [
      'The roll listed 2.36 million registered voters, and of them 1.04 million cast a ballot, a turnout of 48.1%.',
      ['unverifiable'],
    ],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});

describe('present and future forms of change verbs', () => {
  it.each([
    ['The airline said its workforce would shrink by a fifth, to 8,000 from 10,500.', ['fails']],
    ['The airline said its workforce would shrink by a fifth, to 8,400 from 10,500.', ['holds']],
    ['Sales are expected to climb 4% to $5.2 billion next year from $5.0 billion.', ['holds']],
    ['预计今年该厂产量将下降两成,由10.5万辆降至7.2万辆。', ['fails']],
  ])('%s', (text, verdicts) => expect(relation(text)).toEqual(verdicts));
});
