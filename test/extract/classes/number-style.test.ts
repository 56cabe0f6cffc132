import { describe, expect, it } from 'vitest';
import { figures, values } from './helpers.js';

// Texts written for these tests. Each class is a mis-scale when read wrong: a number read as two,
// or a group read as decimals.

describe('thousands grouped with spaces', () => {
  it('a chain of space groups is one number, in either language', () => {
    expect(values('The census counted 14 208 377 residents.')).toEqual([['14 208 377', 14208377]]);
    expect(values('全市常住人口为14 208 377。')).toEqual([['14 208 377', 14208377]]);
  });

  it('no-break and thin spaces group thousands', () => {
    expect(values('Turnover was 7\u202f450 tonnes and 3\u00a0912 boxes.')).toEqual([
      ['7\u202f450 tonnes', 7450],
      ['3\u00a0912', 3912],
    ]);
    expect(values('出口7\u2009450吨。')).toEqual([['7\u2009450吨', 7450]]);
  });

  it('in a text that groups with spaces, a group before decimals belongs to the number', () => {
    const text = 'Debt stood at 1 204 880 million. Spending reached €3 518.2 bn in the year.';
    expect(values(text)).toContainEqual(['€3 518.2 bn', 3518.2e9]);
    expect(values('政府债务为1 204 880亿元，支出3 518.2亿元。')).toContainEqual(['3 518.2亿元', 351820000000]);
  });

  it('an amount with a currency sign before a space group is one number, even alone', () => {
    expect(values('Spending reached €3 518.2 bn.')).toEqual([['€3 518.2 bn', 3518.2e9]]);
    expect(values('支出达€3 518.2亿。')).toEqual([['€3 518.2亿', 351820000000]]);
  });

  it('a space before a compound adjective or a second number still parts two figures', () => {
    expect(values('They held 4 200-metre heats.')).toEqual([
      ['4', 4],
      ['200-metre', 200],
    ]);
    expect(values('Of the 9 612 012 votes, 4 200-metre heats were run.')).toContainEqual(['4', 4]);
  });
});

describe('document number style', () => {
  it('a text that writes decimal commas reads every comma as decimal, every point as a group', () => {
    const text = 'Der Umsatz stieg um 4,75 % auf 2.918 Euro; 12,5 % mehr als 1.204.331 im Vorjahr, je 3,125 kg.';
    expect(values(text)).toEqual([
      ['4,75 %', 4.75],
      ['2.918 Euro', 2918],
      ['12,5 %', 12.5],
      ['1.204.331', 1204331],
      ['3,125 kg', 3.125],
    ]);
  });

  it('a text with decimal points keeps commas as groups', () => {
    expect(values('Sales were 3,125 units, up 4.5% on 2,918.')).toEqual([
      ['3,125', 3125],
      ['4.5%', 4.5],
      ['2,918', 2918],
    ]);
    expect(values('销量为3,125台，增长4.5%。')).toEqual([
      ['3,125台', 3125],
      ['4.5%', 4.5],
    ]);
  });

  it('Indian grouping: groups of two before the last three', () => {
    expect(values('The scheme paid Rs 3,45,12,800 to 12,34,567 farmers.')).toEqual([
      ['Rs 3,45,12,800', 34512800],
      ['12,34,567', 1234567],
    ]);
  });

  it('a group typed apart after its comma ("629, 088") is still a group: no number opens with 0', () => {
    expect(values('Turnout reached 412, 075 voters.')).toEqual([['412, 075', 412075]]);
    expect(values('投票人数为412, 075。')).toEqual([['412, 075', 412075]]);
    expect(values('Scores were 4, 12 and 9.').map(([t]) => t)).toEqual(['4', '12', '9']);
  });
});

