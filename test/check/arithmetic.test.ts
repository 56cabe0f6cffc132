import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './figures.js';

const run = (text: string) => {
  const files = { 'a.txt': text };
  return findingsOf('arithmetic', files).map((f) => ({ ...summary(f, files), message: f.message }));
};

describe('arithmetic', () => {
  it('parts that add up to the total hold', () => {
    expect(run('Of the 1,200 workers, 700 are local and 500 are foreign.')).toEqual([
      { verdict: 'holds', code: 'arithmetic-sum', severity: 'info', at: '1,200', message: 'The parts `700` + `500` add up to 1200, stated total `1,200`' },
    ]);
  });

  it('parts that exceed the total fail', () => {
    expect(run('该中心共有 1200 名员工，其中本地员工 800 名，外籍员工 600 名。')).toMatchObject([
      { verdict: 'fails', severity: 'error', at: '1200 名' },
    ]);
  });

  it('parts short of the total are not judged: the list may be partial', () => {
    expect(run('Of the 1,200 workers, 700 are local and 300 are Belgian.')).toEqual([]);
  });

  it('a sentence without a total word is not a sum', () => {
    expect(run('The hub employs 1,200 workers, 700 local and 500 foreign.')).toEqual([]);
  });
});
