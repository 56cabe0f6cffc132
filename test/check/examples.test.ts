import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { contextOf } from '../../src/check/rule.js';

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s examples', (_id, rule) => {
  it.each(rule.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const findings = rule.check(contextOf(example.figures));
    expect(findings.map((f) => f.verdict)).toEqual(example.verdicts);
    for (const f of findings) {
      expect(f.ruleId).toBe(rule.id);
      expect(f.message).not.toBe('');
      for (const id of f.figures) expect(example.figures.some((x) => x.id === id), id).toBe(true);
    }
  });
});

it('every rule has at least two examples', () => {
  for (const rule of rules) expect(rule.examples.length, rule.id).toBeGreaterThanOrEqual(2);
});
