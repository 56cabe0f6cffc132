import { describe, expect, it } from 'vitest';
import { extractEnglish } from './en/extract-en.js';
import { extractChinese } from './zh/extract-zh.js';

const rows = (figures: { text: string; value: number | null; unit: string }[]) =>
  figures.map((f) => [f.text, f.value, f.unit]);

/** Words and stamps of wire copy: currencies and units in their codes, times, conjunctions. */
describe('wire copy', () => {
  it('a four-digit time with its zone is a time of day, not a count', () => {
    const figures = extractEnglish(
      'Shares were down 3.5% at 1,020 Danish crowns by 0900 GMT; trading resumed at 1430 hrs. In 2024 sales rose.',
    );
    expect(figures.map((f) => [f.text, f.kind, f.iso])).toEqual([
      ['3.5%', 'percent', null],
      ['1,020 Danish crowns', 'money', null],
      ['0900 GMT', 'date', 'T09:00'],
      ['1430 hrs', 'date', 'T14:30'],
      ['2024', 'year', '2024'],
    ]);
  });

  it("crowns with their country are that country's currency", () => {
    expect(
      rows(extractEnglish('Shares closed at 1,020 Danish crowns; the fine was 2 million Norwegian crowns.')),
    ).toEqual([
      ['1,020 Danish crowns', 1020, 'DKK'],
      ['2 million Norwegian crowns', 2e6, 'NOK'],
    ]);
  });

  it('"or about" is a conjunction and a qualifier, and only the qualifier is the figure\'s', () => {
    expect(
      extractEnglish('It will cut 1,200 jobs, or about 8% of its workforce.').map((f) => [f.text, f.qualifier]),
    ).toEqual([
      ['1,200', 'exact'],
      ['about 8%', 'approx'],
    ]);
  });

  it('前一年 is "the year before", not a year-long period', () => {
    expect(rows(extractChinese('去年病例超过30万例，较前一年增加近八成。'))).toEqual([
      ['超过30万例', 300000, ''],
      ['近八成', 80, '%'],
    ]);
  });

  it('percentage points as a compound adjective, hyphenated or not', () => {
    expect(
      rows(extractEnglish('A 1.2 percentage-point rise follows a 0.25-percentage-point cut and a 5-percent fall.')),
    ).toEqual([
      ['1.2 percentage-point', 1.2, 'pp'],
      ['0.25-percentage-point', 0.25, 'pp'],
      ['5-percent', 5, '%'],
    ]);
  });

  it('a hyphenated participle stays inside the counted noun; a past tense ends it', () => {
    expect(
      extractEnglish('It runs 25 new methanol-powered ships due soon and 3 state-owned banks; six centres opened.').map(
        (f) => f.noun,
      ),
    ).toEqual(['new methanol-powered ships', 'state-owned banks', 'centres']);
  });

  it('a decade is a time, not a count', () => {
    expect(
      extractEnglish("Output peaked in the 1960s and again in the 1990's, not in the 1,000s.").map((f) => [
        f.text,
        f.kind,
        f.iso,
      ]),
    ).toEqual([
      ['1960s', 'year', '1960s'],
      ["1990's", 'year', '1990s'],
    ]);
  });

  it('data sizes in decimal and binary prefixes, "a" counting one', () => {
    expect(rows(extractEnglish('A gibibyte is not a gigabyte; the phone has 3 tebibytes.'))).toEqual([
      ['A gibibyte', 1, 'GiB'],
      ['a gigabyte', 1, 'GB'],
      ['3 tebibytes', 3, 'TiB'],
    ]);
  });

  it('a tolerance (plus or minus, ±) is no sign; minus alone is', () => {
    expect(
      extractEnglish('Sales of $37.5 billion, plus or minus 2%, a margin of ±3 points, and minus 5 at night.').map(
        (f) => [f.text, f.value, f.qualifier],
      ),
    ).toEqual([
      ['$37.5 billion', 37.5e9, 'exact'],
      ['plus or minus 2%', 2, 'approx'],
      ['±3', 3, 'approx'],
      ['minus 5', -5, 'exact'],
    ]);
  });

  it('a Chinese quantity per unit is a rate: yields, densities, prices', () => {
    expect(rows(extractChinese('单产366.3公斤/亩，人口密度每平方公里1334人，每吨3000元。'))).toEqual([
      ['366.3公斤/亩', 366.3, 'kg/mu'],
      ['每平方公里1334人', 1334, '1/km^2'],
      ['每吨3000元', 3000, 'CNY/t'],
    ]);
  });

  it('a count per unit after its noun is a rate: "five ships per week", densities', () => {
    expect(
      extractEnglish(
        'It handles five ships per week; 1,334 people per square kilometre live there, and 800 ventilators came.',
      ).map((f) => [f.text, f.unit, f.noun]),
    ).toEqual([
      ['five ships per week', '1/week', 'ships'],
      ['1,334 people per square kilometre', '1/km^2', 'people'],
      ['800', '', 'ventilators'],
    ]);
  });

  it('标箱 is a twenty-foot equivalent unit', () => {
    expect(rows(extractChinese('深圳港去年集装箱吞吐量为3000万标箱。'))).toEqual([['3000万标箱', 3e7, 'TEU']]);
  });
});
