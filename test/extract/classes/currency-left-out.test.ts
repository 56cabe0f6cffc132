import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests: amounts whose currency word is left out.
const money = (text: string): Array<[string, string, string]> => figures(text).map((f) => [f.text, f.kind, f.unit]);

describe('a bare amount after a word that names money is money', () => {
  it('Chinese leaves 元 out after 支出, 纳税, 净利润', () => {
    expect(money('去年集团税金支出约86亿，净利润达12.5亿，成为全省纳税超百亿的企业。')).toEqual([
      ['约86亿', 'money', 'CNY'],
      ['12.5亿', 'money', 'CNY'],
      ['超百亿', 'money', 'CNY'],
    ]);
  });

  it('box office, pay, funds and a deficit are money too', () => {
    expect(money('这部影片上映两周票房突破25亿，全年财政赤字约3.2万亿。')).toEqual([
      ['两周', 'duration', 'week'],
      ['突破25亿', 'money', 'CNY'],
      ['约3.2万亿', 'money', 'CNY'],
    ]);
    expect(money('該基金會去年募得善款逾3億，撥出經費1.2億。').map((m) => m[1])).toEqual(['money', 'money']);
  });

  it('in the currency of the text: 元 of a Hong Kong story is HKD', () => {
    const found = figures('香港特區政府公布，今年賣地收入約48億元。另外，補地價收入約12億，較去年增加。');
    expect(found.map((f) => [f.text, f.unit])).toEqual([
      ['約48億元', 'HKD'],
      ['約12億', 'HKD'],
    ]);
  });

  it('English names its currency: a bare billion stays a count', () => {
    expect(money('The group paid taxes of about 8.6 billion last year.')).toEqual([['about 8.6 billion', 'count', '']]);
  });

  it('a counted noun or a small number stays a count', () => {
    expect(money('投资项目共计36个，收入为3500。')).toEqual([
      ['36个', 'count', ''],
      ['3500', 'count', ''],
    ]);
  });
});

describe('a bare amount stated elsewhere in the text as money is that money', () => {
  it('a Chinese headline without 元', () => {
    expect(money('某集团7.36亿夺得市中心地块\n某集团以7.36亿元投得该地块，每平方米楼面价约3万元。')[0]).toEqual([
      '7.36亿',
      'money',
      'CNY',
    ]);
  });

  it('an English headline without its sign', () => {
    expect(money('Builder wins site for 1.9 billion\nThe builder paid €1.9 billion for the site.')[0]).toEqual([
      '1.9 billion',
      'money',
      'EUR',
    ]);
  });

  it('a different amount stays a count', () => {
    expect(money('Builder wins 1.8 billion\nThe builder paid €1.9 billion for the site.')[0]).toEqual([
      '1.8 billion',
      'count',
      '',
    ]);
  });
});
