import { describe, expect, it } from 'vitest';
import { sheetOf } from './run.js';

const wrong = 'Exports rose 50% to €4.6bn from €4bn.';

describe('ignore comments in a Markdown or HTML source', () => {
  it('keep the findings of the next block out, for the rules named or all', () => {
    const verdicts = (md: string): string[] => sheetOf({ 'a.md': md }).findings.map((f) => `${f.ruleId} ${f.verdict}`);
    expect(verdicts(`# Trade\n\n${wrong}\n`)).toContain('relation fails');
    expect(verdicts(`# Trade\n\n<!-- factsheet-ignore relation -->\n${wrong}\n`)).not.toContain('relation fails');
    expect(verdicts(`# Trade\n\n<!-- factsheet-ignore relation -->\n${wrong}\n`)).toContain('unit-mismatch holds');
    expect(verdicts(`# Trade\n\n<!-- factsheet-ignore -->\n${wrong}\n`)).toEqual([]);
  });

  it('reach only the block after the comment', () => {
    const findings = sheetOf({ 'a.md': `# Trade\n\n<!-- factsheet-ignore -->\n${wrong}\n\n${wrong}\n` }).findings;
    expect(findings.filter((f) => f.verdict === 'fails')).toHaveLength(1);
    expect(findings.filter((f) => f.verdict === 'fails')[0]?.source.line).toBe(6);
  });

  it('work in HTML too', () => {
    const findings = sheetOf({ 'a.html': `<p>${wrong}</p><!-- factsheet-ignore relation --><p>${wrong}</p>` }).findings;
    expect(findings.filter((f) => f.verdict === 'fails')).toHaveLength(1);
  });
});
