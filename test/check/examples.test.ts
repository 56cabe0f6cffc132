import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/index.js';
import { findingsOf } from './run.js';

// every rule's examples are text: run through the real pipeline, they give the verdicts listed
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s examples', (_id, rule) => {
  it.each(rule.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const input =
      typeof example.text === 'string' ? example.text : Object.fromEntries(example.text.map((d) => [d.name, d.text]));
    const findings = findingsOf(rule.id, input);
    expect(findings.map((f) => f.verdict)).toEqual(example.verdicts);
    for (const f of findings) {
      expect(f.message).toMatch(new RegExp(`^${f.verdict}: `));
      expect(f.url).toContain(rule.id);
      expect(f.place.start.offset).toBe(f.source.start);
    }
  });
});

it('every rule has at least two examples, in English and Chinese between them', () => {
  for (const rule of rules) {
    expect(rule.examples.length, rule.id).toBeGreaterThanOrEqual(2);
    const texts = rule.examples
      .map((e) => (typeof e.text === 'string' ? e.text : e.text.map((d) => d.text).join(' ')))
      .join(' ');
    expect(texts, rule.id).toMatch(/[\u4e00-\u9fff]/);
    expect(texts, rule.id).toMatch(/[a-z]{3}/);
  }
});
