import { describe, expect, it } from 'vitest';
import { verdictsOf } from './run.js';

const crossSource = (files: Record<string, string>): string[] => verdictsOf('cross-source', files);

describe('cross-source: averages', () => {
  it('an average is compared with the averages of the same measure', () => {
    expect(
      crossSource({ 'a.txt': '春运期间,全市日均客流量30万人次。', 'b.txt': '春运期间,全市日均客流量29.6万人次。' }),
    ).toEqual(['agree']);
    expect(
      crossSource({
        'a.txt': 'During the holiday the metro carried an average of 1.2 million passengers a day.',
        'b.txt': 'During the holiday the metro carried an average of 1.9 million passengers a day in 2024.',
        'c.txt': 'The metro carried an average of 1.2 million passengers a day during the holiday in 2024.',
      }),
    ).toContain('conflict');
  });

  it('never with the total it is an average of', () => {
    expect(
      crossSource({ 'a.txt': '春运期间,全市日均客流量30万人次。', 'b.txt': '春运期间,全市客流量1200万人次。' }),
    ).toEqual([]);
  });
});
