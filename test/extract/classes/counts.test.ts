import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests: counts of things and what they count.
const counts = (text: string): Array<[string, string, number | null]> =>
  figures(text).map((f) => [f.text, f.kind, f.value]);

describe('plots, paintings and maps are counted', () => {
  it('幅 is a classifier in Chinese', () => {
    expect(counts('市政府今年推出三幅住宅用地，展出十二幅油画。')).toEqual([
      ['三幅', 'count', 3],
      ['十二幅', 'count', 12],
    ]);
  });

  it('and the same count in English', () => {
    expect(counts('The city sold three plots of land and showed twelve paintings.')).toEqual([
      ['three', 'count', 3],
      ['twelve', 'count', 12],
    ]);
  });
});

describe('a score or a tally is two counts, not a range', () => {
  it('goals and votes in English', () => {
    expect(counts('Rovers won 4-2 at home, and the board voted 7-3 to sell.')).toEqual([
      ['4', 'count', 4],
      ['2', 'count', 2],
      ['7', 'count', 7],
      ['3', 'count', 3],
    ]);
  });

  it('goals in Chinese, with a dash or a colon', () => {
    expect(counts('主队客场4-2取胜，另一场2:0完胜。')).toEqual([
      ['4', 'count', 4],
      ['2', 'count', 2],
      ['2', 'count', 2],
      ['0', 'count', 0],
    ]);
  });

  it('a rising pair is still a range, and a code with a leading zero no figure', () => {
    expect(figures('Shares rose 2-4% and 10-15 people came; call 555-0142.').map((f) => f.text)).toEqual([
      '2-4%',
      '10-15',
    ]);
    expect(figures('客场1-3告负。').map((f) => f.text)).toEqual(['1-3']);
  });
});

describe('places of capacity are counted', () => {
  it('客位, 床位 and 车位 in Chinese', () => {
    expect(counts('淘汰客船2艘/380客位，新医院有650床位、1200车位。')).toEqual([
      ['2艘', 'count', 2],
      ['380客位', 'count', 380],
      ['650床位', 'count', 650],
      ['1200车位', 'count', 1200],
    ]);
  });

  it('berths, beds and parking spaces in English', () => {
    expect(counts('Two ferries with 380 berths went; the hospital has 650 beds and 1,200 parking spaces.')).toEqual([
      ['Two', 'count', 2],
      ['380', 'count', 380],
      ['650', 'count', 650],
      ['1,200', 'count', 1200],
    ]);
  });
});

describe('a chain of numbers joined by dashes is a code, not a score', () => {
  it('phone and account numbers in English and Chinese', () => {
    expect(figures('Call 555-123-4567 after they won 2-1.').map((f) => f.text)).toEqual(['2', '1']);
    expect(figures('请拨打010-6552-3311，主队2-1取胜。').map((f) => f.text)).toEqual(['2', '1']);
  });
});

describe('a compound denominator or rank reads whole in Chinese too', () => {
  it('二十五分之三, 第二十五', () => {
    expect(figures('约有二十五分之三的居民参加了第二十五届运动会。').map((f) => [f.value, f.kind])).toEqual([
      [0.12, 'fraction'],
      [25, 'ordinal'],
    ]);
  });
});

describe('a bare start of a change is read before any verb of change', () => {
  it('提升至, 下调至, 漲至 link a start to its level', () => {
    expect(
      figures('产能由900提升至1.5万吨，利率由3.5%下调至3.25%，股價由120元漲至150元。').map((f) => [f.value, f.unit]),
    ).toEqual([
      [900, 't'],
      [15000, 't'],
      [3.5, '%'],
      [3.25, '%'],
      [120, 'CNY'],
      [150, 'CNY'],
    ]);
  });

  it('English "lifted from 900 to 15,000 tonnes"', () => {
    expect(figures('Capacity was lifted from 900 to 15,000 tonnes.').map((f) => [f.value, f.unit])).toEqual([
      [900, 't'],
      [15000, 't'],
    ]);
  });
});

describe('a level pair of counts is a score or a split, never a range', () => {
  it('English "drew 1-1", "a 50-50 split"', () => {
    expect(figures('They drew 1-1 after a 50-50 split of possession.').map((f) => f.value)).toEqual([1, 1, 50, 50]);
  });

  it('Chinese 战成1-1平', () => {
    expect(figures('双方战成1-1平。').map((f) => f.value)).toEqual([1, 1]);
  });
});
