import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStatements } from '../../src/check/index.js';
import { sheetOf } from './run.js';

describe('the checks at scale', () => {
  it('a conflict survives among 10,000 unrelated figures (grouped by key, not pairs with a cut-off)', () => {
    const files: Record<string, string> = {
      'a.txt': 'The airport handled 45.1 million passengers in 2023.',
      'b.md': '2023年,该机场旅客吞吐量4150万人次。',
    };
    for (let k = 0; k < 100; k++) {
      files[`noise-${k}.txt`] = Array.from(
        { length: 100 },
        (_, n) => `Warehouse ${k}-${n} stored ${1000 + k * 100 + n} crates of item ${n}.`,
      ).join(' ');
    }
    const sheet = sheetOf(files);
    expect(sheet.figures.length).toBeGreaterThan(10_000);
    const conflicts = sheet.findings.filter((f) => f.verdict === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      severity: 'error',
      source: { file: expect.stringMatching(/^(a\.txt|b\.md)$/) },
    });
  });

  it('an undated measure agrees or says nothing: two values with no period may be two dates', () => {
    const verdicts = (a: string, b: string): string[] =>
      sheetOf({ 'a.txt': a, 'b.txt': b })
        .findings.filter((f) => f.ruleId === 'cross-source')
        .map((f) => f.verdict);
    expect(
      verdicts('The airport handled 45.1 million passengers.', 'The airport handled 41.5 million passengers.'),
    ).toEqual([]);
    expect(
      verdicts('The airport handled 45.1 million passengers.', 'The airport handled 45.1 million passengers.'),
    ).toEqual(['agree']);
    expect(
      verdicts(
        'The airport handled 45.1 million passengers in 2023.',
        'The airport handled 41.5 million passengers in 2023.',
      ),
    ).toEqual(['conflict']);
  });

  it('gives the same findings whatever order the statements come in', () => {
    const sheet = sheetOf({
      'a.txt': 'Exports rose 15% to €4.6bn from €4bn. Of the 1,200 workers, 700 are local and 500 are foreign.',
      'b.txt': '全年货物贸易进出口总值4.18万亿元,其中出口2.37万亿元,进口1.81万亿元。',
      'c.txt': 'Total trade reached 4.18 trillion yuan in the year.',
    });
    const expected = checkStatements(sheet.figures, sheet.statements);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(sheet.statements, { minLength: sheet.statements.length }),
        fc.shuffledSubarray(sheet.figures, { minLength: sheet.figures.length }),
        (statements, figures) => {
          expect(checkStatements(figures, statements)).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
