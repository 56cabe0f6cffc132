import { describe, expect, it } from 'vitest';
import { checkFigures, messages, rules } from '../../src/check/index.js';
import { figuresOf } from './figures.js';

const files: Record<string, string> = {
  'b.txt': '但根据比利时国家银行的数据，比利时对华贸易逆差从 2021 年的 37 亿欧元扩大到 2022 年的 91 亿欧元。货运量由 10 万吨增至 30 万吨，翻两番。',
  'a.txt': "Belgium's trade deficit with China widened from 3.7 billion euros in 2021 to 9.1 billion euros in 2022. Revenue more than doubled from $2.1bn to $4.6bn.",
};
const figures = Object.entries(files).flatMap(([file, text]) => figuresOf(file, text));

describe('checkFigures', () => {
  it('lists findings by file, offset and rule', () => {
    const findings = checkFigures(figures);
    const order = rules.map((r) => r.id);
    const keys = findings.map((f) => [f.source.file, f.source.start, order.indexOf(f.ruleId)] as const);
    const sorted = [...keys].sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? '') || x[1] - y[1] || x[2] - y[2]);
    expect(keys).toEqual(sorted);
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['unit-mismatch', 'relation', 'cross-source']));
  });

  it('gives the same findings whatever order the figures come in', () => {
    const reversed = checkFigures([...figures].reverse());
    expect(reversed).toEqual(checkFigures(figures));
  });

  it('reports a set of figures once per rule', () => {
    const findings = checkFigures([...figures, ...figures]);
    const keys = findings.map((f) => `${f.ruleId} ${[...f.figures].sort().join(' ')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('places a cross-check at the first file and its cause at the second', () => {
    const cross = checkFigures(figures).filter((f) => f.ruleId === 'cross-source');
    expect(cross.length).toBe(2);
    for (const f of cross) {
      expect(f.source.file).toBe('a.txt');
      expect(f.cause?.file).toBe('b.txt');
      expect(files['b.txt']?.slice(f.cause?.start, f.cause?.end)).toMatch(/亿欧元$/);
    }
  });

  it('writes every message from a code', () => {
    for (const f of checkFigures(figures)) expect(Object.keys(messages)).toContain(f.code);
  });
});
