import { describe, expect, it } from 'vitest';
import { figures } from './helpers.js';

// Texts written for these tests: a year-like number before a noun.
const kinds = (text: string): Array<[string, string]> => figures(text).map((f) => [f.text, f.kind]);

describe('a year before a singular noun is a year, not a count of it', () => {
  it('English: a count takes a plural, a year does not', () => {
    expect(kinds('The 2026 election was close and its 2025 operating budget grew.')).toEqual([
      ['2026', 'year'],
      ['2025', 'year'],
    ]);
  });

  it('English: plurals and always-plural nouns stay counts', () => {
    expect(kinds('Officials counted 2025 voters, 1980 new cases, 2010 people.').map((k) => k[1])).toEqual([
      'count',
      'count',
      'count',
    ]);
  });

  it("English: a possessive before it says whose year (China's 2023 trade edges up)", () => {
    expect(kinds("China's 2023 trade edges up; Apple’s 2024 sales rose; the firm's 1,200 workers.")).toEqual([
      ['2023', 'year'],
      ['2024', 'year'],
      ['1,200', 'count'],
    ]);
  });

  it('Chinese: 年 makes the year, a classifier the count', () => {
    expect(kinds('2026年选举投票人数为2025人，2024年度预算增加。')).toEqual([
      ['2026年', 'year'],
      ['2025人', 'count'],
      ['2024年', 'year'],
    ]);
  });
});

describe('a fiscal year is a year', () => {
  it('"fiscal 2024", "FY 2024" and "FY2023" before a noun', () => {
    expect(
      figures('In fiscal 2024 sales rose; FY 2025 sales may fall; FY2023 net profit was ₹4,300 crore.').map((f) => [
        f.text,
        f.kind,
      ]),
    ).toEqual([
      ['2024', 'year'],
      ['2025', 'year'],
      ['FY2023', 'year'],
      ['₹4,300 crore', 'money'],
    ]);
  });

  it('财年 after the year in Chinese', () => {
    expect(figures('公司2024财年营收达120亿元。')[0]).toMatchObject({ kind: 'year', value: 2024 });
  });
});
