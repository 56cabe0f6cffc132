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

describe('cross-source: a file that states the measure twice', () => {
  it('does not keep the sources that share a value from agreeing', () => {
    expect(
      crossSource({
        'a.txt': 'Shanghai port handled a record 49.16 million TEUs of containers in 2023.',
        'b.txt': '上海港2023年集装箱吞吐量达4916万标准箱，同比增长3.9%。',
        'c.txt':
          'In 2023 the Port of Shanghai moved 49.2 million TEU, about 3.9 percent more than in 2022, when it handled 47.3 million TEU.',
      }),
    ).toEqual(['agree']);
  });
});

describe('cross-source: a ratio named by its part and whole words', () => {
  it('turnout said three ways agrees', () => {
    expect(
      crossSource({
        'a.txt': 'Turnout in the 2024 general election was 61.3%.',
        'b.md': '61.3 percent of registered voters cast a ballot in the 2024 election.',
        'c.txt': 'Turnout hit 61% in 2024, down from 67% in 2019.',
      }),
    ).toEqual(['agree']);
  });
});
