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
