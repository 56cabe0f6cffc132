import { describe, expect, it } from 'vitest';
import { figures, values } from './helpers.js';

// Texts written for these tests: the ways papers of one country or another write their figures.

describe('a scale word hyphenated to its number is still its scale', () => {
  it('Canadian style: $26-billion, 2.8-million', () => {
    expect(values('The utility agreed to a $26-billion takeover; the city has 2.8-million residents.')).toEqual([
      ['$26-billion', 2.6e10],
      ['2.8-million', 2.8e6],
    ]);
  });

  it('with a currency sign of its own and a per-cent word', () => {
    expect(
      figures('The province set aside C$870-million and a 5-per-cent raise.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [8.7e8, 'CAD'],
      [5, '%'],
    ]);
  });

  it('a hyphen before a word that is no scale joins nothing', () => {
    expect(values('They won 3-nil with a 12-man squad.').map(([, v]) => v)).toEqual([3, 12]);
  });
});

describe('currency signs as each press writes them', () => {
  it('Australian and New Zealand papers put the country after the sign', () => {
    expect(
      figures('The deal is worth $US1.2 billion, with $A300 million and $NZ45m in fees.').map((f) => [f.value, f.unit]),
    ).toEqual([
      [1.2e9, 'USD'],
      [3e8, 'AUD'],
      [4.5e7, 'NZD'],
    ]);
  });

  it('Kenyan papers write the shilling Sh', () => {
    expect(figures('Banks lent Sh2.1 trillion to small firms.')[0]).toMatchObject({ value: 2.1e12, unit: 'KES' });
  });

  it('新臺幣 and 臺幣 in traditional script are the Taiwan dollar', () => {
    expect(figures('該公司去年營收達新臺幣3,200億元，另有臺幣50萬元捐款。').map((f) => [f.value, f.unit])).toEqual([
      [3.2e11, 'TWD'],
      [5e5, 'TWD'],
    ]);
  });
});

describe('pounds are money in a sentence of money, mass where something is weighed', () => {
  it('with a price word, another currency, or pence', () => {
    expect(
      figures('Tickets cost at least 15 pounds. She owes 1,250 euros and 300 pounds. Shares rose to 4.20 pounds.')
        .filter((f) => f.text.includes('pounds'))
        .map((f) => f.unit),
    ).toEqual(['GBP', 'GBP', 'GBP']);
  });

  it('weighed, or alone: a mass', () => {
    expect(
      figures('The catch weighed 30 pounds and sold for 200 dollars. The baby was 8 pounds.').map((f) => f.unit),
    ).toEqual(['lb', 'USD', 'lb']);
  });

  it('英镑 is money and 磅 a mass in Chinese', () => {
    expect(figures('这条鱼重30磅，卖了200英镑。').map((f) => f.unit)).toEqual(['lb', 'GBP']);
  });
});

describe('compound adjectives of rates, bounds, scales and multiples', () => {
  it('a rate, a bound and a fraction of a scale hyphenated into the phrase', () => {
    expect(
      figures(
        'The £1.2bn-a-year deal, a $50,000-a-week fee, a $1 billion-plus bid and a half-billion dollar plan.',
      ).map((f) => [f.value, f.unit, f.qualifier]),
    ).toEqual([
      [1.2e9, 'GBP/year', undefined],
      [50000, 'USD/week', undefined],
      [1e9, 'USD', 'at-least'],
      [5e8, 'USD', undefined],
    ]);
  });

  it('an x glued to a number multiplies; not in a code or a size', () => {
    expect(figures('The shares trade at 3.5x earnings, up from 2x.').map((f) => [f.value, f.kind])).toEqual([
      [3.5, 'multiplier'],
      [2, 'multiplier'],
    ]);
    expect(figures('A 4x4 truck with a 336x280 banner.')).toEqual([]);
  });

  it('倍 multiplies in Chinese', () => {
    expect(figures('出口额是去年的3.5倍。')[0]).toMatchObject({ value: 3.5, kind: 'multiplier' });
  });
});

describe('the rand is written R, glued to an amount', () => {
  it('amounts with a scale, decimals or three digits', () => {
    expect(
      figures('Load shedding cost R1.2 billion a day; the rand closed at R18.35 and a permit costs R250.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [1.2e9, 'ZAR/day'],
      [18.35, 'ZAR'],
      [250, 'ZAR'],
    ]);
  });

  it('R and a digit or two is a name', () => {
    expect(figures('The R2-D2 toy sold on the R1 road.')).toEqual([]);
  });

  it('兰特 after the amount in Chinese', () => {
    expect(figures('电力短缺每天造成12亿兰特损失。')[0]).toMatchObject({ value: 1.2e9, unit: 'ZAR' });
  });
});

describe('rents as agents write them', () => {
  it('pw and pcm after the amount', () => {
    expect(figures('Rent is $650pw in Sydney and £1,200 pcm in Leeds.').map((f) => f.unit)).toEqual([
      'USD/week',
      'GBP/month',
    ]);
  });

  it('每周 and 每月 before the amount', () => {
    expect(figures('悉尼租金每周650澳元，利兹每月1200英镑。').map((f) => f.unit)).toEqual(['AUD/week', 'GBP/month']);
  });
});
