import { describe, expect, it } from 'vitest';
import { extractEnglish } from './extract-en.js';

const values = (text: string) => extractEnglish(text).map((f) => [f.text, f.value]);

describe('English number words compose as English does', () => {
  it.each([
    ['twenty one', 21],
    ['twenty-one', 21],
    ['three hundred and twelve', 312],
    ['one hundred and twenty-five thousand three hundred', 125300],
    ['two million', 2e6],
    // spoken hundreds
    ['one twenty two', 122],
    ['nineteen eighty four', 1984],
  ])('%s → %d', (text, value) => {
    expect(values(text)).toEqual([[text, value]]);
  });

  it('never sums two unit words or two tens words into one number', () => {
    expect(values('one one')).toEqual([
      ['one', 1],
      ['one', 1],
    ]);
    expect(values('twenty thirty')).toEqual([
      ['twenty', 20],
      ['thirty', 30],
    ]);
  });
});

describe('a bare "100m" is read from its context, and says so', () => {
  const only = (text: string) => {
    const [f] = extractEnglish(text).filter((x) => x.text.includes('m'));
    return f && { value: f.value, unit: f.unit, noted: f.note !== undefined };
  };
  it('a race or a height is metres', () => {
    expect(only('The runner finished the 100m in 9.58 seconds.')).toEqual({ value: 100, unit: 'm', noted: true });
    expect(only('The tower is 300m tall.')).toMatchObject({ value: 300, unit: 'm' });
  });
  it('money, or a noun to count, makes it millions', () => {
    expect(only('It raised €100m.')).toMatchObject({ value: 1e8, unit: 'EUR' });
    expect(only('They took out a 2m loan.')).toMatchObject({ value: 2e6, unit: '' });
  });
  it('without either it stays millions, with a note', () => {
    expect(only('The population reached 100m.')).toEqual({ value: 1e8, unit: '', noted: true });
  });
});

it('"one" after a determiner and an adjective is a pronoun', () => {
  expect(extractEnglish('twice the size of the old one.').map((f) => f.text)).toEqual(['twice']);
});

// Texts written for these tests.
describe('a compound ordinal is one word of a fraction or a rank', () => {
  it.each([
    ['three twenty-fifths', 3 / 25],
    ['two thirty-seconds', 2 / 32],
    ['seven forty-ninths', 7 / 49],
    ['one hundred thirty fifths', 100 / 35],
    ['one hundred and thirty fifths', 130 / 5],
  ])('%s → %d', (text, value) => {
    expect(values(text)).toEqual([[text, value]]);
  });

  it('a compound ordinal opening the number is a rank, never a count and an ordinal', () => {
    expect(extractEnglish('The town marks its twenty-fifth anniversary.').map((f) => [f.value, f.kind])).toEqual([
      [25, 'ordinal'],
    ]);
  });
});
