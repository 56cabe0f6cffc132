import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './figures.js';

const run = (text: string) => {
  const files = { 'a.txt': text };
  return findingsOf('unit-mismatch', files).map((f) => ({ ...summary(f, files), message: f.message }));
};

describe('unit-mismatch', () => {
  it('a transition in one currency holds', () => {
    expect(run('The deficit widened from €3.7bn in 2021 to €9.1bn in 2022.')).toEqual([
      { verdict: 'holds', code: 'units-comparable', severity: 'info', at: '€3.7bn', message: '`€3.7bn` and `€9.1bn` are in the same unit (EUR)' },
    ]);
  });

  it('a transition from euros to dollars is a mismatch', () => {
    expect(run('The deficit widened from €3.7bn in 2021 to $9.1bn in 2022.')).toMatchObject([
      { verdict: 'mismatch', severity: 'error', message: '`€3.7bn` (EUR) and `$9.1bn` (USD) are not in comparable units' },
    ]);
  });

  it('tonnes and kilograms compare; 万吨 to 吨 too', () => {
    expect(run('Cargo grew from 900 kg to 1.2 tonnes.')).toMatchObject([{ verdict: 'holds' }]);
    expect(run('货运量由 10 万吨增至 300000 吨。')).toMatchObject([{ verdict: 'holds' }]);
  });

  it('a stated change between two currencies, without a link, is a mismatch (and no relation finding)', () => {
    const text = 'Exports rose 15% to €4.6bn from $4bn.';
    expect(run(text)).toMatchObject([{ verdict: 'mismatch', at: '€4.6bn' }]);
    expect(findingsOf('relation', { 'a.txt': text })).toEqual([]);
  });
});