describe('currency from the document', () => {
  it('a bare $ in a text set in Australia, New Zealand, Canada or Singapore', () => {
    expect(figures("Melbourne council approved $12m for roads, Australia's biggest grant.")[0]).toMatchObject({
      text: '$12m',
      unit: 'AUD',
    });
    expect(figures('Auckland hospitals got $40 million, New Zealand officials said.')[0]).toMatchObject({
      unit: 'NZD',
    });
    expect(figures('Toronto transit will cost $3.1 billion, Ontario said.')[0]).toMatchObject({ unit: 'CAD' });
    expect(figures('新加坡政府拨款$5亿，新加坡卫生部说。')[0]).toMatchObject({ unit: 'SGD' });
    // one mention in a short text does not set it there
    expect(figures('Apple sold $5bn of phones; sales in Australia rose.')[0]).toMatchObject({ unit: 'USD' });
  });

  it('US$ and "US dollars" stay USD; a text naming both places says it is undecided', () => {
    expect(figures('Sydney firms raised US$5m.')[0]).toMatchObject({ unit: 'USD' });
    const mixed = figures('Canberra and Washington each pledged $2bn; Australia and the United States agreed.');
    expect(mixed[0]).toMatchObject({ unit: 'USD' });
    expect(mixed[0]?.note).toMatch(/AUD/);
  });

  it('the article "A" is no Australian dollar', () => {
    expect(figures('A $2.5 million grant was paid.')[0]).toMatchObject({ text: '$2.5 million', unit: 'USD' });
  });

  it('元 in a Hong Kong or Taiwan text; 人民幣 stays CNY', () => {
    expect(figures('香港政府今年賣地收入達47.7億元。')[0]).toMatchObject({ unit: 'HKD' });
    expect(figures('台灣上月出口達5,200億元，創新高。')[0]).toMatchObject({ unit: 'TWD' });
    expect(figures('香港銀行人民幣存款達8,000億元人民幣。')[0]).toMatchObject({ unit: 'CNY' });
    expect(figures('全国财政收入为12万亿元。')[0]).toMatchObject({ unit: 'CNY' });
  });

  it('the words of Hong Kong and Taiwan news that name no city still set the place', () => {
    expect(figures('財政司司長預計赤字為481億元，訪港旅客上升。')[0]).toMatchObject({ unit: 'HKD' });
    expect(figures('主計總處預估全年稅收為3,200億元。')[0]).toMatchObject({ unit: 'TWD' });
    expect(figures('Calgary will spend $1.2 billion on transit, Alberta said.')[0]).toMatchObject({ unit: 'CAD' });
  });

  it('元 in a traditional-script text with no place named: CNY, with a note', () => {
    const [f] = figures('這個項目總值為30億元，經濟學家說這對當地發展很重要。');
    expect(f).toMatchObject({ unit: 'CNY' });
    expect(f?.note).toMatch(/元/);
  });
});

describe('Chinese numerals written digit by digit', () => {
  it('with a decimal point, and before a big unit', () => {
    expect(values('上月出口七二〇．四億美元，年增二十六．八％，是前年的一．九倍。')).toEqual([
      ['七二〇．四億美元', 72040000000],
      ['二十六．八％', 26.8],
      ['一．九倍', 1.9],
    ]);
    expect(values('全年出口四五〇三億美元。')).toEqual([['四五〇三億美元', 450300000000]]);
  });

  it('two digits before a unit are an estimate, and a list marker is no decimal', () => {
    expect(values('约三四万人参加。').map(([, v]) => v)).not.toContain(340000);
    expect(values('一.概况\n二.三季度增长5%').map(([t]) => t)).toEqual(['5%']);
  });

  it('English decimals are unaffected', () => {
    expect(values('Exports rose 26.8% to $72.04bn.')).toEqual([
      ['26.8%', 26.8],
      ['$72.04bn', 72.04e9],
    ]);
  });
});

describe('¥ is yuan or yen by the place the text is set in', () => {
  it('English and Chinese', () => {
    expect(figures('Nintendo, based in Kyoto, Japan, earned ¥1.6tn.')[0]).toMatchObject({ unit: 'JPY' });
    expect(figures('日本东京的公司利润达¥800亿。')[0]).toMatchObject({ unit: 'JPY' });
    expect(figures('北京一家公司利润达¥800亿元。')[0]).toMatchObject({ unit: 'CNY' });
  });

  it('no place named: CNY, and a note', () => {
    const [f] = figures('Profit was ¥5bn.');
    expect(f).toMatchObject({ unit: 'CNY' });
    expect(f?.note).toMatch(/¥/);
  });
});

describe('one digit after a comma before a scale or a percent sign is a decimal', () => {
  it('in both languages, in a text that otherwise writes decimal points', () => {
    expect(values('Growth was 2,5% and the deal 3,5 bn euros.')).toEqual([
      ['2,5%', 2.5],
      ['3,5 bn euros', 3.5e9],
    ]);
    expect(values('今年增长2,5%。')).toEqual([['2,5%', 2.5]]);
    expect(values('Scores 1,2 and 3.').map(([, v]) => v)).toEqual([1, 2, 3]);
  });
});
