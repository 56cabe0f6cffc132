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
    expect(values('one one')).toEqual([['one', 1], ['one', 1]]);
    expect(values('twenty thirty')).toEqual([['twenty', 20], ['thirty', 30]]);
  });
});
