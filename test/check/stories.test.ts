import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleSheet, processFile } from '../../src/pipeline.js';
import type { FactSheet } from '../../src/types.js';

/** A folder of articles through the pipeline as `factsheet check` runs it. */
function checkFolder(folder: string): FactSheet {
  const files = readdirSync(folder)
    .filter((n) => n !== 'sources.json')
    .sort();
  const results = files.map((name) => {
    const result = processFile({ path: path.join(folder, name), bytes: readFileSync(path.join(folder, name)) });
    if ('reason' in result) throw new Error(result.message);
    return result;
  });
  return assembleSheet(results);
}

const texts = (sheet: FactSheet, ids: string[]): string[] =>
  ids.map((id) => sheet.figures.find((f) => f.id === id)?.text ?? id);

describe('an accurate four-report story (customs trade figures, EN, ZH simplified and traditional, text, Markdown, HTML)', () => {
  const sheet = checkFolder('test/fixtures/stories/trade-2023');

  it('has no error: every report is right', () => {
    expect(sheet.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(['41.76', '23.77', '17.99'])(
    'ties %s (the total, exports, imports) of every report in one corroboration group, dated or not',
    (value) => {
      const group = sheet.findings.filter(
        (f) => f.ruleId === 'cross-source' && texts(sheet, f.figures).some((t) => t.startsWith(value)),
      );
      expect(group).toHaveLength(1);
      expect(group[0]?.verdict).toBe('agree');
      expect(new Set(group[0]?.figures.map((id) => id.split('#')[0]))).toEqual(
        new Set(['xinhua-en.txt', 'customs-zh.md', 'wire-en.html', 'cna-zh-tw.txt']),
      );
    },
  );

  it('checks exports + imports against the total after 其中, and the surplus against their difference', () => {
    const holds = sheet.findings
      .filter((f) => f.ruleId === 'arithmetic' && f.verdict === 'holds')
      .map((f) => f.source.file);
    expect(holds).toEqual(
      expect.arrayContaining([
        'test/fixtures/stories/trade-2023/customs-zh.md',
        'test/fixtures/stories/trade-2023/wire-en.html',
      ]),
    );
  });

  it('a year-on-year rate with no base is looked at and left at info', () => {
    const rates = sheet.findings.filter((f) => f.verdict === 'unverifiable');
    expect(rates.length).toBeGreaterThan(0);
    for (const f of rates) expect(f.severity).toBe('info');
  });

  it('a story with one report wrong raises that error and the conflict, with both places', () => {
    const wrong = readFileSync('test/fixtures/stories/trade-2023/wire-en.html', 'utf8').replace(
      '41.76 trillion yuan',
      '47.16 trillion yuan',
    );
    const results = [
      processFile({ path: 'wire-en.html', bytes: new TextEncoder().encode(wrong) }),
      processFile({ path: 'customs-zh.md', bytes: readFileSync('test/fixtures/stories/trade-2023/customs-zh.md') }),
    ];
    const conflict = assembleSheet(results.flatMap((r) => ('reason' in r ? [] : [r]))).findings.filter(
      (f) => f.verdict === 'conflict',
    );
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: 'error', ruleId: 'cross-source' });
    expect(new Set([conflict[0]?.source.file, conflict[0]?.cause?.file])).toEqual(
      new Set(['customs-zh.md', 'wire-en.html']),
    );
  });
});

describe('the seeds', () => {
  const sheet = checkFolder('seeds');
  const relation = sheet.findings.filter((f) => f.ruleId === 'relation');

  it('扩大两倍以上 reaches 100,000 平方米 from the 3万平方米 of the sentence before, under either reading', () => {
    const f = relation.find((x) => x.message.includes('扩大两倍以上'));
    expect(f).toMatchObject({ verdict: 'holds', severity: 'info' });
    expect(texts(sheet, f?.figures ?? [])).toEqual(['两倍以上', '3万平方米', '100,000 平方米']);
    expect(f?.message).toMatch(/may mean ×2 or ×3: holds either way/);
  });

  it('37 → 91 亿欧元 扩大 goes up, in comparable units', () => {
    expect(relation.find((x) => x.message.includes('37 亿欧元'))).toMatchObject({ verdict: 'holds' });
    expect(sheet.findings.find((x) => x.ruleId === 'unit-mismatch')).toMatchObject({ verdict: 'holds' });
  });

  it('不到一半 and 五分之一 give no part: unverifiable, at info', () => {
    for (const words of ['不到一半', '五分之一'])
      expect(relation.find((x) => x.message.includes(words))).toMatchObject({
        verdict: 'unverifiable',
        severity: 'info',
      });
  });

  it('the same figures across 000 and 001 agree, and nothing is an error', () => {
    expect(sheet.findings.filter((f) => f.ruleId === 'cross-source').map((f) => f.verdict)).toContain('agree');
    expect(sheet.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
