import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStatements, rules } from '../../src/check/index.js';
import { factSheet } from '../../src/index.js';
import { assembleSheet, processFile, type DocumentResult } from '../../src/pipeline.js';

const folders = ['test/fixtures/stories/trade-2023', 'seeds'];

function read(folder: string): DocumentResult[] {
  return readdirSync(folder)
    .filter((name) => name !== 'sources.json')
    .sort()
    .map((name) => {
      const result = processFile({ path: path.join(folder, name), bytes: readFileSync(path.join(folder, name)) });
      if ('reason' in result) throw new Error(result.message);
      return result;
    });
}

describe('document rules run with each document, the sources rule on the sheet', () => {
  it('every rule says which it is', () => {
    expect(rules.map((rule) => [rule.id, rule.scope])).toEqual([
      ['unit-mismatch', 'document'],
      ['relation', 'document'],
      ['arithmetic', 'document'],
      ['cross-source', 'sources'],
    ]);
  });

  it.each(folders)('%s: the findings are those of all the rules run over every statement at once', (folder) => {
    const results = read(folder);
    const sheet = assembleSheet(results);
    expect(sheet.findings.length).toBeGreaterThan(0);
    expect(sheet.findings).toEqual(checkStatements(sheet.figures, sheet.statements));
  });

  it('a rule turned off after reading is off in the sheet made from what was read', () => {
    const extracted = { documents: read('test/fixtures/stories/trade-2023'), failures: [] };
    expect(factSheet(extracted).findings.some((f) => f.ruleId === 'relation')).toBe(true);
    expect(factSheet(extracted, { rules: { relation: 'off' } }).findings.some((f) => f.ruleId === 'relation')).toBe(
      false,
    );
  });
});
