import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../src/check/index.js';
import { processFile } from '../../src/pipeline.js';

const files = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort().map((n) => path.join('seeds', n));
const raw = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const figures = files.flatMap((file) => {
  const result = processFile({ path: file, bytes: readFileSync(file) });
  if ('reason' in result) throw new Error(result.message);
  return result.figures;
});
const findings = checkFigures(figures);
const at = (f: { source: { file: string | null; start: number; end: number } }): string | undefined =>
  raw.get(f.source.file ?? '')?.slice(f.source.start, f.source.end);
const textOf = (id: string): string | undefined => figures.find((f) => f.id === id)?.text;

describe('the checks over the seeds', () => {
  it('扩大两倍以上 reaches 100,000 平方米 from the 3万平方米 of the sentence before, under either reading', () => {
    const f = findings.find((x) => x.ruleId === 'relation' && x.code === 'relation-ratio');
    expect(f).toMatchObject({ verdict: 'holds', severity: 'info' });
    expect(f && at(f)).toBe('两倍以上');
    expect(f?.figures.slice(1).map(textOf)).toEqual(['3万平方米', '100,000 平方米']);
    expect(f?.message).toMatch(/扩大两倍 may mean ×2 or ×3: holds either way$/);
  });

  it('其中不到一半的包裹 is unverifiable: the share of the 3.26 亿 parcels is not given', () => {
    const f = findings.find((x) => x.code === 'relation-no-part');
    expect(f).toMatchObject({ verdict: 'unverifiable', severity: 'warning' });
    expect(f && at(f)).toBe('不到一半');
    expect(f?.figures.map(textOf)).toEqual(['不到一半', '约 3.26 亿件']);
  });

  it('finds nothing wrong in them', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('places every finding on the text of its first figure', () => {
    for (const f of findings) expect(at(f), f.message).toBe(textOf(f.figures[0] as string));
  });
});
